# SPDX-License-Identifier: EUPL-1.2
"""Which iStandaarden message a root element is: standard, wet and message number."""

import re
from dataclasses import dataclass

_NAMESPACE = re.compile(
    r"^http://www\.istandaarden\.nl/(?P<standaard>iwmo|ijw)/3_2/(?:wmo|jw)(?P<nummer>\d{3})/schema$"
)
ROOT_NAME = "Bericht"

# Messages whose content Stuurhuis loads; the other 3.2 messages (302, 306, 308, 316, 318,
# 320: retour messages) are validated and logged but carry nothing to steer on.
LOADED = frozenset({"301", "305", "307", "315", "317", "319", "323", "325"})


@dataclass(frozen=True)
class BerichtType:
    """An iWmo or iJw 3.2 message type, recognised by the namespace of its root."""

    standaard: str  # "iwmo" | "ijw"
    nummer: str  # "301", "323", ...
    namespace: str

    @property
    def wet(self) -> str:
        """The canonical ``wet`` of rows from this message."""
        return "wmo" if self.standaard == "iwmo" else "jeugd"

    @property
    def naam(self) -> str:
        """The official name, as in the XSD file name: ``WMO301``, ``JW323``."""
        return ("WMO" if self.standaard == "iwmo" else "JW") + self.nummer

    @property
    def basis_namespace(self) -> str:
        """The namespace of the Basisschema types (dates, amounts, product)."""
        return f"http://www.istandaarden.nl/{self.standaard}/3_2/basisschema/schema"

    @property
    def is_loaded(self) -> bool:
        return self.nummer in LOADED


def from_root(tag: str) -> BerichtType | None:
    """The message type of a root element tag in Clark notation, or None if not iStandaarden."""
    if not tag.startswith("{"):
        return None
    namespace, _, local = tag[1:].partition("}")
    match = _NAMESPACE.match(namespace)
    if match is None or local != ROOT_NAME:
        return None
    return BerichtType(match["standaard"], match["nummer"], namespace)
