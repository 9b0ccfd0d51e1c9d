# SPDX-License-Identifier: EUPL-1.2
"""Text encodings of source files: UTF-8 (with or without BOM) or cp1252.

DuckDB reads UTF-8 only, so a cp1252 file is transcoded to a temporary UTF-8 copy first.
That copy holds the same BSNs as the source file; it lives in a private temporary folder
and is deleted when the load ends (see :func:`utf8_path`).
"""

import codecs
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from tempfile import TemporaryDirectory

from stuurhuis.ingest.errors import IngestError

CHUNK = 8 * 1024 * 1024


def is_utf8(path: Path) -> bool:
    """True when the whole file decodes as UTF-8 (a BOM is allowed)."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    with path.open("rb") as handle:
        try:
            while chunk := handle.read(CHUNK):
                decoder.decode(chunk)
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            return False
    return True


def detect_encoding(path: Path) -> str:
    """``"utf-8"`` or ``"cp1252"``; a file that is neither is rejected."""
    if is_utf8(path):
        return "utf-8"
    decoder = codecs.getincrementaldecoder("cp1252")()
    with path.open("rb") as handle:
        try:
            while chunk := handle.read(CHUNK):
                decoder.decode(chunk)
        except UnicodeDecodeError as exc:
            raise IngestError(
                f"{path.name}: onleesbaar bestand (geen UTF-8 en geen cp1252)"
            ) from exc
    return "cp1252"


@contextmanager
def utf8_path(path: Path) -> Iterator[Path]:
    """``path`` itself when it is UTF-8, else a temporary UTF-8 copy deleted afterwards."""
    if detect_encoding(path) == "utf-8":
        yield path
        return
    with TemporaryDirectory(prefix="stuurhuis-") as folder:
        target = Path(folder) / "utf8.csv"
        decoder = codecs.getincrementaldecoder("cp1252")()
        with path.open("rb") as source, target.open("w", encoding="utf-8", newline="") as out:
            while chunk := source.read(CHUNK):
                out.write(decoder.decode(chunk))
        yield target


def read_first_line(path: Path) -> str:
    """The first line of a text file, decoded as UTF-8 (BOM stripped) or cp1252."""
    with path.open("rb") as handle:
        raw = handle.readline(1024 * 1024)
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return raw.decode(encoding).rstrip("\r\n")
        except UnicodeDecodeError:
            continue
    raise IngestError(f"{path.name}: onleesbaar bestand (geen UTF-8 en geen cp1252)")
