"""Command line: parse arguments, resolve paths, run a command or the app.

Every user error ends with a German message on stderr and exit code 2,
never a traceback.  Textual is imported only when a screen is opened, so the
file commands (dump, load, check) stay quick.
"""

from __future__ import annotations

import argparse
import errno
import sqlite3
import sys
from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime
from pathlib import Path

from . import __version__
from . import labels as L
from .argparse_de import german
from .domain.errors import UserError
from .domain.text import printable
from .paths import EXAMPLES, Paths, resolve, settings_file
from .store.errors import StorageError, storage_error
from .user import resolve_author

EXIT_DAMAGED = 1
EXIT_USAGE = 2


class _Parser(argparse.ArgumentParser):
    """argparse whose errors exit 2 without a traceback (German: see :mod:`.argparse_de`)."""

    def error(self, message: str):
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"Fehler: {message}\nHilfe: {self.prog} --help\n")


def _whole(text: str) -> int:
    """A number argument (--year, --vote …) through the one number parser, German on error."""
    from .domain.bounds import MAX_INT64
    from .domain.numbers import parse_whole

    try:
        return parse_whole(text, minimum=0, maximum=MAX_INT64, example="2011")
    except UserError as error:
        raise argparse.ArgumentTypeError(error.message) from None


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="steuerung",
        description="Steuerung kommunaler Strategie- und Integrationsprozesse. "
                    "Ohne Befehl öffnet sich die Startseite mit den Prozessen in sessions/.")
    parser.add_argument("--version", action="version", version=f"steuerung {__version__}",
                        help="Versionsnummer anzeigen")
    parser.add_argument("--home", metavar="VERZEICHNIS",
                        help="Arbeitsverzeichnis mit sessions/ und exports/ "
                             "(sonst STEUERUNG_HOME oder das aktuelle Verzeichnis)")
    _author_option(parser, argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command", metavar="BEFEHL", parser_class=_Parser,
                                title="Befehle")
    p = sub.add_parser("open", help="einen Prozess (DATEI.db) in der Oberfläche öffnen",
                       description="Öffnet einen Steuerungsprozess in der Oberfläche.")
    p.add_argument("db", metavar="DATEI.db", type=Path)
    p = sub.add_parser("demo", help="ein Beispiel anlegen (Standard: Rhein-Kreis Neuss)",
                       description="Legt das Beispiel „Integration im Rhein-Kreis Neuss“ an "
                                   "(Standard: sessions/rhein-kreis-neuss.db); mit --beispiel "
                                   "muenster das Beispiel Münster (sessions/muenster.db).")
    p.add_argument("db", metavar="DATEI.db", type=Path, nargs="?")
    p.add_argument("--beispiel", choices=sorted(EXAMPLES), default="neuss",
                   help="welches Beispiel: neuss (Workshop Rhein-Kreis Neuss, Standard) oder "
                        "muenster (Sitzung des Koordinationskreises vom 03.05.2011, "
                        "Integrationsmonitoring und Masterplan der Stadt Münster)")
    p.add_argument("--force", action="store_true", help="eine vorhandene Datei ersetzen")
    p.add_argument("--open", action="store_true", dest="open_app",
                   help="danach in der Oberfläche öffnen (eine vorhandene Datei wird nur geöffnet)")
    p = sub.add_parser("dump", help="einen Prozess als JSON auf die Standardausgabe schreiben",
                       description="Schreibt den ganzen Prozess als JSON (format steuerung/1).")
    p.add_argument("db", metavar="DATEI.db", type=Path)
    p = sub.add_parser("load", help="eine Datenbank aus einer JSON-Datei anlegen",
                       description="Legt aus einer JSON-Datei (steuerung/1) eine Datenbank an.")
    p.add_argument("json", metavar="DATEI.json", type=Path)
    p.add_argument("db", metavar="DATEI.db", type=Path)
    p.add_argument("--force", action="store_true", help="eine vorhandene Datei überschreiben")
    p = sub.add_parser("beamer", help="Punktabfrage groß für den Beamer (nur lesend)",
                       description="Zeigt die Rangfolge einer Punktabfrage groß und kontrastreich "
                                   "für den Beamer. Läuft neben der Moderation als zweites Programm "
                                   "und zeigt neue Punkte nach spätestens 0,5 s.")
    p.add_argument("db", metavar="DATEI.db", type=Path)
    p.add_argument("--vote", metavar="N", type=_whole,
                   help="Nummer der Punktabfrage (Standard: die zuletzt angelegte)")
    p = sub.add_parser("export", help="ein Dokument nach exports/ schreiben (Markdown, HTML, PDF, "
                                      "DOCX, ODT)",
                       description="Schreibt ein Dokument nach exports/ (oder --out), als Markdown "
                                   "oder in den Formaten von --format, und nennt den Pfad jeder "
                                   "geschriebenen Datei.")
    p.add_argument("kind", metavar="ART",
                   choices=["priorities", "workshop", "status", "submission", "minutes",
                            "monitoring", "masterplan"],
                   help="priorities (Themenprioritäten einer Punktabfrage), workshop "
                        "(Workshop-Dokumentation), status (Sachstandsbericht eines Jahres), "
                        "submission (Beschluss-/Berichtsvorlage), minutes (Protokoll einer "
                        "Sitzung), monitoring (Monitoringbericht), masterplan (Masterplan)")
    p.add_argument("db", metavar="DATEI.db", type=Path)
    p.add_argument("--vote", metavar="N", type=_whole,
                   help="Nummer der Punktabfrage (Standard: die zuletzt angelegte)")
    p.add_argument("--year", metavar="JJJJ", type=_whole, help="Jahr des Sachstandsberichts")
    p.add_argument("--stichtag", metavar="TT.MM.JJJJ",
                   help="Stand an diesem Tag (Standard: heute; Monitoringbericht und Masterplan: "
                        "das letzte Datenjahr)")
    p.add_argument("--review", metavar="N", type=_whole,
                   help="Sachstandsbericht aus einer eingefrorenen Prüfung")
    p.add_argument("--submission", metavar="N", type=_whole,
                   help="Nummer der Vorlage (Standard: die zuletzt angelegte)")
    p.add_argument("--meeting", metavar="N", type=_whole,
                   help="Nummer der Sitzung für das Protokoll (Standard: die letzte)")
    p.add_argument("--public", action="store_true",
                   help="öffentliche Fassung: nichtöffentliche TOPs weglassen (und das vermerken)")
    p.add_argument("--out", metavar="VERZEICHNIS", type=Path, help="Zielverzeichnis statt exports/")
    p.add_argument("--format", metavar="FORMATE", default="md", dest="formats",
                   help="md, html, pdf, docx, odt – mehrere mit Komma, z. B. md,pdf (Standard: "
                        "md); je Format eine Datei mit demselben Namen, alle oder keine")
    p.add_argument("--html", action="store_true", help="dasselbe wie --format md,html")
    p.add_argument("--force", action="store_true",
                   help="vorhandene Dateien überschreiben (sonst wird keine Datei geschrieben)")
    p = sub.add_parser("status", help="Sachstand der Jahresziele als Tabelle ausgeben",
                       description="Gibt jedes Jahresziel eines Jahres mit Ampel, Erreichung, Soll, "
                                   "letztem Messwert, Frist und Verantwortlichen aus, das "
                                   "Schlechteste zuerst (ohne Terminal als reiner Text).")
    p.add_argument("db", metavar="DATEI.db", type=Path)
    p.add_argument("--year", metavar="JJJJ", type=_whole, help="Jahr der Jahresziele "
                   "(Standard: das Jahr des Stichtags, sonst das letzte mit Jahreszielen)")
    p.add_argument("--stichtag", metavar="TT.MM.JJJJ", help="Stand an diesem Tag (Standard: heute)")
    p.add_argument("--review", metavar="N", type=_whole,
                   help="eine eingefrorene Prüfung genau so ausgeben, wie sie geprüft wurde")
    p = sub.add_parser("import-readings", help="Messwerte aus einer CSV-Datei übernehmen",
                       description="Übernimmt Messwerte (Spalten indikator;datum;wert;quelle;notiz, "
                                   "Semikolon oder Komma). Das Dezimalzeichen gilt für die "
                                   "ganze Datei (erkannt oder --dezimalzeichen). Alles oder "
                                   "nichts: bei einer fehlerhaften Zeile wird nichts übernommen "
                                   "und jede fehlerhafte Zeile genannt; Messwerte, die es schon "
                                   "gibt, werden übersprungen.")
    p.add_argument("db", metavar="DATEI.db", type=Path)
    p.add_argument("csv", metavar="WERTE.csv", type=Path)
    p.add_argument("--dry-run", action="store_true",
                   help="nur anzeigen, was übernommen würde und wie jeder Wert gelesen wurde")
    p.add_argument("--dezimalzeichen", choices=["komma", "punkt"], metavar="komma|punkt",
                   help=L.DECIMAL_HELP)
    p = sub.add_parser("import-monitoring", help="Monitoringwerte aus einer CSV-Datei übernehmen",
                       description="Übernimmt Werte von Kennzahlen (Spalten kennzahl;gruppe;jahr;"
                                   "wert;quelle, dazu notiz; Semikolon oder Komma). Alles oder "
                                   "nichts: bei einer fehlerhaften Zeile wird nichts übernommen "
                                   "und jede fehlerhafte Zeile genannt. Ein vorhandener Wert "
                                   "derselben Gruppe und desselben Jahres wird ersetzt.")
    p.add_argument("db", metavar="DATEI.db", type=Path)
    p.add_argument("csv", metavar="WERTE.csv", type=Path)
    p.add_argument("--dry-run", action="store_true",
                   help="nur anzeigen, was übernommen würde und wie jeder Wert gelesen wurde")
    p.add_argument("--dezimalzeichen", choices=["komma", "punkt"], metavar="komma|punkt",
                   help=L.DECIMAL_HELP)
    p = sub.add_parser("check", help="eine Datenbank prüfen (Integrität, Verweise, Bedeutung, "
                                     "Schema, Änderungsprotokoll)",
                       description="Prüft Integrität, Verweise, die Bedeutung jedes Werts "
                                   "(echte Daten, bekannte Codes, Grenzen), Schema-Version und das "
                                   "Änderungsprotokoll: ob seine Kette von Prüfsummen lückenlos "
                                   "ist und ob jede Zeile den zuletzt protokollierten Stand hat. "
                                   "Nennt alles, was außerhalb der Anwendung geändert wurde. "
                                   "Exit-Code 1, wenn die Datei beschädigt ist, fehlerhafte Werte "
                                   "enthält oder außerhalb der Anwendung verändert wurde.")
    p.add_argument("db", metavar="DATEI.db", type=Path)
    p = sub.add_parser("log", help="das Änderungsprotokoll lesen (wer hat wann was geändert)",
                       description="Gibt das Änderungsprotokoll aus, das Älteste zuerst: Zeitpunkt, "
                                   "wer, welches Objekt, alter → neuer Wert.")
    p.add_argument("db", metavar="DATEI.db", type=Path)
    p.add_argument("--objekt", metavar="TEXT",
                   help="nur Einträge, deren Objekt diesen Text enthält, z. B. \"Bildung\" "
                        "oder \"Messwert\"")
    p.add_argument("--autor", metavar="NAME", help="nur Einträge dieser Person")
    p.add_argument("--seit", metavar="TT.MM.JJJJ", help="nur Einträge ab diesem Tag")
    for sub_parser in sub.choices.values():
        _author_option(sub_parser, argparse.SUPPRESS)
    return parser


