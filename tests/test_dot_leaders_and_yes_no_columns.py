"""A landscape servicer's form of two columns whose labels run to their answers on dot leaders ("Loan number
. . . . 0552960047   Street address . . . . 6676 Beacon Knoll St") and whose options are answered by a mark
under a "YES" and a "NO" heading, typed in its PDF and printed, boxed and scanned through real tesseract; an
"X" on a blank before one option with another option further along its row; a ticked glyph before words no
option's label names; a co-borrower's block under a heading numbered in a black square; the taxpayer's
signature on a Form 4506-C beside the spouse's empty line; an application dated years before it came; a
survivor's benefit, a monogram before an employer's name and OCR's "|A" for Iowa."""

from __future__ import annotations

import dataclasses
from datetime import date
from decimal import Decimal
from pathlib import Path

from pypdf import PdfReader, PdfWriter
from reportlab.lib.pagesizes import landscape, letter
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from lossmit_docs.model import Field, Page, PageRef, TextMethod, Word
from lossmit_docs.reading.application_layout import without_label_note
from lossmit_docs.reading.documents import _signed_before_receipt
from lossmit_docs.reading.extract_application import extract_application
from lossmit_docs.reading.ink import PdfInk
from lossmit_docs.reading.letters_and_checks import extract_letter
from lossmit_docs.reading.pages import PageReader
from lossmit_docs.reading.pay_stubs import extract_pay_stub
from lossmit_docs.reading.signed_papers import extract_4506c
from pdf_factory import Ink, placed_text_pdf, printed_and_scanned
from test_extract import text_page

SCAN_DPI = 200
WIDE = landscape(letter)
UNICODE_FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"  # has the ballot boxes, Helvetica has not


def ref(number: int) -> PageRef:
    return PageRef("f.pdf", number)


def _leader_form(path: Path, boxed: bool, dotted: bool = True) -> Path:
    """Two columns of labels with dot leaders to their answers; the co-borrower's name left blank; the
    hardships and uses of the home answered under YES / NO headings on a row shared with the income
    column's heading, by a typed X, or (`boxed`) an X drawn in one of two boxes."""
    pdf = canvas.Canvas(str(path), pagesize=WIDE)
    top = WIDE[1]
    pdf.setFont("Helvetica-Bold", 14)
    pdf.drawString(36, top - 40, "HARLOW LOAN SERVICING - HOMEOWNER RELIEF APPLICATION")

    def led(x: float, y: float, label: str, answer: str, width: float = 340) -> None:
        pdf.setFont("Helvetica", 10)
        text = label + " "
        while dotted and pdf.stringWidth(text + " .", "Helvetica", 10) < width * 0.52:
            text += " ."
        pdf.drawString(x, top - y, text)
        if not dotted:  # a leader drawn as a dotted rule, heavier than a full stop
            pdf.setLineWidth(1.6)
            pdf.setDash(1.6, 2.4)
            pdf.line(x + pdf.stringWidth(text, "Helvetica", 10), top - y + 1, x + width * 0.52, top - y + 1)
            pdf.setDash()
            pdf.setLineWidth(1)
        if answer:
            pdf.drawString(x + width * 0.55, top - y, answer)

    led(36, 80, "Loan number", "0552960047")
    led(400, 80, "Street address", "6676 Beacon Knoll St")
    led(36, 102, "Borrower's full name", "Quentin Okafor")
    led(400, 102, "City, state and ZIP", "Cedar Mills, IA 52224")
    led(36, 124, "Co-borrower's full name", "")

    def marks(y: float, rows: list[tuple[str, bool]]) -> None:
        pdf.setFont("Helvetica", 10)
        pdf.drawString(36, top - y, "Mark YES or NO for each statement.")
        pdf.setFont("Helvetica-Bold", 10)
        pdf.drawString(318, top - y, "YES")
        pdf.drawString(352, top - y, "NO")
        for index, (text, yes) in enumerate(rows):
            row = y + 20 * (index + 1)
            pdf.setFont("Helvetica", 10)
            pdf.drawString(36, top - row, text)
            for centre, ticked in ((327, yes), (359, not yes)):
                if boxed:
                    pdf.rect(centre - 5, top - row - 2, 10, 10)
                if ticked:
                    pdf.setFont("Helvetica-Bold", 10)
                    pdf.drawCentredString(centre, top - row, "X")

    marks(160, [("I live in the property as my primary residence", True),
                ("The property is my second or vacation home", False),
                ("The property is rented out or held as an investment", False)])
    pdf.setFont("Helvetica-Bold", 10)
    pdf.drawString(400, top - 250, "MONTHLY INCOME (gross)")
    marks(250, [("I lost my job or I am out of work", False),
                ("My pay, hours or overtime were reduced", False),
                ("My housing costs went up (taxes, insurance, HOA)", False),
                ("A fire, flood, storm or other disaster hit my home", True),
                ("Disability or serious illness (me or my family)", True),
                ("Divorce or legal separation", False),
                ("Death of a borrower or of a wage earner", False),
                ("Job transfer or move far away", False)])
    led(400, 270, "Wages, salary, overtime, tips", "$ 5,224.00")
    led(400, 290, "Self-employment income", "$")
    led(400, 310, "Unemployment benefits", "$")
    led(400, 330, "TOTAL MONTHLY INCOME", "$ 5,224.00")
    pdf.save()
    return path


