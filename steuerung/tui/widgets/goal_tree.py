"""The goal outline as a Textual ``Tree`` that creates a branch's nodes only when it opens.

The tree never reads the database: it asks the ``children`` callable the
screen gives it (an in-memory outline, already filtered by year and text).
Indikatoren, Maßnahmen and Hinweise under a node are grouped, as in the
seed's lists.  Group keys look like ``("group:indicator:annual_goal", 9)``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from rich.text import Text
from textual.binding import Binding
from textual.widgets.tree import TreeNode

from ... import labels as L
from .fast_tree import FastTree
from .goal_labels import Key, group_key, group_label, item_label, search_pattern, split_group

__all__ = ["GoalTree", "group_key", "split_group"]
_LEAVES = ("indicator", "measure", "consideration")


class GoalTree(FastTree, inherit_bindings=False):
    """Bindings of an outliner; the screen's keys (n, u, Entf …) act on ``cursor_key``.

    Tree's own Umschalt+↑/↓ (to a sibling) are left out: on this screen they
    move the item, as in the Punktabfrage.
    """

    BINDINGS = [
        Binding("up", "cursor_up", L.KEY_CURSOR_UP, show=False),
        Binding("down", "cursor_down", L.KEY_CURSOR_DOWN, show=False),
        Binding("right", "open", L.KEY_EXPAND, show=False),
        Binding("left", "close", L.KEY_COLLAPSE, show=False),
        Binding("shift+left,backspace", "cursor_parent", L.KEY_PARENT, show=False),
        Binding("space", "toggle_node", L.KEY_TOGGLE, show=False, key_display="Leertaste"),
        Binding("enter", "select_cursor", L.KEY_TOGGLE, show=False),
        Binding("pageup", "page_up", L.KEY_CURSOR_UP, show=False),
        Binding("pagedown", "page_down", L.KEY_CURSOR_DOWN, show=False),
        Binding("home", "scroll_home", L.KEY_CURSOR_UP, show=False),
        Binding("end", "scroll_end", L.KEY_CURSOR_DOWN, show=False),
    ]

    def __init__(self, children: Callable[[Key | None], list], **kwargs):
        super().__init__(L.GOALS_TITLE, **kwargs)
        self.show_root = False
        self.guide_depth = 3
        self.children_of = children
        self._pattern = None
        self.nodes: dict[Key, TreeNode] = {}
        self._filled: set[int] = set()

    @property
    def highlight(self) -> str:
        return self._pattern.pattern if self._pattern else ""

    @highlight.setter
    def highlight(self, text: str) -> None:
        self._pattern = search_pattern(text)

    # -- building -------------------------------------------------------------------------
    def rebuild(self, expanded: set[Key] | None, budget: int, depth: int,
                select: Key | None = None) -> None:
        """Build from scratch; open the nodes in ``expanded``, or, with None, whole levels.

        Whole levels open while the visible lines stay within ``budget`` and at
        most ``depth`` levels deep, so a broad filter never builds thousands of
        nodes at once.
        """
        with self.batch():
            self.root.remove_children()
            self.nodes, self._filled = {}, set()
            self._build_levels(expanded, budget, depth)
        self.reveal(select)

    def _build_levels(self, expanded: set[Key] | None, budget: int, depth: int) -> None:
        level = self._fill(self.root, None)
        lines = len(level)
        for _ in range(depth):
            level = [n for n in level if n.allow_expand and (expanded is None or n.data in expanded)]
            if not level:
                break
            if expanded is None:  # count first: nodes beyond the budget are never created
                lines += sum(self._count(node.data) for node in level)
                if lines > budget:
                    break
            below = [child for node in level for child in self._fill(node, node.data)]
            for node in level:
                node.expand()
            level = below

    def _count(self, key: Key) -> int:
        """How many lines opening ``key`` adds (its items plus one per group)."""
        group = split_group(key)
        items = self.children_of(group[1] if group else key)
        if group:
            return sum(1 for i in items if i.kind == group[0])
        if key[0] in ("field", "annual_goal"):
            return (sum(1 for i in items if i.kind not in _LEAVES)
                    + len({i.kind for i in items if i.kind in _LEAVES}))
        return len(items)

    def _fill(self, node: TreeNode, key: Key | None) -> list[TreeNode]:
        """Create ``node``'s children once; returns them."""
        if node.id in self._filled:
            return list(node.children)
        self._filled.add(node.id)
        group = split_group(key) if key else None
        items = self.children_of(group[1] if group else key)
        if group:
            items = [i for i in items if i.kind == group[0]]
        elif key is None or key[0] in ("field", "annual_goal"):
            leaves = [i for i in items if i.kind in _LEAVES]
            items = [i for i in items if i.kind not in _LEAVES]
            for kind in _LEAVES:
                count = sum(1 for i in leaves if i.kind == kind)
                if count and key is not None:
                    gkey = group_key(kind, key)
                    self.nodes[gkey] = node.add(group_label(kind, count), gkey)
        for item in items:
            leaf = item.kind in _LEAVES or not self._has_children(item.key)
            child = node.add(self.label_for(item), item.key, allow_expand=not leaf,
                             before=self._first_group(node))
            self.nodes[item.key] = child
        return list(node.children)

    @staticmethod
    def _first_group(node: TreeNode) -> int | None:
        for index, child in enumerate(node.children):
            if child.data and child.data[0].startswith("group:"):
                return index
        return None

    def _has_children(self, key: Key) -> bool:
        return bool(self.children_of(key))

    def label_for(self, item) -> Text:
        return item_label(item, self._pattern)

    # -- moving around --------------------------------------------------------------------------
    def on_tree_node_expanded(self, event: FastTree.NodeExpanded) -> None:
        if event.node.tree is self and self.nodes.get(event.node.data) is event.node:
            self._fill(event.node, event.node.data)

    def reveal(self, key: Key | None, ancestors: Iterable[Key] = ()) -> bool:
        """Open the way to ``key`` (ancestors outermost first) and put the cursor on it.

        Without ``key`` (or if it is not shown) the cursor goes to the first line.
        """
        for outer in ancestors:
            node = self.nodes.get(outer)
            if node is not None and node.allow_expand:
                self._fill(node, outer)
                node.expand()
        node = self.nodes.get(key) if key is not None else None
        self._tree_lines  # noqa: B018 - builds the lines, so node._line is current
        line = node._line if node is not None else 0
        if self.cursor_line == line:
            # After clear() the cursor may still point at a node of the old tree.
            self.watch_cursor_line(line, line)
        else:
            self.cursor_line = line
        if self.cursor_node is not None:
            self.scroll_to_node(self.cursor_node, animate=False)
        return node is not None

    @property
    def cursor_key(self) -> Key | None:
        node = self.cursor_node
        return None if node is None else node.data

    def expanded_keys(self) -> set[Key]:
        return {key for key, node in self.nodes.items() if node.is_expanded}

    def action_open(self) -> None:
        node = self.cursor_node
        if node is None or not node.allow_expand:
            return
        if not node.is_expanded:
            self._fill(node, node.data)
            node.expand()
        elif node.children:
            self.move_cursor(node.children[0], animate=False)

    def action_close(self) -> None:
        node = self.cursor_node
        if node is None:
            return
        if node.is_expanded:
            node.collapse()
        elif node.parent is not None and node.parent is not self.root:
            self.move_cursor(node.parent, animate=False)
