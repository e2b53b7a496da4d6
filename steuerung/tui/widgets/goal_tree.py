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
#: Up to this many changed labels are replaced line by line; beyond, a rebuild and one
#: repaint of the visible lines is cheaper (each replaced label schedules its own).
_RELABEL_MAX = 12


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
        """Show the outline again; open the nodes in ``expanded``, or, with None, whole levels.

        Whole levels open while the visible lines stay within ``budget`` and at
        most ``depth`` levels deep, so a broad filter never builds thousands of
        nodes at once.  When the new outline has the same lines as the tree
        already shows (typing on in a broad filter), only labels that changed
        are replaced, and only their lines are repainted.
        """
        filled, opened = self._plan(expanded, budget, depth)
        changed = None
        if self._shape(filled, opened) == self._current_shape():
            changed = [(self.nodes[key], label) for entries in filled.values()
                       for key, label, _ in entries if self.nodes[key].label != label]
        if changed is not None and len(changed) <= _RELABEL_MAX:
            for node, label in changed:
                node.set_label(label)
                node.refresh()
        else:
            with self.batch():
                self.root.remove_children()
                self.nodes, self._filled = {}, set()
                for parent, entries in filled.items():  # parents come before their children
                    self._add(self.root if parent is None else self.nodes[parent], entries)
                for key in opened:
                    self.nodes[key].expand()
        self.reveal(select)

    def _plan(self, expanded: set[Key] | None, budget: int, depth: int):
        """What to show: {parent key: [(key, label, expandable)]} and the keys to open."""
        filled = {None: self._entries(None)}
        opened: list[Key] = []
        level = filled[None]
        lines = len(level)
        for _ in range(depth):
            level = [e for e in level if e[2] and (expanded is None or e[0] in expanded)]
            if not level:
                break
            if expanded is None:  # count first: lines beyond the budget are never made
                lines += sum(self._count(key) for key, _, _ in level)
                if lines > budget:
                    break
            below = []
            for key, _, _ in level:
                filled[key] = self._entries(key)
                below += filled[key]
            opened += [key for key, _, _ in level]
            level = below
        return filled, opened

    @staticmethod
    def _shape(filled: dict, opened: list) -> tuple:
        return ({parent: tuple((key, can) for key, _, can in entries)
                 for parent, entries in filled.items()}, frozenset(opened))

    def _current_shape(self) -> tuple:
        filled = {None: tuple((n.data, n.allow_expand) for n in self.root.children)}
        for key, node in self.nodes.items():
            if node.id in self._filled:
                filled[key] = tuple((n.data, n.allow_expand) for n in node.children)
        return filled, frozenset(key for key, node in self.nodes.items() if node.is_expanded)

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

    def _entries(self, key: Key | None) -> list[tuple[Key, Text, bool]]:
        """The lines below ``key``: its items, then one group per kind of leaf."""
        group = split_group(key) if key else None
        items = self.children_of(group[1] if group else key)
        if group:
            return [(i.key, self.label_for(i), False) for i in items if i.kind == group[0]]
        entries = [(i.key, self.label_for(i), i.kind not in _LEAVES and self._has_children(i.key))
                   for i in items if i.kind not in _LEAVES]
        if key is not None and key[0] in ("field", "annual_goal"):
            for kind in _LEAVES:
                count = sum(1 for i in items if i.kind == kind)
                if count:
                    entries.append((group_key(kind, key), group_label(kind, count), True))
        return entries

    def _add(self, node: TreeNode, entries: list) -> list[TreeNode]:
        self._filled.add(node.id)
        for key, label, can_expand in entries:
            self.nodes[key] = node.add(label, key, allow_expand=can_expand)
        return list(node.children)

    def _fill(self, node: TreeNode, key: Key | None) -> list[TreeNode]:
        """Create ``node``'s children once (a branch opened by hand); returns them."""
        if node.id in self._filled:
            return list(node.children)
        return self._add(node, self._entries(key))

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
