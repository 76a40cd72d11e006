"""Sheets between documents that name no loan (a scanner's patch code sheet, an attorney's exhibit tabs),
letters and memos that only mention the application or HR, a retirement association's allowance letter,
and pay stubs whose rows hold another label's figures or whose letterhead OCR reads last."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from lossmit_docs.model import Page, TextMethod, Word
from lossmit_docs.reading.classify import classify_page
from lossmit_docs.reading.pages import PageReader
from lossmit_docs.reading.pay_stubs import extract_pay_stub
from lossmit_docs.reading.split import split
from pdf_factory import Ink, placed_text_pdf
from test_classify import page
from test_extract import ref, text_page
from test_portal_stubs_and_yearly_income import read_file_documents
from test_split import APP, APP_2, LETTER, STUB, pages

PATCH = "PATCH T\nDocument separator - scanner use only"
EXHIBIT = "EXHIBIT\nA\nPay statements\nSMITH-LM 000002"


def test_slip_sheets_cut_documents_and_are_not_listed() -> None:
    parts, separators = split(pages(APP, APP_2, PATCH, STUB, EXHIBIT, STUB, PATCH, LETTER))
    assert separators == {}
    assert [(p.type, p.pages) for p in parts] == [
        ("mortgage_assistance_application", [1, 2]),
        ("pay_stub", [4]),
        ("pay_stub", [6]),
        ("hardship_letter", [8]),
    ]


def test_pages_that_only_look_like_slip_sheets_are_documents() -> None:
    dispatch = "Metro 911 Dispatch 2\nEmployee: John Doe\nPay Date: 03/20/2025\n" \
               "Gross Pay $2,000.00 6,000.00\nNet Pay $1,500.00"
    exhibit = "EXHIBIT B\nRiverside Family Medicine\nJune 2, 2030\nTo whom it may concern: My patient, Jo Doe, " \
              "has been under my care since March for a serious illness and is unable to work. Diagnosis " \
              "and treatment continue.\nPhysician: Dr. A. Patel, MD"
    parts, _ = split(pages(dispatch, exhibit))
    assert [(p.type, p.pages) for p in parts] == [("pay_stub", [1]), ("medical_statement", [2])]


def test_letters_memos_and_covers_that_only_mention_a_type() -> None:
    addressed = page("Genevieve and Dashiell Castellanos\n2535 Old Mill Pond Dr\nPine Bluff, AR 72409\n"
                     "Loss Mitigation Department\nAttn: Mortgage Assistance\nRe: Loan number 0021282654\n"
                     "To whom it may concern:\nWe are asking for help with our mortgage. We want to keep our home.\n"
                     "Thank you,\nGenevieve Castellanos", ocr=True)
    assert classify_page(addressed).type == "hardship_letter"
    cover = page("BALLANTYNE & THORSEN LLP\nAttorneys at Law\nJune 13, 2030\nRe: Borrower Ingrid Ruiz; Loan No. "
                 "0476493469\nEnclosed please find our client's completed Mortgage Assistance Application (sent as a "
                 "separate file) and the supporting documents listed below.\nVery truly yours,\nCelia Kerrigan, Esq.")
    assert classify_page(cover).type == "cover_letter"  # a lawyer's letter sending the papers, listed as other
    memo = page("Tamsin County Human Resources\nMEMORANDUM\nTO: Genevieve Castellanos\nRE: Change to your scheduled "
                "hours\nCivilian positions will move from 80 to 64 scheduled hours per pay period, effective June 2, "
                "2030.", ocr=True)
    assert classify_page(memo).type == "other"
    allowance = page("Meridale County Employees' Retirement Association\nBenefits Division\nMay 4, 2030\nDear Ingrid "
                     "Ruiz-Ortega:\nYou are entitled to the continuance allowance under the plan. Your monthly "
                     "continuance allowance is $1,313.43, payable for your lifetime, paid on the last business day "
                     "of each month. We will send you a Form 1099-R each January.\nFederal tax withholding per your "
                     "W-4P election")
    assert classify_page(allowance).type == "benefit_award_letter"


def test_a_heading_with_a_caption_band_beside_it_and_captions_over_values(reader: PageReader,
                                                                          tmp_path: Path) -> None:
    """The firm's name shares its row with small captions ("Employee", "Employee ID") whose values reach
    into it from the row below; "Employee Pay Summary" is a title's word, the name is under the caption."""
    inks = [Ink(90, 52, "Tidewell Regional Water Authority", 14, "Helvetica-Bold"), Ink(50, 60, "TW", 9),
            Ink(340, 50, "Employee", 6), Ink(340, 59, "Ingrid E. Ruiz-Ortega", 9), Ink(480, 50, "Employee ID", 6),
            Ink(480, 59, "24010", 9), Ink(90, 70, "Employee Pay Summary", 9),
            Ink(50, 100, "Pay Begin", 7), Ink(150, 100, "Pay End", 7), Ink(50, 112, "2030-05-01", 10),
            Ink(150, 112, "2030-05-15", 10), Ink(50, 135, "Payment Date", 7), Ink(150, 135, "Pay Frequency", 7),
            Ink(50, 147, "2030-05-20", 10), Ink(150, 147, "Semi-Monthly", 10),
            Ink(50, 175, "Gross Pay", 7), Ink(150, 175, "Taxes", 7), Ink(250, 175, "Net Pay", 7),
            Ink(50, 187, "2,461.62", 10), Ink(150, 187, "392.19", 10), Ink(250, 187, "1,852.85", 10),
            Ink(50, 199, "YTD 24,616.20", 8), Ink(150, 199, "YTD 3,921.90", 8), Ink(250, 199, "YTD 18,528.50", 8)]
    path = placed_text_pdf(tmp_path / "Exhibit A.pdf", [inks])
    found = [d for d in read_file_documents(reader, path) if d.type == "pay_stub"]
    assert found, "no pay stub"
    fields = {name: field.value for name, field in found[0].fields.items()}
    assert fields["employer"] == "Tidewell Regional Water Authority"
    assert fields["employee_name"] == "Ingrid E. Ruiz-Ortega"
    assert str(fields["period_start"]) == "2030-05-01" and str(fields["period_end"]) == "2030-05-15"


