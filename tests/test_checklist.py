"""The completeness checklist (checklist.md) on hand-built documents, and on the samples' expected answers."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import yaml

import pdf_factory as pf
from lossmit_docs.judging.checklist import judge, load_profile, pay_stub_conflicts
from lossmit_docs.model import Document, Field, Judgement, PageRef, TextMethod

EVALUATED = date(2025, 4, 30)
SAMPLES = pf.SHARED / "samples"
PROFILE = load_profile()


def _field(value: Any, confidence: float = 0.99) -> Field:
    return Field(value, confidence, PageRef("0012345678/packet.pdf", 1, "ab" * 32), TextMethod.TEXT_LAYER)


def _doc(doc_id: str, kind: str, dated: date | None = None, type_confidence: float = 0.97, **values: Any) -> Document:
    fields = {name: value if isinstance(value, Field) else _field(value) for name, value in values.items()}
    return Document(
        id=doc_id,
        type=kind,
        type_confidence=type_confidence,
        pages=[PageRef("0012345678/packet.pdf", 1)],
        received_on=EVALUATED,
        fields=fields,
        document_date=dated,
    )


def _application(**changes: Any) -> Document:
    answers: dict[str, Any] = {
        "loan_number": "0012345678",
        "borrower_name": "Dana Q. Borrower",
        "co_borrower_name": None,
        "ssn_last4": "1234",
        "property_address": "12 Elm St, Springfield, IL 62701",
        "occupancy": "primary_residence",
        "hardship_types": ["reduction_in_income"],
        "hardship_start_date": date(2024, 12, 11),
        "hardship_duration": "long_term",
        "income.wages": Decimal("4000.00"),
        "income.total": Decimal("4000.00"),
        "signed": True,
        "signed_on": date(2025, 4, 15),
        "co_borrower_signed": None,
    }
    answers.update(changes)
    return _doc("APP", "mortgage_assistance_application", **answers)


def _stub(
    doc_id: str = "STUB", paid: date = date(2025, 4, 20), ytd: Any = Decimal("16000.00"), **more: Any
) -> Document:
    values: dict[str, Any] = {
        "employer": "Acme Widgets",
        "employee_name": "Dana Q. Borrower",
        "pay_date": paid,
        "period_start": date(2025, 4, 1),
        "period_end": date(2025, 4, 15),
        "frequency": "semimonthly",
        "gross_current": Decimal("2000.00"),
        "gross_ytd": ytd,
        "net_current": Decimal("1500.00"),
        "monthly_gross": Decimal("4000.00"),
    }
    values.update(more)
    return _doc(doc_id, "pay_stub", dated=paid, **values)


def _statement(doc_id: str, start: date, end: date, account: str | None = "3256", **more: Any) -> Document:
    values = {"bank_name": "First Bank", "account_last4": account, "period_start": start, "period_end": end}
    values.update(more)
    return _doc(doc_id, "bank_statement", dated=end, **values)


def _letter(doc_id: str, kind: str, dated: date = date(2025, 4, 15), **more: Any) -> Document:
    return _doc(doc_id, kind, dated=dated, letter_date=dated, **more)


FEB = ("BS-FEB", date(2025, 2, 1), date(2025, 2, 28))
MAR = ("BS-MAR", date(2025, 3, 1), date(2025, 3, 31))
APR = ("BS-APR", date(2025, 4, 1), date(2025, 4, 30))


def _codes(result: Judgement) -> set[str]:
    return {item.code for item in result.missing}


def _missing(result: Judgement, code: str):
    return next(item for item in result.missing if item.code == code)


def _complete_case(*extra: Document, **application: Any) -> list[Document]:
    return [_application(**application), _stub(), *extra]


# --- the application ------------------------------------------------------------------------------------


def test_a_complete_wage_earner_case_is_complete_with_nothing_to_review() -> None:
    result = judge(_complete_case(), EVALUATED, PROFILE)
    assert (result.status, result.missing, result.needs_review) == ("complete", [], [])
    assert result.income_types == ["wages"]
    assert result.program == "fannie_mae_710_2023@5"
    assert result.evaluated_on == EVALUATED


def test_no_application_is_the_application_item() -> None:
    result = judge([_stub()], EVALUATED, PROFILE)
    assert result.status == "incomplete"
    assert [(item.code, item.reason) for item in result.missing] == [("application", "absent")]
    assert "Mortgage Assistance Application" in result.missing[0].description


@pytest.mark.parametrize(
    ("name", "blank"),
    [
        ("loan_number", None),
        ("borrower_name", "   "),
        ("property_address", None),
        ("occupancy", ""),
        ("hardship_types", []),
        ("hardship_start_date", None),
    ],
)
def test_each_required_answer_left_blank(name: str, blank: Any) -> None:
    result = judge(_complete_case(**{name: blank}), EVALUATED, PROFILE)
    assert result.status == "incomplete"
    assert _codes(result) == {f"application_field:{name}"}
    item = _missing(result, f"application_field:{name}")
    assert item.reason == "incomplete"
    assert PROFILE.application.required_fields[name] in item.description


def test_no_income_line_with_an_amount() -> None:
    app = _application(**{"income.wages": None, "income.total": Decimal("0")})
    result = judge([app, _stub()], EVALUATED, PROFILE)
    assert _codes(result) == {"application_field:income"}
    assert result.income_types == []


def test_a_total_with_no_line_read_goes_to_review_not_back_to_the_borrower() -> None:
    """A pen's income line OCR missed under a total it read: no line is blank to the borrower, and the case waits
    for a person to read the lines."""
    app = _application(**{"income.wages": None, "income.total": Decimal("1838.00")})
    result = judge([app, _stub()], EVALUATED, PROFILE)
    assert result.status == "incomplete" and _codes(result) == set()
    assert any("income lines" in item.what and "1838.00" in item.reason for item in result.needs_review)


def test_an_answer_nobody_could_read_goes_to_review_not_back_to_the_borrower() -> None:
    app = _application()
    app.fields["hardship_start_date"] = _field(None, confidence=0.1)  # handwriting tesseract could not read
    result = judge([app, _stub()], EVALUATED, PROFILE)
    assert result.status == "incomplete" and _codes(result) == set()
    assert any("hardship_start_date" in item.what for item in result.needs_review)


def test_a_required_answer_missing_from_the_fields_counts_as_blank() -> None:
    app = _application()
    del app.fields["property_address"]
    assert _codes(judge([app, _stub()], EVALUATED, PROFILE)) == {"application_field:property_address"}


@pytest.mark.parametrize(
    ("changes", "complete"),
    [
        ({"signed": False, "signed_on": None}, False),
        ({"signed": None}, False),
        ({"co_borrower_name": "Sam Borrower", "co_borrower_signed": False}, False),
        ({"co_borrower_name": "Sam Borrower", "co_borrower_signed": None}, False),
        ({"co_borrower_name": "Sam Borrower", "co_borrower_signed": True}, True),
        ({"co_borrower_name": None, "co_borrower_signed": None}, True),
    ],
)
def test_signatures_of_borrower_and_co_borrower(changes: dict[str, Any], complete: bool) -> None:
    result = judge(_complete_case(**changes), EVALUATED, PROFILE)
    assert result.status == ("complete" if complete else "incomplete")
    if not complete:
        assert [(item.code, item.reason, item.documents) for item in result.missing] == [
            ("application_signature", "unsigned", ["APP"])
        ]


def test_an_unsigned_co_borrower_read_unsurely_goes_to_review_not_back_to_the_borrower() -> None:
    """OCR's scrap ("pees") in an empty co-borrower box: no one may have to sign, so nothing is asked for."""
    case = _complete_case(co_borrower_signed=False)
    case[0].fields["co_borrower_name"] = _field("pees", confidence=0.01)
    result = judge(case, EVALUATED, PROFILE)
    assert result.status == "incomplete" and _codes(result) == set()
    assert any("co_borrower_name" in item.what for item in result.needs_review)


