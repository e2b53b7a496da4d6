"""Time a terminal program the way a user sees it: launch in tmux, wait for text.

Both the floor (``python -c "import textual.app"``) and the app go through the
same harness, so the harness's own overhead (tmux, polling) is in both figures
and the ratio is fair.
"""

from __future__ import annotations

import atexit
import shlex
import subprocess
import time
import uuid

#: A server of our own, kept alive by an idle anchor session: when the last
#: session of a tmux server closes the server exits, and a new session created
#: in that moment fails ("server exited unexpectedly") — that made runs flaky.
SOCKET = f"steuerung-bench-{uuid.uuid4().hex[:6]}"
_started = False


def _tmux(*args: str) -> str:
    global _started
    if not _started:
        _started = True
        subprocess.run(["tmux", "-L", SOCKET, "new-session", "-d", "-s", "anker", "sleep 86400"],
                       check=True)
        atexit.register(subprocess.run, ["tmux", "-L", SOCKET, "kill-server"],
                        capture_output=True, check=False)
    return subprocess.run(["tmux", "-L", SOCKET, *args], capture_output=True, text=True,
                          check=False).stdout


def time_until_text(command: str, marker: str, *, timeout: float = 20.0,
                    size: tuple[int, int] = (120, 40)) -> float:
    """Seconds from launching ``command`` in a fresh tmux window until ``marker`` is on screen."""
    session = f"bench-{uuid.uuid4().hex[:8]}"
    # The shell waits for a newline before running the command: the clock
    # starts when we release it, not while tmux itself starts up.
    script = f"read _; exec {command}"
    _tmux("new-session", "-d", "-s", session, "-x", str(size[0]), "-y", str(size[1]),
          f"bash -c {shlex.quote(script)}")
    try:
        time.sleep(0.3)
        start = time.perf_counter()
        _tmux("send-keys", "-t", session, "", "Enter")
        screen = ""
        while time.perf_counter() - start < timeout:
            screen = _tmux("capture-pane", "-p", "-t", session)
            if marker in screen:
                return time.perf_counter() - start
            time.sleep(0.002)
        raise TimeoutError(f"{marker!r} did not appear within {timeout} s: {command}\n{screen}")
    finally:
        _tmux("kill-session", "-t", session)
