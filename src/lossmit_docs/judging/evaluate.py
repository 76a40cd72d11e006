"""Fannie Mae / Freddie Mac Flex Modification, its trial period plan, and Payment Deferral eligibility.

`domain-rules.md` §3.1, §3.2 and §6 rules 20-23, with every figure that a manager may change read from
`rules/flex_modification.yaml`, whose version each result records. Pure functions on plain data: the
store, the CLI and the templates call these and keep what they return.

Bad loan data (no valuation or a stale one, a zero balance, no modification rate in force) raises
`EvaluationError`, naming the loan and the fix, because it is the servicer's to correct and must never
reach the borrower as a denial. A rule the loan fails is a `DenialReason`, naming the investor and the
Guide section, because Reg X wants the borrower told exactly which requirement was not met.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Collection
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from lossmit_docs.judging.amortization import (
    ROUNDINGS,
    add_months,
    amortization_schedule,
    monthly_payment,
    months_between,
    to_cents,
)
from lossmit_docs.judging.flex_params import FlexParams, WaterfallParams, modification_rate
from lossmit_docs.judging.loan import Loan
from lossmit_docs.judging.trial import TrialPlan, plan_trial, trial_dates

FLEX = "flex_modification"
DEFERRAL = "payment_deferral"
OPTION_NAMES = {FLEX: "Flex Modification", DEFERRAL: "Payment Deferral"}
ZERO = Decimal("0.00")
RATIO = Decimal("0.0001")
RATE = Decimal("0.001")
REDUCTION = Decimal("0.000001")


# ---------------------------------------------------------------------------------------------------------
# Results


class EvaluationError(Exception):
    """The loan data or the parameters do not allow an evaluation; staff must fix them first."""

    def __init__(self, loan_number: str, problem: str, fix: str) -> None:
        super().__init__(f"loan {loan_number}: {problem}. Fix: {fix}.")
        self.loan_number = loan_number
        self.problem = problem
        self.fix = fix


@dataclass(frozen=True)
class DenialReason:
    """One specific reason: Reg X comment 41(d)-1 wants the investor and its requirement named.

    The evaluation makes these and the denial notice prints them as they are.
    """

    code: str
    text: str
    investor: str
    guide_section: str
    option: str = OPTION_NAMES[FLEX]


@dataclass(frozen=True)
class Step:
    """One waterfall step and the loan's terms right after it."""

    step: str  # capitalize | rate | term | forbearance
    interest_bearing_balance: Decimal
    rate: Decimal
    term_months: int
    deferred_principal: Decimal
    pi: Decimal
    reduction: Decimal  # of the pre-modification P&I, as a fraction (negative: the payment went up)
    note: str = ""


@dataclass(frozen=True)
class ModifiedTerms:
    rate: Decimal
    term_months: int
    interest_bearing_balance: Decimal
    deferred_principal: Decimal  # non-interest-bearing, due at maturity, sale, refinance or payoff
    pi: Decimal
    final_payment: Decimal  # the last installment on the interest-bearing balance

    @property
    def new_principal_balance(self) -> Decimal:
        return self.interest_bearing_balance + self.deferred_principal

    @property
    def balloon_payment(self) -> Decimal:
        """Due on the maturity date: the last installment plus the deferred principal."""
        return self.final_payment + self.deferred_principal


@dataclass(frozen=True)
class Evaluation:
    loan_number: str
    evaluated_on: date
    program: str  # the parameters' version
    eligible: bool
    denial_reasons: tuple[DenialReason, ...]
    pre_modification_pi: Decimal
    capitalized_balance: Decimal
    monthly_escrow: Decimal
    days_delinquent: int
    streamlined: bool  # evaluated without an application (90+ days delinquent)
    mtmltv: Decimal | None = None  # to four places
    steps: tuple[Step, ...] = ()
    target_met: bool | None = None
    terms: ModifiedTerms | None = None
    trial: TrialPlan | None = None
    option: str = FLEX
    payment_deferral: DeferralEvaluation | None = None  # judged beside the modification when asked