def test_the_latest_application_is_the_one_judged() -> None:
    old = _application(signed=False)
    old.id, old.received_on = "APP-OLD", date(2025, 4, 1)
    result = judge([old, *_complete_case()], EVALUATED, PROFILE)
    assert result.status == "complete"
    assert any("more than one application" in item.reason for item in result.needs_review)


# --- wages ----------------------------------------------------------------------------------------------


def test_stale_pay_stub() -> None:
    result = judge([_application(), _stub(paid=date(2025, 1, 20))], EVALUATED, PROFILE)
    item = _missing(result, "income_doc:wages")
    assert (result.status, item.reason, item.documents) == ("incomplete", "stale", ["STUB"])
    assert "January 20, 2025" in item.description and "90 days" in item.description


def test_a_pay_stub_dated_exactly_90_days_before_is_still_fresh() -> None:
    assert judge([_application(), _stub(paid=date(2025, 1, 30))], EVALUATED, PROFILE).status == "complete"
    assert judge([_application(), _stub(paid=date(2025, 1, 29))], EVALUATED, PROFILE).status == "incomplete"


def test_pay_stub_without_year_to_date() -> None:
    result = judge([_application(), _stub(ytd=None)], EVALUATED, PROFILE)
    item = _missing(result, "income_doc:wages")
    assert (item.reason, item.documents) == ("incomplete", ["STUB"])
    assert "year-to-date" in item.description


