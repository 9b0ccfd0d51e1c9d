# SPDX-License-Identifier: EUPL-1.2
"""The savings programme as typed, immutable pydantic models; every amount in eurocents.

Validate raw data (from YAML or XLSX, amounts in the file's ``eenheid``) with
``Programma.model_validate(raw, context={"eenheid": ...})``; :mod:`.laden` does that and
turns the errors into Dutch lines. Amount fields hold integer cents afterwards.
"""

import re
from typing import Annotated, Any, Literal, get_args

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    ValidationInfo,
    field_validator,
    model_validator,
)

from stuurhuis.codelijsten import codelijst
from stuurhuis.maatregelen.bedrag import Eenheid, naar_cent

Wet = Literal["wmo", "jeugd", "participatie", "overig"]
Fase = Literal["onderzoeken", "uitwerken", "uitvoeren", "gerealiseerd", "gestopt"]
Urgentie = Literal["urgent", "lange_termijn", "beperkt_effect"]
Termijn = Literal["kort", "middellang", "lang"]
Categorie = Literal["A", "B", "C", "D", "E", "F", "G"]
PerspectiefSoort = Literal["autonoom", "dekking"]

FASES: tuple[str, ...] = get_args(Fase)
URGENTIES: tuple[str, ...] = get_args(Urgentie)
CATEGORIEEN: dict[str, str] = {
    "A": "Eigen bijdragen",
    "B": "Keuzevrijheid",
    "C": "Doelmatigheid en rechtmatigheid",
    "D": "Preventie en vroegsignalering",
    "E": "Gezondheid en welbevinden",
    "F": "Samenwerking rond complexe casussen",
    "G": "Budget- en volumeplafonds",
}
EERSTE_JAAR, LAATSTE_JAAR = 2000, 2100
_TAAKVELD = re.compile(r"^\d\.\d{1,2}[a-z]?$")


def _cent(value: Any, info: ValidationInfo) -> int:
    eenheid = (info.context or {}).get("eenheid", "euro")
    return naar_cent(value, eenheid)


Jaar = Annotated[int, Field(ge=EERSTE_JAAR, le=LAATSTE_JAAR)]
Cent = Annotated[int, BeforeValidator(_cent), Field(ge=0)]
SignedCent = Annotated[int, BeforeValidator(_cent)]
Kans = Annotated[float, Field(ge=0, le=1)]
Bedragen = dict[Jaar, Cent]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


class Ingevuld(_Model):
    """What has been secured (financially filled in) so far, per year."""

    besparing: Bedragen = Field(default_factory=dict)
    investering: Bedragen = Field(default_factory=dict)


class Effectmodel(_Model):
    """A business case: net effect = volume × saving per unit − yearly cost."""

    kosten_per_jaar: Cent = 0
    besparing_per_eenheid: Cent
    eenheid: str = "cliënt"
    volume: dict[Jaar, Annotated[float, Field(ge=0)]] = Field(default_factory=dict)
    indicator: str | None = None

    @model_validator(mode="after")
    def _one_volume_source(self) -> "Effectmodel":
        if self.volume and self.indicator:
            raise ValueError("geef volume óf indicator, niet allebei")
        return self


class Maatregel(_Model):
    """One measure of the programme."""

    id: Annotated[str, Field(min_length=1)]
    naam: Annotated[str, Field(min_length=1)]
    pakket: str | None = None
    thema: str | None = None
    categorie: Categorie | None = None
    wet: Wet = "overig"
    taakveld: str | None = None
    fase: Fase | None = None
    urgentie: Urgentie | None = None
    termijn: Termijn | None = None
    kans: Kans = 1.0
    taakstelling: Bedragen = Field(default_factory=dict)
    besparing: Bedragen = Field(default_factory=dict)
    investering: Bedragen = Field(default_factory=dict)
    ingevuld: Ingevuld = Field(default_factory=Ingevuld)
    effectmodel: Effectmodel | None = None
    wat_gedaan: str | None = None
    effect: str | None = None
    risicos: str | None = None

    @field_validator("id", mode="before")
    @classmethod
    def _id_as_text(cls, value: Any) -> Any:
        return (
            str(value) if isinstance(value, int | float) and not isinstance(value, bool) else value
        )

    @field_validator("taakveld", mode="before")
    @classmethod
    def _known_taakveld(cls, value: Any) -> Any:
        if value is None:
            return None
        code = str(value).strip()
        if not _TAAKVELD.match(code) or (
            code.startswith("6.") and code not in codelijst("taakveld")
        ):
            raise ValueError(f"onbekend taakveld {code!r}")
        return code


class PerspectiefRegel(_Model):
    """A line of the multi-year balance: autonomous development or cover (signed)."""

    naam: Annotated[str, Field(min_length=1)]
    soort: PerspectiefSoort
    bedragen: dict[Jaar, SignedCent] = Field(default_factory=dict)


class Risico(_Model):
    """An entry of the risk register."""

    naam: Annotated[str, Field(min_length=1)]
    bedrag: Cent
    kans: Kans
    toelichting: str | None = None


class Programma(_Model):
    """A savings programme: measures, overall target, multi-year balance and risks."""

    gemeente: Annotated[str, Field(min_length=1)]
    eenheid: Eenheid = "euro"
    taakstelling: Bedragen = Field(default_factory=dict)
    maatregelen: list[Maatregel] = Field(default_factory=list)
    perspectief: list[PerspectiefRegel] = Field(default_factory=list)
    risicos: list[Risico] = Field(default_factory=list)

    def jaren(self) -> list[int]:
        """Every year any amount of the programme mentions, ascending."""
        years: set[int] = set(self.taakstelling)
        for m in self.maatregelen:
            years |= set(m.taakstelling) | set(m.besparing) | set(m.investering)
            years |= set(m.ingevuld.besparing) | set(m.ingevuld.investering)
        for regel in self.perspectief:
            years |= set(regel.bedragen)
        return sorted(years)
