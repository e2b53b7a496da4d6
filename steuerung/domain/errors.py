"""Errors that are meant to be shown to the user as they are."""


class UserError(Exception):
    """A mistake in what the user typed or supplied.

    .message is German and says what would be right.
    """

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message
