# SPDX-License-Identifier: EUPL-1.2
"""Find and compile the official XSD of each message type in a configured folder.

The package ships no XSDs: the folder is given with ``--xsd-dir`` or ``STUURHUIS_XSD_DIR``.
Each ``*.xsd`` below the folder is indexed by its ``targetNamespace``; compiled schemas are
cached per file for the life of the process (compiling the iJw 323 schema takes ~10 ms,
validating a message with it is done while streaming).
"""

from functools import cache
from pathlib import Path

from lxml import etree

from stuurhuis.ingest.istandaarden.berichttype import BerichtType
from stuurhuis.ingest.istandaarden.errors import BerichtError, XsdDirError


def _xsd_parser() -> etree.XMLParser:
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)


@cache
def _index(xsd_dir: Path) -> dict[str, Path]:
    """targetNamespace → XSD file, for every schema below ``xsd_dir``."""
    if not xsd_dir.is_dir():
        raise XsdDirError(f"XSD-map {xsd_dir} bestaat niet of is geen map")
    found: dict[str, Path] = {}
    for path in sorted(xsd_dir.rglob("*.xsd")):
        try:
            with path.open("rb") as source:
                for _event, element in etree.iterparse(
                    source, events=("start",), resolve_entities=False, no_network=True
                ):
                    namespace = element.get("targetNamespace")
                    if namespace:
                        found.setdefault(namespace, path)
                    break
        except etree.XMLSyntaxError as exc:
            raise XsdDirError(f"XSD {path.name} in {xsd_dir} is geen geldige XML: {exc}") from exc
    return found


@cache
def _compile(path: Path) -> etree.XMLSchema:
    try:
        return etree.XMLSchema(etree.parse(str(path), _xsd_parser()))
    except (etree.XMLSchemaParseError, etree.XMLSyntaxError) as exc:
        raise XsdDirError(f"XSD {path.name} kan niet worden geladen: {exc}") from exc


class SchemaStore:
    """The compiled XSDs of one folder, looked up by message type."""

    def __init__(self, xsd_dir: Path) -> None:
        self.xsd_dir = xsd_dir.resolve()
        self._by_namespace = _index(self.xsd_dir)

    def path(self, berichttype: BerichtType) -> Path:
        """The XSD file of ``berichttype``; a message without one is refused."""
        path = self._by_namespace.get(berichttype.namespace)
        if path is None:
            raise BerichtError(
                f"geen XSD voor {berichttype.naam} ({berichttype.namespace}) in {self.xsd_dir}"
            )
        return path

    def schema(self, berichttype: BerichtType) -> etree.XMLSchema:
        """The compiled schema of ``berichttype``; a message without one is refused."""
        return _compile(self.path(berichttype))
