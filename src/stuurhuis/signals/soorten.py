# SPDX-License-Identifier: EUPL-1.2
"""The registry of signal kinds, in the order they are shown."""

from stuurhuis.signals import (
    achttien_min,
    doorlooptijd,
    herindicatie,
    rechtmatigheid,
    stapeling,
    uitschieter,
    wlz_kandidaat,
)
from stuurhuis.signals.soort import Soort

SOORTEN: dict[str, Soort] = {
    soort.naam: soort
    for soort in (
        stapeling.SOORT,
        wlz_kandidaat.SOORT,
        herindicatie.SOORT,
        achttien_min.SOORT,
        doorlooptijd.SOORT,
        rechtmatigheid.SOORT,
        uitschieter.SOORT,
    )
}
