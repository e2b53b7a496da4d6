"""The moderator's own screen switched to the Beamer layout (key b).

Shows the same in-memory session as the Punktabfrage screen, so it needs no
polling; dots can still be given with 1–9 and undone while it is shown.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import Static

from ... import labels as L
from ...domain.errors import UserError
from ...store.votes import VoteSession
from ..beamer import subtitle
from ..widgets.beamer_view import BeamerView
from .base import Screen


class BeamerScreen(Screen):
    """Large bars for the projector; b or Esc goes back to the capture screen."""

    BINDINGS = [
        Binding("b,escape", "app.pop_screen", L.KEY_BACK, key_display="b/Esc"),
        *[Binding(str(n), f"dot({n})", L.KEY_DOT, show=False) for n in range(1, 10)],
        Binding("ctrl+z", "undo", L.KEY_UNDO, show=False),
    ]
    DEFAULT_CSS = """
    BeamerScreen:dark { background: #000000; }
    #beamer-leave { dock: bottom; height: 1; padding: 0 2; color: $text-muted; }
    """

    def __init__(self, session: VoteSession):
        super().__init__()
        self.session = session

    def compose(self) -> ComposeResult:
        yield BeamerView(id="beamer")
        yield Static(L.BEAMER_LEAVE, id="beamer-leave")  # how to get back, on the picture

    def on_mount(self) -> None:
        self.redraw()

    def redraw(self) -> None:
        s = self.session
        self.query_one(BeamerView).show(s.title, subtitle(s), s.ranking(), s.closed)

    def action_dot(self, number: int) -> None:
        if number <= len(self.session.topics):
            self._do(lambda: self.session.add_dots(self.session.topics[number - 1].id, 1))

    def action_undo(self) -> None:
        self._do(self.session.undo)  # a step from elsewhere is refused here: back with b to ask

    def reload_from_store(self) -> None:
        """Another window gave dots: the bars follow (the capture screen reads them on return)."""
        if self.session.sync():
            self.redraw()

    def audit_target(self) -> tuple[str, int]:
        return ("dot_vote", self.session.vote_id)

    def _do(self, change) -> None:
        try:
            change()
        except UserError as error:
            self.notify(error.message, title=L.ERROR_TITLE, severity="error", timeout=6)
            return
        self.redraw()
