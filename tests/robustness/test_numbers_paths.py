"""Numbers on every path (issue 11, findings 4, 6 and 7), as a user meets them.

The reading dialog, ``import-readings`` and the forms read ``1.200`` the same
way; a tally of 9223372036854775807 or 20 digits is refused in German with
nothing written; CSV files with DOS umlauts, unknown names or lines already
stored give German messages and never a second copy.
"""

from __future__ import annotations

import json
from datetime import datetime

import pytest

from steuerung.cli import main
from steuerung.domain.errors import UserError
from steuerung.store.db import open_db
from steuerung.store.repo import Store
from steuerung.store.status import add_reading
from steuerung.store.votes import VoteSession
from steuerung.tui.app import make_app
from tests.conftest import DEMO_JSON, fixed_now

TEN = "Im gesamten Kreisgebiet werden bis Ende 2011 mindestens 10 Infoveranstaltungen"
#: The demo's own readings (its frozen reviews need some); a refused input adds none.
DEMO_READINGS = len(json.loads(DEMO_JSON.read_text(encoding="utf-8"))["tables"]["reading"])


def sept() -> datetime:
    return datetime(2011, 9, 30, 10, 0)


def _values(store) -> list[float]:
    return [r[0] for r in store.rows("SELECT value FROM reading ORDER BY id")]


async def test_the_reading_dialog_reads_1_200_as_twelve_hundred(demo_db, paths):
    store = Store(open_db(demo_db), sept)
    app = make_app(store, paths, sept)
    async with app.run_test(size=(140, 40)) as pilot:
        for key in ("s", "down", "enter", "m"):
            await pilot.press(key)
            await pilot.pause()
        await pilot.press("enter", *"1.200", "enter", "enter", "enter")
        await pilot.pause()
        assert _values(store)[-1] == 1200.0


@pytest.mark.parametrize("typed, stored", [("1.200", 1200.0), ("1.234,5", 1234.5), ("12.5", 12.5),
                                           ("1 200", 1200.0)])
def test_store_and_forms_agree(demo_store, typed, stored):
    ind = demo_store.one("SELECT id FROM indicator WHERE name LIKE ?", (TEN + "%",))[0]
    add_reading(demo_store, ind, "30.09.2011", typed)
    assert _values(demo_store)[-1] == stored


def test_1_234_5_is_refused(demo_store):
    with pytest.raises(UserError, match="mischt Punkt und Komma"):
        add_reading(demo_store, 6, "30.09.2011", "1,234.5")
    assert len(_values(demo_store)) == DEMO_READINGS


def _csv(tmp_path, body: bytes | str, name="werte.csv"):
    path = tmp_path / name
    path.write_bytes(body if isinstance(body, bytes) else body.encode("utf-8"))
    return str(path)


