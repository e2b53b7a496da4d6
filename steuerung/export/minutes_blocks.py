"""The blocks inside a TOP of the minutes: Text, Abstimmung, Beschluss, Ergebnis.

Written as seed 000 writes them: "**Abstimmung:** Eine Abstimmung ergab, …"
on one line, "**Ergebnis:**" above its paragraph, a Beschluss with its
wording and then its vote and result.  "einstimmig" is said once, by the
vote; a count reads "3 Ja-Stimmen, 0 Nein-Stimmen, 1 Enthaltung".  A decision
taken while the attendance says the committee was not quorate carries a note.
"""

from __future__ import annotations

from .. import labels as L
from ..domain.minutes import counts_text
from ..store.meeting_model import Block, MeetingView
from .markdown import escape_inline, markdown_text


def vote_text(block: Block, *, with_wording: bool = True) -> str:
    """"einstimmig", "mehrheitlich (5 Ja-Stimmen, …)", the counts, or the wording as typed."""
    counts = counts_text(block.yes, block.no, block.abstain)
    wording = (block.text or "").strip() if with_wording else ""
    if wording:
        return escape_inline(wording) + (f" ({counts})" if counts else "")
    if block.vote in ("unanimous", "majority"):
        return L.VOTE_MODES[block.vote] + (f" ({counts})" if counts else "")
    return counts


def _quorum_note(view: MeetingView) -> list[str]:
    if not view.not_quorate:
        return []
    q = view.quorum
    return [L.DOC_NOT_QUORATE_NOTE.format(present=q.present, seats=q.voting_seats,
                                          required=q.required)]


def render_block(block: Block, level: int, view: MeetingView) -> list[str]:
    """Markdown blocks for one block of a TOP whose heading has ``level``."""
    if block.kind == "text":
        return [markdown_text(block.text, level=level)]
    if block.kind == "vote":
        return [f"**{L.DOC_VOTE}:** {vote_text(block)}", *_quorum_note(view)]
    if block.kind == "result":
        label = f"**{L.DOC_RESULT_LABEL}:**"
        if block.result:
            label += f" {L.label(L.RESULTS, block.result)}"
        text = markdown_text(block.text, level=level)
        return [label, text] if text else [label]
    # a Beschluss: its wording, then how it was voted and what came of it
    blocks = [f"**{L.DOC_RESOLUTION}:**", markdown_text(block.text, level=level)]
    lines = []
    vote = vote_text(block, with_wording=False)
    if vote:
        lines.append(f"**{L.DOC_VOTE}:** {vote}")
    if block.result:
        lines.append(f"**{L.DOC_RESULT_LABEL}:** {L.label(L.RESULTS, block.result)}")
    if lines:
        blocks.append("  \n".join(lines))
    return [b for b in blocks if b] + _quorum_note(view)
