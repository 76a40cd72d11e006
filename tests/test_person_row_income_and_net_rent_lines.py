"""Landlords' applications.

1. An income table of a row per person and a column per kind of income, each person's caption ("Borrower")
   printed small over the row of the person's name and figures, the figures set flush right in columns wider
   than they are, under captions that start further left ("(f) Rents received (gross)"): each figure is its
   column's kind.
2. An assets caption whose note in brackets names an income ("Retirement accounts (401(k), IRA, pension)"):
   the amount under it is an asset, not a pension. An income caption's own note names its line ("Job income
   before deductions (wages, tips, overtime)").
3. "Gross rents received" and "Monthly rental expenses" lines worked into a "Net rental income" line that the
   total counts: the rental income is the net line's, not the two rent lines added; its cents parted from the
   dollars ("1,380." "00") are one amount. The benefits line "Social Security, pension, disability and other
   taxable public benefits" is a line, not a sentence that mentions a pension.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from lossmit_docs.model import Field, PageRef
from lossmit_docs.reading.extract_application import extract_application
from lossmit_docs.reading.ink import PdfInk
from lossmit_docs.reading.pages import PageReader
from pdf_factory import Ink, placed_text_pdf

SMALL = 6.5


def _fields(reader: PageReader, path: Path, pages: list[list[Ink]]) -> dict[str, Field]:
    placed_text_pdf(path, pages)
    read = reader.read(path)
    return extract_application(read, lambda n: PageRef(path.name, n), PdfInk(path, read))


def _column(x: float, letter: str, caption: list[str]) -> list[Ink]:
    return [Ink(x, 190, letter, SMALL), *(Ink(x, 198 + 7 * i, line, SMALL) for i, line in enumerate(caption))]


def test_a_row_per_person_under_captions_and_an_assets_note(reader: PageReader, tmp_path: Path) -> None:
    table = [
        Ink(40, 40, "WILLOWMERE MORTGAGE SERVICING", 13, "Helvetica-Bold"),
        Ink(40, 60, "HOMEOWNER RELIEF APPLICATION - mortgage assistance", 11, "Helvetica-Bold"),
        Ink(40, 90, "Loan number:  7730195524", 9),
        Ink(40, 110, "Borrower's name:  Priya N. Castellano", 9),
        Ink(40, 170, "1  MONTHLY INCOME BEFORE TAXES - one row for each person", 9, "Helvetica-Bold"),
        Ink(40, 190, "Person", SMALL),
        *_column(140, "(a)", ["Wages, salary,", "overtime, tips"]), *_column(215, "(b)", ["Self-employment", "(net)"]),
        *_column(290, "(c)", ["Unemployment", "benefits"]),
        *_column(365, "(d)", ["Social Security,", "pension (taxable)"]),
        *_column(440, "(e)", ["Rents received", "(gross)"]), Ink(515, 190, "ROW TOTAL", SMALL),
        Ink(40, 230, "Borrower", SMALL), Ink(40, 240, "Priya N. Castellano", 9, "Courier"),
        Ink(206, 240, "4,886.34", 9, "Courier", "r"), Ink(506, 240, "1,375.00", 9, "Courier", "r"),
        Ink(572, 240, "6,261.34", 9, "Courier", "r"),
        Ink(40, 256, "Co-borrower", SMALL), Ink(40, 266, "Desmond K. Castellano", 9, "Courier"),
        Ink(431, 266, "2,140.55", 9, "Courier", "r"), Ink(572, 266, "2,140.55", 9, "Courier", "r"),
        Ink(330, 300, "TOTAL MONTHLY HOUSEHOLD INCOME $", 8, "Helvetica-Bold"),
        Ink(572, 300, "8,401.89", 9, "Courier", "r"),
    ]
    assets = [
        Ink(40, 60, "4  ASSETS", 9, "Helvetica-Bold"),
        Ink(40, 80, "Checking and savings", SMALL), Ink(300, 80, "Retirement accounts (401(k), IRA, pension)", SMALL),
        Ink(40, 92, "$ 2,310.00", 9, "Courier"), Ink(300, 92, "$ 18,400.00", 9, "Courier"),
    ]
    fields = _fields(reader, tmp_path / "Castellano relief application.pdf", [table, assets])
    assert fields["income.wages"].value == Decimal("4886.34")
    assert fields["income.rental"].value == Decimal("1375.00")
    assert fields["income.benefits_taxable"].value == Decimal("2140.55")
    assert fields["income.total"].value == Decimal("8401.89")


def test_gross_rents_worked_into_a_net_rental_line(reader: PageReader, tmp_path: Path) -> None:
    lines = [("1a", "Wages, salary, overtime, bonuses, tips - borrower", "5,512.00"),
             ("4", "Social Security, pension, disability and other taxable public benefits", "1,486.20"),
             ("6a", "     Gross rents received each month", "1,800.00"),
             ("6b", "     Monthly rental expenses (not the mortgage)", "420.00"),
             ("6", "Net rental income. Subtract line 6b from line 6a", "1,380.00"),
             ("10", "TOTAL monthly income. Add lines 1a through 9 (not 6a or 6b)", "8,378.20")]
    page = [Ink(40, 40, "Loss Mitigation Application - mortgage assistance", 13, "Helvetica-Bold"),
            Ink(40, 70, "Loan number:  3318206645", 9), Ink(40, 90, "Borrower's name:  Teodor P. Wisniewski", 9),
            Ink(40, 120, "Part I  Monthly Income - everyone who signed the note, before taxes", 9, "Helvetica-Bold")]
    for index, (number, label, amount) in enumerate(lines):
        y = 140 + 18 * index
        page += [Ink(40, y, number, 8), Ink(62, y, label, 8), Ink(440, y, number, 7)]
        if number == "6":  # the cents a little apart from the dollars, as OCR parts them on a scan
            page += [Ink(556, y, amount[:-2], 9, "Courier", "r"), Ink(570, y, amount[-2:], 9, "Courier", "r")]
        else:
            page += [Ink(572, y, amount, 9, "Courier", "r")]
    fields = _fields(reader, tmp_path / "Wisniewski application.pdf", [page])
    assert fields["income.rental"].value == Decimal("1380.00")
    assert fields["income.wages"].value == Decimal("5512.00")
    assert fields["income.benefits_taxable"].value == Decimal("1486.20")
    assert fields["income.total"].value == Decimal("8378.20")


def test_an_income_captions_own_note_names_its_line(reader: PageReader, tmp_path: Path) -> None:
    # the note in brackets is the income caption's own: "overtime" there names the wages line
    page = [Ink(40, 40, "Payment Assistance Request - mortgage assistance", 13, "Helvetica-Bold"),
            Ink(40, 70, "Loan number:  5718820346", 9),
            Ink(40, 100, "STEP 4  Tell us your household's monthly income (before taxes)", 9, "Helvetica-Bold"),
            Ink(40, 120, "r  Job income before deductions (wages, tips, overtime)", 8),
            Ink(330, 120, "s  Self-employment income (after expenses)", 8),
            Ink(200, 134, "$ 3,038.36", 9, "Courier"), Ink(330, 134, "$", 9, "Courier")]
    fields = _fields(reader, tmp_path / "Kessling request.pdf", [page])
    assert fields["income.wages"].value == Decimal("3038.36")
