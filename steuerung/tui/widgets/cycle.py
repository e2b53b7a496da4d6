"""The Strategiezirkel drawn as text: the five phases and the fields in each."""

from __future__ import annotations

from rich.text import Text

from ... import labels as L


def cycle_text(fields: list[tuple[str, str]]) -> Text:
    """``fields`` are (name, phase code); the phase that holds fields is bold.

    Drawn as a line that returns to its start (Evaluation → Leitbild), because
    that is how the seed's moderator drew it: a cycle, not a ladder.
    """
    text = Text()
    phases = list(L.PHASES)
    for i, code in enumerate(phases):
        names = [name for name, phase in fields if phase == code]
        style = "bold reverse" if names else "dim"
        text.append(f" {L.PHASES[code]} ", style=style)
        if i < len(phases) - 1:
            text.append(" → ")
    text.append(" ↺\n")
    for code in phases:
        names = [name for name, phase in fields if phase == code]
        if names:
            text.append(f"{L.PHASES[code]}: ", style="bold")
            text.append(", ".join(names) + "\n")
    return text
