"""The Flex Modification waterfall, eligibility, the trial plan and payment deferral, on hand-checked loans.

Evaluations are made on 2026-11-02 as in loan-data.md's example; with the data file's defaults the trial
payments fall on 2026-12-01, 2027-01-01 and 2027-02-01 and the modified payments start 2027-04-01.
"""

import json
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
import yaml

from lossmit_docs.judging.amortization import add_months, monthly_payment
from lossmit_docs.judging.evaluate import (
    EvaluationError,
    evaluate_deferral,
    evaluate_flex,
    evaluation_to_dict,
    evaluation_to_json,
    trial_plan,
)
from lossmit_docs.judging.flex_params import RULES_FILE, FlexParams, RateEntry, load_flex_params, modification_rate
from lossmit_docs.judging.loan import Loan, Payment
from lossmit_docs.judging.trial import TrialOutcome, apply_payments

D = Decimal
EVALUATED = date(2026, 11, 2)
FIRST_MODIFIED = date(2027, 4, 1)  # with the file's interim month


@pytest.fixture(scope="module")
def file_params() -> FlexParams:
    return load_flex_params()


@pytest.fixture(scope="module")
def params(file_params) -> FlexParams:
    """The data file, with §3.7's assumed modification rate of 6.875% in force on the evaluation date."""
    rates = (*file_params.modification_rates, RateEntry(effective=date(2026, 10, 1), rate=D("6.875")))
    return file_params.model_copy(update={"modification_rates": rates})


def worked_loan(**changes) -> Loan:
    """§3.7: $215,000 at 7% over 360 from June 2021; 60 installments paid, June-November 2026 missed."""
    loan = Loan(
        loan_number="0012345678",
        investor="fannie_mae",
        lien_position=1,
        borrower_name="Pat Doe",
        note_date=date(2021, 5, 1),
        original_principal=D("215000.00"),
        original_term_months=360,
        note_rate=D("7.000"),
        current_upb=D("202382.97"),
        monthly_pi=D("1430.40"),
        monthly_escrow=D("412.50"),
        next_due_date=date(2026, 6, 1),
        maturity_date=date(2051, 5, 1),
        accrued_interest=D("7083.42"),
        escrow_advance=D("3000.00"),
        corporate_advances=D("500.00"),
        late_charges=D("214.56"),
        property_value=D("240000.00"),
        valuation_date=date(2026, 10, 15),
        valuation_type="BPO",
    )
    return replace(loan, **changes)


def plain_loan(balance: str, rate: str, monthly_pi: str, remaining: int, **changes) -> Loan:
    """A loan with no arrears whose old maturity leaves `remaining` payments from the first modified one."""
    no_arrears = {"accrued_interest": D(0), "escrow_advance": D(0), "corporate_advances": D(0)}
    return worked_loan(
        current_upb=D(balance),
        note_rate=D(rate),
        monthly_pi=D(monthly_pi),
        maturity_date=add_months(FIRST_MODIFIED, remaining - 1),
        **(no_arrears | changes),
    )


def evaluate(loan: Loan, params: FlexParams, **kwargs):
    kwargs.setdefault("application_complete", False)
    return evaluate_flex(loan, EVALUATED, params, **kwargs)


def figures(evaluation) -> list[tuple]:
    return [(s.step, s.rate, s.term_months, s.deferred_principal, s.pi) for s in evaluation.steps]


# --- §3.7 ---------------------------------------------------------------------------------------------------


def test_worked_example_to_the_cent(params):
    # §3.7 counts 291 months left after 60 paid, 6 missed and 3 trial payments: no interim month.
    no_interim = params.model_copy(update={"trial": params.trial.model_copy(update={"interim_months": 0})})
    evaluation = evaluate(worked_loan(), no_interim)

    assert evaluation.eligible and evaluation.streamlined and evaluation.target_met
    assert evaluation.capitalized_balance == D("212966.39")
    assert evaluation.mtmltv == D("0.8874")
    assert figures(evaluation) == [
        ("capitalize", D("7.000"), 291, D(0), D("1522.52")),
        ("rate", D("6.875"), 291, D(0), D("1505.72")),
        ("term", D("6.875"), 480, D(0), D("1304.15")),
        ("forbearance", D("6.875"), 480, D("26100.64"), D("1144.31")),
    ]
    assert evaluation.steps[1].reduction == D("-0.052657")  # "+5.27%"
    assert evaluation.steps[2].reduction == D("0.088262")  # "8.83% reduction"
    terms = evaluation.terms
    assert terms.interest_bearing_balance == D("186865.75")
    assert terms.new_principal_balance == D("212966.39")
    # One cent less forbearance would miss the target: the least amount was found.
    assert monthly_payment(D("186865.76"), D("6.875"), 480) == D("1144.32")
    assert terms.balloon_payment == terms.final_payment + D("26100.64")

    data = evaluation_to_dict(evaluation)
    assert data["trial_payment"] == D("1556.81")
    assert data["trial_due_dates"] == ["2026-12-01", "2027-01-01", "2027-02-01"]
    assert data["first_modified_payment_date"] == "2027-03-01"
    assert data["maturity_date"] == "2067-02-01"


