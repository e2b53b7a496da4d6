"""Walk every screen and dialog of the app with the keyboard, reading what each one shows.

Used by the hostile-text tests: at every stop the whole screen is rendered
(as the terminal would get it) and handed to ``check``; the walk also
records which screen classes it saw, so a test can demand that it saw all.
Dialogs are opened and cancelled: the walk writes nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from textual.screen import Screen


def screen_lines(app) -> list[str]:
    """Every line of the current screen as the terminal would receive it."""
    return [strip.text.rstrip() for strip in app.screen._compositor.render_strips()]


@dataclass
class Walk:
    pilot: object
    check: Callable[[str, str], None]  # (where, screen text)
    seen: set[type[Screen]] = field(default_factory=set)

    @property
    def app(self):
        return self.pilot.app

    async def stop(self, where: str, *keys: str) -> str:
        if keys:
            await self.pilot.press(*keys)
        await self.pilot.pause()
        text = "\n".join(screen_lines(self.app))
        self.seen.add(type(self.app.screen))
        self.check(where, text)
        return text

    async def dialog(self, where: str, *keys: str, close: str = "escape") -> str:
        """Open a dialog with ``keys``, look at it, close it again."""
        screen = self.app.screen
        text = await self.stop(where, *keys)
        assert self.app.screen is not screen, f"{where}: no dialog opened"
        await self.pilot.press(close)
        await self.pilot.pause()
        assert self.app.screen is screen, f"{where}: the dialog did not close"
        return text


async def walk_everything(walk: Walk) -> None:
    """Start page → every area → every dialog; ends on the Übersicht."""
    await walk.stop("Startseite")
    await walk.dialog("Hilfe", "question_mark")
    await walk.dialog("Neuer Prozess", "n")
    await walk.stop("Übersicht", "enter")
    await walk.dialog("Hilfe der Übersicht", "question_mark")
    # The command palette, finding the objects by their hostile names.
    await walk.pilot.press("ctrl+p", *"bold")
    await walk.pilot.pause(0.3)
    await walk.stop("Befehle")
    await walk.pilot.press("escape")
    await _votes(walk)
    await _goals(walk)
    await _sachstand(walk)
    await _documents(walk)
    await _outline(walk)
    await _submissions(walk)
    await _committees(walk)
    await _monitoring(walk)


async def _votes(walk: Walk) -> None:
    await walk.stop("Punktabfrage", "v")
    # The demo's dots were given before this window opened: undoing one asks first (issue 16).
    await walk.dialog("Schritt aus einem anderen Fenster", "ctrl+z", close="n")
    await _history(walk)
    await walk.dialog("Punktzahl übertragen", "enter")
    await walk.dialog("Thema umbenennen", "r")
    await walk.dialog("Thema löschen", "delete", close="n")
    await walk.dialog("Teilnehmende wählen", "t")
    await walk.dialog("Punktabfrage schließen", "c", close="n")
    # The demo's last topic has no Handlungsfeld yet.
    await walk.dialog("Handlungsfelder anlegen", *["down"] * 9, "h", close="n")
    await walk.dialog("Punktabfrage wählen", "w")
    await walk.dialog("Neue Punktabfrage", "n")
    await walk.stop("Beamer-Ansicht", "b")
    await walk.stop("zurück zur Punktabfrage", "b")
    await walk.stop("Übersicht", "escape")


async def _history(walk: Walk) -> None:
    """The Änderungsprotokoll of the selected topic (issue 16): its entries, filtered, the whole."""
    await walk.stop("Änderungsprotokoll", "i")
    await walk.dialog("Änderungsprotokoll: seit", "s")
    await walk.stop("Änderungsprotokoll gefiltert", "slash", *"[/]", "enter")
    await walk.stop("Änderungsprotokoll: Filter aus", "escape")
    await walk.stop("Änderungsprotokoll: ganzer Prozess", "a")
    await walk.stop("Änderungsprotokoll: ein Eintrag", "enter")
    await walk.stop("Änderungsprotokoll: zurück", "escape")
    await walk.stop("zurück zur Punktabfrage", "escape")


async def _goals(walk: Walk) -> None:
    await walk.stop("Ziele", "z")
    screen = walk.app.screen
    for kind in ("field", "guiding_goal", "indicator", "measure", "consideration",
                 "annual_goal"):
        await _reveal(walk, next(key for key in screen.model.items if key[0] == kind))
        await walk.stop(f"Ziele: {kind}")
    await walk.dialog("Unterpunkt wählen", "u")
    await walk.dialog("Jahresziel übernehmen", "k", close="n")
    await walk.dialog("Jahresziel löschen", "delete", close="n")
    await walk.dialog("Jahr wählen", "j")
    await walk.stop("Jahresziel bearbeiten", "e")
    await walk.stop("Bearbeiten verworfen", "escape")
    await walk.stop("Filter", "slash", "x")
    await walk.stop("Filter aus", "escape")
    await walk.stop("Leitbild", "l")
    await walk.dialog("Leitbild löschen", "delete", close="n")
    await walk.stop("zurück zu den Zielen", "escape")
    await walk.stop("Strategiezirkel", "s")
    await walk.stop("zurück zu den Zielen", "escape")
    await walk.stop("Übersicht", "escape")


async def _reveal(walk: Walk, key) -> None:
    """Put the tree's cursor on ``key``, opening the way to it."""
    screen = walk.app.screen
    screen.outline.reveal(key, screen.path(key))
    await walk.pilot.pause()
    assert screen.outline.cursor_key == key, (screen.outline.cursor_key, key)