NOT_KNOWN = "not known"


@dataclass(frozen=True)
class Circumstance:
    """A fact about the borrower the loan data cannot give, and where it came from (None: not known)."""

    name: str
    value: bool | None
    source: str = NOT_KNOWN


@dataclass(frozen=True)
class DeferralEvaluation:
    """Payment Deferral eligibility; `eligible` is None when the loan data allows it but a fact is not known.

    `not_known` holds each requirement that could not be judged, worded as a denial would be, so the
    specialist sees exactly what to confirm with the borrower before offering or denying.
    """

    loan_number: str
    evaluated_on: date
    program: str
    eligible: bool | None
    denial_reasons: tuple[DenialReason, ...]
    months_delinquent: int
    not_known: tuple[DenialReason, ...] = ()
    circumstances: tuple[Circumstance, ...] = ()
    option: str = DEFERRAL


# ---------------------------------------------------------------------------------------------------------
# Eligibility


def _money_text(amount: Decimal) -> str:
    return f"${amount:,.2f}"


def _not_covered(params: FlexParams, loan: Loan, option: str) -> DenialReason:
    covered = [rules.name for rules in params.investors.values() if option == FLEX or rules.payment_deferral]
    investor = params.investor_names.get(loan.investor, loan.investor)
    text = params.denials["investor_not_covered"].format(
        option=OPTION_NAMES[option], covered=" or ".join(covered), investor=investor
    )
    return DenialReason("investor_not_covered", text, investor, "", OPTION_NAMES[option])


def _reasons_for(params: FlexParams, loan: Loan, option: str) -> Callable[..., DenialReason]:
    """A maker of this investor's denial reasons for one option, its texts filled from the data file."""
    rules = params.investors[loan.investor]
    section = rules.flex_modification if option == FLEX else rules.payment_deferral
    guide_section = f"{rules.guide} {section}"

    def reason(code: str, **facts: Any) -> DenialReason:
        text = params.denials[code].format(
            investor=rules.name, guide=rules.guide, section=section, option=OPTION_NAMES[option], **facts
        )
        return DenialReason(code, text, rules.name, guide_section, OPTION_NAMES[option])

    return reason


def _seasoned(loan: Loan, on: date, months: int) -> bool:
    return add_months(loan.note_date, months) <= on


def flex_denials(
    loan: Loan,
    evaluated_on: date,
    params: FlexParams,
    *,
    application_complete: bool,
    imminent_default: bool = False,
    blocking_conditions: Collection[str] = (),
) -> list[DenialReason]:
    """Every §3.1 eligibility rule the loan fails on the evaluation date (all of them, not just the first)."""
    if loan.investor not in params.investors:
        return [_not_covered(params, loan, FLEX)]
    rules = params.eligibility
    unknown = set(blocking_conditions) - set(rules.blocking_conditions)
    if unknown:
        raise ValueError(f"unknown blocking conditions {sorted(unknown)}; known: {sorted(rules.blocking_conditions)}")
    reason = _reasons_for(params, loan, FLEX)
    days = loan.days_delinquent(evaluated_on)
    found = []
    if loan.lien_position != 1:
        found.append(reason("not_first_lien", lien_position=loan.lien_position))
    if days < rules.min_days_delinquent and not imminent_default:
        found.append(reason("not_delinquent_enough", min_days=rules.min_days_delinquent, days=days,
                            evaluated_on=evaluated_on.isoformat()))
    if days < rules.streamlined_min_days_delinquent and not application_complete:
        found.append(reason("application_required", streamlined_days=rules.streamlined_min_days_delinquent,
                            days=days, evaluated_on=evaluated_on.isoformat()))
    if not _seasoned(loan, evaluated_on, rules.min_months_since_origination):
        found.append(reason("too_recent", months=rules.min_months_since_origination,
                            note_date=loan.note_date.isoformat()))
    if loan.prior_modifications > rules.max_prior_modifications:
        found.append(reason("too_many_modifications", limit=rules.max_prior_modifications + 1,
                            count=loan.prior_modifications))
    if loan.failed_trial_within_12_months:
        found.append(reason("failed_trial"))
    found += [reason("blocking_condition", condition=rules.blocking_conditions[code])
              for code in sorted(blocking_conditions)]
    return found


