"""import-monitoring: all or nothing, every bad line named, --dry-run writes nothing."""

from __future__ import annotations

from steuerung.cli import main
from steuerung.store import monitoring as M
from steuerung.store.db import create_db, open_db
from steuerung.store.interchange import dump
from steuerung.store.repo import Store
from tests.conftest import fixed_now
from tests.store.test_monitoring import build

GOOD = ("kennzahl;gruppe;jahr;wert;quelle;notiz\n"
        "Betreuungsquote U3;mit Migrationsvorgeschichte;2013;15,5;Kita-Statistik;vorläufig\n"
        "1;ohne Migrationsvorgeschichte;2013;32;Kita-Statistik;\n"
        "Betreuungsquote U3;Insgesamt;2011;23;Melderegister;\n")


def _db(tmp_path):
    path = tmp_path / "m.db"
    store = Store(create_db(path), fixed_now)
    build(store)
    store.close()
    return path


def _dump(path) -> str:
    conn = open_db(path, readonly=True)
    try:
        return dump(conn)
    finally:
        conn.close()


def test_a_good_file_is_imported_and_replaces_an_existing_value(tmp_path, capsys):
    path = _db(tmp_path)
    csv = tmp_path / "werte.csv"
    csv.write_text(GOOD, encoding="utf-8")
    assert main(["import-monitoring", str(path), str(csv)]) == 0
    out = capsys.readouterr().out
    assert "3 Monitoringwert(e) aus" in out
    assert "Zeile 4: Betreuungsquote U3 – insgesamt 2011: 23 (Melderegister), ersetzt 22,1" in out
    assert "3 Monitoringwert(e) übernommen." in out
    store = Store(open_db(path), fixed_now)
    k = M.kennzahl(store, 1)
    assert k.groups[0].values[2013].value == 15.5
    assert k.groups[0].values[2013].note == "vorläufig"
    assert k.groups[1].values[2013].value == 32
    assert k.groups[2].values[2011].value == 23
    assert k.groups[2].values[2011].source == "Melderegister"
    store.close()


def test_one_bad_line_changes_nothing_and_every_bad_line_is_named(tmp_path, capsys):
    path = _db(tmp_path)
    before = _dump(path)
    csv = tmp_path / "werte.csv"
    csv.write_text(GOOD + "Betreuungsquote U3;mit Migrationsvorgeschichte;2014;viel;;\n"
                   "Unbekannt;mit Migrationsvorgeschichte;2014;1;;\n"
                   "1;Männer;2014;1;;\n"
                   "1;mit Migrationsvorgeschichte;14;1;;\n"
                   "1;mit Migrationsvorgeschichte;2013;16;;\n", encoding="utf-8")
    assert main(["import-monitoring", str(path), str(csv)]) == 2
    err = capsys.readouterr().err
    assert "Nichts importiert – 5 fehlerhafte Zeile(n)" in err
    assert "Zeile 5: wert: „viel“ ist keine Zahl" in err
    assert "Zeile 6: eine Kennzahl „Unbekannt“ gibt es nicht" in err
    assert "Zeile 7: eine Vergleichsgruppe „Männer“ hat „Betreuungsquote U3“ nicht" in err
    assert "Zeile 8: Jahr: „14“ geht nicht" in err
    assert "Zeile 9: mit Migrationsvorgeschichte 2013 steht schon in Zeile 2." in err
    assert _dump(path) == before


def test_dry_run_shows_and_writes_nothing(tmp_path, capsys):
    path = _db(tmp_path)
    before = _dump(path)
    csv = tmp_path / "werte.csv"
    # Excel with commas quotes a decimal comma; Windows-1252 as Excel writes it in Germany
    csv.write_bytes(GOOD.replace(";", ",").replace(",15,5,", ',"15,5",').encode("cp1252"))
    assert main(["import-monitoring", str(path), str(csv), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "Zeile 2: Betreuungsquote U3 – mit Migrationsvorgeschichte 2013: 15,5" in out
    assert "Probelauf: nichts übernommen" in out
    assert _dump(path) == before


def test_a_file_without_the_columns_is_refused(tmp_path, capsys):
    path = _db(tmp_path)
    csv = tmp_path / "werte.csv"
    csv.write_text("indikator;datum;wert\n1;2011;3\n", encoding="utf-8")
    assert main(["import-monitoring", str(path), str(csv)]) == 2
    assert "die Spalte(n) kennzahl, gruppe, jahr, quelle fehlen" in capsys.readouterr().err