async def _sachstand(walk: Walk) -> None:
    await walk.stop("Sachstand", "s")
    await walk.dialog("Filter Handlungsfeld", "f")
    await walk.dialog("Filter verantwortlich", "v")
    await walk.dialog("Jahr wählen", "j")
    await walk.dialog("Prüfung einfrieren", "z")
    await walk.stop("Einzelheiten", "enter")
    await walk.dialog("Messwert erfassen", "m")
    await walk.dialog("Messwert wählen", "k")
    await walk.dialog("Sachstandsnotiz", "n")
    await walk.stop("zurück zum Sachstand", "escape")
    await walk.dialog("eingefrorene Prüfung wählen", "r")
    await walk.stop("eingefrorene Prüfung", "r", "enter")
    await walk.stop("eingefrorene Einzelheiten", "enter")
    await walk.stop("zurück", "escape")
    await walk.stop("Übersicht", "escape")


async def _documents(walk: Walk) -> None:
    await walk.stop("Dokumente", "d")
    count = walk.app.screen.query_one("#documents").option_count
    for index in range(1, count):
        await walk.stop(f"Dokument {index + 1}", "down")
    await walk.stop("Übersicht", "escape")


async def _outline(walk: Walk) -> None:
    """The outline of the workshop documentation and a Section in its editor."""
    await walk.stop("Dokumente", "d")
    await walk.stop("Gliederung", "g")
    await walk.dialog("Titel des Dokuments", "t")
    await _highlight(walk, lambda p: not p.is_section)
    await walk.dialog("Überschrift eines Teils", "enter")
    await _highlight(walk, lambda p: p.is_section)
    await walk.stop("Gliederung: Abschnitt", "down", "up")
    await walk.dialog("Abschnitt löschen", "delete", close="n")
    await walk.stop("Abschnitt", "enter")
    await walk.stop("zurück zur Gliederung", "escape")
    await walk.stop("Neuer Abschnitt", "n")
    await walk.stop("zurück zur Gliederung", "escape")
    await walk.stop("zurück zu den Dokumenten", "escape")
    await walk.stop("Übersicht", "escape")


async def _highlight(walk: Walk, wanted) -> None:
    """Put the outline's cursor on the first part that is ``wanted``."""
    from textual.widgets import OptionList

    screen = walk.app.screen
    keys = [p.key for p in screen.parts if wanted(p)]
    assert keys, "no such part in the outline"
    options = screen.query_one(OptionList)
    options.highlighted = next(i for i in range(options.option_count)
                               if options.get_option_at_index(i).id == keys[0])
    await walk.pilot.pause()


