"""Born-digital classic forms read from real PDFs: option boxes printed after their options ("Primary
residence ☒  Vacation home ☐") and after a dot leader in a two-column hardship list; an income table
"Source | Borrower | Co-borrower | Total" whose Total is the household's figure as printed, not a third
person's; a form that says "homeowner" where others say "borrower"."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from reportlab.lib.pagesizes import letter
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from test_extract_application import overlay, scrawl
from test_questionnaire_layouts import application, plain, value

UNICODE_FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"  # has "☐" and "☒", Helvetica has not
EMPTY, MARKED = "\u2610", "\u2612"  # ☐ ☒


def _canvas(path: Path, title: str) -> canvas.Canvas:
    """A page with the form's title and a loan number, in a font that spells the option boxes."""
    pdfmetrics.registerFont(TTFont("DejaVuSans", UNICODE_FONT))
    pdf = canvas.Canvas(str(path), pagesize=letter)
    pdf.setFont("Helvetica-Bold", 13)
    pdf.drawString(54, 742, title)
    pdf.setFont("DejaVuSans", 10)
    pdf.drawString(54, 716, "1. Loan number  5518027394")
    return pdf


def _occupancy(path: Path, row: str) -> Path:
    pdf = _canvas(path, "HOMEOWNER HARDSHIP WORKSHEET")
    pdf.setFont("DejaVuSans", 10)
    pdf.drawString(54, 690, "3. How is the home used? Mark one.")
    pdf.drawString(72, 672, row)
    pdf.save()
    return path


def test_a_mark_printed_after_its_option_is_that_options_not_the_next_ones(tmp_path: Path) -> None:
    after = application(_occupancy(
        tmp_path / "after.pdf", f"The home is my  Primary residence {MARKED}   Vacation home {EMPTY}   Rental {EMPTY}"))
    # the ☒ stands right before "Vacation home": read as marks before their options, it would be the second home's
    assert value(after, "occupancy") == "primary_residence"
    before = application(_occupancy(
        tmp_path / "before.pdf", f"{EMPTY} Primary residence   {MARKED} Vacation home   {EMPTY} Rental"))
    assert value(before, "occupancy") == "second_home"  # a form that prints its marks first reads as before


def _hardship_columns(path: Path) -> Path:
    """Two columns of hardships, each option's box after a dot leader at the column's right."""
    pdf = _canvas(path, "HOMEOWNER HARDSHIP WORKSHEET")
    pdf.setFont("DejaVuSans", 10)
    pdf.drawString(54, 690, "5. What caused the hardship? Mark each box that applies.")
    rows = ((("Loss of employment", False), ("Divorce / legal separation", False)),
            (("Lower earnings (hours or pay cut)", True), ("Death of a homeowner", False)),
            (("Serious illness or disability", True), ("Other reason", False)))
    for index, row in enumerate(rows):
        y = 670 - 18 * index
        for left, (label, chosen) in zip((72.0, 320.0), row, strict=True):
            right = left + 220
            pdf.drawString(left, y, label)
            x = left + pdf.stringWidth(label, "DejaVuSans", 10) + 6
            while x < right - 22:  # the dot leader up to the box
                pdf.drawString(x, y, ".")
                x += 6
            pdf.drawString(right - 12, y, MARKED if chosen else EMPTY)
    pdf.save()
    return path


def test_a_two_column_hardship_list_with_boxes_after_dot_leaders(tmp_path: Path) -> None:
    fields = application(_hardship_columns(tmp_path / "hardships.pdf"))
    # each ☐ after "Loss of employment" sits before "Divorce", each ☒ after a left option before a right one
    assert sorted(value(fields, "hardship_types")) == ["disability_or_illness", "reduction_in_income"]


def _income_table(path: Path, rows: list[tuple[str, str, str, str]], with_total: bool) -> Path:
    """A monthly income table, one column a person, the figures flush right under their headings."""
    pdf = _canvas(path, "MONTHLY HOUSEHOLD INCOME")
    heads = [(250.0, "Borrower"), (370.0, "Co-borrower"), *([(490.0, "Total")] if with_total else [])]
    pdf.setFont("Helvetica-Bold", 9.5)
    pdf.drawString(54, 684, "Source")
    for right, head in heads:
        pdf.drawRightString(right, 684, head)
    pdf.setFont("Helvetica", 10)
    for index, (label, *amounts) in enumerate(rows):
        y = 664 - 19 * index
        pdf.drawString(54, y, label)
        for (right, _), amount in zip(heads, amounts, strict=False):
            if amount:
                pdf.drawRightString(right, y, amount)
    pdf.save()
    return path


def test_an_income_tables_total_column_is_the_lines_household_figure(tmp_path: Path) -> None:
    fields = application(_income_table(tmp_path / "total.pdf", [
        ("Monthly gross salary", "$2,315.60", "", "$2,315.60"),
        ("Child support / alimony / other", "$200.00", "$300.00", "$500.00")], with_total=True))
    # the Total column right of the co-borrower's is the line's figure, not a co-borrower's amount to add
    assert value(fields, "income.wages") == Decimal("2315.60")
    assert value(fields, "income.other") == Decimal("500.00")
    # with no Total column the two persons' columns are the household's when added, even when equal
    both = application(_income_table(tmp_path / "two.pdf", [
        ("Monthly gross salary", "$1,000.00", "$1,000.00", "")], with_total=False))
    assert value(both, "income.wages") == Decimal("2000.00")


def _homeowner_form(path: Path) -> Path:
    """Numbered questions that say "homeowner", a caption row under the name, a signature line."""
    pdf = _canvas(path, "REQUEST FOR HOMEOWNER ASSISTANCE")
    pdf.setFont("Helvetica", 10)
    pdf.drawString(54, 690, "2. Name of homeowner")
    pdf.drawString(250, 690, "Cordelia Anwen Ravensworth")
    pdf.setFont("Helvetica", 7)
    for x, caption in ((250, "First"), (310, "Middle"), (370, "Last")):
        pdf.drawString(x, 680, caption)
    pdf.setFont("Helvetica", 10)
    pdf.drawString(54, 660, "6. Name of co-homeowner (if any)")
    pdf.drawString(250, 660, "Leopold Ames Ravensworth")
    pdf.drawString(54, 636, "8. Address of the mortgaged home")
    pdf.drawString(250, 636, "2290 Tamarack Bend Ln Bozeman MT 59715")
    pdf.drawString(54, 560, "Homeowner signature")
    pdf.line(160, 558, 380, 558)
    pdf.drawString(400, 560, "Date 04/16/2027")
    pdf.save()
    overlay(path, 0, scrawl(180, 566))  # a pen's signature on the line
    return path


def test_a_form_that_says_homeowner_names_signs_and_addresses(tmp_path: Path) -> None:
    fields = application(_homeowner_form(tmp_path / "homeowner.pdf"))
    assert value(fields, "borrower_name") == "Cordelia Anwen Ravensworth"  # not the "First Middle Last" captions
    assert value(fields, "co_borrower_name") == "Leopold Ames Ravensworth"
    address = value(fields, "property_address")
    assert address is not None
    assert plain(address) == plain("2290 Tamarack Bend Ln Bozeman MT 59715")
    assert value(fields, "signed") is True
    assert value(fields, "signed_on") == date(2027, 4, 16)
