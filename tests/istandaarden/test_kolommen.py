# SPDX-License-Identifier: EUPL-1.2
"""The column-wise 323 route accepts only what the per-element route accepts, same rows."""

import io
from pathlib import Path

import pyarrow as pa
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from stuurhuis.ingest.istandaarden import IstandaardenReader, MemoryContext, kolommen
from stuurhuis.ingest.istandaarden.bericht import Bericht
from stuurhuis.ingest.istandaarden.berichttype import BerichtType, from_root
from stuurhuis.ingest.istandaarden.errors import BerichtError
from stuurhuis.ingest.istandaarden.parse import read_bericht
from stuurhuis.ingest.istandaarden.safexml import root_tag
from stuurhuis.ingest.istandaarden.schemas import SchemaStore
from stuurhuis.ingest.istandaarden.writer import Kop, signed_cent, write_323

from .conftest import SHARED_ISTANDAARDEN, prestatie, write_declaratie, zip_of

SAMPLES = sorted(SHARED_ISTANDAARDEN.glob("*/berichten/*323*.xml"))


def _lines() -> list[dict[str, str | None]]:
    """Three clients, a credit on an earlier debit, a line without ProductTarief."""
    return [
        prestatie("R1"),
        prestatie("R2", product_tarief=None, geleverd_volume="007"),
        prestatie("R3", bsn="100000009", toewijzing_nummer="5002", ingediend_bedrag="0.05"),
        prestatie("R4", bsn="100000009", debet_credit="C", vorig_referentie_nummer="R1"),
        prestatie("R5", bsn="999900018", begindatum="2024-03-31", einddatum="2024-03-31"),
    ]


def _generated() -> bytes:
    out = io.BytesIO()
    write_323(
        out,
        Kop("jeugd", "323", "12345678", "0384", "1", "2024-04-05"),
        declaratie_nummer="D1",
        periode=("2024-03-01", "2024-03-31"),
        prestaties=_lines(),
        totaal_cent=sum(signed_cent(row) for row in _lines()),
    )
    return out.getvalue()


def _type(data: bytes) -> BerichtType:
    berichttype = from_root(root_tag(lambda: io.BytesIO(data)))
    assert berichttype is not None
    return berichttype


BASES = [path.read_bytes() for path in SAMPLES] + [_generated()]


def _contents(bericht: Bericht) -> tuple[object, ...]:
    tables = {kind: pa.concat_tables(b.tables(10**9)) for kind, b in bericht.buffers.items()}
    return (
        bericht.kop,
        bericht.bedrag_cent,
        bericht.aantal_regels,
        {kind: table.to_pylist() for kind, table in tables.items()},
    )


def _both(data: bytes, batch: MemoryContext | None = None) -> tuple[object, object]:
    """(column-wise result or None, per-element result or the reason it refused)."""
    opener = lambda: io.BytesIO(data)  # noqa: E731
    berichttype = _type(data)
    context = MemoryContext()
    fast = kolommen.lees_323(
        opener, berichttype, SHARED_ISTANDAARDEN, context, batch or MemoryContext()
    )
    schema = SchemaStore(SHARED_ISTANDAARDEN).schema(berichttype)
    try:
        slow: object = read_bericht(opener, berichttype, schema, context, batch or MemoryContext())
    except BerichtError as fout:
        slow = fout.reden
    return fast, slow


def _assert_same(fast: object, slow: object) -> None:
    if fast is None:
        return  # the per-element route decides
    assert isinstance(fast, Bericht)
    assert isinstance(slow, Bericht), slow  # never accepted what the other route refuses
    assert _contents(fast) == _contents(slow)
    assert {
        (agb, str(ref)) for agb, refs in fast.nieuwe_debet_kolommen for ref in refs.to_pylist()
    } == (slow.nieuwe_debets)


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.name)
def test_the_samples_are_read_column_wise_with_the_same_rows(path: Path) -> None:
    fast, slow = _both(path.read_bytes())
    assert (fast is not None) == isinstance(slow, Bericht)  # JW323.xml is an invalid one
    _assert_same(fast, slow)