def test_the_evaluation_as_data_has_the_shape_of_loan_data_md(params):
    evaluation = evaluate(worked_loan(), params)
    text = evaluation_to_json(evaluation)
    data = json.loads(text, parse_float=Decimal)
    spec_keys = [
        "loan_number",
        "evaluated_on",
        "program",
        "option",
        "eligible",
        "denial_reasons",
        "pre_modification_pi",
        "capitalized_balance",
        "mtmltv",
        "steps",
        "target_met",
        "new_rate",
        "new_term_months",
        "interest_bearing_balance",
        "deferred_principal",
        "new_pi",
        "monthly_escrow",
        "trial_payment",
        "trial_due_dates",
        "first_modified_payment_date",
        "maturity_date",
    ]
    assert list(data) == spec_keys
    assert data["program"] == "fannie_mae_flex@2024-12" == params.version
    assert '"monthly_escrow": 412.50' in text and '"pre_modification_pi": 1430.40' in text
    assert data["steps"] == [
        {"step": "capitalize", "pi": D("1524.52")},
        {"step": "rate", "rate": D("6.875"), "pi": D("1507.74")},
        {"step": "term", "term_months": 480, "pi": D("1304.15")},
        {"step": "forbearance", "deferred_principal": D("26100.64"), "pi": D("1144.31")},
    ]
    assert data["trial_due_dates"] == ["2026-12-01", "2027-01-01", "2027-02-01"]
    assert (data["first_modified_payment_date"], data["maturity_date"]) == ("2027-04-01", "2067-03-01")
    assert data["trial_payment"] == D("1556.81") and data["new_pi"] == D("1144.31")
    assert data == evaluation_to_dict(evaluation)  # the JSON text loses nothing


# --- hand-checked waterfalls ---------------------------------------------------------------------------------


def test_capitalize_alone_reaches_the_target(params):
    loan = plain_loan("150000.00", "5.000", "2000.00", 291, accrued_interest=D("500.00"))
    evaluation = evaluate(loan, params)
    assert figures(evaluation) == [("capitalize", D("5.000"), 291, D(0), D("893.54"))]
    assert evaluation.target_met and evaluation.terms.rate == D("5.000")


def test_rate_reaches_the_target(params):
    loan = plain_loan(
        "100000.00", "11.000", "980.11", 291, corporate_advances=D("1000.00"), property_value=D("150000.00")
    )
    evaluation = evaluate(loan, params)
    assert figures(evaluation) == [
        ("capitalize", D("11.000"), 291, D(0), D("995.81")),
        ("rate", D("6.875"), 291, D(0), D("714.09")),  # 714.09 < 0.8 × 980.11 = 784.088
    ]
    assert evaluation.target_met


def test_term_is_extended_by_the_fewest_months_that_reach_the_target(params):
    # The note rate is below the modification rate, so the rate step keeps it.
    loan = plain_loan("100000.00", "6.500", "820.03", 200, property_value=D("150000.00"))
    evaluation = evaluate(loan, params)
    assert figures(evaluation) == [
        ("capitalize", D("6.500"), 200, D(0), D("820.03")),
        ("rate", D("6.500"), 200, D(0), D("820.03")),
        ("term", D("6.500"), 324, D(0), D("655.55")),
    ]
    target = D("820.03") * D("0.80")
    assert monthly_payment(D("100000.00"), D("6.5"), 323) >= target > D("655.55")
    assert evaluation.terms.term_months == 324 and evaluation.steps[1].note == ""
    assert evaluation_to_dict(evaluation)["maturity_date"] == "2054-03-01"  # 2027-04-01 + 323 months


def test_forbearance_capped_at_30_percent_still_offered_without_the_target(params):
    loan = plain_loan("300000.00", "7.000", "1400.00", 291, property_value=D("310000.00"))
    evaluation = evaluate(loan, params)
    forbearance = evaluation.steps[-1]
    assert (forbearance.step, forbearance.deferred_principal, forbearance.pi) == (
        "forbearance",
        D("90000.00"),
        D("1285.98"),
    )
    assert "cap" in forbearance.note
    assert evaluation.eligible and evaluation.target_met is False
    assert evaluation.trial is not None and evaluation.trial.amount == D("1285.98") + D("412.50")


