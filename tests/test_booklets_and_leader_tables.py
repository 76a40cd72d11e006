"""An application printed as a booklet and scanned flat, one printed as a table of labels and answers with dot
leaders, and retirees' papers.

1. A booklet's sheets, two half-letter pages side by side on each landscape sheet, in the order a folded
   booklet prints them ([4|1] then [2|3]): one application over both sheets, read a page of the sheet at a
   time. Its title stands at the top of the right-hand page, the other page's instructions name award
   letters; the name's row goes on with "Date of birth"; the instructions' "within 90 days" is no income;
   a "Social Security retirement" line and a "Pension" line add up to the taxable benefits.
2. A landscape page of two panels whose rows run across both is no booklet's sheet: it stays one page.
3. A table of labels and answers in ruled cells, each label's cell filled with a dot leader ("Loan number
   . . . . | 2290417735"): the answers stand in the next cell; the address goes on under the street; a blank
   co-borrower's cell holds the leader's dots and the cell's side, no writing; the date signed stands in its
   cell, past a leader a scan's OCR may lose. Typed and printed, then scanned.
4. Retirees' papers: an annuity's payout statement from a life insurer is an investment statement, a pension
   trust's survivor letter an award letter; a petition for divorce is not the court's decree.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from reportlab.lib.pagesizes import landscape, letter
from reportlab.pdfgen import canvas

from conftest import documents_read
from lossmit_docs.model import Page, TextMethod, Word
from lossmit_docs.reading.application_layout import UNREADABLE
from lossmit_docs.reading.pages import PageReader
from lossmit_docs.reading.spreads import spread_halves
from pdf_factory import pen_signature, printed_and_scanned, text_pdf

RECEIVED = date(2047, 4, 20)
SHEET = landscape(letter)  # 792 x 612 points
HALF = SHEET[0] / 2


def _put(pdf: canvas.Canvas, x: float, y: float, text: str, size: float = 9.0, font: str = "Helvetica") -> None:
    """A string whose baseline stands `y` points under the sheet's top."""
    pdf.setFont(font, size)
    pdf.drawString(x, SHEET[1] - y, text)


def _page(pdf: canvas.Canvas, left: float, lines: list[tuple[str, str]], spacing: float, number: int) -> None:
    """One booklet page on half the sheet: (label, answer) rows, the answer a column along; its footer."""
    y = 40.0
    for label, answer in lines:
        bold = answer == "" and label.isupper()
        _put(pdf, left + 36, y, label, 10 if bold else 9, "Helvetica-Bold" if bold else "Helvetica")
        if answer:
            _put(pdf, left + 200, y, answer, 9.5, "Courier")
        y += spacing
    _put(pdf, left + 36, 585, "Wendover Hills Mortgage Servicing - Form WH-62 (rev. 02/2047)", 7)
    _put(pdf, left + HALF / 2, 600, str(number), 8)


def _booklet(path: Path) -> Path:
    pdf = canvas.Canvas(str(path), pagesize=SHEET)
    _page(pdf, 0, [("PART 7 BORROWER CERTIFICATION", ""),
                   ("I certify that the information in this booklet is true.", ""),
                   ("Homeowner's signature", ""), ("Date", "03/14/2047"),
                   ("WHAT TO SEND WITH THIS BOOKLET", ""),
                   ("Social Security, pension, VA or annuity award letters dated within 90 days.", ""),
                   ("Your most recent pay stub, if anyone on the loan works.", ""),
                   ("A letter that explains the hardship.", ""),
                   ("Mail: PO Box 2290, Wendover, PA 17013", "")], 21, 4)
    pen_signature(pdf, 200, letter[1] - SHEET[1] + 82, 120)  # (its baseline is measured on a letter page)
    _page(pdf, HALF, [("WENDOVER HILLS", ""), ("Homeowner Assistance Application", ""),
                      ("For homeowners 62 and older", ""), ("LOAN NUMBER", "0072641953"),
                      ("PART 1 BORROWER INFORMATION", ""), ("Homeowner's full name", "Eleanor M. Whitcombe"),
                      ("Social Security number - last 4 digits", "2286"),
                      ("Co-borrower name", ""), ("PART 2 IF SOMEONE IS HELPING", ""),
                      ("Helper's name", "Daniel R. Whitcombe")], 27, 1)
    _put(pdf, HALF + 335, 40 + 5 * 27, "Date of birth", 9)
    pdf.showPage()
    _page(pdf, 0, [("PART 3 THE HOME", ""), ("Street address of the home", "27 Chestnut Hill Lane"),
                   ("City State ZIP", "Marbury CT 06447"), ("PART 4 YOUR HARDSHIP", ""),
                   ("The hardship started on", "11/18/2046"),
                   ("Type of hardship", "Illness and the cost of care")], 26, 2)
    _page(pdf, HALF, [("PART 5 MONTHLY INCOME", ""), ("Before taxes and deductions", ""),
                      ("Pay from a job (gross) $", ""),
                      ("Social Security retirement (taxable) $", "1,420.00"),
                      ("Pension payments (taxable) $", "611.60"),
                      ("Rent received $", ""), ("TOTAL of the lines above $", "2,031.60")], 19, 3)
    pdf.showPage()
    pdf.save()
    return path