def test_pay_stub_without_ytd_plus_another_document_giving_ytd() -> None:
    employer_letter = _doc("VOE", "other", dated=date(2025, 4, 22), gross_ytd=Decimal("16000.00"))
    assert judge([_application(), _stub(ytd=None), employer_letter], EVALUATED, PROFILE).status == "complete"


def test_no_wage_document_at_all() -> None:
    result = judge([_application()], EVALUATED, PROFILE)
    assert [(item.code, item.reason, item.documents) for item in result.missing] == [("income_doc:wages", "absent", [])]


# --- bank statements ------------------------------------------------------------------------------------


def test_two_consecutive_statements_of_one_account_satisfy_wages() -> None:
    result = judge([_application(), _statement(*MAR), _statement(*APR)], EVALUATED, PROFILE)
    assert (result.status, result.needs_review) == ("complete", [])


def test_two_statements_reading_the_same_last_four_unsurely_confirm_each_other() -> None:
    """Two scanned statements each read "0333" at 0.78: two readings off different pages agree, so the
    account decides nothing left in doubt (the low readings are still listed, deciding nothing)."""
    unsure = _field("0333", 0.78)
    result = judge([_application(), _statement(*MAR, account=unsure), _statement(*APR, account=unsure)],
                   EVALUATED, PROFILE)
    assert result.status == "complete"
    assert [item.what for item in result.needs_review] == ["bank statement BS-MAR: account_last4",
                                                           "bank statement BS-APR: account_last4"]
    alone = judge([_application(), _statement(*MAR, account=unsure), _statement(*APR, account=None)],
                  EVALUATED, PROFILE)
    assert alone.status == "incomplete"  # one unsure reading and one unread: nothing confirms it


def test_one_bank_statement_is_not_enough() -> None:
    result = judge([_application(), _statement(*APR)], EVALUATED, PROFILE)
    item = _missing(result, "income_doc:wages")
    assert (item.reason, item.documents) == ("incomplete", ["BS-APR"])
    assert "only one bank statement" in item.description


def test_statements_of_different_accounts() -> None:
    docs = [_application(), _statement(*MAR, account="1111"), _statement(*APR, account="2222")]
    assert _codes(judge(docs, EVALUATED, PROFILE)) == {"income_doc:wages"}


def test_statements_not_back_to_back() -> None:
    result = judge([_application(), _statement(*FEB), _statement(*APR)], EVALUATED, PROFILE)
    assert _missing(result, "income_doc:wages").reason == "incomplete"


def test_the_two_most_recent_must_be_consecutive_even_when_older_ones_are() -> None:
    may = ("BS-MAY", date(2025, 5, 1), date(2025, 5, 31))
    docs = [_application(), _statement(*FEB), _statement(*MAR), _statement(*may)]
    assert _codes(judge(docs, date(2025, 6, 5), PROFILE)) == {"income_doc:wages"}


