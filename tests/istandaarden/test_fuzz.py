# SPDX-License-Identifier: EUPL-1.2
"""Mutated messages never raise, and a message is loaded whole or refused whole."""

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from stuurhuis.ingest.istandaarden import IstandaardenReader
from stuurhuis.ingest.istandaarden.errors import BerichtError
from stuurhuis.ingest.istandaarden.schemas import SchemaStore

from .conftest import SHARED_ISTANDAARDEN, reasons

SAMPLES = sorted((SHARED_ISTANDAARDEN).glob("*/berichten/*.xml"))
SOURCES = {path: path.read_bytes() for path in SAMPLES}


@st.composite
def mutated(draw: st.DrawFn) -> tuple[Path, bytes]:
    path = draw(st.sampled_from(SAMPLES))
    data = bytearray(SOURCES[path])
    for _ in range(draw(st.integers(1, 3))):
        if not data:
            break
        at = draw(st.integers(0, len(data) - 1))
        kind = draw(st.sampled_from(["delete", "replace", "insert", "duplicate", "truncate"]))
        if kind == "delete":
            del data[at : at + draw(st.integers(1, 40))]
        elif kind == "replace":
            data[at] = draw(st.sampled_from(b"0129<>&/ADCx\x00\xff"))
        elif kind == "insert":
            data[at:at] = draw(
                st.sampled_from([b"<x>", b"</", b"&lol;", b"<!DOCTYPE a>", b"9", b"C", b"-"])
            )
        elif kind == "duplicate":
            end = min(len(data), at + draw(st.integers(1, 400)))
            data[at:at] = data[at:end]
        else:
            del data[at:]
    return path, bytes(data)


def _is_schema_valid(data: bytes) -> bool:
    """The oracle: lxml's non-streaming parse + validate of the whole document."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    try:
        tree = etree.fromstring(data, parser).getroottree()
    except etree.XMLSyntaxError:
        return False
    if tree.docinfo.internalDTD is not None or tree.docinfo.doctype:
        return False
    from stuurhuis.ingest.istandaarden.berichttype import from_root  # noqa: PLC0415

    berichttype = from_root(str(tree.getroot().tag))
    if berichttype is None:
        return False
    try:
        schema = SchemaStore(SHARED_ISTANDAARDEN).schema(berichttype)
    except BerichtError:  # no schema for this namespace: not valid
        return False
    return bool(schema.validate(tree))


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(case=mutated(), validate=st.booleans())
def test_mutated_messages_load_whole_or_not_at_all(
    tmp_path: Path, case: tuple[Path, bytes], *, validate: bool
) -> None:
    source, data = case
    path = tmp_path / source.name
    path.write_bytes(data)
    reader = IstandaardenReader(SHARED_ISTANDAARDEN if validate else None)
    batches = list(reader.read(path))  # never raises
    found = reasons(batches)
    loaded = sum(batch.table.num_rows for batch in batches)
    if found:
        assert len(found) == 1
        assert loaded == 0, "a refused message must load nothing"
    else:
        assert [batch.kind for batch in batches][-1] == "bericht"
        if validate:
            assert _is_schema_valid(data), "the streaming reader accepted an XSD-invalid message"
