"""The store modules import each other without a circle (DESIGN §6, habit 9).

``agenda``, ``committees``, ``meetings`` and ``tasks`` used to import each
other, some of it hidden inside functions.  The graph is read from the
source, function-level imports included, so a circle cannot creep back in
through a late import either.
"""

from __future__ import annotations

import ast
from pathlib import Path

import steuerung.store

STORE = Path(steuerung.store.__file__).parent


def _sibling_imports(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level == 1:
            if node.module:
                names.add(node.module.split(".")[0])
            else:
                names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith(
                "steuerung.store."):
            names.add(node.module.split(".")[2])
    return names


def _graph() -> dict[str, set[str]]:
    modules = {p.stem: p for p in STORE.glob("*.py") if p.stem != "__init__"}
    return {name: _sibling_imports(path) & set(modules) for name, path in modules.items()}


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    state: dict[str, int] = {}
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for child in sorted(graph[node]):
            if state.get(child) == 1:
                return path[path.index(child):] + [child]
            if child not in state and (found := visit(child)):
                return found
        path.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state and (found := visit(node)):
            return found
    return None


def test_store_modules_import_each_other_without_a_circle():
    assert _cycle(_graph()) is None, " → ".join(_cycle(_graph()))


def test_the_meeting_modules_build_on_one_shared_module():
    graph = _graph()
    for name in ("agenda", "tasks", "meetings", "committees"):
        assert "meeting_model" in graph[name] or name == "meetings", name
    assert graph["meeting_model"] <= {"repo", "order"}
    assert graph["order"] <= {"repo"}  # a leaf: moving rows among siblings


def test_the_check_finds_a_circle():
    assert _cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert _cycle({"a": {"b"}, "b": set()}) is None