def test_dot_leaders_and_yes_no_columns_born_digital(reader: PageReader, tmp_path: Path) -> None:
    """Each answer follows its own label's leader, not the next column's ("Street address" was taken for
    the loan number, the name was cut as a row of labels); a mark under YES or NO stands mid-row, the
    income column's words after it, and the headings share their row with an instruction; one answer a row
    ("storm or other disaster" answers no "Other"); the uses of the home are read so too; an income line
    left blank after its leader and "$" is no unreadable pen."""
    path = _leader_form(tmp_path / "leaders.pdf", boxed=False)
    fields = extract_application(reader.read(path), ref, PdfInk(path))
    assert fields["loan_number"].value == "0552960047"
    assert fields["borrower_name"].value == "Quentin Okafor"
    assert fields["property_address"].value == "6676 Beacon Knoll St, Cedar Mills, IA 52224"
    assert sorted(fields["hardship_types"].value) == ["disability_or_illness", "disaster"]  # no "other"
    assert fields["occupancy"].value == "primary_residence"
    assert min(fields["hardship_types"].confidence, fields["occupancy"].confidence) >= 0.9
    assert fields["income.wages"].value == Decimal("5224.00")
    blank = fields.get("income.self_employment")
    assert blank is None or blank.confidence >= 0.8


def test_dot_leaders_and_yes_no_boxes_scanned(reader: PageReader, tmp_path: Path) -> None:
    """Printed with a box under each heading, its leaders drawn as dotted rules, and scanned: tesseract
    reads a rule as flat unsure "letters" ("sees eee ene"), which are a leader still, and the name is cut
    at the next column's words a gap away ("City, state and ZIP"); the box ticked on each row says Yes or
    No; the leader's dots beside the blank co-borrower's name are no handwriting."""
    born = _leader_form(tmp_path / "born.pdf", boxed=True, dotted=False)
    scan = printed_and_scanned(born, SCAN_DPI, tmp_path / "scan.pdf")
    pages = reader.read(scan)
    assert pages[0].method is TextMethod.OCR
    fields = extract_application(pages, ref, PdfInk(scan, pages))
    assert fields["borrower_name"].value == "Quentin Okafor"
    assert sorted(fields["hardship_types"].value) == ["disability_or_illness", "disaster"]
    assert fields["hardship_types"].confidence >= 0.8
    assert fields["co_borrower_name"].value in (None, "") and fields["co_borrower_name"].confidence >= 0.8


