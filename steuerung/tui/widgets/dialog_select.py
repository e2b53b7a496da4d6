"""A drop-down whose list stays inside its dialog, also at 80×24.

Textual's ``Select`` opens its list below the field on the screen layer and
keeps it only inside the *screen*: in a dialog near the bottom of a small
terminal the list runs over the dialog's edge (issue 12: the Ergebnis list).
This one measures the room inside its dialog when it opens and limits the
list to it — below the field when it fits, else on the side with more room.
"""

from __future__ import annotations

from textual.widgets import Select
from textual.widgets._select import SelectOverlay

_FRAME = 2  # the list's border, top and bottom


class DialogSelect(Select):
    """A Select for forms in a dialog (an ancestor with the CSS class ``dialog``)."""

    def _watch_expanded(self, expanded: bool) -> None:
        if expanded:
            self._fit_list()
        super()._watch_expanded(expanded)

    def _fit_list(self) -> None:
        dialog = next((a for a in self.ancestors if a.has_class("dialog")), None)
        if dialog is None:
            return
        inside = dialog.content_region
        field = self.region
        below = inside.bottom - (field.y + field.height)
        above = field.y - inside.y
        wanted = min(len(self._options) + _FRAME, 12)
        overlay = self.query_one(SelectOverlay)
        if wanted <= below or below >= above:
            overlay.styles.max_height = max(min(wanted, below), _FRAME + 1)
            overlay.styles.offset = (0, 0)
        else:
            height = min(wanted, above)
            overlay.styles.max_height = height
            overlay.styles.offset = (0, -(height + field.height))
