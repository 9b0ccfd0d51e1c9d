# SPDX-License-Identifier: EUPL-1.2
"""The text pass over validated 323s (xmllint + Arrow) reads exactly what the tree reads,
and hands every text it does not handle as plain to the tree route."""

import io
import subprocess
from pathlib import Path

import pyarrow as pa
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from stuurhuis.ingest.istandaarden import IstandaardenReader, kolommen, tekst323
from stuurhuis.ingest.istandaarden.berichttype import BerichtType, from_root
from stuurhuis.ingest.istandaarden.errors import BerichtError
from stuurhuis.ingest.istandaarden.safexml import root_tag
from stuurhuis.ingest.istandaarden.schemas import SchemaStore
from stuurhuis.ingest.istandaarden.writer import Kop, signed_cent, write_323

from .conftest import SHARED_ISTANDAARDEN, prestatie, zip_of

pytestmark = pytest.mark.skipif(
    tekst323.xmllint() is None, reason="xmllint (libxml2-utils, make system-deps) missing"
)
SAMPLES = sorted(SHARED_ISTANDAARDEN.glob("*/berichten/*323*.xml"))


def _lines(count: int = 5, wet: str = "jeugd") -> list[dict[str, str | None]]:
    """Clients of three lines, credits on earlier debits, ProductTarief left out."""
    lines: list[dict[str, str | None]] = []
    product = {"product_categorie": "01", "product_code": "01A03"} if wet == "wmo" else {}
    for i in range(count):
        bsn = ("999993653", "100000009", "999900018")[(i // 3) % 3]
        row = prestatie(f"R{i}", bsn=bsn, toewijzing_nummer=str(5001 + i % 2), **product)
        if i % 4 == 1:
            row = {**row, "product_tarief": None}
        if i % 5 == 4:
            row = {**row, "debet_credit": "C", "vorig_referentie_nummer": f"R{i - 1}"}
        lines.append(row)
    return lines


def _message(count: int = 5, wet: str = "jeugd") -> bytes:
    out = io.BytesIO()
    lines = _lines(count, wet)
    write_323(
        out,
        Kop(wet, "323", "12345678", "0384", "1", "2024-04-05"),
        declaratie_nummer="D1",
        periode=("2024-03-01", "2024-03-31"),
        prestaties=lines,
        totaal_cent=sum(signed_cent(row) for row in lines),
    )
    return out.getvalue()


def _type(data: bytes) -> BerichtType:
    berichttype = from_root(root_tag(lambda: io.BytesIO(data)))
    assert berichttype is not None
    return berichttype


def _contents(gelezen: kolommen.Ontleed) -> tuple[object, ...]:
    return (
        gelezen.kop,
        gelezen.totaal_cent,
        gelezen.table.to_pylist(),
        gelezen.table.schema,
        gelezen.debets.to_pylist(),
        gelezen.elders,
        gelezen.per_toewijzing.to_pylist(),
    )


def _both(data: bytes) -> tuple[tuple[bool, kolommen.Ontleed | None], kolommen.Ontleed | None]:
    """(what the text pass says, what the tree route says)."""
    opener = lambda: io.BytesIO(data)  # noqa: E731
    berichttype = _type(data)
    tekst = kolommen.ontleed_tekst(opener, berichttype, SHARED_ISTANDAARDEN)
    return tekst, kolommen.ontleed_boom(opener, berichttype, SHARED_ISTANDAARDEN)


def _assert_same(data: bytes) -> bool:
    """The text pass agrees with the tree whenever it decides; True when it decided."""
    (beslist, tekst), boom = _both(data)
    if not beslist:
        assert tekst is None
        return False
    assert (tekst is None) == (boom is None)
    if tekst is not None and boom is not None:
        assert _contents(tekst) == _contents(boom)
    return True


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.name)
def test_the_samples_are_read_by_the_text_pass_as_by_the_tree(path: Path) -> None:
    assert _assert_same(path.read_bytes())


@pytest.mark.parametrize("wet", ["jeugd", "wmo"])
def test_credits_optional_fields_and_clients_as_by_the_tree(wet: str) -> None:
    data = _message(40, wet)
    assert _assert_same(data)
    (_, gelezen), _ = _both(data)
    assert gelezen is not None
    rows = gelezen.table.to_pylist()
    assert [row["product_tarief"] for row in rows[:3]] == ["12.50", None, "12.50"]
    assert rows[4]["debet_credit"] == "C"
    assert rows[4]["vorig_referentie_nummer"] == "R3"


def test_blocks_cut_through_clients_and_values(monkeypatch: pytest.MonkeyPatch) -> None:
    """Small blocks: a Client, a value and a tag are cut in two; the read-ahead queue is
    full most of the time."""
    monkeypatch.setattr(tekst323, "BLOCK_BYTES", 997)
    monkeypatch.setattr(tekst323, "AHEAD_BLOCKS", 2)
    assert _assert_same(_message(300))


def test_crlf_line_ends_and_a_default_namespace_are_read_too() -> None:
    data = _message(12)
    assert _assert_same(data.replace(b"\n", b"\r\n"))
    berichttype = _type(data)
    prefix = b"jw323"
    default = data.replace(b"<" + prefix + b":", b"<").replace(b"</" + prefix + b":", b"</")
    default = default.replace(b"xmlns:" + prefix + b"=", b"xmlns=")
    assert _type(default) == berichttype
    assert _assert_same(default)


def _edit(data: bytes, old: bytes, new: bytes) -> bytes:
    assert old in data
    return data.replace(old, new, 1)


PLAIN = _message(8)
NOT_PLAIN = {
    "comment": _edit(PLAIN, b"<jw323:Eenheid>", b"<!-- x --><jw323:Eenheid>"),
    "cdata": _edit(PLAIN, b">45A03<", b"><![CDATA[45A03]]><"),
    "character reference": _edit(PLAIN, b">45A03<", b">&#52;5A03<"),
    "entity reference": _edit(PLAIN, b">45A03<", b">&amp;5A03<"),
    "processing instruction": _edit(PLAIN, b"<jw323:Eenheid>", b"<?pi x?><jw323:Eenheid>"),
    "attribute": _edit(PLAIN, b"<jw323:Prestatie>", b'<jw323:Prestatie a="1">'),
    "namespace below the root": _edit(
        PLAIN,
        b"<jw323:Prestatie>",
        b'<jw323:Prestatie xmlns:x="http://www.istandaarden.nl/ijw/3_2/jw323/schema">',
    ),
    "space in a tag": _edit(PLAIN, b"<jw323:Eenheid>", b"<jw323:Eenheid >"),
    "lone carriage return": _edit(PLAIN, b"</jw323:Eenheid>\n", b"</jw323:Eenheid>\r"),
    "second prefix": _edit(
        PLAIN,
        b"xmlns:jw323=",
        b'xmlns:z="http://www.istandaarden.nl/ijw/3_2/jw323/schema" xmlns:jw323=',
    ),
    "latin-1": _edit(PLAIN, b"encoding='UTF-8'", b"encoding='ISO-8859-1'"),
    "invalid against the XSD": _edit(PLAIN, b">100000009<", b">10000000<"),
}


@pytest.mark.parametrize("name", sorted(NOT_PLAIN))
def test_what_is_not_plain_goes_to_the_tree(name: str) -> None:
    (beslist, gelezen), _ = _both(NOT_PLAIN[name])
    assert (beslist, gelezen) == (False, None)


def test_a_message_refused_by_xmllint_is_refused_with_the_validators_reason(
    tmp_path: Path,
) -> None:
    path = tmp_path / "d.xml"
    path.write_bytes(NOT_PLAIN["invalid against the XSD"])
    good = tmp_path / "e.xml"
    good.write_bytes(PLAIN.replace(b"<ijw:Identificatie>1<", b"<ijw:Identificatie>2<"))
    batch = zip_of(tmp_path / "b.zip", path, good)
    batches = list(IstandaardenReader(SHARED_ISTANDAARDEN).read(batch))
    reasons = [r.reden for b in batches for r in b.rejections]
    assert len(reasons) == 1
    assert "d.xml" in reasons[0]
    assert "XSD-validatie mislukt" in reasons[0]
    loaded = [b.table.num_rows for b in batches if b.kind == "declaratie"]
    assert sum(loaded) == 8


def test_without_xmllint_the_tree_reads_the_message(monkeypatch: pytest.MonkeyPatch) -> None:
    (_, tekst), _ = _both(PLAIN)
    monkeypatch.setattr(tekst323.shutil, "which", lambda name: None)
    (beslist, niets), boom = _both(PLAIN)
    assert (beslist, niets) == (False, None)
    assert tekst is not None and boom is not None
    assert _contents(tekst) == _contents(boom)


def test_a_validation_broken_off_leaves_no_process_and_feeds_no_dtd() -> None:
    xsd = SchemaStore(SHARED_ISTANDAARDEN).path(_type(PLAIN))
    program = tekst323.xmllint()
    assert program is not None
    big = _message(3000)
    validatie = tekst323.Validatie(lambda: io.BytesIO(big), xsd, program)
    next(validatie.blocks())
    validatie.close()
    assert validatie._process.returncode is not None
    dtd = _edit(PLAIN, b"<jw323:Bericht", b"<!DOCTYPE x [<!ENTITY a 'b'>]><jw323:Bericht")
    with tekst323.Validatie(lambda: io.BytesIO(dtd), xsd, program) as refused:
        with pytest.raises(tekst323._Afwijking):
            list(refused.blocks())
        assert not refused.valid()


@st.composite
def _mutated(draw: st.DrawFn, base: bytes) -> bytes:
    data = bytearray(base)
    for _ in range(draw(st.integers(1, 3))):
        at = draw(st.integers(0, len(data) - 1))
        kind = draw(st.sampled_from(["delete", "replace", "insert", "duplicate"]))
        if kind == "delete":
            del data[at : at + draw(st.integers(1, 12))]
        elif kind == "replace":
            data[at] = draw(st.sampled_from(b"01289 \tCDR-<>/:\r\n"))
        elif kind == "insert":
            data[at:at] = draw(
                st.sampled_from([b" ", b"\r", b"\r\n", b"&#9;", b"9", b"<!--c-->", b"<a/>"])
            )
        else:
            end = min(len(data), at + draw(st.integers(1, 600)))
            data[at:at] = data[at:end]
    return bytes(data)


BASES = [path.read_bytes() for path in SAMPLES] + [PLAIN, _message(4, "wmo")]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_mutated_claims_are_read_as_by_the_tree_or_left_to_it(data: st.DataObject) -> None:
    message = data.draw(_mutated(data.draw(st.sampled_from(BASES))))
    try:
        berichttype = from_root(root_tag(lambda: io.BytesIO(message)))
    except BerichtError:
        return
    if berichttype is None or berichttype.nummer != "323":
        return
    _assert_same(message)


def test_xmllint_is_started_without_network_or_entities(monkeypatch: pytest.MonkeyPatch) -> None:
    """The command line: streaming, no network, no entity substitution, no DTD loading."""
    calls: list[list[str]] = []
    real = subprocess.Popen

    def recording(args: list[str], **kwargs: object) -> "subprocess.Popen[bytes]":
        calls.append(list(args))
        return real(args, **kwargs)  # type: ignore[call-overload,no-any-return]

    monkeypatch.setattr(tekst323.subprocess, "Popen", recording)
    assert _assert_same(PLAIN)
    (args,) = calls
    assert {"--stream", "--nonet", "--noout"} <= set(args)
    assert not {"--noent", "--loaddtd", "--dtdattr", "--valid"} & set(args)


def test_arrow_tables_have_the_columns_of_the_tree() -> None:
    (_, tekst), boom = _both(PLAIN)
    assert tekst is not None and boom is not None
    assert tekst.table.schema == boom.table.schema
    assert isinstance(tekst.table, pa.Table)
