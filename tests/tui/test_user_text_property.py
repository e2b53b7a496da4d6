"""Arbitrary Unicode in every name and text: every screen and document renders (issue 11).

Brackets, escapes, right-to-left script, emoji and control characters are
mixed into every free-text column; the walk opens every screen, every kind
of dialog and the preview of every document.  Kept to a few examples: each
one starts the app once (≈ 15 s), at 80×24.
"""

from __future__ import annotations

import asyncio
import itertools
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from steuerung.paths import Paths
from steuerung.tui.app import make_app
from tests.conftest import fixed_now
from tests.tui.hostile import build_full_process, hostile_copy, poison
from tests.tui.walk import Walk, walk_each_screen

CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
FRAGMENTS = ["[", "]", "[/]", "[bold]", "[link=https://x]", "[/link]", "[@click=app.quit]",
             "\x1b[31m", "\x1b]8;;https://x\x07", "\x00", "\r", "\t", "\n", "\u202e", "\u2028",
             "مرحبا", "שלום", "😀", "👩‍👩‍👧", "$name", "{0}", "%s", "\\", "**", "<b>", "|"]
hostile_texts = st.lists(st.one_of(st.sampled_from(FRAGMENTS),
                                   st.text(st.characters(blacklist_categories=("Cs",)),
                                           max_size=6)),
                         max_size=6).map("".join)


@settings(max_examples=3, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(texts=st.lists(hostile_texts, min_size=1, max_size=8))
def test_every_screen_renders_whatever_the_text(tmp_path_factory, texts):
    home = Paths(tmp_path_factory.mktemp("home"))
    template = tmp_path_factory.getbasetemp() / "property-template.db"
    if not template.exists():
        build_full_process(template)
    db = hostile_copy(template, home.sessions / "prozess.db")
    cycle = itertools.cycle(texts)
    poison(db, lambda table, column, row_id, old: next(cycle) + (old or ""))

    def check(where: str, text: str) -> None:
        assert not CONTROL.search(text), f"{where}: a control character reaches the terminal"

    async def run() -> set:
        app = make_app(None, home, fixed_now)
        async with app.run_test(size=(80, 24)) as pilot:  # the smallest screen we support
            walk = Walk(pilot, check)
            await walk_each_screen(walk)
        return walk.seen

    assert len(asyncio.run(run())) >= 20