def test_the_newer_statement_must_be_fresh() -> None:
    result = judge([_application(), _statement(*FEB), _statement(*MAR)], date(2025, 7, 1), PROFILE)
    item = _missing(result, "income_doc:wages")
    assert (item.reason, set(item.documents)) == ("stale", {"BS-FEB", "BS-MAR"})


def test_a_statement_sent_twice_counts_once() -> None:
    copy = _statement(*APR)
    copy.id = "BS-APR-COPY"
    assert _codes(judge([_application(), _statement(*APR), copy], EVALUATED, PROFILE)) == {"income_doc:wages"}


def test_statement_periods_other_than_calendar_months() -> None:
    older = _statement("S1", date(2025, 3, 5), date(2025, 4, 4))
    newer = _statement("S2", date(2025, 4, 5), date(2025, 5, 4))
    assert judge([_application(), older, newer], date(2025, 5, 10), PROFILE).status == "complete"


def test_statements_with_unread_start_dates_follow_by_month() -> None:
    docs = [_application(), _statement(*MAR, period_start=None), _statement(*APR, period_start=None)]
    assert judge(docs, EVALUATED, PROFILE).status == "complete"


# --- other income types ---------------------------------------------------------------------------------


def _self_employed(*docs: Document) -> list[Document]:
    app = _application(**{"income.wages": None, "income.self_employment": Decimal("4700.00")})
    return [app, *docs]


def _form_4506c(signed: bool = True) -> Document:
    return _doc("4506C", "irs_form_4506c", signed=signed, signed_on=date(2025, 4, 15))


def _pnl(signed: bool = True, end: date = date(2025, 3, 31)) -> Document:
    return _doc(
        "PNL",
        "profit_and_loss_statement",
        dated=end,
        period_start=date(2025, 1, 1),
        period_end=end,
        net_income=Decimal("14100.00"),
        signed=signed,
    )


def test_self_employment_with_signed_profit_and_loss_and_4506c() -> None:
    result = judge(_self_employed(_pnl(), _form_4506c()), EVALUATED, PROFILE)
    assert (result.status, result.income_types) == ("complete", ["self_employment"])


def test_self_employment_needs_the_4506c() -> None:
    assert _codes(judge(_self_employed(_pnl()), EVALUATED, PROFILE)) == {"irs_form_4506c"}
    result = judge(_self_employed(_pnl(), _form_4506c(signed=False)), EVALUATED, PROFILE)
    assert [(item.code, item.reason) for item in result.missing] == [("irs_form_4506c", "unsigned")]


def test_unsigned_profit_and_loss() -> None:
    result = judge(_self_employed(_pnl(signed=False), _form_4506c()), EVALUATED, PROFILE)
    item = _missing(result, "income_doc:self_employment")
    assert (item.reason, item.documents) == ("unsigned", ["PNL"])


@pytest.mark.parametrize(("year", "complete"), [(2024, True), (2023, False)])
def test_most_recent_signed_tax_return(year: int, complete: bool) -> None:
    tax = _doc("TAX", "tax_return", tax_year=year, form="1040", signed=True)
    result = judge(_self_employed(tax, _form_4506c()), EVALUATED, PROFILE)
    assert result.status == ("complete" if complete else "incomplete")
    if not complete:
        assert _missing(result, "income_doc:self_employment").reason == "stale"


def test_last_years_return_is_not_due_before_the_filing_day() -> None:
    tax = _doc("TAX", "tax_return", tax_year=2023, form="1040", signed=True)
    assert judge(_self_employed(tax, _form_4506c()), date(2025, 3, 1), PROFILE).status == "complete"


@pytest.mark.parametrize("code", ["benefits_taxable", "benefits_nontaxable"])
def test_benefits_by_award_letter(code: str) -> None:
    app = _application(**{"income.wages": None, f"income.{code}": Decimal("1494.00")})
    letter = _letter("AWARD", "benefit_award_letter", monthly_amount=Decimal("1494.00"), benefit_type=code)
    assert judge([app, letter], EVALUATED, PROFILE).status == "complete"
    stale = _letter("AWARD", "benefit_award_letter", dated=date(2024, 12, 1), benefit_type=code)
    assert _missing(judge([app, stale], EVALUATED, PROFILE), f"income_doc:{code}").reason == "stale"


