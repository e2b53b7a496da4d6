"""The bars of every screen: the header with the ⭘ of the palette, the key line at the bottom.

:class:`Header` is Textual's, with the ⭘'s tooltip in German.  :class:`Footer`
shows the keys that matter on the screen, in German.  It is hand-written
rather than Textual's ``Footer`` because that one composes a widget per key
and composes them again whenever the bindings change; on the Übersicht that
alone cost about 50 ms of the first frame (≈ 0.2× the import floor of
DESIGN §7).  This is one widget drawing one line of text from the
screen's active bindings.  It looks the same (the theme's footer colours),
names keys in the one style of :mod:`..keys`, and keeps F1 Hilfe at the right
edge, where a narrow window never cuts it off; keys that do not fit are left
out whole (F1 lists them all).  A click on a key presses it.
"""

from __future__ import annotations

from rich.cells import cell_len
from rich.style import Style
from rich.text import Text
from textual import events
from textual.widget import Widget
from textual.widgets import Header as TextualHeader
from textual.widgets._header import HeaderIcon

from ... import labels as L
from ..keys import shown_key


class Header(TextualHeader):
    """Textual's header; a click on the ⭘ opens the palette, its tooltip says so in German."""

    def on_mount(self) -> None:
        self.call_after_refresh(self._german_tooltip)

    def _german_tooltip(self) -> None:
        for icon in self.query(HeaderIcon):
            if not icon.disabled:  # disabled: an app without the palette (the Beamer)
                icon.tooltip = L.PALETTE_TOOLTIP


class Footer(Widget, can_focus=False):
    """One line: screen keys from the left, the pinned app keys at the right."""

    COMPONENT_CLASSES = {"footer--key", "footer--description"}
    DEFAULT_CSS = """
    Footer {
        dock: bottom;
        height: 1;
        color: $footer-foreground;
        background: $footer-background;
    }
    Footer > .footer--key {
        color: $footer-key-foreground;
        background: $footer-key-background;
        text-style: bold;
    }
    Footer > .footer--description {
        color: $footer-description-foreground;
        background: $footer-description-background;
    }
    """

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self._spans: list[tuple[int, int, str]] = []  # (start, end, key) for clicks

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, lambda _screen: self.refresh())

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def items(self) -> tuple[list, list]:
        """(left, right): (key, shown key, description, enabled) of each shown action, once.

        Right is F1 Hilfe alone; the palette's key closes the left part, so in a
        narrow window it gives way before the screen's own keys do.
        """
        left, last, right, seen = [], [], [], set()
        for _node, binding, enabled, _tip in self.screen.active_bindings.values():
            action = binding.action.removeprefix("app.")
            if not binding.show or not binding.description or action in seen:
                continue
            seen.add(action)
            item = (binding.key, shown_key(binding), binding.description, enabled)
            (right if action == "help" else last if action == "command_palette" else left).append(
                item)
        return left + last, right

    def render(self) -> Text:
        """As many keys as fit, whole: roomy, else compact, else the last ones left out."""
        styles = (self.get_component_rich_style("footer--key"),
                  self.get_component_rich_style("footer--description"))
        left, right = self.items()
        width = self.size.width
        for compact in (False, True):
            tail = _line(right, *styles, compact)
            room = max(0, width - tail.cell_len)
            shown = list(left)
            while shown and _line(shown, *styles, compact).cell_len > room:
                shown.pop()
            if len(shown) == len(left):
                break
        head = _line(shown, *styles, compact)
        head.pad_right(room - head.cell_len)
        self._spans = _spans(shown, 0, compact) + _spans(right, room, compact)
        return head + tail

    def on_click(self, event: events.Click) -> None:
        for start, end, key in self._spans:
            if start <= event.x < end:
                self.app.simulate_key(key)
                return


_DIM = Style(dim=True)


def _line(items, key_style: Style, text_style: Style, compact: bool = False) -> Text:
    """" Strg+S speichern  Esc zurück ": each key bold in the key colour, then its meaning."""
    line = Text(no_wrap=True, overflow="crop", end="")
    for _key, shown, description, enabled in items:
        dim = Style() if enabled else _DIM
        if compact:  # as Textual's compact footer: no padding around the key
            line.append(shown, key_style + dim)
            line.append(f" {description} ", text_style + dim)
        else:
            line.append(f" {shown} ", key_style + dim)
            line.append(f"{description} ", text_style + dim)
    return line


def _spans(items, start: int, compact: bool) -> list[tuple[int, int, str]]:
    """Where each item of :func:`_line` starting at ``start`` lies, for clicks."""
    found = []
    for key, shown, description, _enabled in items:
        end = start + cell_len(shown) + cell_len(description) + (2 if compact else 3)
        found.append((start, end, key))
        start = end
    return found
