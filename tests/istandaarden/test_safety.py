# SPDX-License-Identifier: EUPL-1.2
"""The parser never expands entities, reads DTDs or touches the network."""

from pathlib import Path

import pytest

from stuurhuis.ingest.istandaarden import IstandaardenReader

from .conftest import reasons, rows

NS = 'xmlns:wmo323="http://www.istandaarden.nl/iwmo/3_2/wmo323/schema"'

BILLION_LAUGHS = f"""<?xml version="1.0"?>
<!DOCTYPE wmo323:Bericht [
  <!ENTITY lol "lol">
  <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
  <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
  <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
  <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
  <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
  <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
  <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<wmo323:Bericht {NS}><wmo323:Header>&lol9;</wmo323:Header></wmo323:Bericht>
"""

XXE = f"""<?xml version="1.0"?>
<!DOCTYPE wmo323:Bericht [<!ENTITY geheim SYSTEM "file:///etc/passwd">]>
<wmo323:Bericht {NS}><wmo323:Header>&geheim;</wmo323:Header></wmo323:Bericht>
"""

EXTERNAL_DTD = f"""<?xml version="1.0"?>
<!DOCTYPE wmo323:Bericht SYSTEM "http://example.invalid/evil.dtd">
<wmo323:Bericht {NS}><wmo323:Header/></wmo323:Bericht>
"""


@pytest.mark.parametrize("text", [BILLION_LAUGHS, XXE, EXTERNAL_DTD], ids=["bomb", "xxe", "dtd"])
@pytest.mark.parametrize("validate", [True, False])
def test_dtds_and_entities_are_refused_with_a_clear_reason(
    tmp_path: Path, istandaarden_dir: Path, text: str, *, validate: bool
) -> None:
    path = tmp_path / "bericht.xml"
    path.write_text(text, encoding="utf-8")
    reader = IstandaardenReader(istandaarden_dir if validate else None)
    batches = list(reader.read(path))
    assert all(batch.table.num_rows == 0 for batch in batches)
    [reason] = reasons(batches)
    assert "bevat een DTD (<!DOCTYPE>): geweigerd" in reason
    assert "root:" not in reason  # nothing of /etc/passwd


def test_a_truncated_message_loads_nothing(tmp_path: Path, istandaarden_dir: Path) -> None:
    text = (istandaarden_dir / "iwmo/berichten/WMO323.xml").read_text(encoding="utf-8")
    path = tmp_path / "afgebroken.xml"
    path.write_text(text[: text.index("RN004")], encoding="utf-8")
    for reader in (IstandaardenReader(istandaarden_dir), IstandaardenReader()):
        batches = list(reader.read(path))
        assert rows(batches, "declaratie") == []
        assert rows(batches, "bericht") == []
        [reason] = reasons(batches)
        assert "geen geldige XML" in reason


def test_a_validator_message_never_shows_a_bsn(tmp_path: Path, istandaarden_dir: Path) -> None:
    text = (istandaarden_dir / "iwmo/berichten/WMO323.xml").read_text(encoding="utf-8")
    path = tmp_path / "bsn.xml"
    path.write_text(text.replace(">999900006<", ">99990000X<", 1), encoding="utf-8")
    [reason] = reasons(list(IstandaardenReader(istandaarden_dir).read(path)))
    assert "XSD-validatie mislukt" in reason
    assert "9999000" not in reason
