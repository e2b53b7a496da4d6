"""Opening an object where it lives: the Ziele with that goal selected, the Sitzung screen …

Every jump of the palette goes through :func:`go`, which first asks when the
screen being left holds unsaved input (a screen says so in its ``dirty``
property), so the palette never throws away what was typed.
"""

from __future__ import annotations

from collections.abc import Callable

from ... import labels as L
from ...store.search import Entry

#: The table each kind of the search index lives in.
TABLES = {"kennzahl": "monitoring_indicator", "section": "document_part"}
GOAL_KINDS = ("field", "guiding_goal", "annual_goal", "indicator", "measure")


def go(app, jump: Callable[[], object]) -> None:
    """Run ``jump`` once nothing unsaved would be lost (asking first if something would)."""
    if not any(getattr(screen, "dirty", False) for screen in app.screen_stack):
        jump()
        return
    from ..screens.dialogs import ConfirmScreen

    def answer(yes: bool | None) -> None:
        if yes:
            jump()

    app.push_screen(ConfirmScreen(L.PALETTE_UNSAVED), answer)


def open_object(app, entry: Entry) -> None:
    """Show ``entry`` on its screen, selected; a deleted one is named, nothing else happens."""
    store = app.store
    row = store.get(TABLES.get(entry.kind, entry.kind), entry.id)
    if row is None:
        app.notify(L.PALETTE_GONE.format(label=entry.label), severity="warning", timeout=5)
        return
    kind = entry.kind
    if kind in GOAL_KINDS:
        app.action_show_goals(select=(kind, entry.id))
    elif kind == "committee":
        app.action_show_committees(committee_id=entry.id)
    elif kind == "meeting":
        from ..screens.meeting import MeetingScreen

        app.action_show_committees(committee_id=row["committee_id"])
        app.push_screen(MeetingScreen(entry.id))
    elif kind == "submission":
        app.action_show_submissions(select=entry.id)
    elif kind == "dot_vote":
        app.action_show_votes(vote_id=entry.id)
    elif kind == "kennzahl":
        app.action_show_monitoring(select=f"k:{entry.id}")
    elif kind == "plan_step":
        app.action_show_masterplan(select=entry.id)
    elif kind == "section":
        app.action_show_outline(select=f"section:{entry.id}")
