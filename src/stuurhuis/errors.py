# SPDX-License-Identifier: EUPL-1.2
"""The one base class for errors the user caused and can fix.

The CLI prints such an error as one Dutch line and exits with code 2; anything else is a
bug and still never shows a traceback to the user (see ``cli.main``).
"""


class StuurhuisError(Exception):
    """An error with a one-line Dutch message meant for the user."""
