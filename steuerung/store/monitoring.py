"""Kennzahlen of the Integrationsmonitoring: read model and writes (DESIGN §3).

A Kennzahl owns its Vergleichsgruppen, a group owns its values (one per
year).  Every write validates first and is one transaction; a figure typed
or imported is read by :func:`read_value` — the one place where the
project's number parser is called.  The population figures, the council's
reporting cycle and the document date live in :mod:`.monitoring_meta`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .. import labels as L
from ..domain import goals as rules
from ..domain.errors import UserError
from ..domain.monitoring import check_value, gap_label
from .order import swap
from .repo import Store


def read_value(text: str, what: str = L.MON_YEAR) -> float | None:
    """A monitoring figure as typed: "12,5", "1.200", "281.050", "12,5 %"; empty → None.

    The one call of the project's number parser for monitoring figures
    (forms, CSV import).  It is the goal forms' parser, which already reads
    "1.200" as 1200 as DESIGN §8 asks — the readings' ``parse_value`` still
    reads it as 1,2.  When the shared German parser of issue 11 lands, only
    this line changes.
    """
    value = rules.parse_number(text or "", what)
    return None if value is None else check_value(value)


@dataclass(frozen=True)
class Value:
    year: int
    value: float
    source: str | None = None
    note: str | None = None
    example: bool = False


@dataclass
class Group:
    id: int
    name: str
    reference_id: int | None
    values: dict[int, Value] = field(default_factory=dict)

    def series(self) -> dict[int, float]:
        return {year: v.value for year, v in sorted(self.values.items())}


@dataclass
class Kennzahl:
    id: int
    name: str
    field_id: int | None = None
    field_name: str | None = None
    field_number: int | None = None
    guiding_goal_id: int | None = None
    guiding_number: int | None = None
    guiding_text: str | None = None
    definition: str | None = None
    unit: str | None = None
    data_source: str | None = None
    periodicity: str | None = None
    level: str = "local"
    note: str | None = None
    groups: list[Group] = field(default_factory=list)

    @property
    def years(self) -> list[int]:
        return sorted({year for g in self.groups for year in g.values})

    def group(self, group_id: int) -> Group | None:
        return next((g for g in self.groups if g.id == group_id), None)

    def pairs(self) -> list[tuple[Group, Group]]:
        """(group, reference) for every group compared with another of this Kennzahl."""
        return [(g, ref) for g in self.groups
                if g.reference_id is not None and (ref := self.group(g.reference_id))]

    def gap_names(self) -> list[str]:
        """"Abstand mit − ohne" per compared pair; the full names where the short ones clash."""
        pairs = self.pairs()
        short = [gap_label(g.name, ref.name) for g, ref in pairs]
        if len(set(short)) < len(short):
            short = [f"{g.name} − {ref.name}" for g, ref in pairs]
        return [L.MON_GAP.format(pair=name) for name in short]

    @property
    def has_examples(self) -> bool:
        return any(v.example for g in self.groups for v in g.values.values())


def kennzahlen(store: Store) -> list[Kennzahl]:
    """Every Kennzahl with groups and values, by Handlungsfeld (those without last), then position."""
    items: dict[int, Kennzahl] = {}
    for r in store.rows(
            "SELECT k.*, f.name AS field_name, f.number AS field_number, g.number AS g_number, "
            "g.text AS g_text FROM monitoring_indicator k LEFT JOIN field f ON f.id = k.field_id "
            "LEFT JOIN guiding_goal g ON g.id = k.guiding_goal_id "
            "ORDER BY f.id IS NULL, f.position, f.id, k.position, k.id"):
        items[r["id"]] = Kennzahl(
            r["id"], r["name"], r["field_id"], r["field_name"], r["field_number"],
            r["guiding_goal_id"], r["g_number"], r["g_text"], r["definition"], r["unit"],
            r["data_source"], r["periodicity"], r["level"], r["note"])
    groups: dict[int, Group] = {}
    for r in store.rows("SELECT id, indicator_id, name, reference_id FROM monitoring_group "
                        "ORDER BY position, id"):
        groups[r[0]] = group = Group(r[0], r[2], r[3])
        items[r[1]].groups.append(group)
    for r in store.rows("SELECT group_id, year, value, source, note, example "
                        "FROM monitoring_value ORDER BY year, id"):
        groups[r[0]].values[r[1]] = Value(r[1], r[2], r[3], r[4], bool(r[5]))
    return list(items.values())


def kennzahl(store: Store, indicator_id: int) -> Kennzahl:
    found = next((k for k in kennzahlen(store) if k.id == indicator_id), None)
    if found is None:
        raise UserError(L.E_GONE)
    return found


# -- Kennzahlen -------------------------------------------------------------------------------
def field_choices(store: Store) -> list[tuple[int, str]]:
    return [(r[0], f"{r[1] or ''} {r[2]}".strip()) for r in store.rows(
        "SELECT id, number, name FROM field ORDER BY position, id")]


def guiding_choices(store: Store, field_id: int | None = None) -> list[tuple[int, int, str]]:
    """(id, field id, "Leitziel 2: text") of every Leitziel, or of one field's."""
    sql = "SELECT id, field_id, number, text FROM guiding_goal"
    params: tuple = ()
    if field_id is not None:
        sql, params = sql + " WHERE field_id = ?", (field_id,)
    return [(r[0], r[1], f"{L.GOALS_GUIDING.format(number=r[2] or '')}: {r[3]}")
            for r in store.rows(sql + " ORDER BY position, id", params)]