async def _monitoring(walk: Walk) -> None:
    await walk.stop("Monitoring", "m")
    await walk.dialog("Kennzahl bearbeiten", "e")
    await walk.dialog("Neue Kennzahl", "n")
    await walk.dialog("Werte: Jahr wählen", "w")
    await walk.dialog("Vergleichsgruppe wählen", "g")
    await walk.dialog("Berichtsturnus", "t")
    await walk.dialog("Monitoring: was löschen", "delete")
    await walk.stop("Monitoring: Bevölkerung", "home")
    await walk.dialog("Bevölkerung wählen", "b")
    await walk.stop("Masterplan", "p")
    await walk.dialog("Schritt bearbeiten", "enter")
    await walk.dialog("Neuer Schritt", "n")
    await walk.dialog("Schritt löschen", "delete", close="n")
    await walk.stop("zurück zum Monitoring", "escape")
    await walk.stop("Übersicht", "escape")


async def _submissions(walk: Walk) -> None:
    await walk.stop("Vorlagen", "o")
    await walk.dialog("Unterschrift", "u")
    await walk.dialog("Formate", "e")
    await walk.dialog("Vorlage löschen", "delete", close="n")
    await walk.stop("Vorlage", "enter")
    await walk.dialog("Beratungsfolge", "ctrl+b")
    await walk.stop("zurück zu den Vorlagen", "escape")
    await walk.stop("Übersicht", "escape")


async def _committees(walk: Walk) -> None:
    await walk.stop("Gremien", "g")
    await walk.dialog("Gremium bearbeiten", "g")
    await walk.dialog("Gremium löschen", "delete", close="n")  # the list has the focus first
    await walk.pilot.press("tab")
    await _select(walk, "member")  # the seat with a member and places left
    await walk.pilot.press("up")
    await walk.dialog("Sitz bearbeiten", "enter")
    await walk.dialog("Mitglied eintragen", "m")
    await walk.dialog("Sitz löschen", "delete", close="n")
    await _select(walk, "member")
    await walk.dialog("Mitgliedschaft bearbeiten", "enter")
    await walk.dialog("Person bearbeiten", "e")
    await walk.dialog("Stellvertretung", "v")
    await walk.dialog("Mitglied löschen", "delete", close="n")
    await walk.dialog("Aufgabe des Gremiums", "a")
    await walk.dialog("neue Sitzung", "s")
    # The Münster committee (last in the list) with its meeting.
    await walk.pilot.press("shift+tab", "end", "tab", "end")
    await walk.stop("Gremium Münster")
    await walk.dialog("Sitzung löschen", "delete", close="n")
    await walk.stop("Sitzung", "enter")
    await _meeting(walk)
    await walk.stop("Übersicht", "escape")


async def _select(walk: Walk, kind: str, key=None) -> None:
    """Move the cursor of the row list down to the first row of ``kind`` (or to ``key``)."""
    await walk.pilot.press("home")
    for _ in range(60):
        selected = walk.app.screen.selected or ("", None)
        if selected[0] == kind and key in (None, selected[1]):
            return
        await walk.pilot.press("down")
    raise AssertionError(f"no {kind} row {key}")


async def _meeting(walk: Walk) -> None:
    await walk.dialog("Kopfdaten", "k")
    await walk.dialog("Sitzung wählen", "s")
    await walk.dialog("Status weiter", "c", close="n")
    await walk.stop("Anwesenheit", "1")
    view = walk.app.screen.view
    with_deputy = next(m.membership_id for m in view.members if m.name.endswith("Celik"))
    await _select(walk, "member", with_deputy)
    await walk.dialog("vertreten durch", "v")
    await walk.dialog("Verwaltung hinzufügen", "w")
    await walk.pilot.press("end")
    await walk.dialog("Gast bearbeiten", "enter")
    await walk.dialog("Gast löschen", "delete", close="n")
    await walk.stop("Tagesordnung", "2")
    await walk.dialog("TOP bearbeiten", "enter")
    await walk.dialog("Beschluss", "b")
    await walk.dialog("Textblock", "t")
    await walk.dialog("Abstimmung", "v")
    await walk.dialog("Ergebnis", "e")
    await walk.dialog("Termin zum TOP", "d")
    await walk.dialog("TOP löschen", "delete", close="n")
    await _select(walk, "block")
    await walk.dialog("Block bearbeiten", "enter")
    await walk.dialog("Block löschen", "delete", close="n")
    await walk.stop("Aufgaben", "3")
    await walk.dialog("Aufgabe bearbeiten", "enter")
    await walk.dialog("mit Jahresziel verknüpfen", "z")
    await walk.dialog("Aufgabe löschen", "delete", close="n")
    await walk.stop("Termine", "4")
    await walk.dialog("Termin bearbeiten", "enter")
    await walk.dialog("Termin löschen", "delete", close="n")
    await walk.stop("zurück zu den Gremien", "escape")


