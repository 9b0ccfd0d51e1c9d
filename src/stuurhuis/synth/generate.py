# SPDX-License-Identifier: EUPL-1.2
"""The generator: unit after unit, records in batches, into a pluggable writer.

Memory is bounded by one unit (about 100,000 inhabitants): a unit is simulated, planted,
written and dropped before the next one starts. What survives across units is small: the
running BSN offset, the totals for ``samenvatting.json``, the planted cases for
``geplant.json`` and the yearly cost per budget line for ``begroting.csv``.
"""

from collections.abc import Callable, Iterator
from pathlib import Path

import polars as pl

from stuurhuis.synth.aanbieders import provider_batch
from stuurhuis.synth.begroting import BudgetLedger, taakveld_table
from stuurhuis.synth.catalogus import product_batch
from stuurhuis.synth.config import SynthConfig
from stuurhuis.synth.gebieden import bevolking_batch, gebied_batch, huishoudens_batch
from stuurhuis.synth.gemeente import simulate_unit, unit_frames
from stuurhuis.synth.personen import person_batch
from stuurhuis.synth.planted import plant
from stuurhuis.synth.records import Batch
from stuurhuis.synth.verwachting import Verwachting
from stuurhuis.synth.writers import writer_for

Progress = Callable[[int, int], None]
HISTORY_YEARS = 6  # the catalogue also covers the years of old, still running allocations


def batches(config: SynthConfig, verwachting: Verwachting) -> Iterator[Batch]:
    """Every batch of the run, in writing order; fills ``verwachting`` on the way."""
    years = range(config.jaar_van, config.jaar_tot + 1)
    ledger = BudgetLedger(config)
    taakveld = taakveld_table(config.jaar_van, config.jaar_tot)
    yield product_batch(config.jaar_van - HISTORY_YEARS, config.jaar_tot)
    bsn_offset = 0
    for unit in range(config.units):
        inhabitants = config.unit_inhabitants(unit)
        yield gebied_batch(unit, config.jaar_van)
        yield bevolking_batch(unit, inhabitants, years)
        yield huishoudens_batch(unit, inhabitants, years)
        yield provider_batch(unit)
        data = simulate_unit(config, unit)
        frames, used, bsn = unit_frames(data, bsn_offset)
        bsn_offset += used.shape[0]
        ledger.add_unit(frames, taakveld)
        frames["declaratie"] = frames["declaratie"].filter(
            pl.col("dagtekening") <= config.peildatum
        )
        persons = person_batch(data.persons, data.households, used, bsn).rows
        yield from plant(config, unit, frames, persons, verwachting)
    verwachting.note("werkelijke_lasten_cent_per_jaar_wet", ledger.true_cost())
    verwachting.note("aantal_bsn", bsn_offset)
    yield ledger.batch()


def generate(
    config: SynthConfig,
    out_dir: Path,
    fmt: str = "csv",
    progress: Progress | None = None,
) -> list[Path]:
    """Write the synthetic municipality (or country) to ``out_dir``; returns the files."""
    writer = writer_for(fmt, out_dir)
    verwachting = Verwachting(config)
    done = 0
    for batch in batches(config, verwachting):
        writer.write(batch)
        verwachting.add_batch(batch)
        if batch.kind == "uitkering":  # the last batch of a unit
            done += 1
            if progress is not None:
                progress(done, config.units)
    paths = writer.close()
    paths += verwachting.write(out_dir)
    return paths


__all__ = ["Progress", "batches", "generate"]