def test_the_next_cells_label_beside_a_blank_name_is_no_name(reader: PageReader, tmp_path: Path) -> None:
    """"Co-borrower name          Phone   (261) 555-0135": the co-borrower's name is blank, not "Phone"."""
    path = placed_text_pdf(tmp_path / "cells.pdf", [[
        Ink(48, 50, "MORTGAGE ASSISTANCE APPLICATION", 14, "Helvetica-Bold"),
        Ink(48, 90, "Borrower name"), Ink(170, 90, "Quentin Okafor", 10, "Courier"),
        Ink(48, 112, "Co-borrower name"), Ink(330, 112, "Phone"), Ink(400, 112, "(261) 555-0135", 10, "Courier")]])
    fields = extract_application(reader.read(path), ref, PdfInk(path))
    assert fields["borrower_name"].value == "Quentin Okafor"
    assert fields["co_borrower_name"].value in (None, "")


def test_a_town_named_city_and_a_label_without_its_own_leader(reader: PageReader, tmp_path: Path) -> None:
    """"Salt Lake City" a gap after the street is the town, not the next cell's label (one word questions
    are made of is no label); a label with no leader of its own keeps its answer when the next column's label
    has one ("Full name  Quentin Okafor   City, state and ZIP . . . Cedar Mills"); cells set three spaces
    apart part at the row's widest gap (the co-borrower's name was read blank, sure)."""
    path = placed_text_pdf(tmp_path / "cells.pdf", [[
        Ink(48, 50, "MORTGAGE ASSISTANCE APPLICATION", 14, "Helvetica-Bold"),
        Ink(48, 90, "Full name"), Ink(130, 90, "Quentin Okafor", 10, "Courier"),
        Ink(330, 90, "City, state and ZIP " + " ." * 14), Ink(480, 90, "Cedar Mills, IA 52224", 10, "Courier"),
        Ink(48, 130, "Property address"), Ink(150, 130, "6676 Beacon Knoll St", 10, "Courier"),
        Ink(320, 130, "Salt Lake City", 10, "Courier"), Ink(430, 130, "UT 84101", 10, "Courier")]])
    fields = extract_application(reader.read(path), ref, PdfInk(path))
    assert fields["borrower_name"].value == "Quentin Okafor"
    assert fields["property_address"].value.replace(",", "") == "6676 Beacon Knoll St Salt Lake City UT 84101"
    leader = " ." * 8
    tight = tmp_path / "tight.pdf"  # a landscape page, its cells three spaces apart: the widest gap parts them
    pdf = canvas.Canvas(str(tight), pagesize=WIDE)
    pdf.setFont("Helvetica-Bold", 14)
    pdf.drawString(36, WIDE[1] - 40, "MORTGAGE ASSISTANCE APPLICATION")
    pdf.setFont("Helvetica", 10)
    pdf.drawString(36, WIDE[1] - 80, f"Borrower's full name{leader} Quentin Okafor   Phone{leader} (261) 555-0135")
    pdf.drawString(36, WIDE[1] - 102,
                   f"Co-borrower's full name{leader} Tamsin Okafor   City, state and ZIP{leader} Cedar Mills")
    pdf.save()
    fields = extract_application(reader.read(tight), ref, PdfInk(tight))
    assert fields["co_borrower_name"].value == "Tamsin Okafor"


# a hardship question's page: its heading, a borrower, the question
REASONS_HEAD = (Ink(48, 50, "LOSS MITIGATION APPLICATION", 14, "Helvetica-Bold"),
                Ink(48, 80, "Borrower name"), Ink(200, 80, "Janelle S. Ferreira", 10, "Courier"),
                Ink(48, 120, "REASON(S) - MARK ALL THAT APPLY", 9, "Helvetica-Bold"))


def _glyph_form(path: Path, lines: list[str]) -> Path:
    """An application's heading, then lines typed in a font that has the ballot boxes, 20 points apart."""
    pdfmetrics.registerFont(TTFont("DejaVuSans", UNICODE_FONT))
    pdf = canvas.Canvas(str(path), pagesize=letter)
    pdf.setFont("Helvetica-Bold", 14)
    pdf.drawString(48, 740, "MORTGAGE ASSISTANCE APPLICATION")
    pdf.setFont("DejaVuSans", 10)
    for index, line in enumerate(lines):
        pdf.drawString(48, 700 - 20 * index, line)
    pdf.save()
    return path


