"""Set D's layouts read from real PDFs: a grid form whose small labels sit in the top corners of tall
boxes (signatures, dates, names), occupancy ticked as "Owner-occupied" beside the other uses but asked
apart on Form 710, a header row of labels on a turned scan, a blank co-borrower cell beside the next
cells' labels; a letterhead's "Date:"; a credit union statement of several accounts; a child support
order that is no divorce decree."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

from lossmit_docs.model import Page, TextMethod, Word
from lossmit_docs.reading.application_layout import first_label
from lossmit_docs.reading.classify import classify_page
from lossmit_docs.reading.extract_application import extract_application
from pdf_factory import text_pdf
from test_extract_application import overlay, scrawl
from test_questionnaire_layouts import application, documents, ref, value

INCH = 72.0


def _cell(pdf: canvas.Canvas, x: float, top: float, width: float, height: float, label: str) -> None:
    """A box of a grid form with its small-caps label in the top-left corner."""
    pdf.rect(x, top - height, width, height)
    pdf.setFont("Helvetica", 6.5)
    pdf.drawString(x + 3, top - 8, label)


def _signature_grid(path: Path, *, signs: bool, co_signs: bool) -> Path:
    """Names asked above; a table of four boxes 0.6 inch tall sharing their top edge: the borrower's
    signature and its date, then the co-borrower's; each date typed near its box's bottom."""
    pdf = canvas.Canvas(str(path), pagesize=letter)
    pdf.setFont("Helvetica-Bold", 13)
    pdf.drawString(40, 740, "HOMEOWNER ASSISTANCE REQUEST")
    pdf.setFont("Helvetica", 10)
    pdf.drawString(40, 700, "Borrower name: Ana Q. Lopez")
    pdf.drawString(40, 680, "Co-borrower name: Ben Lopez")
    pdf.drawString(40, 340, "I certify that the information in this request is true and complete.")
    top, height = 300.0, 0.6 * INCH
    for x, width, label in ((40, 190, "BORROWER SIGNATURE"), (230, 80, "DATE"),
                            (310, 190, "CO-BORROWER SIGNATURE"), (500, 80, "DATE")):
        _cell(pdf, x, top, width, height, label)
    pdf.setFont("Helvetica", 10)
    for x in (236, 506):
        pdf.drawString(x, top - 8 - 0.35 * INCH, "08/29/2025")  # 0.35 inch under "DATE", near the bottom
    pdf.save()
    for x, pen in ((55, signs), (325, co_signs)):
        if pen:
            overlay(path, 0, scrawl(x, top - 30))
    return path


def test_signature_boxes_with_small_labels_in_their_top_corners(tmp_path: Path) -> None:
    signed = application(_signature_grid(tmp_path / "signed.pdf", signs=True, co_signs=True))
    assert value(signed, "signed") is True
    assert value(signed, "signed_on") == date(2025, 8, 29)
    assert value(signed, "co_borrower_signed") is True
    alone = application(_signature_grid(tmp_path / "alone.pdf", signs=True, co_signs=False))
    assert value(alone, "signed") is True
    assert value(alone, "co_borrower_signed") is False  # not the borrower's ink across the shared top edge
    unsigned = application(_signature_grid(tmp_path / "unsigned.pdf", signs=False, co_signs=False))
    assert value(unsigned, "signed") is False
    assert unsigned["signed"].confidence >= 0.9  # the box's bottom found: an empty box is plainly unsigned


def _option_rows(path: Path, rows: list[tuple[str, list[tuple[str, bool]]]]) -> Path:
    """Rows of a question then its options, each option behind a drawn square, an X in the ticked ones."""
    pdf = canvas.Canvas(str(path), pagesize=letter)
    pdf.setFont("Helvetica", 10)
    pdf.drawString(50, 740, "Borrower name: Ana Q. Lopez")
    for index, (question, options) in enumerate(rows):
        y = 700 - 30 * index
        pdf.drawString(50, y, question)
        x = 90 + pdf.stringWidth(question, "Helvetica", 10)
        for label, ticked in options:
            pdf.rect(x, y - 1, 9, 9)
            if ticked:
                pdf.line(x + 1.5, y + 0.5, x + 7.5, y + 6.5)
                pdf.line(x + 1.5, y + 6.5, x + 7.5, y + 0.5)
            pdf.drawString(x + 13, y, label)
            x += 45 + pdf.stringWidth(label, "Helvetica", 10)
    pdf.save()
    return path


def test_owner_occupied_answers_occupancy_only_beside_the_other_uses(tmp_path: Path) -> None:
    for owner, second, code in ((True, False, "primary_residence"), (False, True, "second_home")):
        grid = _option_rows(tmp_path / f"grid-{code}.pdf", [("This home is:", [
            ("Owner-occupied", owner), ("Second home", second), ("Rental / investment", False)])])
        assert value(application(grid), "occupancy") == code
    form710 = _option_rows(tmp_path / "form710.pdf", [
        ("The property is currently:", [("A primary residence", False), ("A second home", False),
                                        ("An investment property", True)]),
        ("The property is (select all that apply):", [("Owner occupied", True), ("Renter occupied", False),
                                                     ("Vacant", False)])])
    assert value(application(form710), "occupancy") == "investment_property"  # "Owner occupied" asks another


def _word(text: str, left: float, width: float, top: float, height: float, tilt: float) -> Word:
    """A word as OCR boxes it on a page turned by `tilt` (rise per unit of width): lower further right."""
    top += tilt * left
    return Word(text, 0.95, (left, top, left + width, top + height))


def test_a_name_under_its_label_in_a_header_row_of_a_turned_scan() -> None:
    """The page turned a degree: the next labels of the header row ("SSN (LAST FOUR)", "BEST PHONE") sit
    far right, so they droop below the first label's bottom; they are not the answer under it."""
    tilt = 0.0135  # a degree, as rise per unit of a letter page's width
    label, under = 0.300, 0.316
    words = (
        _word("BORROWER", 0.060, 0.075, label, 0.008, tilt), _word("FULL", 0.140, 0.032, label, 0.008, tilt),
        _word("NAME", 0.177, 0.040, label, 0.008, tilt),
        _word("SSN", 0.700, 0.028, label, 0.008, tilt), _word("(LAST", 0.731, 0.038, label, 0.008, tilt),
        _word("FOUR)", 0.772, 0.042, label, 0.008, tilt),
        _word("BEST", 0.840, 0.034, label, 0.008, tilt), _word("PHONE", 0.877, 0.048, label, 0.008, tilt),
        _word("Ana", 0.060, 0.030, under, 0.011, tilt), _word("Lopez", 0.095, 0.046, under, 0.011, tilt),
        _word("4321", 0.700, 0.036, under, 0.011, tilt), _word("(555)", 0.840, 0.040, under, 0.011, tilt),
        _word("201-3344", 0.884, 0.070, under, 0.011, tilt),
    )
    text = "BORROWER FULL NAME SSN (LAST FOUR) BEST PHONE\nAna Lopez 4321 (555) 201-3344"
    page = Page(1, text, TextMethod.OCR, 0.93, 0, 612.0, 792.0, words=words)
    assert value(extract_application([page], ref), "borrower_name") == "Ana Lopez"