def test_a_this_pay_panel_beside_a_year_to_date_panel() -> None:
    """"Gross pay 1,287.69  Federal Income Tax 5,277.00": the year-to-date panel's tax is no gross."""
    stub = text_page("Quillon Microsystems, Inc.\nPay Statement\nDashiell K. Castellanos\nPay date Fri 11/01/2030\n"
                     "Work week 10/20/2030 - 10/26/2030 (weekly)\nTHIS PAY | YEAR TO DATE (2030)\n"
                     "Regular 40.00 30.11 1,204.40 Gross earnings 60,279.12\n"
                     "Gross pay 1,287.69 Federal Income Tax 5,277.00\nNet pay (take home) $937.33", ocr=True)
    fields, _ = extract_pay_stub([stub], ref)
    assert fields["gross_current"].value == Decimal("1287.69")
    assert fields["gross_ytd"].value is None  # left for a person, not the tax's 5,277.00


def test_a_gross_lines_year_to_date_stays_its_own() -> None:
    """Words that name the year to date ("Year to date") label the line's own next figure; a figure before
    the gross label is another label's."""
    for line in ("Gross Pay 2,000.00 Year to date 24,000.00", "Total Hours 80.00 Gross Pay 2,000.00 24,000.00"):
        stub = text_page(f"Acme Tools Inc Earnings Statement\nPay Date: 03/20/2025\n{line}\nNet Pay $1,500.00")
        fields, _ = extract_pay_stub([stub], ref)
        assert fields["gross_current"].value == Decimal("2000.00"), line
        assert fields["gross_ytd"].value == Decimal("24000.00"), line


def _ocr_page(rows: list[tuple[str, float]]) -> Page:
    """An OCR'd page whose text lists its rows in the order given, each row's words at its height."""
    words = []
    for text, top in rows:
        left = 0.1
        for token in text.split():
            words.append(Word(token, 0.95, (left, top, left + 0.012 * len(token), top + 0.012)))
            left += 0.012 * len(token) + 0.01
    return Page(1, "\n".join(text for text, _ in rows), TextMethod.OCR, 0.95, words=tuple(words))


def test_a_letterhead_ocr_reads_after_the_boxed_body_is_still_the_employer() -> None:
    stub = _ocr_page([("EMPLOYEE EMPLOYEE NO. DEPARTMENT", 0.12), ("GENEVIEVE K. CASTELLANOS 11684 Dispatch", 0.14),
                      ("PERIOD BEGIN PERIOD END ADVICE DATE", 0.17), ("10/13/2030 10/26/2030 11/01/2030", 0.19),
                      ("GROSS WAGES Current 1,770.26", 0.5), ("NET PAY Current 1,144.42", 0.5),
                      ("TAMSIN COUNTY SHERIFF'S OFFICE", 0.04), ("PAYROLL ADVICE", 0.04)])
    fields, _ = extract_pay_stub([stub], ref)
    assert fields["employer"].value == "TAMSIN COUNTY SHERIFF'S OFFICE"
