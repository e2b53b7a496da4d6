"""The Strategiezirkel drawn as text: the five phases and the fields in each."""

from __future__ import annotations

from rich.text import Text

from ... import labels as L
from ...domain.text import one_line


def cycle_text(fields: list[tuple[str, str]]) -> Text:
    """``fields`` are (name, phase code); the phase that holds fields is bold.

    Drawn as the seed's moderator drew it: Handlungskonzepte lead from the
    Ist-Analyse to the Maßnahmen, and the Evaluation leads back to the
    Maßnahmen (hinterfragen, nachbessern, verändern, verstärken).
    """
    text = Text()
    phases = list(L.PHASES)
    for i, code in enumerate(phases):
        names = [name for name, phase in fields if phase == code]
        style = "bold reverse" if names else "dim"
        text.append(f" {L.PHASES[code]} ", style=style)
        if code == "analysis":
            text.append(" → ")
            text.append(f" {L.CYCLE_STEPS[3]} ", style="dim")
        if i < len(phases) - 1:
            text.append(" → ")
    text.append(f"  ↩ {L.PHASES['measures']}\n", style="dim")
    for code in phases:
        names = [name for name, phase in fields if phase == code]
        if names:
            text.append(f"{L.PHASES[code]}: ", style="bold")
            text.append(one_line(", ".join(names)) + "\n")
    return text


_BOX, _GAP = 32, 14  # box width, space between the left and the right column


def _fit(text: str, width: int) -> str:
    text = one_line(text)
    return text if len(text) <= width else text[: width - 1] + "…"


def _box(number: int, code: str, fields: list[tuple[int, str]], selected: int | None) -> list[Text]:
    """One phase as a box: "┌─ 2 Ziele ───┐", a line per field, the selected one reversed."""
    inner = _BOX - 2
    border = "bold" if fields else "dim"
    title = f" {number} {L.PHASES[code]} "
    top = Text.assemble(("┌─", border), (title, "bold" if fields else "dim"),
                        ("─" * (inner - len(title) - 1) + "┐", border))
    lines = [top]
    for field_id, name in fields or [(None, L.CYCLE_EMPTY)]:
        style = "reverse bold" if field_id is not None and field_id == selected else (
            "" if field_id is not None else "dim italic")
        lines.append(Text.assemble(("│ ", border), (_fit(name, inner - 2).ljust(inner - 2), style),
                                   (" │", border)))
    lines.append(Text("└" + "─" * inner + "┘", style=border))
    return lines


def _pad(box: list[Text], height: int) -> list[Text]:
    return box + [Text(" " * _BOX)] * (height - len(box))


def cycle_drawing(fields: list[tuple[int, str, str]], selected: int | None = None) -> Text:
    """The Strategiezirkel as five boxes in a circle, each listing the fields in that phase.

    ``fields`` are (id, label, phase code).  Leitbild sits on top, the cycle runs
    clockwise: Ziele, Ist-Analyse, Handlungskonzepte (on the arrow) to the
    Maßnahmen, Evaluation — and, as in the seed, from the Evaluation back to the
    Maßnahmen (⇅), not to the Leitbild.
    """
    phases = list(L.PHASES)
    boxes = {code: _box(i, code, [(f, name) for f, name, phase in fields if phase == code], selected)
             for i, code in enumerate(phases, 1)}
    vision, goals, analysis, measures, evaluation = (boxes[c] for c in phases)
    right = _BOX + _GAP
    lines: list[Text] = [Text(" " * (right // 2)) + line for line in vision]
    lines.append(Text(" " * (_BOX // 2 + right) + "↘"))
    concepts = ("← Handlungs-", "konzepte")  # the step between Ist-Analyse and Maßnahmen
    for left_box, right_box, arrow in ((evaluation, goals, ()), (measures, analysis, concepts)):
        height = max(len(left_box), len(right_box))
        middle = height // 2
        for y, (a, b) in enumerate(zip(_pad(left_box, height), _pad(right_box, height), strict=True)):
            label = arrow[y - middle] if arrow and 0 <= y - middle < len(arrow) else ""
            lines.append(a + Text(label.center(_GAP), style="bold") + b)
        if not arrow:
            lines.append(Text(" " * (_BOX // 2) + "⇅" + " " * (right - 1) + "↓"))
    return Text("\n").join(lines)