def test_a_booklets_sheets_are_read_a_page_at_a_time(reader: PageReader, tmp_path: Path) -> None:
    documents = documents_read(reader, _booklet(tmp_path / "booklet.pdf"), RECEIVED)
    assert [(d.type, [p.page for p in d.pages]) for d in documents] == [("mortgage_assistance_application", [1, 2])]
    fields = documents[0].fields
    assert fields["loan_number"].value == "0072641953"
    assert fields["borrower_name"].value == "Eleanor M. Whitcombe"
    assert fields["income.benefits_taxable"].value == Decimal("2031.60")
    assert fields["income.total"].value == Decimal("2031.60")


def _word(text: str, x: float, y: float) -> Word:
    return Word(text, 0.95, (x, y, x + 0.01 * len(text), y + 0.015))


def _sheet(words: list[Word]) -> Page:
    return Page(number=1, text="", method=TextMethod.TEXT_LAYER, confidence=1.0, width_pt=SHEET[0],
                height_pt=SHEET[1], words=tuple(words))


def test_a_panel_forms_rows_across_the_middle_make_no_booklet() -> None:
    rows = [(f"Line {n} label", f"{n},100.00", f"Caption {n}", f"{n}20.00") for n in range(1, 16)]
    words = [w for n, (a, b, c, d) in enumerate(rows) for w in (
        _word(a, 0.05, 0.1 + 0.05 * n), _word(b, 0.3, 0.1 + 0.05 * n),
        _word(c, 0.6, 0.1 + 0.05 * n), _word(d, 0.85, 0.1 + 0.05 * n))]
    assert spread_halves(_sheet(words)) is None
    apart = [w for n, (a, b, c, d) in enumerate(rows) for w in (
        _word(a, 0.05, 0.1 + 0.05 * n), _word(b, 0.3, 0.1 + 0.05 * n),
        _word(c, 0.6, 0.12 + 0.055 * n), _word(d, 0.85, 0.12 + 0.055 * n))]
    assert spread_halves(_sheet(apart)) is not None  # each side its own line spacing: a sheet of two pages


LEADER_ROWS = [("Loan number", ["2290417735"]), ("Borrower's full name", ["Hector M. Ruiz"]),
               ("Co-borrower's full name", []),
               ("Address of the property securing this loan", ["1418 Wexford Lane", "Allentown, PA 18104"]),
               ("The property is currently my / our", ["Primary residence - owner occupied"]),
               ("Type(s) of hardship", ["Reduction in income"]), ("Date the hardship began", ["09/22/2047"]),
               ("Borrower's signature", []), ("Date signed", ["03/11/2048"]),
               ("Co-borrower's signature", []), ("Date signed", [])]


def _leader_table(path: Path) -> Path:
    pdf = canvas.Canvas(str(path), pagesize=letter)
    top = letter[1]
    pdf.setFont("Helvetica-Bold", 12)
    pdf.drawString(40, top - 50, "MORTGAGE ASSISTANCE APPLICATION - BORROWERS IN BANKRUPTCY")
    pdf.setFont("Helvetica", 8)
    pdf.drawString(40, top - 64, "Form LHLS-MAA-BK - retyped by counsel for the borrower(s)")
    y = 90.0
    pdf.setLineWidth(0.6)
    for label, answer in LEADER_ROWS:
        height = 40.0 if label.endswith("signature") else 16.0 * max(1, len(answer))
        pdf.rect(40, top - y - height, 260, height, stroke=1, fill=0)
        pdf.rect(300, top - y - height, 272, height, stroke=1, fill=0)
        pdf.setFont("Helvetica", 8.5)
        pdf.drawString(44, top - y - 11, label)
        dots_from = 48 + pdf.stringWidth(label, "Helvetica", 8.5)
        pdf.drawString(dots_from, top - y - 11, " ." * int((294 - dots_from) / pdf.stringWidth(" .", "Helvetica", 8.5)))
        pdf.setFont("Courier", 9)
        for index, line in enumerate(answer):
            pdf.drawString(306, top - y - 11 - 14 * index, line)
        if label == "Borrower's signature":
            pen_signature(pdf, 330, y + 36, 140, loop=11.0)  # low in the tall cell, under the label's line
        y += height
    pdf.showPage()
    pdf.save()
    return path


