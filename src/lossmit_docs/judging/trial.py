"""The trial period plan: its payment dates, and where it stands as payments come in (§6 rule 22).

A payment counts only when received in its installment's due month, and a payment reference counts once,
so re-importing a payments file never makes a trial look paid.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum

from lossmit_docs.judging.amortization import add_months
from lossmit_docs.judging.flex_params import TrialParams
from lossmit_docs.judging.loan import Payment

ZERO = Decimal("0.00")


@dataclass(frozen=True)
class TrialPayment:
    number: int
    due: date
    amount: Decimal


@dataclass(frozen=True)
class TrialPlan:
    loan_number: str
    offer_date: date
    payments: tuple[TrialPayment, ...]
    modification_effective_date: date
    first_modified_payment_date: date
    maturity_date: date

    @property
    def amount(self) -> Decimal:
        return self.payments[0].amount


@dataclass(frozen=True)
class TrialDates:
    trial_due: tuple[date, ...]
    effective: date
    first_payment: date


def trial_dates(offer_date: date, trial: TrialParams) -> TrialDates:
    """Trial payments on the 1st of each month after the offer; the modification follows the last one."""
    first_due = add_months(offer_date.replace(day=1), 1)
    due = tuple(add_months(first_due, k) for k in range(trial.payments))
    first_payment = add_months(due[-1], 1 + trial.interim_months)
    return TrialDates(due, add_months(first_payment, -1), first_payment)


def plan_trial(loan_number: str, offer_date: date, modified_pi: Decimal, term_months: int, escrow: Decimal,
               trial: TrialParams) -> TrialPlan:
    """Modified P&I plus escrow each month; the modification's term runs from its first payment."""
    dates = trial_dates(offer_date, trial)
    amount = modified_pi + escrow
    return TrialPlan(
        loan_number=loan_number,
        offer_date=offer_date,
        payments=tuple(TrialPayment(k + 1, due, amount) for k, due in enumerate(dates.trial_due)),
        modification_effective_date=dates.effective,
        first_modified_payment_date=dates.first_payment,
        maturity_date=add_months(dates.first_payment, term_months - 1),
    )


class TrialOutcome(StrEnum):
    IN_PROGRESS = "in_progress"
    PERMANENT = "permanent_modification"  # every trial payment made: the agreement follows
    FAILED = "trial_failed"


@dataclass(frozen=True)
class TrialInstallment:
    number: int
    due: date
    amount: Decimal
    received: Decimal  # received within the due month
    status: str  # made | missed | open


@dataclass(frozen=True)
class TrialStatus:
    outcome: TrialOutcome
    installments: tuple[TrialInstallment, ...]
    duplicate_references: tuple[str, ...]  # skipped: already counted under the same reference
    unapplied: tuple[Payment, ...]  # received outside every due month, so they do not count


def apply_payments(trial: TrialPlan, payments: Iterable[Payment], *, as_of: date) -> TrialStatus:
    """Where the trial stands on `as_of`: a payment counts only in its due month, and only once."""
    seen: set[str] = set()
    duplicates: list[str] = []
    by_month: dict[tuple[int, int], list[Payment]] = defaultdict(list)
    for payment in payments:
        if payment.loan_number != trial.loan_number or payment.received_on > as_of:
            continue
        if payment.reference:
            if payment.reference in seen:
                duplicates.append(payment.reference)
                continue
            seen.add(payment.reference)
        by_month[(payment.received_on.year, payment.received_on.month)].append(payment)

    due_months = {(due.due.year, due.due.month) for due in trial.payments}
    installments = []
    for due in trial.payments:
        received = sum((p.amount for p in by_month.get((due.due.year, due.due.month), [])), ZERO)
        if received >= due.amount:
            status = "made"
        elif as_of >= add_months(due.due.replace(day=1), 1):
            status = "missed"
        else:
            status = "open"
        installments.append(TrialInstallment(due.number, due.due, due.amount, received, status))

    statuses = {item.status for item in installments}
    outcome = (TrialOutcome.FAILED if "missed" in statuses
               else TrialOutcome.PERMANENT if statuses == {"made"} else TrialOutcome.IN_PROGRESS)
    unapplied = tuple(p for month, group in sorted(by_month.items()) if month not in due_months for p in group)
    return TrialStatus(outcome, tuple(installments), tuple(duplicates), unapplied)
