# SPDX-License-Identifier: EUPL-1.2
"""Safe, streaming XML parsing: no DTDs, no entities, no network, no huge text nodes.

iStandaarden messages never carry a DTD. A document that declares one is refused before
any of its content is read, which stops entity-expansion bombs ("billion laughs") and
external entities (XXE) alike; the parser is configured not to resolve entities or touch
the network either, as a second line of defence.
"""

import re
from collections.abc import Callable, Generator, Iterable
from typing import IO

from lxml import etree

from stuurhuis.ingest.istandaarden.errors import BerichtError

Opener = Callable[[], IO[bytes]]

_NAMESPACE = re.compile(r"\{http://www\.istandaarden\.nl/i(?:wmo|jw)/3_2/(\w+)/schema\}")
_SAFE = {"resolve_entities": False, "no_network": True, "huge_tree": False, "load_dtd": False}


def _refuse_dtd(element: etree._Element) -> None:
    docinfo = element.getroottree().docinfo
    if docinfo.internalDTD is not None or docinfo.doctype:
        raise BerichtError(
            "bestand bevat een DTD (<!DOCTYPE>): geweigerd, iWmo/iJw-berichten hebben er geen "
            "en een DTD kan entiteiten (entity-expansie, XXE) bevatten",
            regel_van(element),
        )


def _syntax_reason(exc: etree.XMLSyntaxError) -> str:
    last = getattr(exc.error_log, "last_error", None)
    text = " ".join(str(exc.msg if hasattr(exc, "msg") else exc).split())
    text = _NAMESPACE.sub(r"\1:", text.removesuffix("(<string>, line 0)").strip())
    if getattr(last, "domain_name", None) in {"SCHEMASV", "SCHEMASP"}:
        return f"XSD-validatie mislukt: {text}"
    return f"geen geldige XML: {text}"


def _syntax_line(exc: etree.XMLSyntaxError) -> int:
    line = exc.lineno or getattr(getattr(exc.error_log, "last_error", None), "line", 0)
    return line if isinstance(line, int) and line > 0 else 1


def root_tag(open_source: Opener) -> str:
    """The Clark tag of the root element; refuses a DTD before reading any content."""
    with open_source() as source:
        try:
            for _event, element in etree.iterparse(source, events=("start",), **_SAFE):
                _refuse_dtd(element)
                return str(element.tag)
        except etree.XMLSyntaxError as exc:
            raise BerichtError(_syntax_reason(exc), _syntax_line(exc)) from exc
    raise BerichtError("leeg bestand: geen XML-element gevonden")


def stream(
    open_source: Opener,
    root: str,
    tags: Iterable[str],
    schema: etree.XMLSchema | None,
    *,
    remove_blank_text: bool = False,
) -> Generator[etree._Element, None, None]:
    """The end events of ``tags`` in document order, validated while streaming.

    ``root`` is the Clark tag of the root element: a document that ends before the root is
    closed is refused (with a schema attached, lxml's iterparse does not report that
    itself). The caller must clear what it no longer needs (see :func:`release`); a syntax
    or XSD error raises :class:`BerichtError` with the validator's reason.
    ``remove_blank_text``: do not build the white space between elements (a smaller tree).
    """
    with open_source() as source:
        events = etree.iterparse(
            source,
            events=("end",),
            tag=[root, *tags],
            schema=schema,
            remove_comments=True,
            remove_pis=True,
            remove_blank_text=remove_blank_text,
            **_SAFE,
        )
        is_closed = False
        try:
            for _event, element in events:
                if element.getparent() is None:
                    is_closed = element.tag == root
                    continue
                yield element
        except etree.XMLSyntaxError as exc:
            raise BerichtError(_syntax_reason(exc), _syntax_line(exc)) from exc
        if not is_closed:
            raise BerichtError(
                "geen geldige XML: het bestand houdt op voordat het bericht is afgesloten"
            )


def regel_van(element: etree._Element, default: int = 1) -> int:
    """The source line of ``element`` (1-based), or ``default`` when lxml does not know it."""
    line = getattr(element, "sourceline", None)
    return line if isinstance(line, int) and line > 0 else default


def release(element: etree._Element) -> None:
    """Free a handled element and the siblings before it, keeping memory bounded."""
    element.clear()
    parent = element.getparent()
    if parent is not None:
        while element.getprevious() is not None:
            del parent[0]


def leaves(element: etree._Element) -> dict[str, str]:
    """Local name → text of every leaf below ``element`` (first occurrence wins)."""
    found: dict[str, str] = {}
    for node in element.iter():
        if len(node) == 0:
            local = str(node.tag).rpartition("}")[2]
            if local not in found:
                found[local] = (node.text or "").strip()
    return found