def test_forbearance_capped_at_the_amount_that_brings_mtmltv_to_50_percent(params):
    evaluation = evaluate(worked_loan(property_value=D("400000.00")), params)
    forbearance = evaluation.steps[-1]
    assert forbearance.deferred_principal == D("12966.39")  # not 30% (63,889.92)
    assert forbearance.interest_bearing_balance == D("200000.00")  # 50% of the value
    assert forbearance.pi == D("1224.75")
    assert evaluation.eligible and evaluation.target_met is False


def test_no_offer_when_the_new_payment_is_not_below_the_old_one(params):
    loan = plain_loan("300000.00", "7.000", "1200.00", 291, property_value=D("310000.00"))
    evaluation = evaluate(loan, params)
    assert not evaluation.eligible and evaluation.trial is None
    assert evaluation.steps[-1].pi == D("1285.98")  # every step was applied and recorded
    (reason,) = evaluation.denial_reasons
    assert reason.code == "no_payment_reduction"
    assert (reason.investor, reason.guide_section) == ("Fannie Mae", "Servicing Guide D2-3.2-06")
    assert "$1,285.98" in reason.text and "$1,200.00" in reason.text
    data = evaluation_to_dict(evaluation)
    assert data["eligible"] is False and data["trial_due_dates"] == [] and data["trial_payment"] is None


def test_mtmltv_under_50_percent_keeps_the_rate_and_forbears_nothing(params):
    evaluation = evaluate(worked_loan(property_value=D("500000.00")), params)
    assert evaluation.mtmltv == D("0.4259")
    rate, term, forbearance = evaluation.steps[1:]
    assert rate.rate == D("7.000") and "note rate is kept" in rate.note
    assert (term.term_months, term.pi) == (480, D("1323.44"))
    assert forbearance.deferred_principal == 0 and "no principal forbearance" in forbearance.note
    assert evaluation.eligible and evaluation.target_met is False


def test_mtmltv_of_exactly_50_percent_reduces_the_rate_but_forbears_nothing(params):
    evaluation = evaluate(worked_loan(property_value=D("425932.78")), params)
    assert evaluation.steps[1].rate == D("6.875")
    assert evaluation.steps[-1].deferred_principal == 0
    assert evaluation.terms.pi == D("1304.15")


# --- bad input -----------------------------------------------------------------------------------------------


def test_stale_valuation_is_an_error_naming_the_loan_and_the_fix(params):
    assert evaluate(worked_loan(valuation_date=date(2026, 8, 4)), params).eligible  # 90 days old
    with pytest.raises(EvaluationError) as raised:
        evaluate(worked_loan(valuation_date=date(2026, 8, 3)), params)
    message = str(raised.value)
    assert "0012345678" in message and "91 days old" in message and "Fix:" in message
    with pytest.raises(EvaluationError, match="no property valuation"):
        evaluate(worked_loan(property_value=None), params)


@pytest.mark.parametrize("balance", ["0.00", "-10.00"])
def test_zero_or_negative_balance_is_an_error(params, balance):
    with pytest.raises(EvaluationError, match="unpaid principal balance") as raised:
        evaluate(worked_loan(current_upb=D(balance)), params)
    assert raised.value.loan_number == "0012345678"


def test_no_rate_in_force_is_an_error(file_params):
    assert modification_rate(file_params, date(2022, 12, 20)) == D("6.875")
    assert modification_rate(file_params, date(2023, 1, 17)) == D("6.375")
    assert modification_rate(file_params, date(2020, 3, 12)) is None
    later_only = (RateEntry(effective=date(2026, 12, 1), rate=D("6.5")),)
    later = file_params.model_copy(update={"modification_rates": later_only})
    with pytest.raises(EvaluationError, match="no modification rate in force on 2026-11-02"):
        evaluate(worked_loan(), later)
    withdrawn = file_params.model_copy(
        update={"modification_rates": (RateEntry(effective=date(2026, 1, 1), rate=D("6.5"), until=date(2026, 10, 31)),)}
    )
    with pytest.raises(EvaluationError, match=withdrawn.version):
        evaluate(worked_loan(), withdrawn)


