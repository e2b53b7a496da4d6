"""Property tests: date parser, ranking, dump/load round trips of random processes."""

from __future__ import annotations

import calendar
import json
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from steuerung.domain.dates import parse_date, parse_deadline
from steuerung.domain.voting import rank_topics
from steuerung.store.interchange import build_in_memory, dump

days = st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31))


@given(days)
def test_every_real_day_reads_back_in_both_forms(day):
    assert parse_date(f"{day.day:02d}.{day.month:02d}.{day.year}") == day
    assert parse_date(f"{day.day}.{day.month}.{day.year}") == day
    assert parse_deadline(day.isoformat()).date == day


@given(st.integers(1900, 2100), st.integers(1, 12))
def test_a_month_means_its_last_day(year, month):
    name = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
            "September", "Oktober", "November", "Dezember"][month - 1]
    deadline = parse_deadline(f"{name} {year}")
    assert deadline.date == date(year, month, calendar.monthrange(year, month)[1])


topics = st.lists(st.tuples(st.text(min_size=1, max_size=8), st.integers(0, 30)),
                  min_size=1, max_size=12)


@given(topics, st.randoms())
def test_ranking_does_not_depend_on_input_order_and_ties_keep_entry_order(entries, rnd):
    rows = [(i + 1, name, i + 1) for i, (name, _) in enumerate(entries)]
    tallies = {i + 1: t for i, (_, t) in enumerate(entries)}
    shuffled = rows[:]
    rnd.shuffle(shuffled)
    ranked = rank_topics(rows, tallies)
    assert rank_topics(shuffled, tallies) == ranked
    for a, b in zip(ranked, ranked[1:], strict=False):
        assert a.tally > b.tally and b.rank == a.rank + 1 or (
            a.tally == b.tally and a.rank == b.rank and a.topic_id < b.topic_id)


texts = st.text(st.characters(blacklist_categories=("Cs",)), max_size=40)


@st.composite
def processes(draw):
    fields = draw(st.lists(texts.filter(str.strip), min_size=0, max_size=4))
    tables = {
        "process": [{"id": 1, "title": draw(texts.filter(str.strip))}],
        "field": [{"id": i + 1, "name": name, "phase": "goals", "position": i + 1,
                   "description": draw(st.one_of(st.none(), texts))}
                  for i, name in enumerate(fields)],
        "guiding_goal": [], "annual_goal": [], "indicator": [],
    }
    for f in tables["field"]:
        for n in range(draw(st.integers(0, 2))):
            gid = len(tables["guiding_goal"]) + 1
            tables["guiding_goal"].append({"id": gid, "field_id": f["id"], "number": n + 1,
                                           "text": draw(texts), "position": n + 1})
            aid = len(tables["annual_goal"]) + 1
            tables["annual_goal"].append({"id": aid, "guiding_goal_id": gid, "year": 2011,
                                          "text": draw(texts), "position": 1})
            tables["indicator"].append({
                "id": aid, "annual_goal_id": aid, "name": draw(texts), "kind": "quantitative",
                "baseline_value": draw(st.floats(-1e6, 1e6, allow_nan=False)),
                "target_value": draw(st.one_of(st.none(), st.floats(-1e6, 1e6,
                                                                       allow_nan=False)))})
    return {"format": "steuerung/1", "tables": tables}


@settings(max_examples=40, deadline=None)
@given(processes())
def test_dump_load_round_trip_of_random_processes(doc):
    first = dump(build_in_memory(json.dumps(doc)))
    assert dump(build_in_memory(first)) == first
    again = json.loads(first)["tables"]
    for table, rows in doc["tables"].items():
        assert [r["id"] for r in again[table]] == [r["id"] for r in rows]
        for mine, theirs in zip(rows, again[table], strict=True):
            for key, value in mine.items():
                assert theirs[key] == value
