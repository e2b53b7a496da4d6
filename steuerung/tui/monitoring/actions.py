"""The dialogs of the Monitoring screen, as a mixin: Kennzahl, Werte, Gruppen, Bevölkerung.

Every form validates through the store while it is open (a refusal keeps
what was typed); deleting asks first and says what goes with it.  Where a
Kennzahl has several things to act on (years, groups), a short list asks
which — with "neu …" first, so a new Kennzahl needs no extra key.
"""

from __future__ import annotations

from datetime import date

from rich.text import Text

from ... import labels as L
from ...domain.dates import format_date
from ...domain.errors import UserError
from ...domain.goals import format_number
from ...domain.monitoring import format_value
from ...store import monitoring as M
from ...store import monitoring_meta as P
from ..screens.dialogs import ChooseScreen, ConfirmScreen
from ..screens.forms import Field, FormScreen

NEW = "new"


class MonitoringEditing:
    """Mixed into MonitoringScreen; uses ``kennzahl``, ``selected``, ``figures`` and ``reload``."""

    def _form(self, title, fields, submit, select=None, **kwargs) -> None:
        def done(result) -> None:
            if result:
                self.reload(select(result) if select else None)

        self.app.push_screen(FormScreen(title, fields, submit, **kwargs), done)

    def _choose(self, title: str, choices: list[tuple[str, Text]], then) -> None:
        """Ask which entry (skipped when "new" is the only one)."""
        if len(choices) == 1:
            then(choices[0][0])
            return
        self.app.push_screen(ChooseScreen(title, choices), lambda key: key and then(key))

    # -- Kennzahl -----------------------------------------------------------------------------
    def _indicator_form(self, k: M.Kennzahl | None) -> None:
        store = self.app.store
        fields = M.field_choices(store)
        goals = M.guiding_choices(store)
        numbers = {fid: label.split(" ", 1)[0] for fid, label in fields}
        # A new Kennzahl goes where the user is: the selected one's field, else the first field.
        default_field = k.field_id if k else (self.kennzahl.field_id if self.kennzahl else
                                              next((fid for fid, _ in fields), None))
        form = [
            Field("name", L.MON_F_NAME, k.name if k else ""),
            Field("field_id", L.MON_F_FIELD, str(default_field or ""), "choice",
                  ((L.MON_F_FIELD_NONE, ""), *((Text(label), str(fid)) for fid, label in fields))),
            Field("guiding_goal_id", L.MON_F_GUIDING, str(k.guiding_goal_id or "") if k else "",
                  "choice", ((L.MON_F_GUIDING_NONE, ""), *(
                      (Text(f"{numbers.get(fid, '')} · {label}"), str(gid))
                      for gid, fid, label in goals))),
            Field("definition", L.MON_F_DEFINITION, (k.definition or "") if k else ""),
            Field("unit", L.MON_F_UNIT, (k.unit or "") if k else "%"),
            Field("data_source", L.MON_F_SOURCE, (k.data_source or "") if k else ""),
            Field("periodicity", L.MON_F_PERIODICITY, (k.periodicity or "") if k else "jährlich"),
            Field("level", L.MON_F_LEVEL, k.level if k else "local", "choice",
                  tuple((word, code) for code, word in L.LEVELS.items())),
            Field("note", L.MON_F_NOTE, (k.note or "") if k else "")]
        if k is None:
            form.append(Field("groups", L.MON_F_GROUPS, "mit_ohne_insgesamt", "choice",
                              tuple((word, code) for code, word in L.GROUP_PRESET_NAMES.items())))

        def submit(values: dict) -> int:
            return M.save_indicator(store, k.id if k else None, values)

        self._form(Text(k.name) if k else L.MON_IND_NEW, form, submit, lambda i: f"k:{i}")

    def action_new_indicator(self) -> None:
        self._indicator_form(None)

    def action_edit(self) -> None:
        if self.kennzahl is not None:
            self._indicator_form(self.kennzahl)
        else:
            self.action_population()

    def action_move(self, step: int) -> None:
        if M.move_indicator(self.app.store, self.kennzahl.id, step):
            self.reload()

    # -- values of one year ------------------------------------------------------------------
    def action_values(self) -> None:
        k = self.kennzahl
        if k is None:
            return self.action_population() if self.selected == "population" else \
                self.notify(L.MON_CHOOSE_INDICATOR, severity="warning")
        if not k.groups:
            return self.say(UserError(L.MON_E_NO_GROUPS))
        choices = [(NEW, Text(L.MON_YEAR_NEW_OPTION))] + [
            (str(y), Text(f"{y}: " + " · ".join(
                format_value(g.values[y].value) if y in g.values else "–" for g in k.groups)))
            for y in reversed(k.years)]
        self._choose(L.CHOOSE_YEAR, choices, lambda key: self._year_form(
            k, None if key == NEW else int(key)))

    def _year_form(self, k: M.Kennzahl, year: int | None) -> None:
        values = [g.values[year] for g in k.groups if year in g.values] if year else []
        sources = {v.source for v in values}
        notes = {v.note for v in values}
        mixed = len(sources) > 1 or len(notes) > 1
        unit = (k.unit or "").strip()
        form = [Field("year", L.MON_F_YEAR, str(year or (k.years[-1] + 1 if k.years else "")))]
        for g in k.groups:
            label = (L.MON_F_VALUE if unit else L.MON_F_VALUE_PLAIN).format(group=g.name, unit=unit)
            v = g.values.get(year) if year else None
            # Full precision: an untouched value must be saved unchanged.
            form.append(Field(f"v{g.id}", Text(label), format_number(v.value) if v else ""))
        form += [Field("source", L.MON_F_VALUE_SOURCE, "" if mixed else (values[0].source or "")
                       if values else ""),
                 Field("note", L.MON_F_VALUE_NOTE, "" if mixed else (values[0].note or "")
                       if values else ""),
                 Field("example", L.MON_F_EXAMPLE, any(v.example for v in values), "check")]

        def submit(v: dict) -> int:
            keep = mixed and not v["source"].strip() and not v["note"].strip()
            saved = M.save_year(self.app.store, k.id, v["year"],
                                {g.id: v[f"v{g.id}"] for g in k.groups},
                                None if keep else v["source"], None if keep else v["note"],
                                v["example"], old_year=year)
            self.notify(L.MON_SAVED_YEAR.format(year=saved))
            return saved

        title = L.MON_YEAR_EDIT.format(year=year, indicator=k.name) if year else \
            L.MON_YEAR_NEW.format(indicator=k.name)
        self._form(Text(title), form, submit, note=L.MON_MIXED_SOURCES if mixed else "",
                   focus="year" if year is None else f"v{k.groups[0].id}")

    # -- groups ---------------------------------------------------------------------------------
    def action_group(self) -> None:
        k = self.kennzahl
        choices = [(NEW, Text(L.MON_GROUP_NEW_OPTION))] + [
            (str(g.id), Text(g.name)) for g in k.groups]
        self._choose(L.MON_GROUPS, choices, lambda key: self._group_form(
            k, None if key == NEW else k.group(int(key))))

    def _group_form(self, k: M.Kennzahl, group: M.Group | None) -> None:
        others = [(Text(g.name), str(g.id)) for g in k.groups if group is None or g.id != group.id]
        form = [Field("name", L.MON_F_GROUP_NAME, group.name if group else ""),
                Field("reference", L.MON_F_REFERENCE,
                      str(group.reference_id or "") if group else "", "choice",
                      ((L.MON_F_REFERENCE_NONE, ""), *others))]

        def submit(v: dict) -> int:
            return M.save_group(self.app.store, k.id, group.id if group else None, v["name"],
                                v["reference"])

        title = L.MON_GROUP_EDIT if group else L.MON_GROUP_NEW.format(indicator=k.name)
        self._form(Text(title), form, submit)

    # -- population and the reporting cycle ----------------------------------------------------
    def action_population(self) -> None:
        choices = [(NEW, Text(L.MON_POP_NEW_OPTION))] + [
            (str(f.id), Text(f"{f.year} · {f.label}: {format_value(f.value)}"))
            for f in self.figures]
        self._choose(L.MON_POPULATION, choices, lambda key: self._population_form(
            None if key == NEW else next(f for f in self.figures if f.id == int(key))))

    def _population_form(self, f: P.Figure | None) -> None:
        years = [x.year for x in self.figures]
        form = [Field("year", L.MON_F_YEAR, str(f.year if f else (years[-1] if years else ""))),
                Field("label", L.MON_F_POP_LABEL, f.label if f else ""),
                Field("value", L.MON_F_POP_VALUE, format_value(f.value) if f else ""),
                Field("as_of", L.MON_F_POP_AS_OF,
                      format_date(date.fromisoformat(f.as_of)) if f and f.as_of else ""),
                Field("source", L.MON_F_POP_SOURCE, (f.source or "") if f else ""),
                Field("note", L.MON_F_POP_NOTE, (f.note or "") if f else ""),
                Field("provisional", L.MON_F_POP_PROVISIONAL, f.provisional if f else False,
                      "check")]

        def submit(v: dict) -> int:
            return P.save_figure(self.app.store, f.id if f else None, v)

        self._form(L.MON_POP_EDIT if f else L.MON_POP_NEW, form, submit, lambda _: "population")

    def action_cycle(self) -> None:
        c = P.cycle(self.app.store)
        form = [Field("every", L.MON_F_EVERY, c.every_text if c else ""),
                Field("last", L.MON_F_LAST_REPORT, (c.last_report_text or "") if c else ""),
                Field("basis", L.MON_F_BASIS, (c.basis or "") if c else "")]

        def submit(v: dict) -> None:
            P.save_cycle(self.app.store, v["every"], v["last"], v["basis"])

        self._form(L.MON_CYCLE_FORM, form, submit)

    # -- deleting ------------------------------------------------------------------------------
    def action_delete(self) -> None:
        store, k = self.app.store, self.kennzahl
        if k is None:
            choices = [(str(f.id), Text(f"{f.year} · {f.label}")) for f in self.figures]
            if choices:
                self.app.push_screen(ChooseScreen(L.MON_DELETE_WHAT, choices),
                                     lambda key: key and self._delete_figure(int(key)))
            return
        choices = [("k", Text(L.MON_DELETE_INDICATOR_OPTION.format(name=k.name)))]
        choices += [(f"y{y}", Text(L.MON_DELETE_YEAR_OPTION.format(year=y))) for y in k.years]
        choices += [(f"g{g.id}", Text(L.MON_DELETE_GROUP_OPTION.format(name=g.name)))
                    for g in k.groups]

        def chosen(key: str | None) -> None:
            if not key:
                return
            if key == "k":
                question = L.MON_DELETE_INDICATOR.format(
                    name=k.name, contents=M.indicator_contents(store, k.id))
                write = lambda: M.delete_indicator(store, k.id)  # noqa: E731
            elif key.startswith("y"):
                year = int(key[1:])
                n = sum(1 for g in k.groups if year in g.values)
                question = L.MON_DELETE_YEAR.format(year=year, indicator=k.name,
                                                    values=M.count(n, L.MON_VALUES))
                write = lambda: M.delete_year(store, k.id, year)  # noqa: E731
            else:
                g = k.group(int(key[1:]))
                question = L.MON_DELETE_GROUP.format(name=g.name,
                                                     values=M.count(len(g.values), L.MON_VALUES))
                write = lambda: M.delete_group(store, g.id)  # noqa: E731
            self._confirm(question, write)

        self.app.push_screen(ChooseScreen(L.MON_DELETE_WHAT, choices), chosen)

    def _delete_figure(self, figure_id: int) -> None:
        f = next(x for x in self.figures if x.id == figure_id)
        self._confirm(L.MON_DELETE_POPULATION.format(label=f.label, year=f.year),
                      lambda: P.delete_figure(self.app.store, figure_id))

    def _confirm(self, question: str, write) -> None:
        def answer(yes: bool) -> None:
            if not yes:
                return
            try:
                write()
            except UserError as error:
                self.say(error)
            self.reload()

        self.app.push_screen(ConfirmScreen(Text(question)), answer)
