"""A stub's summary strip of several labelled figures, a pension plan's payment statement scanned with its
labels and figures in two columns, a letter whose reference line names the application, a servicer's own
mortgage statement, hand-written dates OCR parts, a form's wages per borrower, and the second look OCR
takes at a loan number."""

from __future__ import annotations

import tempfile
from datetime import date
from decimal import Decimal
from pathlib import Path

from PIL import Image, ImageDraw

from lossmit_docs.model import Word
from lossmit_docs.reading import loan_numbers, ocr
from lossmit_docs.reading.classify import classify_page
from lossmit_docs.reading.extract_application import extract_application
from lossmit_docs.reading.ocr import OcrResult, Tesseract
from lossmit_docs.reading.pages import PageReader
from lossmit_docs.reading.split import split
from lossmit_docs.reading.values import dates_in
from pdf_factory import Ink, _font, placed_text_pdf, printed_and_scanned
from test_classify import page
from test_extract import ref, text_page
from test_portal_stubs_and_yearly_income import read_file_documents
from test_questionnaire_layouts import application, value


def _scanned(tmp_path: Path, name: str, inks: list[Ink]) -> Path:
    born = placed_text_pdf(tmp_path / f"{name}-born.pdf", [inks])
    return printed_and_scanned(born, 300, tmp_path / f"{name}.pdf")


def _only(documents: list, kind: str) -> dict[str, object]:
    found = [d for d in documents if d.type == kind]
    assert len(found) == 1, [d.type for d in documents]
    return {name: field.value for name, field in found[0].fields.items()}


def test_a_summary_strip_gives_each_label_its_own_figure(reader: PageReader, tmp_path: Path) -> None:
    """"Gross Pay 944.60  YTD Gross 35,396.88  NET PAY $708.35" under a table headed "This Period" and
    "YTD": the year-to-date gross standing under "This Period" is no current gross."""
    inks = [Ink(40, 50, "Lakeview Freight Terminals LLC", 13, "Helvetica-Bold"), Ink(480, 50, "PAY STUB", 13),
            Ink(40, 66, "810 Harbor Road - Duluth, MN 55802", 9),
            Ink(40, 100, "Employee", 8), Ink(40, 113, "Tomas R. Okafor", 11),
            Ink(300, 100, "Check Date", 8), Ink(300, 113, "08/16/2030", 10),
            Ink(400, 100, "Period Start", 8), Ink(400, 113, "08/04/2030", 10),
            Ink(500, 100, "Period End", 8), Ink(500, 113, "08/10/2030", 10)]
    for x, caption in ((40, "Earnings"), (150, "Hours"), (230, "This Period"), (300, "YTD"), (330, "Deductions"),
                       (480, "This Period"), (570, "YTD")):
        inks.append(Ink(x, 150, caption, 9, "Helvetica-Bold", "r" if x not in (40, 330) else "l"))
    for row, (kind, hours, current, ytd) in enumerate((("Regular", "40.00", "880.00", "27,280.00"),
                                                       ("Overtime", "3.00", "99.00", "2,871.00"))):
        inks += [Ink(40, 166 + 14 * row, kind, 9), Ink(150, 166 + 14 * row, hours, 9, align="r"),
                 Ink(230, 166 + 14 * row, current, 9, align="r"), Ink(300, 166 + 14 * row, ytd, 9, align="r")]
    for row, (kind, current, ytd) in enumerate((("Federal Income Tax", "71.20", "2,190.40"),
                                                ("Social Security", "60.70", "1,869.36"))):
        inks += [Ink(330, 166 + 14 * row, kind, 9), Ink(480, 166 + 14 * row, current, 9, align="r"),
                 Ink(570, 166 + 14 * row, ytd, 9, align="r")]
    # each figure of the strip stands under a column of the tables above that is not its own
    inks += [Ink(40, 230, "Gross Pay  979.00", 11, "Helvetica-Bold"),
             Ink(250, 230, "YTD Gross  30,151.00", 10, align="r"),
             Ink(570, 230, "NET PAY  $741.12", 12, "Helvetica-Bold", "r")]
    fields = _only(read_file_documents(reader, _scanned(tmp_path, "stub", inks), date(2030, 9, 1)), "pay_stub")
    assert fields["gross_current"] == Decimal("979.00")
    assert fields["gross_ytd"] == Decimal("30151.00")
    assert fields["net_current"] == Decimal("741.12")


def test_a_pension_payment_statement_is_a_benefit_letter(reader: PageReader, tmp_path: Path) -> None:
    """It prints "Net Payment" and tax withheld as a stub does, and a scan reads its label column apart
    from its figure column: the gross benefit is found by its label's row."""
    labels = ("Participant", "Form of Payment", "Payment Frequency", "Payment Date", "Monthly Gross Benefit",
              "Federal Income Tax Withheld", "Net Payment")
    figures = ("Ruth A. Lindgren", "Single Life Annuity", "Monthly", "07/01/2030", "$1,847.20", "$184.72",
               "$1,662.48")
    inks = [Ink(40, 50, "Northern Foundry Workers Pension Plan", 13, "Helvetica-Bold"),
            Ink(40, 66, "Plan Office - P.O. Box 410 - Hibbing, MN 55746", 9), Ink(40, 100, "July 1, 2030", 10),
            Ink(40, 140, "PENSION PAYMENT STATEMENT", 12, "Helvetica-Bold")]
    for row, (label, figure) in enumerate(zip(labels, figures, strict=True)):
        inks += [Ink(40, 175 + 16 * row, label, 10), Ink(330, 175 + 16 * row, figure, 10)]
    inks.append(Ink(40, 310, "Your pension is paid on the first business day of each month and is subject "
                             "to federal income tax.", 9))
    fields = _only(read_file_documents(reader, _scanned(tmp_path, "pension", inks), date(2030, 7, 20)),
                   "benefit_award_letter")
    assert fields["monthly_amount"] == Decimal("1847.20")
    assert fields["benefit_type"] == "benefits_taxable"


