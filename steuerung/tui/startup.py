"""Python's garbage collector held off while the app starts (DESIGN §7, first screen ≤ 1.7×).

Importing Textual and building the first screen creates some 100,000
long-lived objects; the collector walked them again and again on the way —
≈ 40 ms of the first screen on this kind of machine, measured with
``gc.callbacks``.  :func:`hold_collector` (the CLI, before Textual is
imported) switches it off; :func:`release_collector` (the app, after its
first frame) freezes what exists — modules, classes, the first screen — out of
every later collection, which also keeps full collections short while typing,
and switches the collector on again.  Without a hold, release does nothing.
Imports nothing but ``gc``: it runs before Textual is loaded.
"""

from __future__ import annotations

import gc

_held = False


def hold_collector() -> None:
    global _held
    if gc.isenabled():
        gc.disable()
        _held = True


def release_collector() -> None:
    global _held
    if _held:
        _held = False
        gc.freeze()
        gc.enable()