def _author_option(parser: argparse.ArgumentParser, default) -> None:
    parser.add_argument("--benutzer", metavar="NAME", default=default,
                        help="wer arbeitet (steht bei jeder Änderung im Änderungsprotokoll; "
                             "sonst STEUERUNG_USER, sonst der Anmeldename)")


def main(argv: Sequence[str] | None = None) -> int:
    with german():
        args = build_parser().parse_args(argv)
    paths = resolve(args.home)
    try:
        args.author = resolve_author(getattr(args, "benutzer", None))
        return _run(args, paths)
    except (UserError, StorageError) as exc:
        print(f"Fehler: {printable(exc.message)}", file=sys.stderr)
        return EXIT_USAGE
    except (sqlite3.Error, OverflowError) as exc:
        # Found only while working (a broken page deep in the file, a busy file): in German.
        print(f"Fehler: {storage_error(exc, getattr(args, 'db', None)).message}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130


def _run(args: argparse.Namespace, paths: Paths) -> int:
    command = args.command
    if command is None:
        return _run_app(None, paths, args.author)
    if command == "open":
        return _run_app(args.db, paths, args.author)
    if command == "demo":
        return _demo(args, paths)
    if command == "dump":
        return _dump(args.db)
    if command == "load":
        return _load(args.json, args.db, args.force, args.author)
    if command == "check":
        return _check(args.db)
    if command == "log":
        return _log(args)
    if command == "status":
        return _status(args)
    if command == "import-readings":
        return _import_readings(args)
    if command == "import-monitoring":
        return _import_monitoring(args)
    if command == "beamer":
        from .tui.beamer import run_beamer

        return run_beamer(args.db, args.vote, settings_file())
    if command == "export":
        return _export(args, paths)
    raise AssertionError(command)  # argparse only lets known commands through


def _demo(args: argparse.Namespace, paths: Paths) -> int:
    from .store.process import create_demo

    target = args.db or paths.example_db(args.beispiel)
    if target.exists() and args.open_app and not args.force:
        return _run_app(target, paths, args.author)
    create_demo(target, paths.example_json(args.beispiel), force=args.force, now=datetime.now(),
                author=args.author)
    print(f"Beispiel angelegt: {target}")
    if args.open_app:
        return _run_app(target, paths, args.author)
    print(f"Öffnen mit: steuerung open {target}")
    return 0


def _dump(db: Path) -> int:
    from .store.db import open_db
    from .store.interchange import dump

    conn = open_db(db, readonly=True)
    try:
        sys.stdout.write(dump(conn))
    finally:
        conn.close()
    return 0


def _load(source: Path, db: Path, force: bool, author: str) -> int:
    from .store.interchange import load

    try:
        data = source.read_bytes()
    except FileNotFoundError:
        raise UserError(f"Die Datei „{source}“ gibt es nicht.") from None
    except IsADirectoryError:
        raise UserError(L.E_LOAD_SOURCE_DIR.format(path=source)) from None
    except OSError as exc:
        raise UserError(L.E_LOAD_SOURCE_UNREADABLE.format(
            path=source, reason=errno.errorcode.get(exc.errno or 0, "?"))) from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise UserError(L.E_LOAD_NOT_UTF8.format(path=source, line=line,
                                                 byte=f"0x{data[exc.start]:02X}")) from None
    load(text, db, force=force, parents=False, now=datetime.now(), author=author)
    print(f"Datenbank angelegt: {db}")
    return 0


def _check(db: Path) -> int:
    from .domain.numbers import format_number
    from .store.process import check

    report = check(db)
    for note in report.notes:
        print(f"Hinweis: {printable(note)}")
    if report.ok:
        line = L.CHECK_OK.format(db=db, read_only=L.CHECK_READ_ONLY if report.readonly else "",
                                 version=report.version)
        if report.log_entries is not None:  # a file of the current schema: its log was checked
            n = report.log_entries
            line += L.CHECK_LOG_OK.format(entries=f"{format_number(n)} {L.ENTRY_WORDS[n != 1]}")
        print(printable(line))
        return 0
    for problem in (*report.problems, *report.wrong):
        print(f"Problem: {printable(problem)}")
    for line in report.outside:
        print(printable(line))
    if report.problems:  # the file itself is damaged (SQLite says so)
        count = L.numbered(len(report.problems) + report.wrong_total, L.CHECK_PROBLEM_WORDS)
        print(printable(L.CHECK_DAMAGED.format(db=db, count=count)))
        return EXIT_DAMAGED
    if report.wrong:  # readable, but with values the app would never have stored
        count = L.numbered(report.wrong_total, L.CHECK_PROBLEM_WORDS)
        print(printable(L.CHECK_WRONG_VALUES.format(db=db, count=count)))
    if report.outside:  # readable, but changed without the app (also a wrong value may be why)
        count = L.numbered(len(report.outside), L.CHECK_OUTSIDE_WORDS)
        print(printable(L.CHECK_OUTSIDE.format(db=db, count=count)))
    return EXIT_DAMAGED


def _log(args: argparse.Namespace) -> int:
    from .domain.dates import parse_date
    from .store.changes import ChangeLog
    from .store.db import open_db
    from .store.repo import Store

    try:
        since = parse_date(args.seit) if args.seit else None
    except UserError:
        raise UserError(L.LOG_BAD_SINCE.format(text=args.seit)) from None
    store = Store(open_db(args.db, readonly=True), datetime.now)
    try:
        lines = ChangeLog(store).lines(author=args.autor, since=since, what=args.objekt)
    finally:
        store.close()
    for line in reversed(lines):  # a protocol reads from the oldest entry on
        print(printable(line.text))
    if not lines:
        print(L.LOG_NONE_MATCH)
    return 0


def _status(args: argparse.Namespace) -> int:
    from .domain.dates import format_date, parse_date
    from .store.db import open_db
    from .store.repo import Store
    from .store.reviews import frozen_rows
    from .store.status import sachstand, worst_first, years

    store = Store(open_db(args.db, readonly=True), datetime.now)
    try:
        if args.review is not None:
            review, rows = frozen_rows(store, args.review)
            title = L.STATUS_TITLE_REVIEW.format(year=review["year"], label=review["label"],
                                                 frozen=format_date(parse_date(
                                                     review["frozen_at"][:10])))
            today = parse_date(review["stichtag"])
        else:
            today = parse_date(args.stichtag) if args.stichtag else datetime.now().date()
            known = years(store)
            year = args.year or (today.year if today.year in known or not known else known[-1])
            if year not in known:
                raise UserError(L.STATUS_NO_GOALS.format(
                    year=year, years=", ".join(map(str, known)) or "keine"))
            rows = sachstand(store, year, today)
            title = L.STATUS_TITLE.format(year=year, stichtag=format_date(today))
    finally:
        store.close()
    rows = worst_first(rows)
    if sys.stdout.isatty():
        from rich.console import Console

        from .status_text import status_table

        Console().print(status_table(rows, today, title))
    else:
        import shutil

        from .status_text import status_plain

        # Piped: text for a mail.  COLUMNS if set, else 80 (get_terminal_size reads both).
        sys.stdout.write(status_plain(rows, title, shutil.get_terminal_size((80, 24)).columns))
    return 0


def _import_readings(args: argparse.Namespace) -> int:
    from .store.csv_import import import_readings, plan, read_text
    from .store.db import open_db
    from .store.repo import Store

    store = Store(open_db(args.db, readonly=args.dry_run), datetime.now, args.author)
    try:
        planned = plan(store, read_text(args.csv), args.dezimalzeichen)
        print(L.IMPORT_DECIMAL[planned.decimal])
        if planned.skipped:
            print(L.IMPORT_SKIPPED.format(n=len(planned.skipped)))
            for note in planned.skipped:
                print("  " + printable(note))
        if not planned.readings:
            print(printable(L.IMPORT_NOTHING_NEW.format(path=args.csv)))
            return 0
        print(printable(L.IMPORT_PLANNED.format(n=len(planned.readings), path=args.csv)))
        for item in planned.readings:
            print("  " + printable(item.describe()))
        if args.dry_run:
            print(L.IMPORT_DRY)
            return 0
        print(L.IMPORT_DONE.format(n=import_readings(store, planned)))
    finally:
        store.close()
    return 0


def _import_monitoring(args: argparse.Namespace) -> int:
    from . import labels as L
    from .store.csv_import import read_text
    from .store.db import open_db
    from .store.monitoring_import import import_values, plan
    from .store.repo import Store

    store = Store(open_db(args.db, readonly=args.dry_run), datetime.now, args.author)
    try:
        planned = plan(store, read_text(args.csv), args.dezimalzeichen)
        print(printable(L.IMPORT_MON_PLANNED.format(n=len(planned), path=args.csv)))
        for item in planned:
            print("  " + printable(item.describe()))
        if args.dry_run:
            print(L.IMPORT_DRY)
            return 0
        print(L.IMPORT_MON_DONE.format(n=import_values(store, planned)))
    finally:
        store.close()
    return 0


def _export(args: argparse.Namespace, paths: Paths) -> int:
    from .export.commands import Request, export_document
    from .export.formats import parse_formats

    request = Request(out_dir=args.out or paths.exports, now=datetime.now(), force=args.force,
                      html=args.html, formats=parse_formats(args.formats), vote_id=args.vote,
                      year=args.year,
                      stichtag=args.stichtag, review_id=args.review,
                      submission_id=args.submission, meeting_id=args.meeting,
                      public=args.public)
    written = export_document(args.kind, args.db, request)
    for path in written:
        print(path)
    return 0


def _run_app(db: Path | None, paths: Paths, author: str) -> int:
    from .tui.startup import hold_collector

    hold_collector()  # until the first frame: see tui/startup.py
    paths = replace(paths, settings=settings_file())
    store = None
    if db is not None:
        from .store.db import open_db
        from .store.repo import Store

        store = Store(open_db(db), datetime.now, author)
    from .tui.app import make_app
    from .tui.boundary import run

    return run(make_app(store, paths, datetime.now, author))


if __name__ == "__main__":
    sys.exit(main())
