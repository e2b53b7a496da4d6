"""Does every screen fit the terminal?  The checks of the width test (issue 17, 80×24).

:func:`problems` looks at what the compositor laid out on the current
screen: every widget shown must lie inside the terminal, and a widget cut off
by its container (a field below a dialog's edge, a column right of a table's)
must be reachable — some container around it scrolls in that direction.
That is checked for every Button and every field (anything that takes the
focus): the app has no buttons today, its dialogs are keyboard forms.  The
key line must show ``F1 Hilfe``.
"""

from __future__ import annotations

from textual.geometry import Region
from textual.widget import Widget
from textual.widgets import Button

from .walk import screen_lines


def _scrolls(widget: Widget, right: bool, down: bool) -> bool:
    """Whether a container around ``widget`` (or the widget itself) scrolls the way it is cut."""
    node = widget
    while isinstance(node, Widget):
        if (not right or node.allow_horizontal_scroll) and (not down or node.allow_vertical_scroll):
            return True
        node = node.parent
    return False


def _name(widget: Widget) -> str:
    names = []
    node = widget
    while isinstance(node, Widget) and len(names) < 4:
        names.append(node.__class__.__name__ + (f"#{node.id}" if node.id else ""))
        node = node.parent
    return " < ".join(names)


def problems(app) -> list[str]:
    """What does not fit on the current screen, in words (empty: everything fits)."""
    screen = app.screen
    terminal = Region(0, 0, *app.size)
    found = []
    for widget, geometry in screen._compositor.full_map.items():
        region = geometry.region
        if widget is screen or not region or not widget.display or not widget.visible:
            continue
        outside = not terminal.contains_region(region)
        if outside and not _scrolls(widget, region.right > terminal.right,
                                    region.bottom > terminal.bottom):
            found.append(f"{_name(widget)} {tuple(region)} ragt aus {tuple(terminal)}")
            continue
        clip = geometry.clip
        cut = not clip.contains_region(region)
        if cut and (isinstance(widget, Button) or widget.focusable) and not _scrolls(
                widget.parent, region.right > clip.right, region.bottom > clip.bottom):
            found.append(f"{_name(widget)} {tuple(region)} nicht erreichbar in {tuple(clip)}")
    last = screen_lines(app)[-1]
    if "F1 Hilfe" not in last:
        found.append(f"keine „F1 Hilfe“ in der Fußzeile: {last!r}")
    return found
