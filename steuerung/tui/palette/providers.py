"""The palette's providers (Textual's ``Provider`` API): commands by name, objects by text.

:class:`CommandsProvider` offers every screen, the keys of the screen the
palette was opened on (by their German description) and the app's own
commands (Hilfe, Beenden, Farbschema).  :class:`ObjectsProvider` finds the
objects of the process through :mod:`steuerung.store.search`.  Both match the
same way — all words typed, case and accents ignored — and show what matched
underlined, one line per hit; every text shown is data (``Text``), never markup.
"""

from __future__ import annotations

from functools import partial

from rich.style import Style
from rich.text import Text
from textual.command import DiscoveryHit, Hit, Hits, Provider

from ... import labels as L
from ...store import search
from ..keys import shown_key
from ..screens.help import bindings_of
from . import navigate

_MATCH = Style(bold=True, underline=True)
#: App actions the palette lists by their own entries, not as keys of the screen.
_OWN = {"help", "quit", "command_palette", "theme", "help_quit"}
#: Objects rank just below a command of equal score ("Sitzung": the screen before a meeting).
_OBJECT_WEIGHT = 0.95
#: Hits per keystroke: about what a screen shows; typing on narrows them.  Textual lays out
#: every option of the list on each keystroke, so more would only cost time.
_OBJECT_HITS, _COMMAND_HITS = 15, 8
_DIM = Style(dim=True)


def _prompt(label: str, about: str, query: str, width: int) -> Text:
    """One line: the label, what matched underlined, then dim where it lives, cut to ``width``.

    One line per hit (not Textual's second "help" line): half the lines to lay
    out per keystroke, twice the hits on screen.
    """
    text = Text(label, end="")
    for start, end in search.spans(label, query):
        text.stylize(_MATCH, start, end)
    if about:
        text.append(f"  · {about}", _DIM)
    text.truncate(max(20, width), overflow="ellipsis")
    return text


def _width(provider: Provider) -> int:
    """The room a hit has in the palette (its list spans the screen, less borders)."""
    return provider.app.size.width - 6


class CommandsProvider(Provider):
    """Screens by name, the current screen's keys, Hilfe, Beenden and the colour schemes."""

    async def startup(self) -> None:
        """The commands once per opening, folded for matching (not on every keystroke)."""
        self.entries = [(name, about, callback, search.Entry(
            "", 0, name, about, search.fold(name), search.fold(about)))
            for name, about, callback in self.commands()]

    def commands(self) -> list[tuple[str, str, object]]:
        """(name, what it does, callback), in the order the empty palette lists them."""
        app = self.app
        found = []
        if app.store is not None:
            found += [(name, about, partial(navigate.go, app, getattr(app, f"action_{action}")))
                      for action, name, about in L.PALETTE_SCREENS]
        found += self._screen_keys()
        found.append((L.PALETTE_HELP, L.PALETTE_HELP_ABOUT, app.action_help))
        for theme, word in L.THEMES.items():
            name = (L.THEME_CURRENT if theme == app.theme else L.THEME_COMMAND).format(name=word)
            found.append((name, L.THEME_ABOUT, partial(app.action_theme, theme)))
        found.append((L.PALETTE_QUIT, L.PALETTE_QUIT_ABOUT, app.action_quit))
        return found

    def _screen_keys(self) -> list[tuple[str, str, object]]:
        """The calling screen's own keys: one entry per description that means one action."""
        actions: dict[str, set[str]] = {}
        keys: dict[str, tuple[str, object]] = {}
        for node, binding, enabled, _tip in self.screen.active_bindings.values():
            action = binding.action.removeprefix("app.")
            if not enabled or action in _OWN or action.startswith("show_"):
                continue
            ours = {(b.action, b.description) for b in bindings_of(node)}
            if (binding.action, binding.description) not in ours:
                continue  # Textual's own bindings (English, or covered by the hints)
            actions.setdefault(binding.description, set()).add(binding.action)
            keys.setdefault(binding.description, (
                shown_key(binding), partial(self.app.run_action, binding.action, node)))
        return [(description, L.PALETTE_KEY.format(key=key), run)
                for description, (key, run) in keys.items() if len(actions[description]) == 1]

    async def discover(self) -> Hits:
        width = _width(self)
        for name, about, callback, _entry in self.entries:
            yield DiscoveryHit(_prompt(name, about, "", width), callback, text=name)

    async def search(self, query: str) -> Hits:
        words = search.fold(query).split()
        scored = [(search.score(entry, words), name, about, callback)
                  for name, about, callback, entry in self.entries]
        best = sorted((s for s in scored if s[0]), key=lambda s: -s[0])[:_COMMAND_HITS]
        width = _width(self)
        for score, name, about, callback in best:
            yield Hit(score, _prompt(name, about, query, width), callback, text=name)


class ObjectsProvider(Provider):
    """Every object of the process by its text; choosing one opens it where it lives."""

    async def startup(self) -> None:
        store = self.app.store
        self.entries = search.index(store) if store is not None else []

    async def search(self, query: str) -> Hits:
        width = _width(self)
        for score, entry in search.find(self.entries, query, _OBJECT_HITS):
            yield Hit(score * _OBJECT_WEIGHT, _prompt(entry.label, entry.context, query, width),
                      partial(navigate.go, self.app, partial(navigate.open_object, self.app,
                                                             entry)),
                      text=entry.label)