def months_delinquent(loan: Loan, on: date) -> int:
    """Whole months since the oldest unpaid installment fell due (a 9/1 installment is 2 months late on 11/1)."""
    if on < loan.next_due_date:
        return 0
    return months_between(loan.next_due_date, on) - (1 if on.day < loan.next_due_date.day else 0)


def _circumstance(name: str, given: bool | Circumstance | None) -> Circumstance:
    if isinstance(given, Circumstance):
        return given
    return Circumstance(name, given, NOT_KNOWN if given is None else "given")


def evaluate_deferral(
    loan: Loan,
    evaluated_on: date,
    params: FlexParams,
    *,
    hardship_resolved: bool | Circumstance | None,
    can_resume_payment: bool | Circumstance | None,
    can_reinstate_or_repay: bool = False,
    last_deferral_effective_on: date | None = None,
) -> DeferralEvaluation:
    """§3.2 Payment Deferral eligibility; the borrower's circumstances come from the case, not the tape.

    A circumstance not known (None) is neither met nor failed: it is listed in `not_known`.
    """
    _check_figures(loan)
    months = months_delinquent(loan, evaluated_on)
    facts = (_circumstance("hardship_resolved", hardship_resolved),
             _circumstance("can_resume_payment", can_resume_payment))
    found: list[DenialReason] = []
    unknown: list[DenialReason] = []
    rules_for = params.investors.get(loan.investor)
    if rules_for is None or rules_for.payment_deferral is None:
        found.append(_not_covered(params, loan, DEFERRAL))
    else:
        rules = params.payment_deferral
        reason = _reasons_for(params, loan, DEFERRAL)
        if loan.lien_position != 1:
            found.append(reason("not_first_lien", lien_position=loan.lien_position))
        if not _seasoned(loan, evaluated_on, rules.min_months_since_origination):
            found.append(reason("too_recent", months=rules.min_months_since_origination,
                                note_date=loan.note_date.isoformat()))
        if not rules.min_months_delinquent <= months <= rules.max_months_delinquent:
            found.append(reason("not_delinquent_range", min_months=rules.min_months_delinquent,
                                max_months=rules.max_months_delinquent, months=months,
                                evaluated_on=evaluated_on.isoformat()))
        if last_deferral_effective_on and evaluated_on < add_months(
            last_deferral_effective_on, rules.prior_deferral_lookback_months
        ):
            found.append(reason("recent_deferral", months=rules.prior_deferral_lookback_months,
                                last_deferral=last_deferral_effective_on.isoformat()))
        for fact, code in zip(facts, ("hardship_not_resolved", "cannot_resume_payment"), strict=True):
            if fact.value is None:
                unknown.append(reason(code))
            elif not fact.value:
                found.append(reason(code))
        if can_reinstate_or_repay:
            found.append(reason("can_reinstate_or_repay"))
    eligible = False if found else (None if unknown else True)
    return DeferralEvaluation(loan.loan_number, evaluated_on, params.version, eligible, tuple(found), months,
                              tuple(unknown), facts)


# ---------------------------------------------------------------------------------------------------------
# Figures the evaluation cannot do without


def _check_figures(loan: Loan) -> None:
    if loan.current_upb <= 0:
        raise EvaluationError(loan.loan_number, f"the unpaid principal balance is {_money_text(loan.current_upb)}",
                              "correct current_upb in the loan data and import it again")
    if loan.monthly_pi <= 0:
        raise EvaluationError(loan.loan_number, f"the monthly P&I is {_money_text(loan.monthly_pi)}",
                              "correct monthly_pi in the loan data and import it again")