def test_a_letter_about_the_application_is_a_letter() -> None:
    letter = page("Harold and Beverly Pedersen\n12 Mill Road\nKaukauna, WI 54130\nJune 12, 2030\n"
                  "Re: Mortgage assistance application\nTo the Loss Mitigation Department:\n"
                  "We are asking for help with our mortgage, loan number 0061046123. Our taxes and insurance went "
                  "up and my wife has been ill since January.\nRespectfully,\nHarold Pedersen", ocr=True)
    assert classify_page(letter).type == "hardship_letter"


def test_a_servicers_mortgage_statement_is_no_bank_statement() -> None:
    statement = page("Prairie Lakes Credit Union Mortgage Statement\nStatement Date: 09/16/2030\n"
                     "Account Number 0018963928\nPayment Due Date 10/01/2030\nAmount Due $3,955.41\n"
                     "Explanation of Amount Due\nPrincipal 408.73\nInterest 606.50\nEscrow 303.24\n"
                     "Total Amount Due 3,955.41", ocr=True)
    assert [part.type for part in split([statement])[0]] == ["other"]  # (read as a household bill, listed as other)


def test_a_hand_written_day_parted_by_ocr_is_one_date() -> None:
    assert dates_in("began on approximately (date) 01/1 5/2030") == [date(2030, 1, 15)]
    assert dates_in("paid 3/1 and 5/2030") == []  # words between: no date to join


def test_each_borrowers_wages_line_is_wages() -> None:
    application = text_page(
        "Mortgage Assistance Request\nLoan number: 0018963928\nBorrower's name: Kevin L. Delacroix\n"
        "PART 4 - MONTHLY INCOME (gross, before taxes)\nBorrower wages (gross) $ 1,210.00\n"
        "Co-borrower wages (gross) $ 3,763.00\nUnemployment benefits $ 1,724.67\n"
        "TOTAL MONTHLY HOUSEHOLD INCOME $ 6,697.67")
    fields = extract_application([application], ref)
    assert fields["income.wages"].value == Decimal("4973.00")
    assert fields["income.total"].value == Decimal("6697.67")


def test_form_710s_529_plan_is_no_savings(tmp_path: Path) -> None:
    """Form 710's assets note wraps "... and college savings accounts such as a" onto "529 plan.": a number
    a word names is prose, not the savings' amount."""
    inks = [Ink(40, 50, "Mortgage Assistance Application", 14), Ink(40, 80, "Loan number: 0032034631", 10),
            Ink(40, 110, "Current Borrower Assets", 11, "Helvetica-Bold"),
            Ink(40, 126, "Exclude retirement funds such as a 401(k) or Individual Retirement Account (IRA), and "
                         "college savings accounts such as a", 8),
            Ink(40, 136, "529 plan.", 8),
            Ink(40, 156, "Checking account(s) and cash on hand", 9), Ink(330, 156, "$ 1,200.00", 9)]
    fields = application(placed_text_pdf(tmp_path / "assets.pdf", [inks]))
    assert value(fields, "assets.checking") == Decimal("1200.00")
    assert value(fields, "assets.savings") != Decimal("529")


def _words(*texts: str) -> tuple[list[Word], list[tuple[int, int, int]]]:
    words = [Word(text, 0.95, (0.1 + 0.1 * i, 0.1, 0.18 + 0.1 * i, 0.12)) for i, text in enumerate(texts)]
    return words, [(1, 1, 1)] * len(words)


def test_a_loan_number_read_again_alone_replaces_a_misread_digit() -> None:
    words, lines = _words("Loan", "number:", "9071076158")
    image = Image.new("L", (1000, 1000), 255)
    looked = loan_numbers.second_look(words, lines, image, lambda _crop: "0071076158")
    assert looked[2].text == "0071076158"
    assert looked[2].confidence < 0.8  # the two readings differ: a person checks the digits
    same = loan_numbers.second_look(words, lines, image, lambda _crop: "9071076158")
    assert same == words
    lost = loan_numbers.second_look(words, lines, image, lambda _crop: "071076158")  # a digit lost: not taken
    assert lost == words
    other, other_lines = _words("Phone", "number:", "9071076158")  # no loan word leads to it: not looked at
    assert loan_numbers.second_look(other, other_lines, image, lambda _crop: "0071076158") == other


def test_a_failed_second_look_keeps_the_first_reading() -> None:
    class Broken:
        def read_digits(self, _image: Image.Image) -> str:
            raise OSError("disk full")

    words, lines = _words("Loan", "number:", "9071076158")
    first = OcrResult("Loan number: 9071076158", tuple(words), 0.95, lines=tuple(lines))
    assert ocr._loan_numbers_looked_at(first, Image.new("L", (100, 100), 255), Broken()) is first


def test_tesseract_reads_a_loan_numbers_crop_as_one_line_of_digits() -> None:
    image = Image.new("L", (900, 90), 255)
    ImageDraw.Draw(image).text((20, 18), "0071076158", fill=20, font=_font(50))
    with tempfile.TemporaryDirectory() as workdir:
        assert Tesseract("eng", 30, Path(workdir), 300).read_digits(image).strip() == "0071076158"
