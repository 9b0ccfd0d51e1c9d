# SPDX-License-Identifier: EUPL-1.2
"""Privacy by design: BSN validation, keyed pseudonyms, disclosure control, audit log.

Nothing outside this package touches a BSN.
"""

from stuurhuis.privacy.bsn import is_valid_bsn, mask_bsn
from stuurhuis.privacy.pseudonym import Pseudonymiser, load_key

__all__ = ["Pseudonymiser", "is_valid_bsn", "load_key", "mask_bsn"]
