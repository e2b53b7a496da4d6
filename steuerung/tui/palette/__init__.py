"""The command palette (Strg+P or the ⭘ in the header): Textual's, in German.

Two providers feed it (:mod:`.providers`): the screens and the keys of the
current screen by name, and every object of the process by its text; choosing
one opens it where it lives (:mod:`.navigate`).  Everything here is imported
only when the palette first opens, and the object index is built then, so
neither costs the first screen anything.
"""

from __future__ import annotations

from rich.align import Align
from rich.text import Text
from textual.command import CommandList, CommandPalette
from textual.widgets.option_list import Option

from ... import labels as L
from ..boundary import ScreenBoundary


class Palette(ScreenBoundary, CommandPalette):
    """Textual's palette with a German placeholder and a German "Keine Treffer".

    Inside the error boundary like every screen: a storage failure while it
    looks something up becomes a German message (:mod:`..boundary`).
    """

    def __init__(self):
        super().__init__(placeholder=L.PALETTE_PLACEHOLDER, id="--command-palette")

    async def _search_for(self, search_value: str):
        """Every provider's hits, one provider after the other.

        Textual streams hits through a queue polled every 0.1 s and notices the
        end of a search only at the next poll, so each keystroke waited up to
        100 ms after its last hit; ours answer from memory in a few
        milliseconds (DESIGN §7: under 50 ms), so they are simply awaited in
        turn.  A failing provider is logged and skipped, as Textual does.
        """
        for provider in self._providers:
            try:
                async for hit in provider._search(search_value):
                    if (yield hit):  # the palette sends True when a newer search began
                        return
            except Exception:  # noqa: BLE001 - a provider's error must not end the app
                from rich.traceback import Traceback

                self.log.error(Traceback())

    def _start_no_matches_countdown(self, search_value: str) -> None:
        # Textual's own method with the one English sentence it shows; kept to its
        # shape (a short wait, so the line does not flicker while typing on).
        self._stop_no_matches_countdown()

        def show_no_matches() -> None:
            if search_value:
                self.query_one(CommandList).add_option(Option(
                    Align.center(Text(L.PALETTE_NO_MATCHES, style="not bold")),
                    disabled=True, id=self._NO_MATCHES))
                self._list_visible = True
            else:
                self._list_visible = False

        self._no_matches_timer = self.set_timer(self._NO_MATCHES_COUNTDOWN, show_no_matches)

