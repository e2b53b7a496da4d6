"""Moving a row one place up or down among its siblings (TOP blocks, Kennzahlen, steps …)."""

from __future__ import annotations

from .repo import Store


def swap(store: Store, table: str, ids: list[int], row_id: int, step: int) -> bool:
    """Swap ``row_id`` with its neighbour ``step`` away in ``ids`` and renumber positions 1…n.

    False (nothing written) at either end of the list.
    """
    index = ids.index(row_id)
    other = index + step
    if not 0 <= other < len(ids):
        return False
    ids = list(ids)
    ids[index], ids[other] = ids[other], ids[index]
    with store.transaction():
        for position, item in enumerate(ids, 1):
            store.update(table, item, {"position": position})
    return True
