"""Compare an exported document with a seed document line by line (issue 13).

A seed line is *substantive* when words are left after dropping HTML tags,
punctuation and case; blank lines, table rules and empty table heads are page
furniture.  It is *present* when its words occur adjacent and in order inside
one line of the export, from a word's start to a word's end; spacing is
ignored, so the seed's "Leitziel2:" is found in "### Leitziel 2: …".  The
share *in order* is the longest chain of present lines whose places in the
export rise (a longest increasing subsequence, each line choosing among its
places).  Hand-written because it is forty lines and no library compares
documents this way.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

_TAG = re.compile(r"<[^>]*>")
_WORD = re.compile(r"\w+")


def words(line: str) -> list[str]:
    return [w.casefold() for w in _WORD.findall(_TAG.sub(" ", line))]


def substantive(text: str) -> list[str]:
    """The seed's lines that carry words, as they stand."""
    return [line.strip() for line in text.splitlines() if words(line)]


@dataclass(frozen=True)
class Comparison:
    lines: list[str]
    places: list[list[int]]  # per seed line: where its words start in the export

    @property
    def missing(self) -> list[str]:
        return [line for line, found in zip(self.lines, self.places, strict=True) if not found]

    @property
    def present(self) -> int:
        return sum(1 for found in self.places if found)

    @property
    def in_order(self) -> int:
        tails: list[int] = []
        for found in self.places:
            for place in sorted(found, reverse=True):  # one place per line in the chain
                index = bisect.bisect_left(tails, place)
                tails[index:index + 1] = [place]
        return len(tails)


def compare(seed: str, export: str) -> Comparison:
    targets = []  # per export line: words joined, word starts, word ends, offset in the export
    offset = 0
    for line in export.splitlines():
        joined, starts, ends = "", set(), set()
        for word in words(line):
            starts.add(len(joined))
            joined += word
            ends.add(len(joined))
        targets.append((joined, starts, ends, offset))
        offset += len(joined) + 1
    lines = substantive(seed)
    places = []
    for line in lines:
        needle = "".join(words(line))
        found = []
        for joined, starts, ends, base in targets:
            at = joined.find(needle)
            while at >= 0:
                if at in starts and at + len(needle) in ends:
                    found.append(base + at)
                at = joined.find(needle, at + 1)
        places.append(found)
    return Comparison(lines, places)
