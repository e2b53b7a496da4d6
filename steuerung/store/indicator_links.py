"""An indicator serving several Jahresziele ("je 10 % der Mitarbeiter …" for both Fortbildungen).

The indicator belongs to one Jahresziel (its home, ``indicator.annual_goal_id``,
where it is edited and its readings are entered); ``indicator_link`` rows add
the other Jahresziele it serves.  The Sachstand judges it under each of them,
the goal tree and the documents show it under each.
"""

from __future__ import annotations

from .. import labels as L
from ..domain.errors import UserError
from .repo import Store

#: Every (Jahresziel, indicator) pair a Jahresziel is judged by: its own indicators
#: (``linked`` = 0), then those of other Jahresziele that serve it too (``linked`` = 1).
SERVED = ("SELECT id AS indicator_id, annual_goal_id, 0 AS linked, position FROM indicator "
          "UNION ALL SELECT indicator_id, annual_goal_id, 1, position FROM indicator_link")


def candidates(store: Store, indicator_id: int) -> list[tuple[int, str]]:
    """Jahresziele of the indicator's year it could serve besides the ones it does: (id, label)."""
    indicator = store.get("indicator", indicator_id)
    if indicator is None:
        raise UserError(L.E_GONE)
    return [(r[0], L.GOALS_LINK_CHOICE.format(field=r[1], number=r[2], text=r[3]))
            for r in store.rows("""
        SELECT a.id, f.name, g.number, a.text FROM annual_goal a
        JOIN guiding_goal g ON g.id = a.guiding_goal_id JOIN field f ON f.id = g.field_id
        WHERE a.year = (SELECT year FROM annual_goal WHERE id = ?) AND a.id != ?
          AND a.id NOT IN (SELECT annual_goal_id FROM indicator_link WHERE indicator_id = ?)
        ORDER BY f.position, g.position, a.position, a.id""",
        (indicator["annual_goal_id"], indicator["annual_goal_id"], indicator_id))]


def link(store: Store, indicator_id: int, annual_goal_id: int) -> int:
    """Let the indicator serve another Jahresziel too; it comes last among that goal's indicators."""
    indicator = store.get("indicator", indicator_id)
    if indicator is None or store.get("annual_goal", annual_goal_id) is None:
        raise UserError(L.E_GONE)
    if indicator["annual_goal_id"] == annual_goal_id or store.one(
            "SELECT 1 FROM indicator_link WHERE indicator_id = ? AND annual_goal_id = ?",
            (indicator_id, annual_goal_id)):
        raise UserError(L.E_LINK_EXISTS.format(name=indicator["name"]))
    position = store.one("SELECT coalesce(max(position), 0) + 1 FROM indicator_link "
                         "WHERE annual_goal_id = ?", (annual_goal_id,))[0]
    return store.insert("indicator_link", {"indicator_id": indicator_id,
                                           "annual_goal_id": annual_goal_id, "position": position})


def unlink(store: Store, link_id: int) -> None:
    """The Jahresziel no longer counts the indicator; the indicator and its readings stay."""
    if store.get("indicator_link", link_id) is None:
        raise UserError(L.E_GONE)
    store.delete("indicator_link", link_id)


def home(store: Store, link_id: int) -> dict:
    """The linked indicator and its home Jahresziel: {"indicator_id", "name", "goal"}."""
    row = store.one("""SELECT i.id, i.name, a.text FROM indicator_link l
                       JOIN indicator i ON i.id = l.indicator_id
                       JOIN annual_goal a ON a.id = i.annual_goal_id WHERE l.id = ?""", (link_id,))
    if row is None:
        raise UserError(L.E_GONE)
    return {"indicator_id": row[0], "name": row[1], "goal": row[2]}
