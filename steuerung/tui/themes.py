"""Colour schemes: Textual's dark and light themes and a high-contrast one for projectors.

The contrast theme is defined with Textual's ``Theme`` API: pure black and
white, yellow for titles, keys, borders and the selection, full-strength text
where Textual would mute it — a projector in a bright seminar room washes out
the greys and blues of the dark theme.  (Texts a screen draws dim on purpose,
such as hints beside a value, stay dim.)  The chosen
scheme is the user's, remembered in the settings file (:mod:`steuerung.settings`),
and both the app and the Beamer start with it.
"""

from __future__ import annotations

from textual.theme import Theme

from .. import labels as L
from .. import settings

CONTRAST = Theme(
    name="steuerung-kontrast",
    primary="#ffff00",
    secondary="#00ffff",
    accent="#ffff00",
    warning="#ffff00",
    error="#ff5555",
    success="#00ff00",
    foreground="#ffffff",
    background="#000000",
    surface="#000000",
    panel="#1c1c1c",
    boost="#333333",
    dark=True,
    text_alpha=1.0,
    variables={
        "text-muted": "#ffffff",
        "footer-key-foreground": "#ffff00",
        "footer-background": "#000000",
        "block-cursor-foreground": "#000000",
        "block-cursor-background": "#ffff00",
        "block-cursor-text-style": "bold",
        "input-cursor-background": "#ffff00",
        "input-cursor-foreground": "#000000",
        "border": "#ffff00",
        "border-blurred": "#ffffff",
    },
)

#: The schemes offered, in the order F2 steps through them.
ORDER = tuple(L.THEMES)


def install(app, settings_file) -> None:
    """Register the contrast theme and start with the user's scheme."""
    app.register_theme(CONTRAST)
    chosen = settings.load(settings_file)["theme"]
    app.theme = chosen if chosen in ORDER else ORDER[0]


def choose(app, name: str) -> None:
    """Switch to ``name`` now and remember it for the next start (a failed write is said)."""
    app.theme = name
    word = L.THEMES[name]
    path = app.paths.settings
    if path is None:
        app.notify(L.THEME_SET.format(name=word), timeout=3)
        return
    try:
        settings.save(path, theme=name)
    except OSError as error:
        app.notify(L.THEME_NOT_SAVED.format(name=word, reason=error.strerror or error),
                   severity="warning", timeout=6)
        return
    app.notify(L.THEME_SET.format(name=word), timeout=3)


def following(current: str) -> str:
    """The scheme after ``current`` (F2)."""
    index = ORDER.index(current) if current in ORDER else -1
    return ORDER[(index + 1) % len(ORDER)]