def test_review_misfires_of_marks_and_leaders(reader: PageReader, tmp_path: Path) -> None:
    """An "other" inside an option's own words ("Flood, fire or other natural disaster") does not take the
    line's X from it; boxes printed after their options ("Investment property ☒") name their options by
    the words before them, so the reading stays sure; two specks of a scan are no dot leader."""
    marks = placed_text_pdf(tmp_path / "marks.pdf", [[
        *REASONS_HEAD,
        Ink(70, 140, "Unemployment"), Ink(70, 158, "Reduced income (fewer hours, lower pay)"),
        Ink(56, 176, "X", 10, "Helvetica-Bold"), Ink(70, 176, "Flood, fire or other natural disaster"),
        Ink(70, 194, "Divorce or legal separation"), Ink(70, 212, "Other (attach an explanation)")]])
    fields = extract_application(reader.read(marks), ref, PdfInk(marks))
    assert "disaster" in fields["hardship_types"].value
    after = _glyph_form(tmp_path / "after.pdf",
                        ["The property is:  Primary residence ☐   Second home ☐   Investment property ☒"])
    fields = extract_application(reader.read(after), ref, PdfInk(after))
    assert fields["occupancy"].value == "investment_property" and fields["occupancy"].confidence >= 0.9
    specks = [Word(text, 0.9, (x, 0.1, x + width, 0.112)) for text, x, width in
              (("Quentin", 0.2, 0.06), (".", 0.265, 0.004), (".", 0.272, 0.004), ("Okafor", 0.28, 0.06))]
    assert [w.text for w in without_label_note(specks)] == ["Quentin", ".", ".", "Okafor"]


def test_a_mark_opening_a_row_is_not_the_option_after_the_next_one(reader: PageReader, tmp_path: Path) -> None:
    """"X  Disability or serious illness      Other (attach an explanation)": the X is the first option's;
    before, "Other" was ticked too."""
    path = placed_text_pdf(tmp_path / "blanks.pdf", [[
        *REASONS_HEAD,
        Ink(70, 140, "Unemployment"), Ink(330, 140, "Divorce or legal separation"),
        Ink(56, 158, "X", 10, "Helvetica-Bold"), Ink(70, 158, "Reduced income (fewer hours, lower pay)"),
        Ink(330, 158, "Death of a borrower or wage earner"),
        Ink(56, 176, "X", 10, "Helvetica-Bold"), Ink(70, 176, "Disability or serious illness"),
        Ink(330, 176, "Other (attach an explanation)")]])
    fields = extract_application(reader.read(path), ref, PdfInk(path))
    assert fields["hardship_types"].value == ["reduction_in_income", "disability_or_illness"]


def test_a_ticked_glyph_no_option_names_is_for_a_person(reader: PageReader, tmp_path: Path) -> None:
    """"☐ Loss of employment  ☒ Pay envelope shrank": the ticked box's words are no option's label, so the
    group's reading, none ticked, is unsure, not a sure blank."""
    path = _glyph_form(tmp_path / "glyphs.pdf", ["Please check each reason that applies to you:",
                                                  "☐ Loss of employment      ☒ Pay envelope shrank",
                                                  "☐ Divorce or legal separation      ☐ Natural disaster"])
    fields = extract_application(reader.read(path), ref, PdfInk(path))
    assert fields["hardship_types"].value == []
    assert fields["hardship_types"].confidence <= 0.6