def test_credits_optional_fields_and_clients_read_column_wise() -> None:
    fast, slow = _both(_generated())
    assert fast is not None
    _assert_same(fast, slow)
    assert isinstance(fast, Bericht)
    rows = pa.concat_tables(fast.buffers["declaratie"].tables(100)).to_pylist()
    assert [row["geleverd_volume"] for row in rows] == ["4", "7", "4", "4", "4"]
    assert [row["product_tarief"] for row in rows] == ["12.50", None, "12.50", "12.50", "12.50"]


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        ({"begindatum": "2024-02-30"}, "is not a valid value"),
        ({"einddatum": "2024-04-01"}, "buiten de declaratieperiode"),
        ({"referentie_nummer": "R2"}, "komt twee keer voor"),
        ({"debet_credit": "C", "vorig_referentie_nummer": "R404"}, "niet eerder"),
        ({"referentie_nummer": " R9"}, None),  # white space: the other route strips it
    ],
)
def test_a_doubt_goes_to_the_per_element_route(
    tmp_path: Path, change: dict[str, str], reason: str | None
) -> None:
    lines = _lines()
    lines[2] = {**lines[2], **change}
    path = write_declaratie(tmp_path / "d.xml", lines)
    fast, slow = _both(path.read_bytes())
    assert fast is None
    if reason is None:
        assert isinstance(slow, Bericht)
    else:
        assert isinstance(slow, str)
        assert reason in slow


def test_the_allocation_period_and_batch_debits_count(tmp_path: Path) -> None:
    credit = prestatie("R9", debet_credit="C", vorig_referentie_nummer="R0")
    data = write_declaratie(tmp_path / "d.xml", [credit]).read_bytes()
    known = MemoryContext(debets={("12345678", "R0")})
    fast, slow = _both(data, known)
    assert fast is not None
    _assert_same(fast, slow)
    narrow = MemoryContext(toewijzingen={"5001": ("2024-03-10", None)})
    data = write_declaratie(tmp_path / "e.xml", [prestatie("R1")]).read_bytes()
    assert _both(data, narrow)[0] is None


@st.composite
def _mutated(draw: st.DrawFn, base: bytes) -> bytes:
    data = bytearray(base)
    for _ in range(draw(st.integers(1, 3))):
        at = draw(st.integers(0, len(data) - 1))
        kind = draw(st.sampled_from(["delete", "replace", "insert", "duplicate"]))
        if kind == "delete":
            del data[at : at + draw(st.integers(1, 12))]
        elif kind == "replace":
            data[at] = draw(st.sampled_from(b"01289 \tCDR-"))
        elif kind == "insert":
            data[at:at] = draw(st.sampled_from([b" ", b"\t", b"&#9;", b"&#10;", b"9", b"C"]))
        else:
            end = min(len(data), at + draw(st.integers(1, 600)))
            data[at:at] = data[at:end]
    return bytes(data)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_mutated_claims_are_never_accepted_differently(data: st.DataObject) -> None:
    message = data.draw(_mutated(data.draw(st.sampled_from(BASES))))
    try:
        berichttype = from_root(root_tag(lambda: io.BytesIO(message)))
    except BerichtError:
        return
    if berichttype is None or berichttype.nummer != "323":
        return
    fast, slow = _both(message)
    _assert_same(fast, slow)


@pytest.mark.parametrize("xmllint", [None, ""], ids=["text pass in threads", "tree in workers"])
def test_worker_processes_read_a_batch_as_this_process_does(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, xmllint: str | None
) -> None:
    """Read ahead in two workers (or, with xmllint, two threads): same batches, same order,
    same quarantine; a credit on a debit of an earlier message of the batch still finds it."""
    if xmllint is not None:
        monkeypatch.setenv("STUURHUIS_XMLLINT", xmllint)  # inherited by spawned workers
    first = write_declaratie(tmp_path / "a.xml", [prestatie("R1"), prestatie("R2")])
    credit = prestatie("R3", debet_credit="C", vorig_referentie_nummer="R1")
    second = write_declaratie(tmp_path / "b.xml", [credit], identificatie="2")
    wrong = write_declaratie(
        tmp_path / "c.xml", [prestatie("R4")], identificatie="3", totaal_cent=1
    )
    fourth = write_declaratie(tmp_path / "d.xml", [prestatie("R5")], identificatie="4")
    batch = zip_of(tmp_path / "batch.zip", first, second, wrong, fourth)

    def read(workers: int) -> list[tuple[str, list[dict[str, object]], list[str]]]:
        reader = IstandaardenReader(SHARED_ISTANDAARDEN, workers=workers, pool_min_bytes=0)
        return [
            (b.kind, b.table.to_pylist(), [r.reden for r in b.rejections])
            for b in reader.read(batch)
        ]

    alone, pooled = read(1), read(2)
    assert pooled == alone
    monkeypatch.setenv("STUURHUIS_XMLLINT", "")
    assert read(1) == alone  # the tree route in this process reads the same
    declaraties = [
        row["referentie_nummer"]
        for kind, table, _ in alone
        for row in table
        if kind == "declaratie"
    ]
    assert declaraties == ["R1", "R2", "R3", "R5"]
    assert [reason for _, _, reasons in alone for reason in reasons] == [
        "c.xml: som van de prestaties (50.00 D) is niet gelijk aan TotaalIngediendBedrag (0.01 D)"
    ]
