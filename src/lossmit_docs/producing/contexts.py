"""What each Word template is given: one plain dataclass per document, built by whoever knows the case.

The dataclass fields are the template's top-level variables, so `lossmit templates check` can tell a
manager's typo in Word from a variable the program really supplies, without a real loan at hand
(`sample` fills any of these classes with placeholder values of the right types).
"""

from __future__ import annotations

import dataclasses
import types
import typing
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from lossmit_docs.judging.evaluate import DenialReason
from lossmit_docs.judging.trial import TrialPayment
from lossmit_docs.model import MissingItem


@dataclass(frozen=True)
class Servicer:
    name: str
    address: str
    phone: str
    website: str = ""


@dataclass(frozen=True)
class Recording:
    """Where the security instrument was recorded, for the agreement's amends-and-supplements clause."""

    date: date
    book: str
    page: str
    instrument: str
    county: str
    state: str


@dataclass(frozen=True)
class LetterHead:
    """What every notice to the borrower opens with."""

    notice_date: date
    loan_number: str
    borrower_names: list[str]
    mailing_address: str
    property_address: str
    servicer: Servicer


@dataclass(frozen=True)
class AcknowledgmentIncomplete(LetterHead):
    received_on: date
    missing: list[MissingItem]
    reasonable_date: date
    rules_version: str


@dataclass(frozen=True)
class NoticeComplete(LetterHead):
    complete_on: date
    evaluation_due: date
    foreclosure_started: bool
    rules_version: str


@dataclass(frozen=True)
class TrialPeriodPlan(LetterHead):
    payments: list[TrialPayment]
    acceptance_deadline: date
    new_rate: Decimal
    new_term_months: int
    new_pi: Decimal
    monthly_escrow: Decimal
    interest_bearing_balance: Decimal
    deferred_principal: Decimal
    first_modified_payment_date: date
    maturity_date: date
    program_version: str
    rules_version: str


@dataclass(frozen=True)
class ModificationAgreement:
    """Form 3179 style: the figures of `domain-rules.md` §4.2 and rule 24."""

    agreement_date: date
    loan_number: str
    mers_min: str
    prepared_by: str
    return_to: str
    borrower_names: list[str]
    servicer: Servicer
    servicer_signer: str
    servicer_signer_title: str
    note_date: date
    recording: Recording
    property_address: str
    legal_description: str
    as_of: date
    new_principal_balance: Decimal
    interest_bearing_balance: Decimal
    deferred_principal: Decimal
    new_rate: Decimal
    interest_from: date
    monthly_pi: Decimal
    monthly_escrow: Decimal
    first_payment_date: date
    maturity_date: date
    notary_state: str
    notary_county: str
    program_version: str
    rules_version: str

    @property
    def total_payment(self) -> Decimal:
        return self.monthly_pi + self.monthly_escrow


@dataclass(frozen=True)
class Denial(LetterHead):
    reasons: list[DenialReason]
    other_criteria_not_evaluated: bool
    appeal_deadline: date | None
    rules_version: str


DOCUMENTS: dict[str, type] = {
    "acknowledgment_incomplete": AcknowledgmentIncomplete,
    "notice_complete": NoticeComplete,
    "trial_period_plan": TrialPeriodPlan,
    "modification_agreement": ModificationAgreement,
    "denial": Denial,
}


def as_context(value: Any) -> dict[str, Any]:
    """Top-level template variables of a context dataclass (or a mapping, taken as it is)."""
    if isinstance(value, Mapping):
        return dict(value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        names = [f.name for f in dataclasses.fields(value)]
        names += [n for n, v in vars(type(value)).items() if isinstance(v, property)]
        return {name: getattr(value, name) for name in names}
    raise TypeError(f"a template context must be a dataclass or a mapping, not {type(value).__name__}")


_SAMPLES: dict[type, Any] = {
    str: "Sample",
    int: 3,
    bool: True,
    Decimal: Decimal("1234.56"),
    date: date(2026, 11, 28),
}


def sample(kind: Any) -> Any:
    """A placeholder value of a type (dataclasses, lists and optionals included), to trial-render a template."""
    origin = typing.get_origin(kind)
    if origin is list:
        return [sample(typing.get_args(kind)[0])]
    if origin in (typing.Union, types.UnionType):
        return sample(next(a for a in typing.get_args(kind) if a is not type(None)))
    if dataclasses.is_dataclass(kind):
        hints = typing.get_type_hints(kind)
        return kind(**{f.name: sample(hints[f.name]) for f in dataclasses.fields(kind) if f.init})
    if kind in _SAMPLES:
        return _SAMPLES[kind]
    raise TypeError(f"no sample value for {kind!r}")


def sample_builders() -> dict[str, Callable[[], dict[str, Any]]]:
    """For `lossmit templates check`: each known template's context, filled with placeholders."""
    return {name: (lambda kind=kind: as_context(sample(kind))) for name, kind in DOCUMENTS.items()}
