# SPDX-License-Identifier: EUPL-1.2
"""BSN validation (elfproef, via python-stdnum) and masking for quarantine and logs."""

from stdnum.nl import bsn as stdnum_bsn

MASK = "*********"


def is_valid_bsn(value: str) -> bool:
    """True when ``value`` is a 9-digit BSN that passes the elfproef.

    Leading zeros count: an 8-digit number is not silently padded, because case systems
    that drop the zero also drop other digits.
    """
    compact = stdnum_bsn.compact(value) if value else ""
    return len(compact) == 9 and stdnum_bsn.is_valid(compact)


def mask_bsn(value: str) -> str:
    """The masked form shown instead of a BSN, keeping nothing of the number."""
    return MASK if value else ""
