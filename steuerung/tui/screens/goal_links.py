"""The Ziele screen's keys for an indicator that serves several Jahresziele (issue 13).

``z`` on an indicator lets it count for another Jahresziel of the same year
too; the tree then shows it under that Jahresziel as well ("◇ … · zugeordnet").
On such a line, Enter goes to the indicator at home (where it is edited and
measured) and Entf only removes the link.  Writes go through
:mod:`steuerung.store.indicator_links`.
"""

from __future__ import annotations

from rich.text import Text

from ... import labels as L
from ...domain.errors import UserError
from ...store import indicator_links
from .dialogs import ChooseScreen, ConfirmScreen

LINK = "indicator_link"


class LinkActions:
    """Mixed into GoalsScreen; uses its ``outline``, ``model``, ``form`` and ``reload``."""

    def _say(self, error: UserError) -> None:
        # The message may name an indicator: shown as typed, never read as markup.
        self.notify(error.message, title=L.ERROR_TITLE, severity="error", timeout=8, markup=False)

    def show_link(self, key) -> None:
        try:
            found = indicator_links.home(self.app.store, key[1])
        except UserError as error:
            self._say(error)
            return
        self.form.show_note(L.GOALS_LINK_TITLE, Text(L.GOALS_LINK_NOTE.format(
            name=found["name"], goal=found["goal"])), L.GOALS_VIEW_HINT)

    def go_home(self, key) -> None:
        """Enter on a linked indicator: the cursor goes to the indicator itself."""
        try:
            found = indicator_links.home(self.app.store, key[1])
        except UserError as error:
            self._say(error)
            return
        home = ("indicator", found["indicator_id"])
        self.outline.reveal(home, self.path(home))
        self.show_selected()

    def unlink(self, key) -> None:
        try:
            found = indicator_links.home(self.app.store, key[1])
        except UserError as error:
            self._say(error)
            return
        parent = self.model.item(key).parent

        def answer(yes: bool | None) -> None:
            if not yes:
                return
            try:
                indicator_links.unlink(self.app.store, key[1])
            except UserError as error:
                self._say(error)
                return
            self.reload(parent)
            self.notify(L.GOALS_UNLINKED, timeout=3)

        self.app.push_screen(ConfirmScreen(Text(L.GOALS_UNLINK.format(name=found["name"]))),
                             answer)

    def action_link_indicator(self) -> None:
        key = self.outline.cursor_key
        if key is not None and key[0] == LINK:
            key = ("indicator", self.model.item(key).id)
        if key is None or key[0] != "indicator":
            self.notify(L.GOALS_LINK_ONLY, timeout=4)
            return
        item = self.model.item(key)
        try:
            choices = indicator_links.candidates(self.app.store, key[1])
        except UserError as error:
            self._say(error)
            return
        if not choices:
            self.notify(L.GOALS_LINK_NONE, timeout=5)
            return

        def chosen(goal: str | None) -> None:
            if not goal:
                return
            try:
                link_id = indicator_links.link(self.app.store, key[1], int(goal))
            except UserError as error:
                self._say(error)
                return
            new = (LINK, link_id)
            self.reload_model()
            if self.expanded is not None:
                self.expanded.update(self.path(new))
            self.rebuild(new)
            goal_text = dict(choices)[int(goal)]
            self.notify(L.GOALS_LINKED.format(name=item.text, goal=goal_text), timeout=4,
                        markup=False)

        self.app.push_screen(ChooseScreen(Text(L.GOALS_LINK_CHOOSE.format(name=item.text)),
                                          [(str(goal), Text(label)) for goal, label in choices]),
                             chosen)
