# SPDX-License-Identifier: EUPL-1.2
"""The synthetic municipality: a realistic, deterministic sociaal-domein world.

``generate(SynthConfig(...), out_dir)`` writes the canonical files of ``docs/sources.md``
plus the ground truth in ``_verwachting/``; see ``docs/synth.md``.
"""

from stuurhuis.synth.config import SynthConfig
from stuurhuis.synth.generate import batches, generate
from stuurhuis.synth.records import CONTRACT, Batch
from stuurhuis.synth.writers import FORMATS, Writer, writer_for

__all__ = [
    "CONTRACT",
    "FORMATS",
    "Batch",
    "SynthConfig",
    "Writer",
    "batches",
    "generate",
    "writer_for",
]