def _sections_form(path: Path, co_borrower: str) -> Path:
    """Blocks per person, each under a heading numbered white in a black square, the answers on the right."""
    pdf = canvas.Canvas(str(path), pagesize=letter)
    top = letter[1]
    pdf.setFont("Helvetica-Bold", 13)
    pdf.drawString(48, top - 50, "COBALT RIDGE MORTGAGE - Loss Mitigation Application")
    for number, heading, y, name in (("1", "BORROWER", 100, "Rafael L. Castellanos"),
                                     ("2", "CO-BORROWER (if any)", 190, co_borrower)):
        pdf.setFillColorRGB(0, 0, 0)
        pdf.rect(48, top - y - 5, 20, 20, fill=1)
        pdf.setFillColorRGB(1, 1, 1)
        pdf.setFont("Helvetica-Bold", 13)
        pdf.drawCentredString(58, top - y, number)
        pdf.setFillColorRGB(0, 0, 0)
        pdf.drawString(78, top - y, heading)
        pdf.setFont("Helvetica", 9)
        pdf.drawString(66, top - y - 28, "FULL NAME")
        pdf.drawString(66, top - y - 50, "PHONE")
        pdf.line(230, top - y - 31, 560, top - y - 31)
        pdf.line(230, top - y - 53, 560, top - y - 53)
        pdf.setFont("Courier", 11)
        if name:
            pdf.drawString(236, top - y - 28, name)
        pdf.drawString(236, top - y - 50, "(651) 555-0182")
    pdf.save()
    return path


def test_co_borrower_block_under_a_numbered_heading_scanned(reader: PageReader, tmp_path: Path) -> None:
    """OCR reads the black square's "2" as a blot before "CO-BORROWER (if any)": still the block's heading.
    Its name is the co-borrower's; left blank, with no ink on the line, there is none (not a doubt)."""
    for name in ("Tamsin K. Castellanos", ""):
        scan = printed_and_scanned(_sections_form(tmp_path / f"born{bool(name)}.pdf", name), SCAN_DPI,
                                   tmp_path / f"scan{bool(name)}.pdf")
        pages = reader.read(scan)
        fields = extract_application(pages, ref, PdfInk(scan, pages))
        assert fields["borrower_name"].value == "Rafael L. Castellanos"
        assert (fields["co_borrower_name"].value or "") == name
        assert fields["co_borrower_name"].confidence >= 0.8


def test_a_name_written_under_a_blocks_label_and_unread_is_no_blank(reader: PageReader, tmp_path: Path) -> None:
    """A pen's name under the co-borrower's "FULL NAME" that OCR read nothing of (its words taken out, as a
    scrawl tesseract cannot read leaves none) is a name unread, for a person, never a sure "no
    co-borrower": the next row's figures ("(651) 555-0182") are no dash saying none. Ink under the label is
    looked for as well as ink beside it."""
    born = _sections_form(tmp_path / "born.pdf", "")
    pdf = canvas.Canvas(str(tmp_path / "pen.pdf"), pagesize=letter)
    pdf.setLineWidth(1.8)
    for dx in range(0, 40, 12):  # loops of a name written right under the label, over the PHONE row
        pdf.bezier(66 + dx, letter[1] - 230, 70 + dx, letter[1] - 222, 74 + dx, letter[1] - 233, 78 + dx,
                   letter[1] - 224)
    pdf.save()
    writer = PdfWriter(clone_from=born)
    writer.pages[0].merge_page(PdfReader(tmp_path / "pen.pdf").pages[0])
    writer.write(tmp_path / "signed.pdf")
    scan = printed_and_scanned(tmp_path / "signed.pdf", SCAN_DPI, tmp_path / "scan.pdf")
    pages = reader.read(scan)
    pen = (0.1, 221 / letter[1], 0.2, 233 / letter[1])  # where the name was written, in page fractions
    unread = [w for w in pages[0].words if not (w.box[0] < pen[2] and w.box[2] > pen[0]
                                                 and w.box[1] < pen[3] and w.box[3] > pen[1])]
    pages = [dataclasses.replace(pages[0], words=tuple(unread))]
    fields = extract_application(pages, ref, PdfInk(scan, pages))
    assert fields["co_borrower_name"].confidence < 0.8