def _property_value(loan: Loan, on: date, params: FlexParams) -> Decimal:
    fix = (f"obtain a BPO, AVM or appraisal no more than {params.valuation_max_age_days} days old and import "
           "property_value and valuation_date")
    if loan.property_value is None or loan.property_value <= 0 or loan.valuation_date is None:
        raise EvaluationError(loan.loan_number, "the loan data has no property valuation", fix)
    age = (on - loan.valuation_date).days
    if age < 0:
        raise EvaluationError(loan.loan_number, f"the valuation is dated {loan.valuation_date}, after the "
                              f"evaluation date {on}", fix)
    if age > params.valuation_max_age_days:
        raise EvaluationError(loan.loan_number, f"the valuation of {loan.valuation_date} is {age} days old on "
                              f"{on} (at most {params.valuation_max_age_days})", fix)
    return loan.property_value


def _rate_in_force(loan: Loan, on: date, params: FlexParams) -> Decimal:
    rate = modification_rate(params, on)
    if rate is None:
        raise EvaluationError(loan.loan_number, f"the rate table of {params.version} has no modification "
                              f"rate in force on {on}",
                              "add the rate posted for that date to rules/flex_modification.yaml "
                              "(modification_rates) with a new version")
    return rate


# ---------------------------------------------------------------------------------------------------------
# The waterfall


def _least(low: int, high: int, reaches: Callable[[int], bool]) -> int | None:
    """The smallest x in [low, high] that reaches the target, `reaches` growing truer with x; None if none."""
    if not reaches(high):
        return None
    while low < high:
        middle = (low + high) // 2
        if reaches(middle):
            high = middle
        else:
            low = middle + 1
    return low


def _percent_text(ratio: Decimal) -> str:
    return f"{ratio * 100:.2f}%"


def run_waterfall(
    balance: Decimal,
    property_value: Decimal,
    note_rate: Decimal,
    modification_rate: Decimal,
    remaining_months: int,
    pre_modification_pi: Decimal,
    params: WaterfallParams,
) -> list[Step]:
    """Capitalize → rate → term → forbearance, one at a time, stopping once P&I falls more than the target."""
    target = pre_modification_pi * (1 - params.target_reduction)
    mtmltv = balance / property_value
    rounding = ROUNDINGS[params.payment_rounding]

    def pi(deferred: Decimal, rate: Decimal, months: int) -> Decimal:
        return monthly_payment(balance - deferred, rate, months, rounding=rounding)

    def step(name: str, rate: Decimal, months: int, deferred: Decimal = ZERO, note: str = "") -> Step:
        payment = pi(deferred, rate, months)
        reduction = ((pre_modification_pi - payment) / pre_modification_pi).quantize(REDUCTION)
        return Step(name, balance - deferred, rate, months, deferred, payment, reduction, note)

    steps = [step("capitalize", note_rate, remaining_months)]
    if steps[-1].pi < target:
        return steps

    if mtmltv >= params.rate_reduction_min_mtmltv:
        steps.append(step("rate", min(note_rate, modification_rate), remaining_months))
    else:
        steps.append(step("rate", note_rate, remaining_months, note=f"MTMLTV {_percent_text(mtmltv)} is below "
                          f"{_percent_text(params.rate_reduction_min_mtmltv)}: the note rate is kept"))
    rate = steps[-1].rate
    if steps[-1].pi < target:
        return steps

    longest = max(remaining_months, params.max_term_months)
    shortest = _least(remaining_months, longest, lambda n: pi(ZERO, rate, n) < target)
    months = longest if shortest is None else shortest
    steps.append(step("term", rate, months))
    if steps[-1].pi < target:
        return steps

    if mtmltv <= params.forbearance_above_mtmltv:
        steps.append(step("forbearance", rate, months, note=f"MTMLTV {_percent_text(mtmltv)} is "
                          f"{_percent_text(params.forbearance_above_mtmltv)} or less: no principal forbearance"))
        return steps
    cap = min(to_cents(balance * params.forbearance_cap_share),
              to_cents(balance - property_value * params.forbearance_floor_mtmltv))
    cents = _least(0, int(cap * 100), lambda c: pi(Decimal(c) / 100, rate, months) < target)
    if cents is None:
        steps.append(step("forbearance", rate, months, cap, note=f"the cap of {_money_text(cap)} is reached"))
    else:
        steps.append(step("forbearance", rate, months, (Decimal(cents) / 100).quantize(ZERO)))
    return steps