def test_an_award_letter_for_other_income_does_not_document_benefits() -> None:
    app = _application(**{"income.wages": None, "income.benefits_taxable": Decimal("900.00")})
    letter = _letter("AWARD", "benefit_award_letter", benefit_type="other")
    assert _codes(judge([app, letter], EVALUATED, PROFILE)) == {"income_doc:benefits_taxable"}


def test_both_kinds_of_benefits_are_each_shown_by_a_letter_of_their_own() -> None:
    """A household that claims taxable benefits (Social Security, a pension) and non-taxable ones (VA
    disability) shows each: fresh Social Security and pension letters do not stand in for a stale VA award."""
    app = _application(**{"income.wages": None, "income.benefits_taxable": Decimal("3836.78"),
                          "income.benefits_nontaxable": Decimal("1431.22")})
    social_security = _letter("SSA", "benefit_award_letter", benefit_type="benefits_taxable")
    pension = _letter("PENSION", "benefit_award_letter", benefit_type="benefits_taxable")
    stale_va = _letter("VA", "benefit_award_letter", dated=date(2024, 6, 12), benefit_type="benefits_nontaxable")
    result = judge([app, social_security, pension, stale_va], EVALUATED, PROFILE)
    assert _codes(result) == {"income_doc:benefits_nontaxable"}
    assert _missing(result, "income_doc:benefits_nontaxable").reason == "stale"
    fresh_va = _letter("VA", "benefit_award_letter", benefit_type="benefits_nontaxable")
    assert judge([app, social_security, fresh_va], EVALUATED, PROFILE).status == "complete"
    unread = _letter("VA", "benefit_award_letter", benefit_type=None)  # whose benefit, no one read: not shown
    assert _codes(judge([app, social_security, unread], EVALUATED, PROFILE)) == {"income_doc:benefits_nontaxable"}


def test_one_kind_of_benefits_is_shown_by_either_kind_of_letter() -> None:
    """Guard: whether Social Security is taxable depends on the household, so with one kind claimed an award
    letter read as the other kind still shows it (passes before and after the both-kinds rule)."""
    app = _application(**{"income.wages": None, "income.benefits_nontaxable": Decimal("1494.00")})
    letter = _letter("SSA", "benefit_award_letter", benefit_type="benefits_taxable")
    assert judge([app, letter], EVALUATED, PROFILE).status == "complete"


def test_rental_income_by_two_rent_checks_and_4506c() -> None:
    app = _application(**{"income.rental": Decimal("2100.00")})
    checks = [_doc(f"RC{n}", "rent_check", dated=date(2025, n, 3)) for n in (3, 4)]
    assert judge([app, _stub(), *checks, _form_4506c()], EVALUATED, PROFILE).status == "complete"
    result = judge([app, _stub(), checks[1], _form_4506c()], EVALUATED, PROFILE)
    assert _missing(result, "income_doc:rental").documents == ["RC4"]


def test_investment_income_by_two_investment_statements() -> None:
    app = _application(**{"income.investment": Decimal("1070.00")})
    statements = [_doc(f"INV{n}", "investment_statement", dated=date(2025, n, 28)) for n in (2, 3)]
    assert judge([app, _stub(), *statements], EVALUATED, PROFILE).status == "complete"
    assert _codes(judge([app, _stub(), statements[0]], EVALUATED, PROFILE)) == {"income_doc:investment"}


def test_other_income_by_a_divorce_decree_of_any_age_that_orders_support() -> None:
    app = _application(**{"income.other": Decimal("800.00")})
    decree = _doc("DEC", "divorce_decree", dated=date(2019, 6, 1))
    decree.text = "FINAL DECREE OF DIVORCE ... the Respondent shall pay child\nsupport of $800.00 per month"
    assert judge([app, _stub(), decree], EVALUATED, PROFILE).status == "complete"
    assert _codes(judge([app, _stub()], EVALUATED, PROFILE)) == {"income_doc:other"}