def test_a_blank_co_borrower_cell_beside_the_next_cells_labels_is_no_unread_pen(tmp_path: Path) -> None:
    """Nothing written under "CO-BORROWER FULL NAME": the print of the row's next labels is no handwriting,
    so there is no co-borrower and no co-borrower's signature is owed."""
    path = tmp_path / "grid.pdf"
    pdf = canvas.Canvas(str(path), pagesize=letter)
    pdf.setFont("Helvetica-Bold", 13)
    pdf.drawString(40, 740, "HOMEOWNER ASSISTANCE REQUEST")
    for top, person, name in ((700, "BORROWER", "Ana Q. Lopez"), (660, "CO-BORROWER", "")):
        _cell(pdf, 40, top, 260, 40, f"{person} FULL NAME")
        _cell(pdf, 300, top, 130, 40, "SSN (LAST FOUR)")
        _cell(pdf, 430, top, 140, 40, "BEST PHONE")
        if name:
            pdf.setFont("Helvetica", 10)
            pdf.drawString(46, top - 24, name)
            pdf.drawString(306, top - 24, "4321")
            pdf.drawString(436, top - 24, "(555) 201-3344")
    pdf.setFont("Helvetica", 10)
    pdf.drawString(40, 400, "Borrower signature")
    pdf.line(140, 398, 380, 398)
    pdf.drawString(400, 400, "Date 08/29/2025")
    pdf.save()
    overlay(path, 0, scrawl(160, 404))
    fields = application(path)
    assert value(fields, "borrower_name") == "Ana Q. Lopez"
    assert value(fields, "co_borrower_name") is None
    assert fields["co_borrower_name"].confidence > 0.3  # blank, not handwriting OCR could not read
    assert value(fields, "co_borrower_signed") is None


def test_a_letterhead_date_label_dates_the_letter_not_a_date_in_its_body(tmp_path: Path) -> None:
    path = tmp_path / "ssa.pdf"
    text_pdf([[
        "SOCIAL SECURITY ADMINISTRATION Date: July 23, 2025",
        "Claim Number: XXX-XX-4321",
        "",
        "ANA Q LOPEZ",
        "12 ELM ST",
        "GREELEY CO 80619",
        "",
        "Dear Ms. Lopez:",
        "We are writing to tell you about your monthly benefit.",
        "Your benefit year begin date: May 1, 2025",
        "Your monthly benefit before any deductions is $1,842.00.",
        "Social Security Administration",
    ]], path)
    [letter_doc] = documents(path)
    assert letter_doc.type == "benefit_award_letter"
    found = letter_doc.fields["letter_date"]
    assert found.value == date(2025, 7, 23)
    assert found.confidence >= 0.8