# ---------------------------------------------------------------------------------------------------------
# Evaluation


def evaluate_flex(
    loan: Loan,
    evaluated_on: date,
    params: FlexParams,
    *,
    application_complete: bool,
    imminent_default: bool = False,
    blocking_conditions: Collection[str] = (),
    offer_date: date | None = None,
) -> Evaluation:
    """The Flex Modification for one loan on one date: eligibility, the steps, and the trial plan offered.

    `offer_date` (default: the evaluation date) places the trial payments and so the modification's first
    payment, from which the remaining term is counted.
    """
    _check_figures(loan)
    days = loan.days_delinquent(evaluated_on)
    streamlined = days >= params.eligibility.streamlined_min_days_delinquent and not application_complete
    balance = loan.capitalized_balance
    base: dict[str, Any] = dict(
        loan_number=loan.loan_number, evaluated_on=evaluated_on, program=params.version,
        pre_modification_pi=loan.monthly_pi, capitalized_balance=balance, monthly_escrow=loan.monthly_escrow,
        days_delinquent=days, streamlined=streamlined,
    )
    denials = flex_denials(loan, evaluated_on, params, application_complete=application_complete,
                           imminent_default=imminent_default, blocking_conditions=blocking_conditions)
    if denials:
        known_value = loan.property_value is not None and loan.property_value > 0
        mtmltv = (balance / loan.property_value).quantize(RATIO) if known_value else None
        return Evaluation(**base, eligible=False, denial_reasons=tuple(denials), mtmltv=mtmltv)

    value = _property_value(loan, evaluated_on, params)
    rate = _rate_in_force(loan, evaluated_on, params)
    offer = offer_date or evaluated_on
    remaining = months_between(trial_dates(offer, params.trial).first_payment, loan.maturity_date) + 1
    if remaining < 1:
        raise EvaluationError(loan.loan_number, f"the loan matures on {loan.maturity_date}, before the "
                              "modification's first payment", "correct maturity_date in the loan data")
    steps = run_waterfall(balance, value, loan.note_rate, rate, remaining, loan.monthly_pi, params.waterfall)
    last = steps[-1]
    schedule = amortization_schedule(last.interest_bearing_balance, last.rate, last.term_months, payment=last.pi)
    terms = ModifiedTerms(last.rate, last.term_months, last.interest_bearing_balance, last.deferred_principal,
                          last.pi, schedule[-1].payment)
    target_met = last.pi < loan.monthly_pi * (1 - params.waterfall.target_reduction)
    common = dict(base, mtmltv=(balance / value).quantize(RATIO), steps=tuple(steps), target_met=target_met,
                  terms=terms)
    if last.pi >= loan.monthly_pi:
        reason = _reasons_for(params, loan, FLEX)("no_payment_reduction", new_pi=_money_text(last.pi),
                                                  pre_pi=_money_text(loan.monthly_pi))
        return Evaluation(**common, eligible=False, denial_reasons=(reason,))
    trial = plan_trial(loan.loan_number, offer, terms.pi, terms.term_months, loan.monthly_escrow, params.trial)
    return Evaluation(**common, eligible=True, denial_reasons=(), trial=trial)


def trial_plan(evaluation: Evaluation, offer_date: date, params: FlexParams) -> TrialPlan:
    """The trial period plan for an offer made on `offer_date` (modified P&I plus escrow, at the final rate)."""
    if not evaluation.eligible or evaluation.terms is None:
        raise ValueError(f"loan {evaluation.loan_number} was not offered a Flex Modification")
    terms = evaluation.terms
    return plan_trial(evaluation.loan_number, offer_date, terms.pi, terms.term_months, evaluation.monthly_escrow,
                      params.trial)


# ---------------------------------------------------------------------------------------------------------