def test_a_divorce_decree_that_orders_no_support_shows_no_other_income() -> None:
    """It proves the divorce, not the amount and frequency of the child support the application claims."""
    app = _application(**{"income.other": Decimal("695.00")})
    decree = _doc("DEC", "divorce_decree", dated=date(2030, 2, 23))
    decree.text = "FINAL JUDGMENT AND DECREE OF DIVORCE\nThe marital residence shall be awarded to the Plaintiff."
    assert _codes(judge([app, _stub(), decree], EVALUATED, PROFILE)) == {"income_doc:other"}
    decree.text = "DECREE OF DIVORCE\nNo child support is ordered. Each party waives alimony."
    assert _codes(judge([app, _stub(), decree], EVALUATED, PROFILE)) == {"income_doc:other"}


def test_unemployment_income_needs_no_document() -> None:
    app = _application(**{"income.unemployment": Decimal("1920.00")})
    result = judge([app, _stub()], EVALUATED, PROFILE)
    assert (result.status, result.income_types) == ("complete", ["wages", "unemployment"])


def test_bank_statements_cover_several_income_types_at_once() -> None:
    app = _application(**{"income.rental": Decimal("2100.00"), "income.other": Decimal("300.00")})
    docs = [app, _statement(*MAR), _statement(*APR), _form_4506c()]
    assert judge(docs, EVALUATED, PROFILE).status == "complete"


# --- hardship ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("hardship", "document_type"),
    [
        ("disability_or_illness", "medical_statement"),
        ("disability_or_illness", "hardship_letter"),
        ("divorce_or_separation", "divorce_decree"),
        ("divorce_or_separation", "quitclaim_deed"),
        ("separation_unmarried", "quitclaim_deed"),
        ("death", "death_certificate"),
        ("death", "obituary"),
        ("relocation", "military_pcs_orders"),
        ("relocation", "employer_relocation_letter"),
        ("other", "hardship_letter"),
    ],
)
def test_hardship_documentation(hardship: str, document_type: str) -> None:
    app = _application(hardship_types=[hardship])
    old_paper = _letter("HD", document_type, dated=date(2023, 5, 1))  # hardship papers have no age limit
    assert judge([app, _stub(), old_paper], EVALUATED, PROFILE).status == "complete"
    result = judge([app, _stub()], EVALUATED, PROFILE)
    assert [(item.code, item.reason) for item in result.missing] == [(f"hardship_doc:{hardship}", "absent")]


@pytest.mark.parametrize(
    "hardship", ["unemployment", "reduction_in_income", "increase_in_housing_expenses", "disaster"]
)
def test_hardships_needing_no_document(hardship: str) -> None:
    assert judge([_application(hardship_types=[hardship]), _stub()], EVALUATED, PROFILE).status == "complete"


def test_a_separation_is_not_documented_by_a_hardship_letter() -> None:
    app = _application(hardship_types=["divorce_or_separation"])
    assert _codes(judge([app, _stub(), _letter("HL", "hardship_letter")], EVALUATED, PROFILE)) == {
        "hardship_doc:divorce_or_separation"
    }


# --- doubt: never complete on a value the service is unsure of ----------------------------------------


@pytest.mark.parametrize(
    "docs",
    [
        [_application(signed=_field(True, 0.55)), _stub()],
        [_application(hardship_start_date=_field(date(2024, 12, 11), 0.4)), _stub()],
        [_application(**{"income.wages": _field(Decimal("4000.00"), 0.5)}), _stub()],
        [_application(), _stub(gross_ytd=_field(Decimal("16000.00"), 0.6))],
        [_application(), _stub(pay_date=_field(date(2025, 4, 20), 0.3))],
        [
            _application(),
            _doc(
                "STUB",
                "pay_stub",
                dated=date(2025, 4, 20),
                type_confidence=0.5,
                pay_date=date(2025, 4, 20),
                gross_ytd=Decimal("16000"),
            ),
        ],
        # (an unsure last four that another statement's reading confirms decides nothing unsure: see above)
        [_application(), _statement(*MAR, account=_field("3256", 0.5)), _statement(*APR, account=None)],
        [_application(), _statement("S1", None, None), _statement("S2", None, None)],
    ],
    ids=["signature", "hardship-date", "income-line", "ytd", "pay-date", "stub-type", "account", "undated"],
)
def test_a_low_confidence_value_that_decides_completeness_is_never_complete(docs: list[Document]) -> None:
    for doc in docs:
        if doc.type == "bank_statement" and doc.document_date is None:
            doc.fields.pop("period_end")
    result = judge(docs, EVALUATED, PROFILE)
    assert result.status == "incomplete"
    assert result.missing == []  # the borrower is not asked again for what was probably sent
    assert result.needs_review


