"""Start page: the processes in sessions/, the demo, a new process."""

from __future__ import annotations

from pathlib import Path

from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from ... import labels as L
from ...domain.errors import UserError
from ..text import plain
from ..widgets.bars import Footer, Header
from .base import Screen

DEMO_ID = "::demo"
MUENSTER_ID = "::demo:muenster"
NEW_ID = "::new"


class StartScreen(Screen):
    """Choose what to work on."""

    BINDINGS = [
        Binding("b", "demo", L.KEY_DEMO),
        Binding("n", "new", L.KEY_NEW),
    ]

    def compose(self) -> ComposeResult:
        self.app.sub_title = ""
        yield Header()
        yield Static(L.START_TITLE, classes="section-title")
        yield Static(L.START_INTRO, classes="hint")
        options = [Option(plain(path.stem), id=str(path)) for path in self.app.paths.processes()]
        if not options:
            options.append(Option(L.START_EMPTY, disabled=True))
        options += [None, Option(L.START_DEMO_OPTION, id=DEMO_ID),
                    Option(L.START_MUENSTER_OPTION, id=MUENSTER_ID),
                    Option(L.START_NEW_OPTION, id=NEW_ID)]
        yield OptionList(*options, id="processes")
        yield Footer()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        choice = event.option.id
        if choice == DEMO_ID:
            self.action_demo()
        elif choice == MUENSTER_ID:
            self.action_demo("muenster")
        elif choice == NEW_ID:
            self.action_new()
        elif choice:
            self.app.open_process(Path(choice))

    def action_demo(self, example: str = "neuss") -> None:
        """Open an example, creating its file from the committed JSON the first time."""
        from ...store.process import create_demo

        paths = self.app.paths
        target = paths.example_db(example)
        if not target.exists():
            try:
                create_demo(target, paths.example_json(example))
            except (UserError, OSError) as exc:
                self.notify(getattr(exc, "message", str(exc)), title=L.ERROR_TITLE,
                            severity="error")
                return
        self.app.open_process(target)

    def action_new(self) -> None:
        from .new_process import NewProcessScreen

        def opened(path: Path | None) -> None:
            if path is not None:
                self.app.open_process(path)

        self.app.push_screen(NewProcessScreen(), opened)
