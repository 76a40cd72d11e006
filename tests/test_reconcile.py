"""The application's scanned answers checked against what the rest of the case prints."""

from __future__ import annotations

from datetime import date
from typing import Any

from lossmit_docs.judging.reconcile import reconcile
from lossmit_docs.model import Document, Field, PageRef, TextMethod

LOAN = "0032034631"
APP_PAGE = PageRef("fax.pdf", 2)
STUB_PAGE = PageRef("stub.pdf", 1)
STUB_TEXT = """ACME STAFFING LLC
PAY STATEMENT
EMPLOYEE: Jessica Wiggins   SSN: ***-**-7825
6515 Miller Glen Apt. 588
East Brandon, ID 83843
Gross Pay 2,410.00"""
CERTIFICATE = "CERTIFICATE OF DEATH\nName of deceased: Robert Wiggins\nSSN ***-**-1190"


def _application(method: TextMethod = TextMethod.OCR, **answers: Any) -> Document:
    fields = {name: Field(value, 0.7, APP_PAGE, method) for name, value in answers.items()}
    return Document("D01", "mortgage_assistance_application", 0.95, [APP_PAGE], date(2025, 4, 1), fields=fields,
                    text="")


def _other(kind: str, text: str, page: PageRef = STUB_PAGE) -> Document:
    return Document("D02", kind, 0.95, [page], date(2025, 4, 1), text=text)


def _checked(app: Document, *others: Document) -> dict[str, Field]:
    return reconcile([app, *others], LOAN)[0].fields


def test_misread_handwriting_takes_the_spelling_printed_elsewhere() -> None:
    app = _application(borrower_name="Sessica Wisgins",
                       property_address="6515 Miller Glen Apt 588, East Branden, 1D 83843")
    fields = _checked(app, _other("pay_stub", STUB_TEXT), _other("death_certificate", CERTIFICATE))
    name, address = fields["borrower_name"], fields["property_address"]
    assert (name.value, name.method, name.source) == ("Jessica Wiggins", "corrected", STUB_PAGE)
    assert address.value == "6515 Miller Glen Apt. 588, East Brandon, ID 83843" and address.method == "corrected"
    assert address.confidence >= 0.8  # one letter in forty: a clear misread, no longer a doubt
    assert name.confidence < 0.8  # two letters in fifteen: taken, but put in front of a person


def test_two_printed_spellings_about_as_close_leave_the_answer_as_read() -> None:
    couple = _other("bank_statement", "Account holders: MARK OLSEN\nMARY OLSEN\n12 Elm St")
    fields = _checked(_application(borrower_name="Marc Olsen"), couple)
    assert fields["borrower_name"].value == "Marc Olsen" and fields["borrower_name"].method == TextMethod.OCR


def test_an_answer_read_right_is_confirmed_and_a_different_person_is_not_taken() -> None:
    app = _application(borrower_name="Jessica Wiggins", co_borrower_name="Paula Lindqvist")
    fields = _checked(app, _other("pay_stub", STUB_TEXT), _other("death_certificate", CERTIFICATE))
    assert fields["borrower_name"].value == "Jessica Wiggins" and fields["borrower_name"].confidence >= 0.9
    assert fields["borrower_name"].method == TextMethod.OCR
    assert fields["co_borrower_name"].value == "Paula Lindqvist" and fields["co_borrower_name"].confidence == 0.7


def test_a_name_printed_shorter_elsewhere_does_not_cost_the_middle_initial() -> None:
    app = _application(borrower_name="Jessica M. Wiggins")
    assert _checked(app, _other("pay_stub", STUB_TEXT))["borrower_name"].value == "Jessica M. Wiggins"


def test_typed_answers_and_unread_answers_are_left_as_they_are() -> None:
    typed = _application(TextMethod.TEXT_LAYER, borrower_name="Jesica Wiggins")
    assert _checked(typed, _other("pay_stub", STUB_TEXT))["borrower_name"].value == "Jesica Wiggins"
    unread = _application(borrower_name=None)
    assert _checked(unread, _other("pay_stub", STUB_TEXT))["borrower_name"].value is None


def test_loan_number_and_ssn_misreads_are_corrected_from_the_case() -> None:
    lost_zero = _application(loan_number="032034631", ssn_last4="7826")
    fields = _checked(lost_zero, _other("pay_stub", STUB_TEXT), _other("death_certificate", CERTIFICATE))
    assert (fields["loan_number"].value, fields["loan_number"].method) == (LOAN, "corrected")
    assert (fields["ssn_last4"].value, fields["ssn_last4"].method) == ("7825", "corrected")
    stranger = _application(loan_number="7730012290", ssn_last4="4402")
    fields = _checked(stranger, _other("pay_stub", STUB_TEXT))
    assert fields["loan_number"].value == "7730012290" and fields["ssn_last4"].value == "4402"


def test_a_whole_address_read_is_not_traded_for_a_street_run_into_a_statements_next_line() -> None:
    """A statement's text runs the street on into its period ("... Unit 20" then "January 1 - 31, 2030"):
    that line pair is no better spelling of an address read with its city and ZIP code."""
    statement = _other("bank_statement", "PILLAR ROCK BANK\nCorinne E Vasquez-Hale\n2659 Quarry Ridge Way Unit 20\n"
                       "January 1 - January 31, 2030\nDothan AL 36392")
    read = "2659 Quarry Ridge Way Unit 20, Dothan, AL 36392"
    fields = _checked(_application(property_address=read), statement)
    assert fields["property_address"].value == read


def test_a_street_read_without_its_city_and_zip_stays_in_doubt_when_printed_elsewhere() -> None:
    """The application's address read as its street alone ("7754 Harbor View", the line under it lost): a
    statement printing the same street on a line of its own does not make it a whole address."""
    statement = _other("bank_statement", "LUMIO BANK\nAnselm Brandt\n7754 Harbor View\nBozeman MT 59731")
    fields = _checked(_application(property_address="7754 Harbor View"), statement)
    assert fields["property_address"].confidence < 0.9
    name = _checked(_application(borrower_name="Anselm Brandt"), statement)
    assert name["borrower_name"].confidence >= 0.9  # a name found again is still confirmed