def test_a_low_confidence_value_that_decides_nothing_is_listed_but_does_not_block() -> None:
    result = judge([_application(), _stub(net_current=_field(Decimal("1500.00"), 0.4))], EVALUATED, PROFILE)
    assert result.status == "complete"
    assert any("net_current" in item.what for item in result.needs_review)


def test_a_signature_read_as_missing_with_low_confidence_is_reviewed_not_asked_for() -> None:
    """A signature or its date OCR could not make out is in front of a person; the borrower is not asked
    to sign again what they probably signed. Read as missing with confidence, it is missing."""
    result = judge([_application(signed=_field(False, 0.5)), _stub()], EVALUATED, PROFILE)
    assert result.status == "incomplete" and _codes(result) == set()
    assert any("signed" in item.what for item in result.needs_review)
    sure = judge([_application(signed=_field(False, 0.95)), _stub()], EVALUATED, PROFILE)
    assert _codes(sure) == {"application_signature"}
    # the borrower surely unsigned; an unsure read of a co-borrower's line changes nothing of that
    both = _application(signed=_field(False, 0.95), co_borrower_name="Lee Roe",
                        co_borrower_signed=_field(False, 0.3))
    result = judge([both, _stub()], EVALUATED, PROFILE)
    assert result.status == "incomplete" and _codes(result) == {"application_signature"}


def test_an_unrecognised_page_read_with_low_confidence_goes_to_review() -> None:
    other = _doc("ODD", "other", type_confidence=0.3)
    result = judge([*_complete_case(), other], EVALUATED, PROFILE)
    assert result.status == "complete"
    assert [item.document for item in result.needs_review] == ["ODD"]


def test_a_document_of_another_loan_does_not_silently_complete_a_case() -> None:
    stub = _stub()
    stub.loan_number = "0099999999"
    result = judge([_application(), stub], EVALUATED, PROFILE)
    assert (result.status, result.missing) == ("incomplete", [])
    assert any("loan number" in item.reason for item in result.needs_review)


# --- conflicts -----------------------------------------------------------------------------------------


def test_year_to_date_far_from_current_pay_goes_to_review() -> None:
    stub = _stub(gross_ytd=Decimal("2000.00"))  # one period's pay in late April: 7 semimonthly pays expected
    result = judge([_application(), stub], EVALUATED, PROFILE)
    assert result.status == "complete"  # the stub shows YTD; the income figure is what is in doubt
    assert any("year-to-date" in item.reason for item in result.needs_review)


def test_pay_stub_consistency_checks() -> None:
    assert pay_stub_conflicts(_stub(), PROFILE) == []
    weekly = _stub(frequency="weekly")  # a 15-day period
    assert any("15 days" in text for text in pay_stub_conflicts(weekly, PROFILE))
    wrong_monthly = _stub(monthly_gross=Decimal("2000.00"))
    assert any("monthly gross" in text for text in pay_stub_conflicts(wrong_monthly, PROFILE))
    first_of_year = _stub(
        paid=date(2025, 1, 2),
        period_start=date(2024, 12, 17),
        period_end=date(2024, 12, 30),
        frequency="biweekly",
        gross_current=Decimal("4730.77"),
        gross_ytd=Decimal("4730.77"),
        monthly_gross=Decimal("10250.00"),
    )
    assert pay_stub_conflicts(first_of_year, PROFILE) == []


# --- the profile is data -------------------------------------------------------------------------------


def test_a_copied_profile_with_other_freshness_changes_the_verdict(tmp_path: Path) -> None:
    data = yaml.safe_load(
        (Path(__file__).resolve().parents[1] / "src/lossmit_docs/rules/checklist_form710.yaml").read_text()
    )
    data.update(version=7, program="strict_investor", freshness_days=5)
    path = tmp_path / "strict.yaml"
    path.write_text(yaml.safe_dump(data))
    strict = load_profile(path)
    result = judge(_complete_case(), EVALUATED, strict)
    assert (result.program, _missing(result, "income_doc:wages").reason) == ("strict_investor@7", "stale")