# ---------------------------------------------------------------------------------------------------------
# As data (`loan-data.md`, "The evaluation, as data")

_STEP_FIGURE = {"rate": "rate", "term": "term_months", "forbearance": "deferred_principal"}


def _json_value(value: Any) -> Any:
    if isinstance(value, Decimal):
        return to_cents(value)
    return value.isoformat() if isinstance(value, date) else value


def _step_dict(step: Step) -> dict[str, Any]:
    out: dict[str, Any] = {"step": step.step}
    figure = _STEP_FIGURE.get(step.step)
    if figure == "rate":
        out["rate"] = step.rate.quantize(RATE)
    elif figure:
        out[figure] = _json_value(getattr(step, figure))
    out["pi"] = to_cents(step.pi)
    return out


def _reasons_list(reasons: tuple[DenialReason, ...]) -> list[dict[str, str]]:
    return [{"code": r.code, "text": r.text, "investor": r.investor, "guide_section": r.guide_section}
            for r in reasons]


def deferral_to_dict(deferral: DeferralEvaluation) -> dict[str, Any]:
    """Payment Deferral as data: `eligible` null and `not_known` listing what to confirm when facts are missing."""
    return {
        "option": deferral.option,
        "program": deferral.program,
        "eligible": deferral.eligible,
        "months_delinquent": deferral.months_delinquent,
        "denial_reasons": _reasons_list(deferral.denial_reasons),
        "not_known": _reasons_list(deferral.not_known),
        "circumstances": {fact.name: {"value": NOT_KNOWN if fact.value is None else fact.value,
                                      "source": fact.source} for fact in deferral.circumstances},
    }


def evaluation_to_dict(evaluation: Evaluation) -> dict[str, Any]:
    """The evaluation in the shape other systems read; money as 2-place `Decimal`, dates as ISO text.

    `evaluation_to_json` writes it with the Decimals as plain JSON numbers (1556.81, 412.50). The Payment
    Deferral, when judged, is one extra key after those `loan-data.md` gives.
    """
    terms, trial = evaluation.terms, evaluation.trial
    deferral = evaluation.payment_deferral
    return {
        "loan_number": evaluation.loan_number,
        "evaluated_on": evaluation.evaluated_on.isoformat(),
        "program": evaluation.program,
        "option": evaluation.option,
        "eligible": evaluation.eligible,
        "denial_reasons": _reasons_list(evaluation.denial_reasons),
        "pre_modification_pi": to_cents(evaluation.pre_modification_pi),
        "capitalized_balance": to_cents(evaluation.capitalized_balance),
        "mtmltv": evaluation.mtmltv,
        "steps": [_step_dict(step) for step in evaluation.steps],
        "target_met": evaluation.target_met,
        "new_rate": terms.rate.quantize(RATE) if terms else None,
        "new_term_months": terms.term_months if terms else None,
        "interest_bearing_balance": _json_value(terms.interest_bearing_balance) if terms else None,
        "deferred_principal": _json_value(terms.deferred_principal) if terms else None,
        "new_pi": _json_value(terms.pi) if terms else None,
        "monthly_escrow": to_cents(evaluation.monthly_escrow),
        "trial_payment": _json_value(trial.amount) if trial else None,
        "trial_due_dates": [_json_value(p.due) for p in trial.payments] if trial else [],
        "first_modified_payment_date": _json_value(trial.first_modified_payment_date) if trial else None,
        "maturity_date": _json_value(trial.maturity_date) if trial else None,
        **({"payment_deferral": deferral_to_dict(deferral)} if deferral else {}),
    }


def to_json(value: Any) -> str:
    """JSON text with each `Decimal` written exactly as it stands, so 412.50 keeps its two places."""
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, dict):
        return "{" + ", ".join(f"{json.dumps(str(k))}: {to_json(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list | tuple):
        return "[" + ", ".join(to_json(v) for v in value) + "]"
    return json.dumps(value)


def evaluation_to_json(evaluation: Evaluation) -> str:
    return to_json(evaluation_to_dict(evaluation))
