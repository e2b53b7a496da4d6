"""A Textual ``Tree`` that redraws fast enough for a filter that rebuilds it per keystroke.

Measured on the large process (bench/goals.py): Tree invalidates and asks for
a layout on every added node, renders every label to size a horizontal scroll,
and looks up the same styles for every line it draws.  The overrides below do
each of those once; everything else is Textual's Tree.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from rich.text import Text
from textual.widgets import Tree
from textual.widgets.tree import TreeNode


class FastTree(Tree, inherit_bindings=False):
    """Use :meth:`batch` around adding many nodes; labels must be one-line ``Text``."""

    _building = False  # True inside batch() (Tree.__init__ already invalidates)

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Add and remove nodes inside; the tree is invalidated once, at the end.

        Remove old nodes with ``root.remove_children()``: it unlinks each node from
        its parent and from the tree, so reference counting frees them at once,
        where ``Tree.clear()`` leaves them in parent↔child cycles for the collector.
        """
        self._building = True
        try:
            yield
        finally:
            self._building = False
            self._invalidate()

    def _invalidate(self) -> None:
        # Tree invalidates its lines and asks for a new layout on every added node;
        # inside batch() that happens once, at the end.  The tree's own size is
        # fixed by CSS: a repaint suffices, and a changed number of lines still
        # reflows through ``virtual_size`` (a layout reactive).
        if not self._building:
            self._clear_line_cache()
            self._updates += 1
            self.root._reset()
            self.refresh()

    def get_component_styles(self, *names: str):
        # Tree asks for its three guide styles on every line it draws; they change
        # only with the CSS (theme, focus), so look each up once per style update.
        cache = self.__dict__.setdefault("_component_cache", {})
        found = cache.get(names)
        if found is None:
            found = cache[names] = super().get_component_styles(*names)
        return found

    def notify_style_update(self) -> None:
        self.__dict__.pop("_component_cache", None)
        super().notify_style_update()

    def render_lines(self, crop):
        # Tree.render_line looks up rich_style (a walk over every ancestor's CSS)
        # for each line; look it up once per paint instead.
        self._paint_style = self.rich_style
        return super().render_lines(crop)

    def render_line(self, y: int):
        scroll_x, scroll_y = self.scroll_offset
        style = getattr(self, "_paint_style", None) or self.rich_style
        return self._render_line(y + scroll_y, scroll_x, scroll_x + self.size.width, style)

    def get_label_width(self, node: TreeNode) -> int:
        # Tree renders every label to size its horizontal scroll; a FastTree does not
        # scroll sideways (give it overflow-x: hidden), and a width that changes with
        # each filter keystroke would cost a layout pass.
        return 0

    def process_label(self, label) -> Text:
        # Our labels are already one-line Text: skip Tree's copy-and-split.
        return label if isinstance(label, Text) else super().process_label(label)

    def render_label(self, node: TreeNode, base_style, style) -> Text:
        """Lines without the ▶ icon get its width in blanks, so siblings stay aligned."""
        text = super().render_label(node, base_style, style)
        if not node.allow_expand:
            text = Text.assemble(("  ", base_style), text)
        return text