async def walk_each_screen(walk: Walk) -> None:
    """Every screen and every kind of dialog once, and every document's preview (quicker)."""
    await walk.stop("Startseite")
    await walk.dialog("Neuer Prozess", "n")
    await walk.stop("Übersicht", "enter")
    await walk.dialog("Hilfe der Übersicht", "question_mark")
    # The command palette, finding the objects by their hostile names.
    await walk.pilot.press("ctrl+p", *"bold")
    await walk.pilot.pause(0.3)
    await walk.stop("Befehle")
    await walk.pilot.press("escape")
    await walk.stop("Punktabfrage", "v")
    await walk.dialog("Thema umbenennen", "r")
    await walk.dialog("Thema löschen", "delete", close="n")
    await walk.dialog("Teilnehmende wählen", "t")
    await walk.dialog("Neue Punktabfrage", "n")
    await walk.dialog("Schritt aus einem anderen Fenster", "ctrl+z", close="n")
    await walk.stop("Änderungsprotokoll", "i")
    await walk.stop("zurück zur Punktabfrage", "escape")
    await walk.stop("Beamer-Ansicht", "b")
    await walk.stop("zurück zur Punktabfrage", "b")
    await walk.stop("Übersicht", "escape")
    await walk.stop("Ziele", "z")
    screen = walk.app.screen
    for kind in ("field", "guiding_goal", "indicator", "measure", "consideration",
                 "annual_goal"):
        await _reveal(walk, next(key for key in screen.model.items if key[0] == kind))
        await walk.stop(f"Ziele: {kind}")
    await walk.stop("Leitbild", "l")
    await walk.stop("zurück zu den Zielen", "escape")
    await walk.stop("Strategiezirkel", "s")
    await walk.stop("zurück zu den Zielen", "escape")
    await walk.stop("Übersicht", "escape")
    await walk.stop("Sachstand", "s")
    await walk.stop("Einzelheiten", "enter")
    await walk.dialog("Messwert erfassen", "m")
    await walk.stop("zurück zum Sachstand", "escape")
    await walk.stop("eingefrorene Prüfung", "r", "enter")
    await walk.stop("Übersicht", "escape")
    await _documents(walk)
    await walk.stop("Dokumente", "d")
    await walk.stop("Gliederung", "g")
    await _highlight(walk, lambda p: p.is_section)
    await walk.stop("Abschnitt", "enter")
    await walk.stop("zurück zur Gliederung", "escape")
    await walk.stop("zurück zu den Dokumenten", "escape")
    await walk.stop("Übersicht", "escape")
    await walk.stop("Monitoring", "m")
    await walk.dialog("Kennzahl bearbeiten", "e")
    await walk.stop("Masterplan", "p")
    await walk.stop("zurück zum Monitoring", "escape")
    await walk.stop("Übersicht", "escape")
    await walk.stop("Vorlagen", "o")
    await walk.dialog("Unterschrift", "u")
    await walk.stop("Vorlage", "enter")
    await walk.dialog("Beratungsfolge", "ctrl+b")
    await walk.stop("zurück zu den Vorlagen", "escape")
    await walk.stop("Übersicht", "escape")
    await walk.stop("Gremien", "g")
    await walk.dialog("Gremium bearbeiten", "g")
    await walk.pilot.press("shift+tab", "end", "tab", "end")
    await walk.stop("Sitzung", "enter")
    for section in "1234":
        await walk.stop(f"Sitzung, Bereich {section}", section)
    await walk.stop("zurück zu den Gremien", "escape")
