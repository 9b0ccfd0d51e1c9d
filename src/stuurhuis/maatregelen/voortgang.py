# SPDX-License-Identifier: EUPL-1.2
"""Progress per measure, in the shape of the Hengelo progress letter.

Per measure and year: its taakstelling, the planned and the secured net effect, and the
difference secured − target (the target is the measure's taakstelling, or its planned net
effect when it has none), with "wat gedaan" and "effect" as text. Subtotals per pakket or
thema and the overall total follow the measures.
"""

import polars as pl

from stuurhuis.maatregelen.indeling import Per, groepeer
from stuurhuis.maatregelen.ledger import regels
from stuurhuis.maatregelen.model import Programma

_WAARDEN = ["taakstelling_cent", "gepland_netto_cent", "ingevuld_netto_cent"]


def voortgang(programma: Programma, per: Per = "pakket") -> pl.DataFrame:
    """Measures × years with targets and progress, then subtotals and the total."""
    rows = regels(programma).with_columns(
        gepland_netto_cent=pl.col("besparing_cent") - pl.col("investering_cent"),
        ingevuld_netto_cent=pl.col("ingevuld_besparing_cent") - pl.col("ingevuld_investering_cent"),
    )
    measures = groepeer(rows, "maatregel", _WAARDEN).filter(pl.col("indeling") == "maatregel")
    subtotals = groepeer(rows, per if per != "maatregel" else "totaal", _WAARDEN)
    attributes = pl.DataFrame(
        [
            (f"{m.id} {m.naam}", m.id, m.pakket, m.thema, m.fase, m.wat_gedaan, m.effect)
            for m in programma.maatregelen
        ],
        schema={
            "groep": pl.String,
            "maatregel_id": pl.String,
            "pakket": pl.String,
            "thema": pl.String,
            "fase": pl.String,
            "wat_gedaan": pl.String,
            "effect": pl.String,
        },
        orient="row",
    ).unique("groep", keep="first", maintain_order=True)
    table = pl.concat(
        [
            measures.join(attributes, on="groep", how="left", maintain_order="left"),
            subtotals,
        ],
        how="diagonal",
    )
    doel = pl.coalesce("taakstelling_cent", "gepland_netto_cent")
    return table.with_columns(verschil_cent=pl.col("ingevuld_netto_cent") - doel).select(
        "indeling",
        "groep",
        "maatregel_id",
        "pakket",
        "thema",
        "fase",
        "periode",
        *_WAARDEN,
        "verschil_cent",
        "wat_gedaan",
        "effect",
    )