def test_a_broken_parameter_file_names_itself(tmp_path: Path):
    data = yaml.safe_load(RULES_FILE.read_text())
    data["modification_rates"].append({"effective": date(2030, 1, 1), "rate": 6.3})
    broken = tmp_path / "flex.yaml"
    broken.write_text(yaml.safe_dump(data))
    with pytest.raises(ValueError, match=r"(?s)flex\.yaml.*not a multiple of 0\.125"):
        load_flex_params(broken)


# --- eligibility ---------------------------------------------------------------------------------------------


def test_every_failed_rule_is_a_reason_naming_investor_and_guide_section(params):
    loan = worked_loan(
        lien_position=2, prior_modifications=3, failed_trial_within_12_months=True, note_date=date(2026, 1, 15)
    )
    evaluation = evaluate(loan, params, blocking_conditions=["active_plan"])
    assert not evaluation.eligible and evaluation.steps == ()
    codes = [r.code for r in evaluation.denial_reasons]
    assert codes == ["not_first_lien", "too_recent", "too_many_modifications", "failed_trial", "blocking_condition"]
    for reason in evaluation.denial_reasons:
        assert reason.investor == "Fannie Mae" and reason.guide_section == "Servicing Guide D2-3.2-06"
        assert "Fannie Mae Servicing Guide D2-3.2-06" in reason.text
    assert "lien position 2" in evaluation.denial_reasons[0].text
    assert "forbearance or repayment plan" in evaluation.denial_reasons[-1].text
    assert evaluation_to_dict(evaluation)["denial_reasons"][0] == {
        "code": "not_first_lien",
        "text": evaluation.denial_reasons[0].text,
        "investor": "Fannie Mae",
        "guide_section": "Servicing Guide D2-3.2-06",
    }


def test_freddie_mac_reasons_name_freddie_mac(params):
    evaluation = evaluate(worked_loan(investor="freddie_mac", prior_modifications=4), params)
    (reason,) = evaluation.denial_reasons
    assert (reason.investor, reason.guide_section) == ("Freddie Mac", "Single-Family Seller/Servicer Guide 9206.5")


def test_other_investors_are_not_covered(params):
    (reason,) = evaluate(worked_loan(investor="fha"), params).denial_reasons
    assert reason.code == "investor_not_covered" and reason.investor == "FHA"
    assert "Fannie Mae or Freddie Mac" in reason.text


def test_below_90_days_a_complete_application_is_required(params):
    loan = worked_loan(next_due_date=date(2026, 8, 19))  # 75 days delinquent
    denied = evaluate(loan, params)
    assert [r.code for r in denied.denial_reasons] == ["application_required"]
    assert "75 days delinquent" in denied.denial_reasons[0].text
    assert "complete application" in denied.denial_reasons[0].text
    offered = evaluate(loan, params, application_complete=True)
    assert offered.eligible and not offered.streamlined
    assert evaluate(worked_loan(next_due_date=date(2026, 8, 4)), params).streamlined  # 90 days: no application


def test_below_60_days_only_imminent_default_qualifies(params):
    loan = worked_loan(next_due_date=date(2026, 9, 15))  # 48 days
    codes = [r.code for r in evaluate(loan, params, application_complete=True).denial_reasons]
    assert codes == ["not_delinquent_enough"]
    assert evaluate(loan, params, application_complete=True, imminent_default=True).eligible


def test_an_unknown_blocking_condition_is_a_programming_error(params):
    with pytest.raises(ValueError, match="unknown blocking"):
        evaluate(worked_loan(), params, blocking_conditions=["vacation"])


# --- trial period plan ---------------------------------------------------------------------------------------


@pytest.fixture
def offer(params):
    return evaluate(worked_loan(), params)


def paid(on: date, amount: str = "1556.81", reference: str | None = None) -> Payment:
    return Payment("0012345678", on, D(amount), reference)


def test_trial_plan_for_a_later_offer_date_moves_every_date(offer, params):
    plan = trial_plan(offer, date(2026, 11, 20), params)
    assert [p.due for p in plan.payments] == [date(2026, 12, 1), date(2027, 1, 1), date(2027, 2, 1)]
    later = trial_plan(offer, date(2026, 12, 3), params)
    assert [p.due for p in later.payments] == [date(2027, 1, 1), date(2027, 2, 1), date(2027, 3, 1)]
    assert later.modification_effective_date == date(2027, 4, 1)
    assert (later.first_modified_payment_date, later.maturity_date) == (date(2027, 5, 1), date(2067, 4, 1))
    assert {p.amount for p in later.payments} == {D("1556.81")}
    four = params.model_copy(update={"trial": params.trial.model_copy(update={"payments": 4})})
    assert len(trial_plan(offer, date(2026, 11, 2), four).payments) == 4