def _id(text) -> int | None:
    return int(text) if str(text or "").strip() else None


def save_indicator(store: Store, indicator_id: int | None, values: dict) -> int:
    """Create or change a Kennzahl; a new one gets the groups of ``values["groups"]``."""
    name = rules.required(values.get("name"), L.MON_E_NAME)
    field_id, guiding_id = _id(values.get("field_id")), _id(values.get("guiding_goal_id"))
    if guiding_id is not None:
        row = store.get("guiding_goal", guiding_id)
        if row is None:
            raise UserError(L.E_GONE)
        if field_id is None:
            field_id = row["field_id"]
        elif row["field_id"] != field_id:
            raise UserError(L.MON_E_GUIDING_FIELD)
    if field_id is not None and store.get("field", field_id) is None:
        raise UserError(L.E_GONE)
    row = {"name": name, "field_id": field_id, "guiding_goal_id": guiding_id,
           "definition": rules.optional(values.get("definition")),
           "unit": rules.optional(values.get("unit")),
           "data_source": rules.optional(values.get("data_source")),
           "periodicity": rules.optional(values.get("periodicity")),
           "level": rules.choice(values.get("level"), L.LEVELS, L.MON_F_LEVEL, "local"),
           "note": rules.optional(values.get("note"))}
    with store.transaction():
        old = store.get("monitoring_indicator", indicator_id) if indicator_id else None
        if indicator_id and old is None:
            raise UserError(L.E_GONE)
        if old is None or old["field_id"] != field_id:
            row["position"] = _next_position(store, field_id)
        if old is not None:
            store.update("monitoring_indicator", indicator_id, row)
            return indicator_id
        new_id = store.insert("monitoring_indicator", row)
        preset = L.GROUP_PRESETS.get(values.get("groups") or "mit_ohne_insgesamt", ())
        ids = [store.insert("monitoring_group", {"indicator_id": new_id, "name": group,
                                                 "position": n})
               for n, group in enumerate(preset, 1)]
        if len(ids) >= 2 and preset[1].startswith("ohne"):  # mit … compared with ohne …
            store.update("monitoring_group", ids[0], {"reference_id": ids[1]})
    return new_id


def _next_position(store: Store, field_id: int | None) -> int:
    row = store.one("SELECT max(position) FROM monitoring_indicator WHERE field_id IS ?",
                    (field_id,))
    return (row[0] or 0) + 1


def indicator_contents(store: Store, indicator_id: int) -> str:
    groups = store.one("SELECT count(*) FROM monitoring_group WHERE indicator_id = ?",
                       (indicator_id,))[0]
    values = store.one("SELECT count(*) FROM monitoring_value v JOIN monitoring_group g "
                       "ON g.id = v.group_id WHERE g.indicator_id = ?", (indicator_id,))[0]
    return f"{count(groups, L.MON_GROUPS_WORDS)} und {count(values, L.MON_VALUES)}"


def count(n: int, words: tuple[str, str]) -> str:
    return f"{n} {words[0] if n == 1 else words[1]}"


def delete_indicator(store: Store, indicator_id: int) -> None:
    """The Kennzahl with its groups and values, in one transaction."""
    with store.transaction():
        group_ids = [r[0] for r in store.rows(
            "SELECT id FROM monitoring_group WHERE indicator_id = ?", (indicator_id,))]
        for group_id in group_ids:
            store.update("monitoring_group", group_id, {"reference_id": None})
        for group_id in group_ids:
            _delete_group_rows(store, group_id)
        store.delete("monitoring_indicator", indicator_id)


def move_indicator(store: Store, indicator_id: int, step: int) -> bool:
    """Swap with the neighbour in the same Handlungsfeld; positions renumbered."""
    row = store.get("monitoring_indicator", indicator_id)
    ids = [r[0] for r in store.rows("SELECT id FROM monitoring_indicator WHERE field_id IS ? "
                                    "ORDER BY position, id", (row["field_id"],))]
    return swap(store, "monitoring_indicator", ids, indicator_id, step)


