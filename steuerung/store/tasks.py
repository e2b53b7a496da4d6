"""Tasks (Was / Wer / Bis wann / Status) and Termine (Planungen) of a meeting.

A task belongs to the meeting it was set in.  While open it appears again
in every later meeting of the same committee; marking it done records the
meeting in which that happened (``done_meeting_id``), so each protocol
shows the task as it stood then: open in the meetings before, done in that
one, and gone from the meetings after.
"""

from __future__ import annotations

from ..domain.dates import parse_deadline
from ..domain.errors import UserError
from .meeting_model import MeetingHead, PlanItem, Task, check_editable, meeting_name, move_row
from .repo import Store

#: Meetings of one committee in order: by date, then as entered (a number is optional).
_ORDER = "coalesce(m.date, '') || '#' || printf('%010d', m.id)"
_DONE_ORDER = "coalesce(dm.date, '') || '#' || printf('%010d', dm.id)"


def _rank(store: Store, meeting_id: int) -> str:
    return store.one(f"SELECT {_ORDER} FROM meeting m WHERE m.id = ?", (meeting_id,))[0]


def load_tasks(store: Store, head: MeetingHead) -> list[Task]:
    """This meeting's tasks, then those carried over from earlier meetings."""
    rank = _rank(store, head.id)
    rows = store.rows(f"""
        SELECT t.id, t.meeting_id, m.number, m.date, a.number AS top, t.what, t.who,
               t.due_text, t.status, t.done_meeting_id, dm.number AS done_number,
               dm.date AS done_date, {_ORDER} AS rank,
               CASE WHEN dm.id IS NULL THEN NULL ELSE {_DONE_ORDER} END AS done_rank,
               g.text AS goal, ms.text AS measure
        FROM task t JOIN meeting m ON m.id = t.meeting_id
        LEFT JOIN agenda_item a ON a.id = t.agenda_item_id
        LEFT JOIN meeting dm ON dm.id = t.done_meeting_id
        LEFT JOIN annual_goal g ON g.id = t.annual_goal_id
        LEFT JOIN measure ms ON ms.id = t.measure_id
        WHERE t.committee_id = ? AND {_ORDER} <= ?
        ORDER BY t.meeting_id != ?, rank, t.position, t.id""",
                      (head.committee_id, rank, head.id))
    tasks = []
    for r in rows:
        done_rank = r["done_rank"]
        if r["status"] == "done":
            # done with no meeting recorded counts as done from its own meeting on
            done_here = done_rank is None or done_rank <= rank
        else:
            done_here = False
        carried = r["meeting_id"] != head.id
        if carried and r["status"] == "done" and (done_rank is None or done_rank < rank):
            continue  # done before this meeting: no longer carried
        later = (meeting_name(r["done_number"], r["done_date"])
                 if r["status"] == "done" and not done_here else None)
        link = (f"Jahresziel: {r['goal']}" if r["goal"] else
                f"Maßnahme: {r['measure']}" if r["measure"] else None)
        tasks.append(Task(r["id"], r["meeting_id"], r["number"], r["top"], r["what"], r["who"],
                          r["due_text"], "done" if done_here else "open", carried, later, link,
                          meeting_name(r["number"], r["date"]) if carried else None))
    return tasks


def _fields(what: str, who: str, due: str) -> dict:
    what = " ".join(what.split())
    if not what:
        raise UserError("Bitte eingeben, was zu tun ist (Was), z. B. „Zur Fachveranstaltung "
                        "einladen“.")
    due_text, due_date = None, None
    if due.strip():
        deadline = parse_deadline(due)
        due_text, due_date = deadline.text, deadline.date.isoformat()
    return {"what": what, "who": " ".join(who.split()) or None, "due_text": due_text,
            "due": due_date}


def _agenda_item(store: Store, meeting_id: int, top: str) -> int | None:
    top = top.strip().rstrip(".")
    if not top:
        return None
    row = store.one("SELECT id FROM agenda_item WHERE meeting_id = ? AND number = ?",
                    (meeting_id, top))
    if row is None:
        numbers = [r[0] for r in store.rows("SELECT number FROM agenda_item WHERE meeting_id = ? "
                                            "ORDER BY position", (meeting_id,))]
        known = ", ".join(numbers) if numbers else "noch keine"
        raise UserError(f"Einen TOP „{top}“ gibt es in dieser Sitzung nicht (vorhanden: "
                        f"{known}); bitte eine Nummer wie 2.a eingeben oder leer lassen.")
    return row[0]


def add_task(store: Store, meeting_id: int, what: str, who: str = "", due: str = "",
             top: str = "") -> int:
    meeting = check_editable(store, meeting_id)
    values = _fields(what, who, due)
    position = store.one("SELECT coalesce(max(position), 0) + 1 FROM task WHERE meeting_id = ?",
                         (meeting_id,))[0]
    return store.insert("task", {"committee_id": meeting["committee_id"],
                                 "meeting_id": meeting_id,
                                 "agenda_item_id": _agenda_item(store, meeting_id, top),
                                 "status": "open", "position": position, **values})


def check_own_task(store: Store, meeting_id: int, task_id: int) -> dict:
    """A task may be changed in its own meeting while that protocol is open."""
    check_editable(store, meeting_id)
    task = store.get("task", task_id)
    if task["meeting_id"] != meeting_id:
        origin = store.get("meeting", task["meeting_id"])
        raise UserError(f"Die Aufgabe stammt aus {meeting_name(origin['number'], origin['date'])};"
                        " hier kann nur ihr Status geändert werden (Leertaste). Ändern oder "
                        "löschen bitte dort.")
    return task


