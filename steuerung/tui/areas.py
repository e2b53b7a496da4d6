"""The areas of the app by name: one action per screen, for keys and the command palette.

Mixed into :class:`~.app.SteuerungApp`.  Each area takes the place of the one
shown, with whatever was opened over it; a screen reached from another area
(Leitbild, Strategiezirkel, Gliederung, Masterplan) is opened over it, as its
key there would, so Esc leads back the same way.  ``select`` opens a screen
with that object selected (the command palette's jump, :mod:`.palette.navigate`).
"""

from __future__ import annotations


class Areas:
    """``action_show_*``: the screens the Übersicht's keys and the palette open."""

    def action_show_start(self) -> None:
        from .screens.start import StartScreen

        self._show(StartScreen())

    def action_show_overview(self) -> None:
        from .screens.overview import OverviewScreen

        self.sub_title = ""
        self._show(OverviewScreen())

    def action_show_sachstand(self) -> None:
        from .screens.sachstand import SachstandScreen

        self._show(SachstandScreen())

    def action_show_documents(self) -> None:
        from .screens.export import ExportScreen

        self._show(ExportScreen())

    def action_show_outline(self, select: str | None = None) -> None:
        """The Gliederung, over the Dokumente as when reached with g there."""
        from .screens.export import ExportScreen

        self._show(ExportScreen()).action_outline(select)

    def action_show_submissions(self, select: int | None = None) -> None:
        from .screens.submissions import SubmissionsScreen

        self._show(SubmissionsScreen(select))

    def action_show_votes(self, vote_id: int | None = None) -> None:
        from .screens.vote import VoteScreen

        self._show(VoteScreen(vote_id))

    def action_show_committees(self, committee_id: int | None = None) -> None:
        from .screens.committees import CommitteesScreen

        self._show(CommitteesScreen(committee_id))

    def action_show_monitoring(self, select: str | None = None) -> None:
        from .monitoring.screen import MonitoringScreen

        self._show(MonitoringScreen(select))

    def action_show_masterplan(self, select: int | None = None) -> None:
        """The Masterplan, over the Monitoring as when reached with p there."""
        from .monitoring.masterplan import MasterplanScreen

        self.action_show_monitoring()
        self.push_screen(MasterplanScreen(select))

    def action_show_goals(self, select: tuple[str, int] | None = None):
        from .screens.goals import GoalsScreen

        return self._show(GoalsScreen(select))

    def action_show_vision(self) -> None:
        """The Leitbild, over the Ziele as when reached with l there."""
        self.action_show_goals().action_vision()

    def action_show_cycle(self) -> None:
        from .screens.cycle import CycleScreen

        self.action_show_goals().reload_on_resume = True  # the phases shown in the tree
        self.push_screen(CycleScreen())

    def _show(self, screen):
        # The default screen stays at the bottom of the stack; one area on top
        # (a Sitzung pushed over the Gremien goes with them).
        while len(self.screen_stack) > 2:
            self.pop_screen()
        if len(self.screen_stack) > 1:
            self.switch_screen(screen)
        else:
            self.push_screen(screen)
        return screen
