"""Keep Python's full garbage collections out of a typing burst.

A screen that holds a large outline plus Textual's render caches (≈ 60,000
objects on the large process) pays 25–60 ms for every full collection, and
those landed between filter keystrokes (DESIGN §7 names the collector as the
cause of p99 spikes).  While such a screen is open: what exists is frozen,
young garbage is still collected at once (generations 0 and 1), and full
collections run only once typing has paused.  ``stop`` restores everything.
"""

from __future__ import annotations

import gc
import time


class QuietCollector:
    """``start`` after the screen's first frame, ``typed`` on each keystroke, ``stop`` on leaving."""

    PAUSE = 1.0  # seconds without typing before a full collection may run

    def __init__(self):
        self._threshold: tuple[int, int, int] | None = None
        self._last_key = 0.0

    def start(self) -> None:
        if self._threshold is not None:
            return
        self._threshold = gc.get_threshold()
        gc.freeze()
        gc.set_threshold(self._threshold[0], self._threshold[1], 1_000_000)

    def typed(self) -> None:
        self._last_key = time.monotonic()

    def tick(self) -> None:
        """Call about once a second: collects fully if typing has paused and garbage aged."""
        if self._threshold is not None and gc.get_count()[2] and \
                time.monotonic() - self._last_key > self.PAUSE:
            gc.collect()

    def stop(self) -> None:
        if self._threshold is None:
            return
        gc.set_threshold(*self._threshold)
        self._threshold = None
        gc.unfreeze()
        gc.collect()  # now, while leaving, rather than in the middle of the next screen