def _leader_table_read(reader: PageReader, path: Path) -> dict[str, object]:
    documents = documents_read(reader, path, date(2048, 3, 20))
    assert [d.type for d in documents] == ["mortgage_assistance_application"]
    return {name: field.value for name, field in documents[0].fields.items()} | {
        "co_borrower_name.confidence": documents[0].fields["co_borrower_name"].confidence}


def test_answers_stand_in_the_cell_a_labels_dot_leader_runs_to(reader: PageReader, tmp_path: Path) -> None:
    read = _leader_table_read(reader, _leader_table(tmp_path / "typed.pdf"))
    assert (read["loan_number"], read["borrower_name"], read["co_borrower_name"]) == \
        ("2290417735", "Hector M. Ruiz", None)
    assert read["property_address"] == "1418 Wexford Lane, Allentown, PA 18104"
    assert (read["occupancy"], read["hardship_types"]) == ("primary_residence", ["reduction_in_income"])
    assert (read["signed"], read["signed_on"]) == (True, date(2048, 3, 11))


def test_a_scanned_leader_tables_blank_cell_and_date_signed(reader: PageReader, tmp_path: Path) -> None:
    scan = printed_and_scanned(_leader_table(tmp_path / "typed.pdf"), 300, tmp_path / "scan.pdf")
    read = _leader_table_read(reader, scan)
    assert read["co_borrower_name"] is None and read["co_borrower_name.confidence"] > UNREADABLE
    assert (read["signed"], read["signed_on"]) == (True, date(2048, 3, 11))
    assert read["co_borrower_signed"] is None  # no co-borrower: nobody's signature is missing


ANNUITY = ["Harrow & Pell", "Annuity Payout Statement", "LIFE INSURANCE COMPANY - Annuity Service Center",
           "Statement period January 1, 2047 - January 31, 2047", "Eleanor M. Whitcombe",
           "Contract number HP-IA-3304718", "Product Single Premium Immediate Annuity",
           "PAYMENT DATE DESCRIPTION GROSS FEDERAL TAX NET",
           "01/01/2047 Monthly annuity payment - direct deposit 612.45 30.62 581.83",
           "Harrow & Pell will send a Form 1099-R for the taxable part of your payments each January."]
SURVIVOR = ["NORTHERN SIERRA CARPENTERS PENSION TRUST", "Survivor Benefits Unit - PO Box 4471, Redding, CA 96099",
            "April 22, 2047", "Dolores V. Santangelo", "Re: Survivor pension - participant Anthony J. Santangelo",
            "Beginning March 1, 2047 the Trust pays you one half of his monthly pension for the rest of your life.",
            "Participant's monthly pension $1,310.40", "Survivor's monthly pension (50%) $655.20"]
PETITION = ["SUPERIOR COURT OF THE STATE OF CALIFORNIA", "FOR THE COUNTY OF RIVERSIDE", "In re the Marriage of:",
            "Petitioner: SIMONE R. KOWALCZYK, and Respondent: DANIEL J. KOWALCZYK. Case No. RID2804417",
            "PETITION FOR DISSOLUTION OF MARRIAGE",
            "1. RESIDENCE. Petitioner has been a resident of this state for at least six months.",
            "2. STATISTICAL FACTS. The parties were married on June 20, 2009 and separated on January 10, 2048.",
            "5. LEGAL GROUNDS. Dissolution of the marriage is requested on the ground of irreconcilable differences.",
            "No judgment has been entered, and this petition does not dissolve the marriage.",
            "Dated: March 2, 2048", "Howard L. Brandt, Attorney for Petitioner"]


def test_retirees_papers_are_told_apart(reader: PageReader, tmp_path: Path) -> None:
    types = {}
    for name, lines in (("annuity", ANNUITY), ("survivor", SURVIVOR), ("petition", PETITION)):
        path = tmp_path / f"{name}.pdf"
        text_pdf([lines], path)
        types[name] = [d.type for d in documents_read(reader, path, RECEIVED)]
    assert types == {"annuity": ["investment_statement"], "survivor": ["benefit_award_letter"],
                     "petition": ["other"]}
