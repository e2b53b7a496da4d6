"""``load`` refuses in German and writes nothing (issue 11, finding 5).

Every refusal leaves the target's folder exactly as it was — no database, no
hidden ``.NAME.db.tmp-PID`` — and arbitrary JSON gives a clean load or a
German refusal, never a traceback.
"""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from steuerung.cli import main
from steuerung.domain.errors import UserError
from steuerung.store.interchange import load
from tests.conftest import DEMO_JSON

DEMO = json.loads(DEMO_JSON.read_text(encoding="utf-8"))


def _doc(change) -> str:
    doc = json.loads(json.dumps(DEMO))
    change(doc["tables"])
    return json.dumps(doc, ensure_ascii=False)


def _set(table, index, column, value):
    return lambda t: t[table][index].__setitem__(column, value)


def _listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


MEANING = [
    (_doc(_set("annual_goal", 5, "deadline", "2011-02-30")),
     "tables.annual_goal[5].deadline: „2011-02-30“: diesen Tag gibt es nicht."),
    (_doc(_set("indicator", 0, "kind", "xyz")), "tables.indicator[0].kind: „xyz“ ist kein bekannter"),
    (_doc(_set("indicator", 5, "direction", "sideways")), "tables.indicator[5].direction"),
    (_doc(_set("dot_vote", 0, "dates", "kaputt")), "tables.dot_vote[0].dates: „kaputt“ ist kein Datum"),
    (_doc(_set("annual_goal", 5, "deadline", None)),
     "tables.annual_goal[5].deadline_text: „30.06.2011“ ergibt den 30.06.2011, gespeichert ist "
     "aber deadline = leer"),
    (_doc(_set("annual_goal", 0, "year", 1850)), "tables.annual_goal[0].year: Das Jahr 1850 geht nicht"),
    (_doc(_set("reading", 0, "value", 1e13)), "tables.reading[0].value: „10.000.000.000.000“ ist zu groß"),
    (_doc(_set("seat", 0, "count", 2**70)),
     "tables.seat[0].count: 1.180.591.620.717.411.303.424 ist zu groß für eine ganze Zahl"),
    (_doc(_set("seat", 0, "count", 500_000)), "tables.seat[0].count: Anzahl: 500.000 geht nicht"),
    (_doc(_set("resolution", 0, "yes", -1)), "tables.resolution[0].yes: Anzahl: −1 geht nicht"),
    (_doc(_set("dot", 0, "delta", 9223372036854775807)), "tables.dot[0].delta"),
    (_doc(lambda t: t["dot"].append({"id": 9999, "vote_id": 1, "topic_id": 1, "delta": 999_999})),
     "tables.topic (id 1): die Punkte ergeben zusammen 1.000.029"),
    (_doc(_set("field", 0, "name", "\ud800")),
     'tables.field[0].name: "\\ud800" enthält ein ungültiges Unicode-Zeichen'),
    (_doc(_set("meeting", 0, "start_time", "25:00")), "tables.meeting[0].start_time: „25:00“"),
    (DEMO_JSON.read_text(encoding="utf-8").replace('"target_value": 10.0', '"target_value": Infinity'),
     "tables.indicator[5].target_value: Infinity ist keine endliche Zahl"),
    (DEMO_JSON.read_text(encoding="utf-8").replace('"target_value": 10.0', '"target_value": NaN'),
     "tables.indicator[5].target_value: NaN ist keine endliche Zahl"),
    (DEMO_JSON.read_text(encoding="utf-8").replace('"count": 8', '"count": 1' + "0" * 5000),
     "eine Zahl mit zu vielen Stellen"),
    ("[" * 100_000 + "]" * 100_000, "zu tief verschachtelt"),
]


@pytest.mark.parametrize("text, message", MEANING, ids=[m[:40] for _, m in MEANING])
def test_a_document_of_wrong_meaning_is_refused_naming_table_row_and_field(tmp_path, text,
                                                                            message):
    with pytest.raises(UserError) as info:
        load(text, tmp_path / "neu.db")
    assert message in info.value.message
    assert _listing(tmp_path) == []


@pytest.mark.parametrize("case", ["directory", "directory-force", "missing-parent", "read-only",
                                  "invalid-utf8", "source-is-directory"])
