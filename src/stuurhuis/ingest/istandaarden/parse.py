# SPDX-License-Identifier: EUPL-1.2
"""Read one message: stream it (validating against its XSD), map it, check its rules."""

from collections.abc import Callable, Iterator

from lxml import etree

from stuurhuis.ingest.istandaarden import berichttype as bt
from stuurhuis.ingest.istandaarden.bericht import Bericht, Handler, Kop, local_name
from stuurhuis.ingest.istandaarden.berichttype import BerichtType
from stuurhuis.ingest.istandaarden.context import Context, MemoryContext
from stuurhuis.ingest.istandaarden.declaratie import DeclaratieAntwoordHandler, DeclaratieHandler
from stuurhuis.ingest.istandaarden.errors import BerichtError
from stuurhuis.ingest.istandaarden.levering import LeveringHandler
from stuurhuis.ingest.istandaarden.safexml import Opener, release, stream
from stuurhuis.ingest.istandaarden.toewijzing import ToewijzingHandler
from stuurhuis.ingest.istandaarden.verzoek import (
    AntwoordHandler,
    VerzoekToewijzingHandler,
    VerzoekWijzigingHandler,
)

HANDLERS: dict[str, Callable[[], Handler]] = {
    "301": ToewijzingHandler,
    "305": lambda: LeveringHandler("StartProduct"),
    "307": lambda: LeveringHandler("StopProduct"),
    "315": VerzoekToewijzingHandler,
    "317": VerzoekWijzigingHandler,
    "319": AntwoordHandler,
    "323": DeclaratieHandler,
    "325": DeclaratieAntwoordHandler,
}

# The canonical kind a message of this type mainly delivers (its quarantine is filed there).
MAIN_KIND = {
    "301": "toewijzing",
    "305": "zorglevering",
    "307": "zorglevering",
    "315": "verzoek",
    "317": "verzoek",
    "319": "verzoek_antwoord",
    "323": "declaratie",
    "325": "declaratie_antwoord",
}


class AlGeladen(Exception):  # noqa: N818 - a signal, not an error
    """The message (afzender + identificatie) was loaded before: it is skipped."""

    def __init__(self, kop: Kop) -> None:
        super().__init__(kop.omschrijving())
        self.kop = kop


def read_bericht(
    open_source: Opener,
    berichttype: BerichtType,
    schema: etree.XMLSchema | None,
    context: Context,
    batch: MemoryContext,
) -> Bericht:
    """The rows of one whole message; raises ``BerichtError`` (quarantine) or ``AlGeladen``."""
    factory = HANDLERS.get(berichttype.nummer)
    handler = factory() if factory is not None else None
    names = dict.fromkeys(("Header", *(handler.tags if handler else ())))
    tags = [f"{{{berichttype.namespace}}}{name}" for name in names]
    bericht = Bericht(berichttype, context, batch)
    root = f"{{{berichttype.namespace}}}{bt.ROOT_NAME}"
    elements = stream(open_source, root, tags, schema)
    try:
        for element in elements:
            name = local_name(element)
            if name == "Header" and not bericht.has_kop:
                bericht.kop = Kop.from_header(berichttype, element)
                if batch.bericht_bekend(bericht.kop.afzender, bericht.kop.identificatie) or (
                    context.bericht_bekend(bericht.kop.afzender, bericht.kop.identificatie)
                ):
                    raise AlGeladen(bericht.kop)
            if handler is not None and name in handler.tags:
                handler.handle(name, element, bericht)
            release(element)
        _ = bericht.kop  # a message without a Header is refused
        if handler is not None:
            handler.finish(bericht)
    except BerichtError as own:
        if schema is not None:
            _drain(elements)  # the validator may lag a few elements behind: its reason wins
        raise own from None
    finally:
        elements.close()
    return bericht


def _drain(elements: Iterator[etree._Element]) -> None:
    """Read the rest of a refused message; raises the XSD's reason if it has one."""
    for element in elements:
        release(element)