def test_4506c_taxpayer_signature_beside_the_spouses_empty_line(tmp_path: Path) -> None:
    """The taxpayer's caption hidden under the pen, the spouse's captioned line empty: the spouse's
    "signature" caption is no taxpayer's, so the line under the attestation is read, signed. Before, the
    form read unsigned, sure."""
    path = tmp_path / "4506c.pdf"
    pdf = canvas.Canvas(str(path), pagesize=letter)
    pdf.setFont("Helvetica", 8)
    pdf.drawString(62, 445, "Signatory attests that he/she has read the attestation clause.")
    pdf.line(80, 415, 370, 415)
    pdf.setLineWidth(2.0)
    for dx in range(0, 150, 30):
        pdf.bezier(100 + dx, 418, 110 + dx, 438, 125 + dx, 412, 130 + dx, 427)
    pdf.setLineWidth(1)
    pdf.setFont("Helvetica", 10)
    pdf.drawString(420, 418, "09/06/2033")
    pdf.line(80, 360, 370, 360)
    pdf.setFont("Helvetica", 8)
    pdf.drawString(80, 350, "Spouse's signature (required if listed on Line 2a)")
    pdf.drawString(420, 350, "Date")
    pdf.save()
    page = Page(1, "", TextMethod.TEXT_LAYER, 1.0, 0, *letter)
    fields = extract_4506c([page], ref, PdfInk(path), date(2033, 9, 12))
    assert fields["signed"].value is True and fields["signed"].confidence >= 0.9
    assert fields["signed_on"].value == date(2033, 9, 6)


def test_an_application_dated_years_before_it_came_is_a_misread_year() -> None:
    """A pen's "2033" read "2020" on a packet received in 2033: the date is for a person to check. A date
    a week before receipt stays as sure as it was read."""
    misread = {"signed_on": Field(date(2020, 6, 14), 0.93, ref(1), TextMethod.OCR)}
    assert _signed_before_receipt(misread, date(2033, 6, 20))["signed_on"].confidence <= 0.5
    recent = {"signed_on": Field(date(2033, 6, 14), 0.93, ref(1), TextMethod.OCR)}
    assert _signed_before_receipt(recent, date(2033, 6, 20))["signed_on"].confidence == 0.93
    later = {"signed_on": Field(date(2033, 7, 14), 0.93, ref(1), TextMethod.OCR)}
    assert _signed_before_receipt(later, date(2033, 6, 20))["signed_on"].confidence <= 0.5


def test_survivors_benefit_monogram_and_a_state_read_with_a_bar() -> None:
    """A Social Security letter awarding survivors benefits under the "Retirement, Survivors, and
    Disability Insurance" heading is taxable, not a disability benefit; a firm's monogram letter before its
    name ("C Castlegate ...") is not the name's; OCR's "|A" before a ZIP is Iowa."""
    letter_text = ("Social Security Administration\nRetirement, Survivors, and Disability Insurance\n"
                   "Date: June 9, 2033\nWe are writing about your claim for survivors benefits on the record of "
                   "Marcus E. Ingersoll.\nYour monthly benefit is $1,524.00.")
    fields = extract_letter([text_page(letter_text)], ref, benefit=True)
    assert fields["benefit_type"].value == "benefits_taxable"
    stub = ("C Castlegate Engineering Group\n600 Riverfront Plaza, Suite 1200\nCOMPENSATION STATEMENT\n"
            "Employee Orville M. Yarborough\nPay period 09/01/2033 - 09/30/2033\nPayment date 09/30/2033\n"
            "Gross compensation 7,711.00 69,399.00\nNet pay 5,602.11")
    stub_fields, _ = extract_pay_stub([text_page(stub)], ref)
    assert stub_fields["employer"].value == "Castlegate Engineering Group"
    application = ("MORTGAGE ASSISTANCE APPLICATION\nLoan number: 7724453389\nBorrower name: Danielle A. Ingersoll\n"
                   "Property address: 3915 Foxglove Terrace, Cedar Prairie, |A 52237")
    app_fields = extract_application([text_page(application, ocr=True)], ref)
    assert app_fields["property_address"].value == "3915 Foxglove Terrace, Cedar Prairie, IA 52237"
    glued = extract_application([text_page(application.replace("|A 52237", "|A52237"), ocr=True)], ref)
    assert glued["property_address"].value == "3915 Foxglove Terrace, Cedar Prairie, IA 52237"
