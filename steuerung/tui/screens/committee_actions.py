"""The dialogs of the Gremien screen, as a mixin (committee, seats, persons, members).

Each form validates through the store while it is open (a refusal keeps
what was typed); deleting asks first and says what goes with it.
"""

from __future__ import annotations

from ... import labels as L
from ...domain.committees import check_seat_capacity
from ...domain.dates import format_date, parse_date
from ...domain.errors import UserError
from ...domain.minutes import genitive
from ...store import committees as C
from ...store import meetings as M
from .dialogs import ChooseScreen, ConfirmScreen
from .forms import Field, FormScreen
from .meeting_forms import form_from, meeting_fields


def _date(iso: str | None) -> str:
    return format_date(parse_date(iso)) if iso else ""


class CommitteeEditing:
    """Mixed into CommitteesScreen; uses ``committee``, ``selected`` and ``_try``."""

    # -- committee ---------------------------------------------------------------------------
    def _committee_form(self, committee_id: int | None) -> None:
        c = self.committee if committee_id else None
        fields = [Field("name", L.CM_NAME, c.name if c else ""),
                  Field("kind", L.CM_KIND, (c.kind or "") if c else ""),
                  Field("quorum", L.CM_QUORUM, (c.quorum or "") if c else ""),
                  # prefilled by rule and following the name until the clerk edits it
                  Field("genitive", L.CM_GENITIVE, c.genitive if c else "",
                        follows=lambda v: genitive(v["name"]))]

        def submit(v: dict) -> int:
            return C.save_committee(self.app.store, committee_id, v["name"], v["kind"],
                                    v["quorum"], v["genitive"])

        def done(new_id) -> None:
            if new_id:
                self.reload_list(select=new_id)

        title = L.CM_EDIT if c else L.CM_NEW
        self.app.push_screen(FormScreen(title, fields, submit), done)

    def action_new_committee(self) -> None:
        self._committee_form(None)

    def action_edit_committee(self) -> None:
        self._committee_form(self.committee.id)

    # -- seats and the committee's tasks ---------------------------------------------------------
    def action_seat(self, seat_id: int | None = None) -> None:
        seat = next((s for s in self.committee.seats if s.id == seat_id), None)
        fields = [Field("actor", L.CM_SEAT_ACTOR, seat.actor if seat else ""),
                  Field("count", L.CM_SEAT_COUNT, str(seat.count) if seat else "1")]
        cid = self.committee.id

        def submit(v: dict):
            if seat:
                return C.update_seat(self.app.store, seat.id, v["actor"], v["count"])
            return C.add_seat(self.app.store, cid, v["actor"], v["count"])

        def done(result) -> None:
            if result:
                self.refresh_committee(("seat", seat.id if seat else result))

        self.app.push_screen(FormScreen(L.CM_SEAT_NEW, fields, submit), done)

    def action_committee_task(self, task_id: int | None = None) -> None:
        old = dict(self.committee.tasks).get(task_id, "")
        cid = self.committee.id

        def submit(v: dict):
            if task_id:
                return C.update_committee_task(self.app.store, task_id, v["text"])
            return C.add_committee_task(self.app.store, cid, v["text"])

        def done(result) -> None:
            if result:
                self.refresh_committee(("task", task_id or result))

        self.app.push_screen(FormScreen(L.CM_TASK_NEW, [Field("text", L.CM_TASK_TEXT, old)],
                                        submit), done)

    # -- persons and memberships ------------------------------------------------------------
    def _seat_of_selection(self) -> int | None:
        kind, key = self.selected or (None, None)
        if kind in ("seat", "vacant"):
            return key
        if kind == "member":
            return self.committee.member(key).seat_id
        return None

    def _choose_person(self, then) -> None:
        """Pick an existing person or create one, then call ``then(person_id)``."""
        choices = [("new", L.CM_PERSON_NEW_OPTION)] + [
            (str(pid), label) for pid, label in C.persons(self.app.store)]

        def chosen(key: str | None) -> None:
            if key == "new":
                self._person_form(None, lambda pid: pid and then(pid))
            elif key:
                then(int(key))

        self.app.push_screen(ChooseScreen(L.CM_PERSON_CHOOSE, choices), chosen)

    def _person_form(self, person_id: int | None, done) -> None:
        row = self.app.store.get("person", person_id) if person_id else {}
        fields = [Field("name", L.CM_PERSON_NAME, row.get("name") or ""),
                  Field("organisation", L.CM_PERSON_ORG, row.get("organisation") or ""),
                  Field("function", L.CM_PERSON_FUNCTION, row.get("function") or ""),
                  Field("email", L.CM_PERSON_EMAIL, row.get("email") or "")]

        def submit(v: dict) -> int:
            return C.save_person(self.app.store, person_id, v["name"], v["organisation"],
                                 v["function"], v["email"])

        title = L.CM_PERSON_EDIT if person_id else L.CM_PERSON_NEW
        self.app.push_screen(FormScreen(title, fields, submit), done)

    def _membership_fields(self, role: str | None, member: C.Member | None) -> list[Field]:
        fields = []
        if role is None:  # editing: every role, and whom a deputy stands in for
            others = [(m.name, str(m.id)) for m in self.committee.members()
                      if m.seated and (member is None or m.id != member.id)]
            fields += [Field("role", L.CM_ROLE, member.role, "choice",
                             tuple((label, code) for code, label in L.ROLES.items())),
                       Field("deputy_of", L.CM_DEPUTY_OF, str(member.deputy_of or ""), "choice",
                             ((L.CM_DEPUTY_OF_NONE, ""), *others))]
        elif role != "deputy":
            fields.append(Field("role", L.CM_ROLE, role, "choice",
                                ((L.ROLES["member"], "member"), (L.ROLES["chair"], "chair"))))
        return fields + [
            Field("voting", L.CM_VOTING, member.voting if member else True, "check"),
            Field("start", L.CM_START, _date(member.start_date) if member else ""),
            Field("end", L.CM_END, _date(member.end_date) if member else "")]

    def action_member(self) -> None:
        seat_id = self._seat_of_selection()
        seat = next((s for s in self.committee.seats if s.id == seat_id), None)
        if self.committee.seats and seat is None:
            self.notify(L.CM_CHOOSE_SEAT, severity="warning", timeout=5)
            return
        if seat is not None:
            try:
                check_seat_capacity(seat.actor, seat.count, seat.occupied)
            except UserError as error:
                self.say(error)
                return
        self._choose_person(lambda pid: self._new_membership(pid, "member", seat_id, None))

    def action_deputy(self) -> None:
        kind, key = self.selected or (None, None)
        member = self.committee.member(key) if kind == "member" else None
        if member is None or not member.seated:
            self.notify(L.CM_CHOOSE_MEMBER, severity="warning", timeout=5)
            return
        self._choose_person(lambda pid: self._new_membership(pid, "deputy", member.seat_id,
                                                             member.id))

    def _new_membership(self, person_id: int, role: str, seat_id: int | None,
                        deputy_of: int | None) -> None:
        cid = self.committee.id
        name = self.app.store.get("person", person_id)["name"]
        title = L.CM_MEMBERSHIP_NEW.format(name=name)
        seat = next((s for s in self.committee.seats if s.id == seat_id), None)
        if deputy_of:
            title += " · " + L.CM_DEPUTY_FOR.format(name=self.committee.member(deputy_of).name)
        elif seat:
            title += " · " + L.CM_MEMBERSHIP_SEAT.format(actor=seat.actor)

        def submit(v: dict) -> int:
            return C.add_membership(self.app.store, cid, person_id, v.get("role", role),
                                    None if deputy_of else seat_id, v["voting"], deputy_of,
                                    v["start"], v["end"])

        def done(result) -> None:
            if result:
                self.refresh_committee(("member", result))

        self.app.push_screen(FormScreen(title, self._membership_fields(role, None), submit,
                                        focus="start"), done)

    def _edit_membership(self, member: C.Member) -> None:
        def submit(v: dict) -> None:
            C.update_membership(self.app.store, member.id, v["role"], v["voting"],
                                int(v["deputy_of"]) if v["deputy_of"] else None,
                                v["start"], v["end"])

        def done(result) -> None:
            if result:
                self.refresh_committee()

        self.app.push_screen(FormScreen(L.CM_MEMBERSHIP_NEW.format(name=member.name),
                                        self._membership_fields(None, member), submit,
                                        focus="start"), done)

    def action_person(self) -> None:
        kind, key = self.selected or (None, None)
        if kind != "member":
            self.notify(L.CM_CHOOSE_PERSON, severity="warning", timeout=5)
            return
        self._person_form(self.committee.member(key).person_id,
                          lambda ok: ok and self.refresh_committee())

    # -- meetings -----------------------------------------------------------------------------
    def action_new_meeting(self) -> None:
        cid = self.committee.id
        chair = next((m.name for m in self.committee.members() if m.role == "chair"
                      and m.active), "")
        fields = meeting_fields(M.MeetingForm(date="", chair=chair))

        def submit(v: dict) -> int:
            return M.create_meeting(self.app.store, cid, form_from(v))

        def done(meeting_id) -> None:
            if meeting_id:
                self.refresh_committee(("meeting", meeting_id))
                self.action_open_meeting(meeting_id)

        self.app.push_screen(FormScreen(L.MT_HEADER_NEW.format(committee=self.committee.name),
                                        fields, submit), done)

    # -- the selected row ---------------------------------------------------------------------
    def action_edit(self) -> None:
        kind, key = self.selected or (None, None)
        if kind == "committee":
            self.action_edit_committee()
        elif kind == "seat":
            self.action_seat(key)
        elif kind == "vacant":
            self.action_member()
        elif kind == "member":
            self._edit_membership(self.committee.member(key))
        elif kind == "task":
            self.action_committee_task(key)
        elif kind == "meeting":
            self.action_open_meeting(key)

    def action_move(self, step: int) -> None:
        kind, key = self.selected or (None, None)
        table = {"seat": "seat", "task": "committee_task"}.get(kind)
        if table and C.move_row(self.app.store, table, key, step, "committee_id"):
            self.refresh_committee((kind, key))

    def action_delete(self) -> None:
        kind, key = self.selected or (None, None)
        store, c = self.app.store, self.committee
        try:  # refusals that need no question
            if kind == "committee":
                C.check_committee_deletable(store, c.id)
            elif kind == "member":
                C.check_membership_deletable(store, key)
            elif kind == "meeting":
                M.check_editable(store, key)
        except UserError as error:
            return self.say(error)
        if kind == "committee":
            question = L.CM_DELETE_COMMITTEE.format(
                name=c.name, contents=L.contents(C.committee_contents(store, c.id)))
            write = lambda: C.delete_committee(store, c.id)  # noqa: E731
        elif kind == "seat":
            seat = next(s for s in c.seats if s.id == key)
            question = L.CM_DELETE_SEAT.format(actor=seat.actor)
            write = lambda: C.delete_seat(store, key)  # noqa: E731
        elif kind == "member":
            usage = C.membership_usage(store, key)
            question = L.CM_DELETE_MEMBER.format(name=c.member(key).name,
                                                 contents=L.contents(usage))
            write = lambda: C.delete_membership(store, key)  # noqa: E731
        elif kind == "task":
            question = L.CM_DELETE_TASK.format(text=dict(c.tasks)[key])
            write = lambda: C.delete_committee_task(store, key)  # noqa: E731
        elif kind == "meeting":
            head = store.get("meeting", key)
            name = M.meeting_name(head["number"], head["date"]).removeprefix("der ")
            question = L.CM_DELETE_MEETING.format(
                name=name, contents=L.contents(M.meeting_contents(store, key)))
            write = lambda: M.delete_meeting(store, key)  # noqa: E731
        else:
            return

        def answer(yes: bool) -> None:
            if yes and self._try(write) and kind == "committee":
                self.reload_list()

        self.app.push_screen(ConfirmScreen(question), answer)