def test_import_reads_the_decimal_sign_of_the_whole_file(demo_db, tmp_path, capsys):
    csv = _csv(tmp_path, "indikator;datum;wert\n6;30.09.2011;1.200\n6;30.10.2011;2,5\n")
    assert main(["import-readings", str(demo_db), csv, "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "Dezimalzeichen: Komma" in out and "„1.200“ → 1200" in out and "2,5" in out
    assert main(["import-readings", str(demo_db), csv]) == 0
    store = Store(open_db(demo_db), fixed_now)
    assert _values(store)[-2:] == [1200.0, 2.5]
    store.close()


@pytest.mark.parametrize("body, args, message", [
    ("indikator;datum;wert\n6;30.09.2011;1.200\n", [],
     "Zeile 2: „1.200“ kann 1.200 (Tausenderpunkt) oder 1,2 (Dezimalpunkt) heißen"),
    ("indikator;datum;wert\n6;30.09.2011;12,5\n6;30.10.2011;12.5\n", [],
     "Zeile 2 hat ein Dezimalkomma, Zeile 3 einen Dezimalpunkt"),
    ("indikator;datum;wert\n6;30.09.2011;7\n6;30.10.2011;1,234.5\n", [],
     "Zeile 3: „1,234.5“ mischt Punkt und Komma"),
    ("indikator;datum;wert\n6;30.09.2011;12,5\n", ["--dezimalzeichen", "punkt"],
     "Zeile 2: „12,5“ hat ein Dezimalkomma"),
    ("indikator;datum;wert\n²;30.09.2011;1\n", [], "Zeile 2: einen Indikator „²“ gibt es nicht"),
    (b"indikator;datum;wert;notiz\n6;30.09.2011;1;Gr\x81ne Liste\n", [],
     "Zeile 2: Das Zeichen mit dem Byte 0x81 ist weder UTF-8 noch Windows-1252"),
    (b"indikator;datum;wert;notiz\n6;30.09.2011;1;ok\n6;30.10.2011;1;M\x84rz\n", [],
     "Zeile 3: Das Zeichen mit dem Byte 0x84"),
    ("indikator;datum;wert\n6;30.09.2011;99999999999999999999\n", [], "ist zu groß"),
    ('indikator;datum;wert\n6;30.09.2011;"1\n', [], "Zeile 2"),
])
def test_bad_csv_files_are_refused_in_german_and_nothing_is_stored(demo_db, tmp_path, capsys,
                                                                    body, args, message):
    code = main(["import-readings", str(demo_db), _csv(tmp_path, body), *args])
    err = capsys.readouterr().err
    assert code == 2 and message in err and "Traceback" not in err
    store = Store(open_db(demo_db), fixed_now)
    assert len(_values(store)) == DEMO_READINGS
    store.close()


def test_a_windows_1252_file_from_excel_still_imports(demo_db, tmp_path, capsys):
    csv = _csv(tmp_path, "indikator;datum;wert;quelle\n6;30.09.2011;3;Integrationsbüro\n"
               .encode("cp1252"))
    assert main(["import-readings", str(demo_db), csv]) == 0
    store = Store(open_db(demo_db), fixed_now)
    assert store.one("SELECT source FROM reading ORDER BY id DESC")[0] == "Integrationsbüro"
    store.close()


def test_the_same_file_twice_adds_nothing_the_second_time(demo_db, tmp_path, capsys):
    csv = _csv(tmp_path, "indikator;datum;wert\n6;30.09.2011;7\n6;30.09.2011;7\n"
                         "6;30.06.2011;4\n6;31.10.2011;8\n")
    assert main(["import-readings", str(demo_db), csv]) == 0
    out = capsys.readouterr().out
    assert "Zeile 3: gleicht Zeile 2 – übersprungen." in out
    assert "Zeile 4: diesen Messwert (Indikator, Datum und Wert) gibt es schon" in out
    assert "2 Messwert(e) übernommen." in out
    assert main(["import-readings", str(demo_db), csv]) == 0
    out = capsys.readouterr().out
    assert "Nichts Neues: Alle Messwerte aus" in out and "übernommen." not in out.splitlines()[-1][:3]
    store = Store(open_db(demo_db), fixed_now)
    assert _values(store)[DEMO_READINGS:] == [7.0, 8.0]  # once each, nothing else
    store.close()


@pytest.fixture
def open_vote(demo_store):
    demo_store.update("dot_vote", 1, {"state": "open"})
    return VoteSession(demo_store, 1)


@pytest.mark.parametrize("typed, message", [
    ("9223372036854775807", "„9223372036854775807“ ist zu groß. Möglich sind ganze Zahlen bis "
                            "1.000.000"),
    ("1" * 20, "ist zu groß"), ("1.000.001", "ist zu groß")])
def test_a_huge_tally_is_refused_and_nothing_written(demo_store, open_vote, typed, message):
    with pytest.raises(UserError) as info:
        open_vote.set_tally(1, typed)
    assert message in info.value.message
    assert demo_store.one("SELECT count(*) FROM dot")[0] == 6


def test_the_tally_bound_holds_for_single_dots_and_the_store(demo_store, open_vote):
    open_vote.set_tally(1, "1.000.000")
    with pytest.raises(UserError, match="hätte dann 1.000.001 Punkte"):
        open_vote.add_dots(1)
    with pytest.raises(UserError, match="zu groß zum Speichern"):
        demo_store.insert("dot", {"vote_id": 1, "topic_id": 2, "delta": 2**70})
    assert open_vote.tallies[1] == 1_000_000
    assert demo_store.one("SELECT count(*) FROM dot")[0] == 7


async def test_the_tally_dialog_says_it_in_german(demo_store, paths):
    demo_store.update("dot_vote", 1, {"state": "open"})
    app = make_app(demo_store, paths, fixed_now)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("v")
        await pilot.pause()
        await pilot.press("enter", *("1" * 20), "enter")
        await pilot.pause()
        # The dialog stays open and says it there (issue 17), keeping what was typed.
        assert "ist zu groß" in str(app.screen.query_one("#prompt-error").content)
        assert app.screen.query_one("#answer").value == "1" * 20
        assert demo_store.one("SELECT count(*) FROM dot")[0] == 6