def _statement(path: Path, lines: list[str]) -> Path:
    text_pdf([lines], path, font_size=10)
    return path


def test_a_credit_union_statement_of_several_accounts_reports_the_checking(tmp_path: Path) -> None:
    """The account summary's checking row gives the balances, not the savings section printed first; the
    member number in the footer stands for the account number a credit union does not print."""
    path = _statement(tmp_path / "cu.pdf", [
        "SUMMIT RIDGE FEDERAL CREDIT UNION",
        "PO Box 1180, Greeley CO 80632",
        "Member Statement",
        "Statement period: 07/01/2025 - 07/31/2025",
        "ANA Q LOPEZ",
        "12 ELM ST, GREELEY CO 80619",
        "ACCOUNT SUMMARY",
        "Account          ID     Beginning Balance     Ending Balance",
        "Share Savings    00     5.00                  5.01",
        "Free Checking    10     1,284.79              1,492.94",
        "",
        "SHARE SAVINGS - ID 00",
        "Beginning Balance 5.00",
        "07/31 Interest earned 0.01",
        "Ending Balance 5.01",
        "",
        "FREE CHECKING - ID 10",
        "Beginning Balance 1,284.79",
        "07/15 Payroll deposit ACME TOOL CO 1,850.00",
        "07/20 Withdrawal ATM 1,641.85",
        "Ending Balance 1,492.94",
        "",
        "Member Number XXXXXX8277",
    ])
    [statement] = documents(path)
    assert statement.type == "bank_statement"
    assert value(statement.fields, "beginning_balance") == Decimal("1284.79")
    assert value(statement.fields, "ending_balance") == Decimal("1492.94")
    assert value(statement.fields, "account_last4") == "8277"


def test_an_account_number_is_kept_over_a_member_number(tmp_path: Path) -> None:
    path = _statement(tmp_path / "acct.pdf", [
        "CANYON VALLEY CREDIT UNION",
        "Statement period: 07/01/2025 - 07/31/2025",
        "ANA Q LOPEZ",
        "Account number: ****3637",
        "Beginning Balance 2,310.44",
        "07/15 Payroll deposit ACME TOOL CO 1,850.00",
        "Ending Balance 2,977.12",
        "Member number: ****7282",
    ])
    [statement] = documents(path)
    assert value(statement.fields, "account_last4") == "3637"


def test_a_child_support_order_is_no_divorce_decree_nor_a_bank_statement() -> None:
    """Court words alone make no decree of divorce, and "bank" inside the surname "Fairbanks" in the title
    lines makes no bank statement."""
    order = ("STATE OF COLORADO\nDISTRICT COURT, WELD COUNTY\nORDER FOR CHILD SUPPORT\n"
             "DARNELL FAIRBANKS, Petitioner\nv.\nTONYA FAIRBANKS, Respondent\n"
             "The court orders Petitioner to pay child support of $612.00 per month to Respondent, "
             "starting May 1, 2025.\nPayments are made through the Family Support Registry.")
    assert classify_page(Page(1, order, TextMethod.TEXT_LAYER, 1.0)).type not in ("divorce_decree", "bank_statement")


def test_a_pay_stub_name_ends_before_the_specks_a_scan_reads_after_it(tmp_path: Path) -> None:
    path = tmp_path / "stub.pdf"
    text_pdf([["Summit Ridge Health System  Payroll Statement",
               "Check Date 03/21/2025  Period Start 03/02/2025  Period End 03/15/2025",
               "Employee Noor Nakagawa. Mee ies es   Tax Info",
               "Gross Earnings 2,728.00 16,368.00", "Net Pay 2,066.43"]], path)
    (stub,) = documents(path)
    assert stub.type == "pay_stub"
    assert stub.fields["employee_name"].value == "Noor Nakagawa"


def test_a_long_label_is_found_with_one_letter_misread_lost_or_added_but_not_two() -> None:
    def page(*texts: str) -> Page:
        words = tuple(Word(t, 0.9, (0.1 + 0.12 * i, 0.5, 0.2 + 0.12 * i, 0.51)) for i, t in enumerate(texts))
        return Page(1, " ".join(texts), TextMethod.OCR, 0.9, 0, 612.0, 792.0, words=words)

    for misread in (("Signature", "of", "borrower"), ("ignature", "of", "borrower"), ("Signaturez", "of", "borrower"),
                    ("Signatore", "of", "borrower"), ("Signature", "of", "borrower:")):
        assert first_label(page(*misread), ["Signature of borrower"]) is not None, misread
    assert first_label(page("Signatore", "of", "borrowor"), ["Signature of borrower"]) is None
    assert first_label(page("Signatur", "of", "borrower"), ["Signature of borrower"]) is not None  # one letter lost
    assert first_label(page("Home", "phne"), ["Home phone"]) is None  # a short label is matched exactly
    assert first_label(page("Loan", "numbr"), ["Loan number"]) is not None  # ten letters are long enough