def test_cli_load_refuses_in_german_and_leaves_nothing(tmp_path, capsys, case):
    source = tmp_path / "in.json"
    source.write_text(DEMO_JSON.read_text(encoding="utf-8"), encoding="utf-8")
    target, args, expected = tmp_path / "out" / "p.db", [], ""
    (tmp_path / "out").mkdir()
    if case.startswith("directory"):
        target.mkdir()
        args = ["--force"] if case.endswith("force") else []
        expected = "ist ein Verzeichnis. Bitte einen Dateinamen angeben"
    elif case == "missing-parent":
        target = tmp_path / "out" / "fehlt" / "p.db"
        expected = "Das Verzeichnis „" + str(target.parent) + "“ für"
    elif case == "invalid-utf8":
        source.write_bytes(source.read_bytes().replace(b"Bildung", b"Bild\xffung", 1))
        expected = "ist kein UTF-8-Text: Zeile 14 enthält das Byte 0xFF"
    elif case == "source-is-directory":
        source = tmp_path / "out"
        target = tmp_path / "p.db"
        expected = "ist ein Verzeichnis; bitte eine JSON-Datei angeben"
    before = _listing(tmp_path / "out")
    with _read_only(tmp_path / "out", case == "read-only"):
        code = main(["load", str(source), str(target), *args])
    err = capsys.readouterr().err
    if case == "read-only":
        expected = "darf nicht geschrieben werden"
    assert code == 2 and expected in err and "Traceback" not in err
    assert _listing(tmp_path / "out") == before


@contextlib.contextmanager
def _read_only(folder: Path, active: bool):
    """A folder nobody may write into — root included (chattr +i), as on write-protected media."""
    if not active:
        yield
        return
    folder.chmod(0o555)
    immutable = False
    if os.geteuid() == 0:
        immutable = subprocess.run(["chattr", "+i", str(folder)], capture_output=True).returncode == 0
        if not immutable:
            folder.chmod(0o755)
            pytest.skip("root, and the file system cannot make a folder immutable")
    try:
        yield
    finally:
        if immutable:
            subprocess.run(["chattr", "-i", str(folder)], check=True)
        folder.chmod(0o755)


def test_a_stale_temporary_file_of_a_killed_load_is_removed_by_the_next_load(tmp_path, capsys):
    target = tmp_path / "p.db"
    load(DEMO_JSON.read_text(encoding="utf-8"), target)
    dead = subprocess.Popen(["true"])
    dead.wait()
    stale = tmp_path / f".p.db.tmp-{dead.pid}"
    stale.write_bytes(b"halb geschrieben")
    assert main(["check", str(target)]) == 0
    assert f"„.p.db.tmp-{dead.pid}“ ist eine temporäre Datei" in capsys.readouterr().out
    assert stale.exists()  # check only reads
    load(DEMO_JSON.read_text(encoding="utf-8"), target, force=True)
    assert _listing(tmp_path) == ["p.db"]


def test_only_an_open_for_writing_removes_a_stale_temporary_file(tmp_path, capsys):
    """Read commands never write, not even to tidy up; opening to work on the file does."""
    from steuerung.store.db import open_db

    target = tmp_path / "p.db"
    load(DEMO_JSON.read_text(encoding="utf-8"), target)
    dead = subprocess.Popen(["true"])
    dead.wait()
    stale = tmp_path / f".p.db.tmp-{dead.pid}"
    stale.write_bytes(b"halb geschrieben")
    for argv in (["dump", str(target)], ["status", str(target), "--stichtag", "31.12.2011"],
                 ["export", "status", str(target), "--out", str(tmp_path / "out"),
                  "--stichtag", "31.12.2011"]):
        assert main(argv) == 0
        assert stale.exists(), argv
    open_db(target, readonly=True).close()
    assert stale.exists()
    open_db(target).close()
    assert not stale.exists()


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=12),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner,
                                                                max_size=4),
    max_leaves=20)
column_names = st.sampled_from(["id", "name", "title", "phase", "count", "delta", "value", "date",
                                "deadline", "deadline_text", "kind", "vote_id", "topic_id", "x"])
rows = st.dictionaries(column_names, json_values, max_size=6)
tables = st.dictionaries(st.sampled_from(["process", "field", "seat", "dot", "reading",
                                          "annual_goal", "indicator", "dot_vote", "topic", "nix"]),
                         st.lists(rows, max_size=3) | json_values, max_size=4)
documents = (json_values
             | st.fixed_dictionaries({"format": st.just("steuerung/1"), "tables": tables})
             | st.fixed_dictionaries({"format": json_values, "tables": json_values}))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(documents)
def test_arbitrary_json_loads_cleanly_or_is_refused_in_german(tmp_path, doc):
    folder = tmp_path / "h"
    folder.mkdir(exist_ok=True)
    target = folder / "p.db"
    target.unlink(missing_ok=True)
    try:
        load(json.dumps(doc), target)
    except UserError as error:
        assert error.message and "Traceback" not in error.message
        error.message.encode("utf-8")  # printable: no lone surrogate reaches the terminal
        assert _listing(folder) == []
    else:
        assert _listing(folder) == ["p.db"]


def test_pydantic_stays_off_the_start_path():
    code = ("import sys, steuerung.cli, steuerung.tui.app, steuerung.store.interchange, "
            "steuerung.store.process; print('pydantic' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