# -- Vergleichsgruppen ---------------------------------------------------------------------
def save_group(store: Store, indicator_id: int, group_id: int | None, name: str,
               reference: str | int | None) -> int:
    name = rules.required(name, L.MON_E_GROUP_NAME)
    reference_id = _id(reference)
    others = {r[0]: r[1] for r in store.rows(
        "SELECT id, name FROM monitoring_group WHERE indicator_id = ?", (indicator_id,))}
    if any(n.casefold() == name.casefold() for i, n in others.items() if i != group_id):
        raise UserError(L.MON_E_GROUP_TWICE.format(name=name))
    if reference_id is not None and group_id is not None and reference_id == group_id:
        raise UserError(L.MON_E_REFERENCE_SELF)
    if reference_id is not None and reference_id not in others:
        raise UserError(L.E_GONE)
    if group_id is not None:
        if group_id not in others:
            raise UserError(L.E_GONE)
        store.update("monitoring_group", group_id, {"name": name, "reference_id": reference_id})
        return group_id
    position = store.one("SELECT max(position) FROM monitoring_group WHERE indicator_id = ?",
                         (indicator_id,))[0]
    return store.insert("monitoring_group", {"indicator_id": indicator_id, "name": name,
                                             "reference_id": reference_id,
                                             "position": (position or 0) + 1})


def delete_group(store: Store, group_id: int) -> None:
    """The group with its values; groups compared with it lose that comparison."""
    with store.transaction():
        for (other,) in store.rows("SELECT id FROM monitoring_group WHERE reference_id = ?",
                                   (group_id,)):
            store.update("monitoring_group", other, {"reference_id": None})
        _delete_group_rows(store, group_id)


def _delete_group_rows(store: Store, group_id: int) -> None:
    for (value_id,) in store.rows("SELECT id FROM monitoring_value WHERE group_id = ?",
                                  (group_id,)):
        store.delete("monitoring_value", value_id)
    store.delete("monitoring_group", group_id)


def move_group(store: Store, group_id: int, step: int) -> bool:
    row = store.get("monitoring_group", group_id)
    ids = [r[0] for r in store.rows("SELECT id FROM monitoring_group WHERE indicator_id = ? "
                                    "ORDER BY position, id", (row["indicator_id"],))]
    return swap(store, "monitoring_group", ids, group_id, step)


# -- values -------------------------------------------------------------------------------------
def save_year(store: Store, indicator_id: int, year_text: str, values: dict[int, str],
              source: str | None = "", note: str | None = "", example: bool = False, *,
              old_year: int | None = None) -> int:
    """All values of one year at once: a typed figure is stored, an emptied one removed.

    ``source`` and ``note`` None keep each value's own.  Editing ``old_year``
    under another year moves its values there; a new year that already has
    values is refused (it would overwrite them unseen).  Every figure is read
    before anything is written; returns the year.
    """
    year = rules.parse_year(str(year_text))
    groups = {r[0]: r[1] for r in store.rows(
        "SELECT id, name FROM monitoring_group WHERE indicator_id = ?", (indicator_id,))}
    if not groups:
        raise UserError(L.MON_E_NO_GROUPS)
    figures = {gid: read_value(text, groups[gid]) for gid, text in values.items()}
    if all(v is None for v in figures.values()):
        raise UserError(L.MON_E_NO_VALUE)
    if year != old_year and _year_has_values(store, indicator_id, year):
        raise UserError(L.MON_E_YEAR_EXISTS.format(year=year))
    kept = {r[0]: {"source": r[1], "note": r[2]} for r in store.rows(
        "SELECT group_id, source, note FROM monitoring_value WHERE year = ? AND group_id IN "
        f"({', '.join('?' * len(groups))})", (old_year if old_year is not None else year,
                                               *groups))}
    with store.transaction():
        if old_year is not None and old_year != year:
            delete_year(store, indicator_id, old_year)
        for gid, figure in figures.items():
            extra = {"example": int(bool(example)), **kept.get(gid, {})}
            if source is not None:
                extra["source"] = rules.optional(source)
            if note is not None:
                extra["note"] = rules.optional(note)
            put_value(store, gid, year, figure, **extra)
    return year


def _year_has_values(store: Store, indicator_id: int, year: int) -> bool:
    return store.one("SELECT 1 FROM monitoring_value v JOIN monitoring_group g ON g.id = "
                     "v.group_id WHERE g.indicator_id = ? AND v.year = ?",
                     (indicator_id, year)) is not None


def put_value(store: Store, group_id: int, year: int, value: float | None, **extra) -> None:
    """Insert, update or (value None) remove the value of a group in a year."""
    old = store.one("SELECT id FROM monitoring_value WHERE group_id = ? AND year = ?",
                    (group_id, year))
    if value is None:
        if old is not None:
            store.delete("monitoring_value", old[0])
        return
    row = {"value": value, **extra}
    if old is not None:
        store.update("monitoring_value", old[0], row)
    else:
        store.insert("monitoring_value", {"group_id": group_id, "year": year, **row,
                                          "entered_at": store.now().isoformat(timespec="seconds")})


def delete_year(store: Store, indicator_id: int, year: int) -> int:
    """Every value of the Kennzahl in ``year``; returns how many went."""
    ids = [r[0] for r in store.rows(
        "SELECT v.id FROM monitoring_value v JOIN monitoring_group g ON g.id = v.group_id "
        "WHERE g.indicator_id = ? AND v.year = ?", (indicator_id, year))]
    with store.transaction():
        for value_id in ids:
            store.delete("monitoring_value", value_id)
    return len(ids)