def test_no_trial_plan_without_an_offer(params):
    denied = evaluate(worked_loan(lien_position=2), params)
    with pytest.raises(ValueError, match="not offered"):
        trial_plan(denied, EVALUATED, params)


def test_trial_from_offer_to_permanent_modification(offer):
    payments = [paid(date(2026, 12, 3), reference="A1"), paid(date(2027, 1, 14), reference="A2")]
    midway = apply_payments(offer.trial, payments, as_of=date(2027, 1, 20))
    assert midway.outcome == TrialOutcome.IN_PROGRESS
    assert [i.status for i in midway.installments] == ["made", "made", "open"]
    payments.append(paid(date(2027, 2, 27), reference="A3"))
    done = apply_payments(offer.trial, payments, as_of=date(2027, 3, 1))
    assert done.outcome == TrialOutcome.PERMANENT
    # A re-run as of an earlier date does not see the later payment.
    assert apply_payments(offer.trial, payments, as_of=date(2027, 2, 10)).outcome == TrialOutcome.IN_PROGRESS


def test_a_payment_outside_its_due_month_does_not_count(offer):
    payments = [paid(date(2026, 12, 1)), paid(date(2027, 2, 2)), paid(date(2027, 2, 3))]  # January's came late
    status = apply_payments(offer.trial, payments, as_of=date(2027, 2, 5))
    assert status.outcome == TrialOutcome.FAILED
    assert [i.status for i in status.installments] == [
        "missed" if i.number == 2 else "made" for i in status.installments
    ]
    early = apply_payments(offer.trial, [paid(date(2026, 11, 25))], as_of=date(2026, 12, 10))
    assert early.installments[0].status == "open" and len(early.unapplied) == 1


def test_a_duplicate_reference_is_counted_once(offer):
    payments = [paid(date(2026, 12, 2), "800.00", "X9"), paid(date(2026, 12, 2), "800.00", "X9")]
    status = apply_payments(offer.trial, payments, as_of=date(2027, 1, 2))
    assert status.duplicate_references == ("X9",)
    assert status.installments[0].received == D("800.00")
    assert status.outcome == TrialOutcome.FAILED
    # Two different payments in the month do add up.
    split = [paid(date(2026, 12, 2), "800.00", "Y1"), paid(date(2026, 12, 20), "756.81", "Y2")]
    assert apply_payments(offer.trial, split, as_of=date(2027, 1, 2)).installments[0].status == "made"


def test_payments_of_other_loans_are_ignored(offer):
    other = Payment("0099999999", date(2026, 12, 2), D("1556.81"), "Z1")
    assert apply_payments(offer.trial, [other], as_of=date(2027, 1, 2)).outcome == TrialOutcome.FAILED


# --- payment deferral ----------------------------------------------------------------------------------------


def deferral(loan: Loan, params: FlexParams, **kwargs):
    kwargs.setdefault("hardship_resolved", True)
    kwargs.setdefault("can_resume_payment", True)
    return evaluate_deferral(loan, EVALUATED, params, **kwargs)


def test_payment_deferral_eligible_from_2_to_6_months(params):
    assert deferral(worked_loan(next_due_date=date(2026, 9, 1)), params).months_delinquent == 2
    assert deferral(worked_loan(next_due_date=date(2026, 9, 1)), params).eligible
    assert deferral(worked_loan(next_due_date=date(2026, 5, 2)), params).eligible  # 6 months
    assert not deferral(worked_loan(next_due_date=date(2026, 9, 3)), params).eligible  # 1 month
    (reason,) = deferral(worked_loan(next_due_date=date(2026, 4, 1)), params).denial_reasons
    assert reason.code == "not_delinquent_range"
    assert reason.guide_section == "Servicing Guide D2-3.2-04" and "7 months" in reason.text


def test_payment_deferral_denials(params):
    loan = worked_loan(next_due_date=date(2026, 8, 1))
    result = deferral(
        loan, params, hardship_resolved=False, can_reinstate_or_repay=True, last_deferral_effective_on=date(2026, 3, 1)
    )
    assert [r.code for r in result.denial_reasons] == [
        "recent_deferral",
        "hardship_not_resolved",
        "can_reinstate_or_repay",
    ]
    assert deferral(loan, params, last_deferral_effective_on=date(2025, 11, 2)).eligible  # 12 months ago
    (freddie,) = deferral(replace(loan, investor="freddie_mac"), params).denial_reasons
    assert freddie.code == "investor_not_covered" and "Payment Deferral" in freddie.text