def test_a_profile_without_version_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text("program: x\n")
    with pytest.raises(ValueError, match="version"):
        load_profile(path)
    with pytest.raises(FileNotFoundError):
        load_profile("no_such_profile")


def test_every_checklist_code_is_in_the_profile() -> None:
    spec = (SAMPLES.parent / "spec" / "checklist.md").read_text()
    codes = {item.code for item in [*PROFILE.income.values(), *PROFILE.hardship.values()] if item}
    codes |= {PROFILE.application.item.code, PROFILE.application.signature.code, PROFILE.tax_transcript.code}
    codes |= {f"application_field:{name}" for name in PROFILE.application.required_fields}
    for code in codes:
        assert f"`{code.split(':')[0]}" in spec and code.split(":")[-1] in spec


# --- the samples' expected answers, judged as plain data ----------------------------------------------

_DATE_FIELDS = ("pay_date", "period_end", "letter_date", "signed_on")


def _value(name: str, value: Any) -> Any:
    if isinstance(value, str) and len(value) == 10 and value[4] == "-" and value[7] == "-":
        return date.fromisoformat(value)
    if isinstance(value, float) and name not in ("tax_year",):
        return Decimal(str(value))
    return value


def _sample_documents(expected: dict[str, Any]) -> list[Document]:
    received = date.fromisoformat(expected["received_on"])
    docs = []
    for entry in expected["documents"]:
        values = {name: _value(name, value) for name, value in entry["fields"].items()}
        if entry["type"] == "mortgage_assistance_application":
            app = expected["application"]
            values = {name: _value(name, value) for name, value in app.items() if name != "income"}
            values |= {f"income.{code}": Decimal(str(amount)) for code, amount in app["income"].items()}
        dated = next((values[name] for name in _DATE_FIELDS if isinstance(values.get(name), date)), None)
        if entry["type"] == "mortgage_assistance_application":
            dated = None
        docs.append(
            Document(
                id=entry["id"],
                type=entry["type"],
                type_confidence=0.95,
                pages=[PageRef(page["file"], page["page"]) for page in entry["pages"]],
                received_on=received,
                fields={name: _field(value) for name, value in values.items()},
                document_date=dated,
            )
        )
    return docs


@pytest.mark.parametrize("packet", sorted(path.name for path in SAMPLES.glob("0*")))
def test_samples_expected_status_and_missing_codes(packet: str) -> None:
    expected = json.loads((SAMPLES / packet / "expected.json").read_text())
    result = judge(_sample_documents(expected), date.fromisoformat(expected["received_on"]), PROFILE)
    assert result.status == expected["status"]
    assert _codes(result) == set(expected["missing"])


def test_a_doubt_reading_wrote_down_reaches_review_in_its_own_words() -> None:
    docs = _complete_case()
    stub = next(d for d in docs if d.type == "pay_stub")
    stub.fields["review.9"] = Field("year-to-date gross 95833.36 does not match 7 semimonthly periods of 4479.17",
                                    0.0, stub.pages[0], "computed")
    result = judge(docs, EVALUATED, PROFILE)
    notes = [item for item in result.needs_review if item.document == stub.id]
    assert [item.reason for item in notes] == [stub.fields["review.9"].value]
    assert "review.9" not in notes[0].what


def test_a_doubtful_spelling_of_a_written_name_is_reviewed_without_holding_the_case() -> None:
    app = _application(borrower_name=_field("Sessica Wisgins", 0.7), property_address=_field("12 Elm St", 0.7))
    result = judge([app, _stub()], EVALUATED, PROFILE)
    assert result.status == "complete" and result.missing == []
    assert {item.what.rsplit(": ", 1)[-1] for item in result.needs_review} >= {"borrower_name", "property_address"}
    unread = _application(borrower_name=_field(None, 0.3))  # ink nobody could read: not known to be there
    assert judge([unread, _stub()], EVALUATED, PROFILE).status == "incomplete"
