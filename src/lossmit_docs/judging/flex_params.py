"""The Flex Modification program's parameters, read from `rules/flex_modification.yaml`.

A manager changes rates, thresholds, caps and the trial's length in the data file, not in code; the
file's `version` goes into every result so an evaluation can always be traced to the figures it used.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

RULES_FILE = Path(__file__).resolve().parent.parent / "rules" / "flex_modification.yaml"


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class InvestorRules(_Frozen):
    name: str
    guide: str
    flex_modification: str
    payment_deferral: str | None = None  # None: this investor's deferral is not offered


class RateEntry(_Frozen):
    effective: date
    rate: Decimal
    until: date | None = None  # last day in force, when the rate was withdrawn without a successor


class WaterfallParams(_Frozen):
    target_reduction: Decimal = Field(gt=0, lt=1)
    rate_reduction_min_mtmltv: Decimal = Field(ge=0)
    forbearance_above_mtmltv: Decimal = Field(ge=0)
    forbearance_cap_share: Decimal = Field(ge=0, le=1)
    forbearance_floor_mtmltv: Decimal = Field(ge=0)
    max_term_months: int = Field(gt=0)
    payment_rounding: Literal["half_up", "up"]


class TrialParams(_Frozen):
    payments: int = Field(ge=1)
    interim_months: int = Field(ge=0)


class EligibilityParams(_Frozen):
    min_days_delinquent: int
    streamlined_min_days_delinquent: int
    min_months_since_origination: int
    max_prior_modifications: int
    blocking_conditions: dict[str, str]


class DeferralParams(_Frozen):
    min_months_delinquent: int
    max_months_delinquent: int
    min_months_since_origination: int
    prior_deferral_lookback_months: int


DENIAL_CODES = (
    "investor_not_covered", "not_first_lien", "not_delinquent_enough", "application_required", "too_recent",
    "too_many_modifications", "failed_trial", "blocking_condition", "no_payment_reduction",
    "not_delinquent_range", "recent_deferral", "hardship_not_resolved", "cannot_resume_payment",
    "can_reinstate_or_repay",
)


class FlexParams(_Frozen):
    """The whole program as the data file states it."""

    version: str
    investors: dict[str, InvestorRules]
    investor_names: dict[str, str]
    modification_rates: tuple[RateEntry, ...]
    rate_step: Decimal = Field(gt=0)
    waterfall: WaterfallParams
    valuation_max_age_days: int = Field(gt=0)
    trial: TrialParams
    eligibility: EligibilityParams
    payment_deferral: DeferralParams
    denials: dict[str, str]

    @model_validator(mode="after")
    def _consistent(self) -> FlexParams:
        dates = [entry.effective for entry in self.modification_rates]
        if dates != sorted(set(dates)):
            raise ValueError("modification_rates must be in order of effective date, one row per date")
        for entry in self.modification_rates:
            if entry.rate % self.rate_step:
                raise ValueError(f"modification rate {entry.rate} is not a multiple of {self.rate_step}")
        missing = [code for code in DENIAL_CODES if code not in self.denials]
        if missing:
            raise ValueError(f"denials has no text for {', '.join(missing)}")
        return self


def load_flex_params(path: Path | str = RULES_FILE) -> FlexParams:
    """The program parameters; a mistake in the file is reported with the file and the key."""
    path = Path(path)
    try:
        return FlexParams.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")))
    except ValidationError as bad:
        raise ValueError(f"{path}: {bad}") from bad



def modification_rate(params: FlexParams, on: date) -> Decimal | None:
    """The posted Modification Interest Rate in force on a date, if any."""
    started = [entry for entry in params.modification_rates if entry.effective <= on]
    if not started or (started[-1].until is not None and started[-1].until < on):
        return None
    return started[-1].rate

