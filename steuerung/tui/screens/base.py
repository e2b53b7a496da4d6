"""The base classes of every steuerung screen: Textual's, inside the error boundary.

A storage failure in any of a screen's handlers becomes a German message
instead of ending the app (see :mod:`steuerung.tui.boundary`).  Every screen
derives from these; a test checks it.
"""

from __future__ import annotations

from textual import screen as textual_screen
from textual.screen import ScreenResultType

from ..boundary import ScreenBoundary


class Screen(ScreenBoundary, textual_screen.Screen[ScreenResultType]):
    """A full screen (an area of the app)."""


class ModalScreen(ScreenBoundary, textual_screen.ModalScreen[ScreenResultType]):
    """A dialog over the current screen."""
