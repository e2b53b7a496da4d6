"""Making a file or folder really write-protected for a test, and undoing it.

Tests run as root here, and root ignores permission bits: ``chattr +i``
(immutable) protects even from root.  As another user, ``chmod`` does.
Where neither works the test is skipped, never faked.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest


@contextmanager
def write_protected(*paths: Path) -> Iterator[None]:
    """``paths`` (files or folders) cannot be written inside the block."""
    if os.geteuid() == 0:
        if shutil.which("chattr") is None:
            pytest.skip("running as root without chattr: nothing can be write-protected")
        done = subprocess.run(["chattr", "+i", *map(str, paths)], capture_output=True, text=True)
        if done.returncode != 0:
            subprocess.run(["chattr", "-i", *map(str, paths)], capture_output=True)
            pytest.skip(f"chattr +i is not allowed here: {done.stderr.strip()}")
        try:
            yield
        finally:
            subprocess.run(["chattr", "-i", *map(str, paths)], check=True)
        return
    modes = {p: p.stat().st_mode for p in paths}
    for p in paths:
        p.chmod(0o555 if p.is_dir() else 0o444)
    try:
        yield
    finally:
        for p, mode in modes.items():
            p.chmod(mode)


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file in ``folder`` with its bytes: nothing written, nothing added."""
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}
