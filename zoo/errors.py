"""The one exception type the zoo raises for user-facing problems."""


class ZooError(Exception):
    """A problem the user can fix (bad name, bad input, bad file); its message is one line."""