def update_task(store: Store, meeting_id: int, task_id: int, what: str, who: str, due: str,
                top: str) -> None:
    check_own_task(store, meeting_id, task_id)
    store.update("task", task_id, {**_fields(what, who, due),
                                   "agenda_item_id": _agenda_item(store, meeting_id, top)})


def delete_task(store: Store, meeting_id: int, task_id: int) -> None:
    check_own_task(store, meeting_id, task_id)
    store.delete("task", task_id)


def set_done(store: Store, meeting_id: int, task_id: int, done: bool) -> None:
    """Mark a task done in this meeting, or open again (not if done in a closed protocol)."""
    check_editable(store, meeting_id)
    task = store.get("task", task_id)
    where = task["done_meeting_id"] or task["meeting_id"]
    if task["status"] == "done" and where != meeting_id:
        other = store.get("meeting", where)
        if other["state"] == "closed":
            raise UserError(f"Die Aufgabe wurde in {meeting_name(other['number'], other['date'])}"
                            " als erledigt festgehalten, und dieses Protokoll ist abgeschlossen."
                            " Bitte eine neue Aufgabe anlegen.")
    if done:
        store.update("task", task_id, {"status": "done", "done_meeting_id": meeting_id})
    else:
        store.update("task", task_id, {"status": "open", "done_meeting_id": None})


def link_task(store: Store, meeting_id: int, task_id: int, annual_goal_id: int | None = None,
              measure_id: int | None = None) -> None:
    """Link a task to a Jahresziel or a Maßnahme (one of them, or neither)."""
    check_own_task(store, meeting_id, task_id)
    if annual_goal_id is not None and measure_id is not None:
        raise ValueError("a task links a goal or a measure, not both")
    store.update("task", task_id, {"annual_goal_id": annual_goal_id, "measure_id": measure_id})


def link_choices(store: Store) -> list[tuple[str, str]]:
    """("goal:3", "Jahresziel 2011: …") and ("measure:7", "Maßnahme: …") for choosing."""
    goals = [(f"goal:{r[0]}", f"Jahresziel {r[1] or ''}: {r[2]}".replace(" :", ":"))
             for r in store.rows("SELECT a.id, a.year, a.text FROM annual_goal a JOIN "
                                 "guiding_goal g ON g.id = a.guiding_goal_id JOIN field f ON "
                                 "f.id = g.field_id ORDER BY f.position, g.position, "
                                 "a.position, a.id")]
    measures = [(f"measure:{r[0]}", f"Maßnahme: {r[1]}") for r in store.rows(
        "SELECT id, text FROM measure ORDER BY annual_goal_id, position, id")]
    return goals + measures


# -- Termine (Planungen) ------------------------------------------------------------------
def load_plans(store: Store, meeting_id: int) -> list[PlanItem]:
    return [PlanItem(*r) for r in store.rows(
        "SELECT p.id, p.date_text, p.date, p.what, p.agenda_item_id, a.number FROM plan_item p "
        "LEFT JOIN agenda_item a ON a.id = p.agenda_item_id WHERE p.meeting_id = ? "
        "ORDER BY p.position, p.id", (meeting_id,))]


def _plan_fields(date_text: str, what: str) -> dict:
    what = " ".join(what.split())
    if not what:
        raise UserError("Bitte eingeben, was geplant ist, z. B. „Fachtagung“.")
    deadline = parse_deadline(date_text)
    return {"date_text": deadline.text, "date": deadline.date.isoformat(), "what": what}


def add_plan(store: Store, meeting_id: int, date_text: str, what: str, top: str = "") -> int:
    """A Termin as typed ("Herbst 2011", "11.05.2011"), resolved to a date for sorting.

    With ``top`` ("4") it belongs to that TOP and stands under it in the
    minutes; a date before the meeting is allowed (the screen warns).
    """
    meeting = check_editable(store, meeting_id)
    values = _plan_fields(date_text, what)
    item = _agenda_item(store, meeting_id, top)
    position = store.one("SELECT coalesce(max(position), 0) + 1 FROM plan_item "
                         "WHERE meeting_id = ?", (meeting_id,))[0]
    return store.insert("plan_item", {"committee_id": meeting["committee_id"],
                                      "meeting_id": meeting_id, "agenda_item_id": item,
                                      "position": position, **values})


def update_plan(store: Store, plan_id: int, date_text: str, what: str,
                top: str | None = None) -> None:
    """Change a Termin; ``top`` None keeps its TOP, "" detaches it."""
    meeting_id = store.get("plan_item", plan_id)["meeting_id"]
    check_editable(store, meeting_id)
    values = _plan_fields(date_text, what)
    if top is not None:
        values["agenda_item_id"] = _agenda_item(store, meeting_id, top)
    store.update("plan_item", plan_id, values)


def delete_plan(store: Store, plan_id: int) -> None:
    check_editable(store, store.get("plan_item", plan_id)["meeting_id"])
    store.delete("plan_item", plan_id)


def move_plan(store: Store, plan_id: int, step: int) -> bool:
    check_editable(store, store.get("plan_item", plan_id)["meeting_id"])
    return move_row(store, "plan_item", plan_id, step, "meeting_id")
