"""A bank form's occupancy code written in a box beside its key of letters, a sworn affidavit's blanks inside its
sentences and its signature over the homeowner's caption, a two-column form whose next column lists options level
with a name's label, a property address typed low and far right over the mailing address's label, a fillable form's
empty co-borrower field, an income line whose note lost its closing parenthesis, and wages asked over their amount.

1. "13 OCCUPANCY - ENTER CODE" over a key "O = our own home (principal residence)  S = second or seasonal home" /
   "R = rented to others (investment property)", the answer's letter typed alone in a box at the far right of the
   key's lines: "O" a primary residence, "R" an investment property; the box left empty chooses nothing (before,
   a second home, 0.97 sure, whatever the box held: the key's "S = second ... home" was read as the answer).
2. A New York homeowner's affidavit of financial circumstances, its blanks inside its sentences, each at a line's
   end and answered at the next line's start ("... My full name is" / "Maria L. Ferreira and the last four ...";
   "... joins in this affidavit is" / "Halina M. Wierzbicki, whose ..."; "... in the city or town of" / "Port
   Tamarack, State NY, ZIP code 12901"): the borrower, the co-borrower and the premises with their town (before,
   no names and no property address).
3. The affidavit's pen signature on the line that ends "Dated: 08/12/2042", the printed "Maria L. Ferreira,
   Homeowner" under the line: signed on that date (before, unsigned, 0.3 sure). Guard: no ink and "Dated:" left
   blank is unsigned.
4. A form of two columns: "2. Borrower's full name" on the left, its answer under it indented under the words (not
   under the "2."), while the right column lists "13. What caused the hardship? Mark all that apply." and its
   options a line each, "Higher taxes, insurance or HOA dues" level with the name's label: the name under the label
   (before, no name, and the property address took the options column's "Divorce or separation" and "Death in the
   family").
5. "Property address" with its answer typed far right and a little low, the next line "Mailing address (if
   different)" left blank: the Pine Knoll address (before, "Mailing address (if different)"). Guard: a dot leader's
   answer level with its label is read either way.
6. A fillable form's field "Co-borrower - full legal name (leave blank if none)" left empty, nothing after its note:
   no co-borrower, surely, and no co-borrower's signature wanted (before, a blank read 0.3 sure, and the
   co-borrower's signature missing). Guard: a named co-borrower who did not sign is unsigned.
7. "Other income (alimony, child support, other" (its note's ")" lost) with no amount, the next line "Total monthly
   income (calculated)  $ 4,356.66" and the wages "$ 4,356.66" above: no other income (before, other income 4,356.66
   too, and the lines no longer added up to the total).
8. "20. Wages and salary before taxes" over its field "$ 4,875.00": the wages (before, none).

Born-digital fixtures (reportlab), read through the real page reader and `read_documents` with their ink and word
boxes. Banks, courts and people are fictional.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from reportlab.lib.colors import Color, black
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

from conftest import one_document_fields, values_of
from lossmit_docs.reading.pages import PageReader
from pdf_factory import draw_text, pen_signature, text_pdf

RECEIVED = date(2042, 9, 20)
APPLICATION = "mortgage_assistance_application"
WIDTH, HEIGHT = letter
FIELD_EDGE = Color(0.75, 0.7, 0.45)
ROW_RULE = Color(0.88, 0.88, 0.88)


# --- 1. an occupancy code in a box beside its key of letters -------------------------------------------------------


def _occupancy_code_form(path: Path, code: str, baseline: float = 212.0) -> Path:
    """An old bank form's numbered captions, answers typed beside them; the occupancy's key of letters printed
    under its caption on two lines and the answer's box at the far right, spanning the key's lines, the letter
    typed in it with its baseline `baseline` points under the page's top (the key's lines at 203 and 215)."""
    pdf = canvas.Canvas(str(path), pagesize=letter)
    draw_text(pdf, 40, 50, "LAKE COUNTRY SAVINGS BANK", 12, "Helvetica-Bold")
    draw_text(pdf, 40, 68, "APPLICATION FOR MORTGAGE ASSISTANCE", 11, "Helvetica-Bold")
    for index, (caption, answer) in enumerate([("1 LOAN NUMBER", "0052291847"),
                                               ("2 BORROWER NAME", "Teodora V. Lindqvist"),
                                               ("3 PROPERTY ADDRESS", "77 Birch Hollow Lane, Elkmont, MN 55910")]):
        draw_text(pdf, 40, 100 + 24 * index, caption, 8)
        draw_text(pdf, 200, 100 + 24 * index, answer, 10)
    draw_text(pdf, 40, 190, "13 OCCUPANCY - ENTER CODE", 8)
    draw_text(pdf, 52, 203, "O = our own home (principal residence)     S = second or seasonal home", 8)
    draw_text(pdf, 52, 215, "R = rented to others (investment property)", 8)
    pdf.rect(0.88 * WIDTH - 4, HEIGHT - 218, 16, 22)
    if code:
        draw_text(pdf, 0.88 * WIDTH, baseline, code, 11)
    draw_text(pdf, 40, 250, "14 GROSS MONTHLY INCOME", 8)
    draw_text(pdf, 200, 250, "$ 3,120.00", 10)
    pdf.save()
    return path


# "O" typed in the box's lower half (its own line of text between the key's); "R" in its upper half, where the text
# layer runs it on at the end of the key's first line (typed lower, a line of its own, it reads no occupancy yet)
@pytest.mark.parametrize(("code", "baseline", "occupancy"),
                         [("O", 212.0, "primary_residence"), ("R", 208.0, "investment_property")])
def test_occupancy_code_letter_in_the_box_beside_the_key(reader: PageReader, tmp_path: Path, code: str,
                                                         baseline: float, occupancy: str) -> None:
    """The letter alone in the box is the answer; the key's entries ("S = second or seasonal home") are print."""
    fields = one_document_fields(reader, _occupancy_code_form(tmp_path / "bank form.pdf", code, baseline), RECEIVED,
                                 APPLICATION)
    assert fields["occupancy"].value == occupancy


def test_occupancy_key_with_an_empty_box_chooses_nothing(reader: PageReader, tmp_path: Path) -> None:
    """No letter in the box: the key's own "S = second or seasonal home" answers nothing."""
    fields = one_document_fields(reader, _occupancy_code_form(tmp_path / "bank form.pdf", ""), RECEIVED, APPLICATION)
    assert values_of(fields, "occupancy")["occupancy"] in (None, "<absent>")


# --- 2, 3. a homeowner's sworn affidavit ---------------------------------------------------------------------------

_AFFIDAVIT = [
    "SUPREME COURT OF THE STATE OF NEW YORK",
    "COUNTY OF CLINTON",
    "Adirondack Federal Savings Bank, Plaintiff, against Maria L. Ferreira, et al., Defendants.",
    "Index No. 2042-0719",
    "HOMEOWNER'S AFFIDAVIT OF FINANCIAL CIRCUMSTANCES",
    "",
    "STATE OF NEW YORK, COUNTY OF CLINTON, ss.:",
    "The undersigned, being duly sworn, deposes and says:",
    "1. I am a defendant in this action and an owner of the mortgaged premises. My full name is",
    "Maria L. Ferreira and the last four digits of my Social Security number are 7716.",
    "2. The other owner who signed the note or mortgage and joins in this affidavit is",
    "Halina M. Wierzbicki, whose Social Security number ends in 1907 (write NONE if there is no other",
    "owner).",
    "3. The mortgage loan number is 0081452273.",
    "4. The mortgaged premises are known as 38 Kosciuszko Avenue, in the city or town of",
    "Port Tamarack, State NY, ZIP code 12901.",
    "5. My hardship: my hours at work were reduced and my income fell. I cannot pay the full",
    "monthly payment of $1,742.00.",
    "6. My gross monthly wages are $3,210.00.",
    "7. I request a review for a loan modification or other mortgage assistance.",
]


def _affidavit(path: Path, signed: bool) -> Path:
    """Two pages: the sworn statements; then the declaration, the signature's line with "Dated:" at its end and the
    homeowner's printed name under it, and the notary's jurat."""
    pdf = canvas.Canvas(str(path), pagesize=letter)
    for index, line in enumerate(_AFFIDAVIT):
        draw_text(pdf, 60, 60 + 16 * index, line, 10)
    pdf.showPage()
    draw_text(pdf, 60, 60, "8. I declare that the statements in this affidavit are true to the best of my knowledge.",
              10)
    draw_text(pdf, 60, 90, "Index No. 2042-0719", 9)
    pdf.line(60, HEIGHT - 200, 300, HEIGHT - 200)
    if signed:
        pen_signature(pdf, 70, 198, 150)
    draw_text(pdf, 330, 198, "Dated: 08/12/2042" if signed else "Dated:", 10)
    draw_text(pdf, 60, 212, "Maria L. Ferreira, Homeowner", 10)
    draw_text(pdf, 60, 260, "Sworn to before me this 12th day of August, 2042", 10)
    draw_text(pdf, 60, 300, "Notary Public, State of New York", 10)
    pdf.save()
    return path


def test_sworn_affidavit_blanks_at_its_lines_ends(reader: PageReader, tmp_path: Path) -> None:
    """Each blank is the next line's start, up to where the sentence goes on ("and the last four ...", ", whose
    ...", ", State NY")."""
    fields = one_document_fields(reader, _affidavit(tmp_path / "affidavit.pdf", True), RECEIVED, APPLICATION)
    assert values_of(fields, "borrower_name", "co_borrower_name") == {
        "borrower_name": "Maria L. Ferreira", "co_borrower_name": "Halina M. Wierzbicki"}
    address = fields["property_address"].value
    assert isinstance(address, str)
    assert "38 Kosciuszko Avenue" in address and "Port Tamarack" in address and "12901" in address


def test_affidavit_signed_over_the_homeowners_caption(reader: PageReader, tmp_path: Path) -> None:
    """The pen's ink over "Maria L. Ferreira, Homeowner", on the line its "Dated:" ends: signed that day."""
    fields = one_document_fields(reader, _affidavit(tmp_path / "affidavit.pdf", True), RECEIVED, APPLICATION)
    assert values_of(fields, "signed", "signed_on") == {"signed": True, "signed_on": date(2042, 8, 12)}


def test_guard_affidavit_without_ink_or_date_is_unsigned(reader: PageReader, tmp_path: Path) -> None:
    fields = one_document_fields(reader, _affidavit(tmp_path / "affidavit.pdf", False), RECEIVED, APPLICATION)
    assert fields["signed"].value is False


# --- 4. a name's label level with the next column's list of options ------------------------------------------------

_CAUSES = ["Loss of a job", "Lower pay or fewer hours", "Higher taxes, insurance or HOA dues", "A disaster",
           "Illness or injury", "Divorce or separation", "Death in the family"]


def test_name_under_its_label_beside_the_next_columns_options(reader: PageReader, tmp_path: Path) -> None:
    """"Higher taxes, insurance or HOA dues" stands level with "2. Borrower's full name", far off it: an option of
    the right column's question, a line each under it; the name is on the line under the label, indented under its
    words."""
    path = tmp_path / "two columns.pdf"
    pdf = canvas.Canvas(str(path), pagesize=letter)
    draw_text(pdf, 40, 50, "SUMMIT RIDGE MORTGAGE SERVICES", 12, "Helvetica-Bold")
    draw_text(pdf, 40, 68, "MORTGAGE ASSISTANCE APPLICATION", 11, "Helvetica-Bold")
    for index, (label, answer) in enumerate([("1. Loan number", "0079930418"),
                                             ("2. Borrower's full name", "Dolores M. Whitcomb"),
                                             ("3. Property address", "512 Quarry Hill Road, Barre, VT 05641"),
                                             ("4. Home phone", "(802) 555-0147")]):
        draw_text(pdf, 40, 110 + 44 * index, label, 9)
        draw_text(pdf, 58, 126 + 44 * index, answer, 10)
    draw_text(pdf, 320, 112, "13. What caused the hardship? Mark all that apply.", 9)
    for index, cause in enumerate(_CAUSES):
        y = 126 + 14 * index
        pdf.rect(320, HEIGHT - y - 1, 8, 8)
        if cause == "Lower pay or fewer hours":
            draw_text(pdf, 321, y, "X", 9)
        draw_text(pdf, 334, y, cause, 9)
    pdf.save()
    fields = one_document_fields(reader, path, RECEIVED, APPLICATION)
    assert values_of(fields, "borrower_name", "property_address") == {
        "borrower_name": "Dolores M. Whitcomb", "property_address": "512 Quarry Hill Road, Barre, VT 05641"}


# --- 5. a property address typed far right, the mailing address's label under it -----------------------------------


def test_property_address_typed_low_far_right_not_the_mailing_label(reader: PageReader, tmp_path: Path) -> None:
    """The typewriter set the address far right and half a line low, off the label's row: the answer still, not
    the next label "Mailing address (if different)" flush under the property's."""
    path = tmp_path / "typed form.pdf"
    pdf = canvas.Canvas(str(path), pagesize=letter)
    draw_text(pdf, 40, 50, "GREEN MOUNTAIN HOME LOANS", 12, "Helvetica-Bold")
    draw_text(pdf, 40, 68, "MORTGAGE ASSISTANCE APPLICATION", 11, "Helvetica-Bold")
    for index, (label, answer, drop) in enumerate([("Borrower name", "Everett J. Thibodeau", 0.0),
                                                   ("Loan number", "0064412097", 0.0),
                                                   ("Property address", "61 Pine Knoll Road, Westmore Gap, VT 05860",
                                                    7.5),
                                                   ("Mailing address (if different)", "", 0.0),
                                                   ("Home phone", "(802) 555-0133", 0.0)]):
        draw_text(pdf, 40, 100 + 18 * index, label, 10)
        if answer:
            draw_text(pdf, 330, 100 + 18 * index + drop, answer, 10)
    pdf.save()
    fields = one_document_fields(reader, path, RECEIVED, APPLICATION)
    assert fields["property_address"].value == "61 Pine Knoll Road, Westmore Gap, VT 05860"


def test_guard_dot_leader_answer_level_with_its_label(reader: PageReader, tmp_path: Path) -> None:
    path = tmp_path / "leader form.pdf"
    text_pdf([["GREEN MOUNTAIN HOME LOANS", "MORTGAGE ASSISTANCE APPLICATION", "",
               "Borrower name .......................... Everett J. Thibodeau",
               "Loan number ............................ 0064412097",
               "Property address .......... 61 Pine Knoll Road, Westmore Gap, VT 05860",
               "Mailing address (if different)",
               "Home phone ............................. (802) 555-0133"]], path)
    fields = one_document_fields(reader, path, RECEIVED, APPLICATION)
    assert fields["property_address"].value == "61 Pine Knoll Road, Westmore Gap, VT 05860"


# --- 6. a fillable form's empty co-borrower field ------------------------------------------------------------------


def _field_form(path: Path, co_borrower: str) -> Path:
    """A servicer's fillable form printed to PDF: each label beside its field's box (a long one wrapped at its
    column's edge), a light rule under each row; on page 2 the signature lines, the borrower's signed in ink, the
    co-borrower's left blank."""
    pdf = canvas.Canvas(str(path), pagesize=letter)
    draw_text(pdf, 40, 42, "Cascade Ridge Home Loans", 13, "Helvetica-Bold")
    draw_text(pdf, 40, 58, "Mortgage Assistance Application", 11, "Helvetica-Bold")
    y = 690.0
    for label, value in [(["Loan number"], "0037716652"), (["Borrower - full legal name"], "Odessa F. Marchetti"),
                         (["Borrower - last 4 digits of Social Security number"], "4410"),
                         (["Co-borrower - full legal name (leave blank if none)"], co_borrower),
                         (["Co-borrower - last 4 digits of Social Security", "number"],
                          "2291" if co_borrower else ""),
                         (["Street address"], "14 Tamarack Court"), (["City"], "Lyndon"), (["State"], "KY"),
                         (["ZIP code"], "40222")]:
        pdf.setFont("Helvetica", 8.5)
        for index, line in enumerate(label):
            pdf.drawString(52, y - 10 * index, line)
        pdf.setFillColor(Color(1.0, 0.97, 0.85))
        pdf.setStrokeColor(FIELD_EDGE)
        pdf.setLineWidth(0.5)
        pdf.rect(262, y - 5, 300, 16, stroke=1, fill=1)
        pdf.setFillColor(black)
        pdf.setFont("Helvetica", 10)
        pdf.drawString(266, y - 1, value)
        bottom = y - 10 * (len(label) - 1) - 9
        pdf.setStrokeColor(ROW_RULE)
        pdf.line(52, bottom, 572, bottom)
        pdf.setStrokeColor(black)
        y = bottom - 13
    pdf.showPage()
    draw_text(pdf, 52, 92, "I certify that the information in this application is true and complete.", 8.5)
    for index, (role, name) in enumerate([("Borrower", "Odessa F. Marchetti"), ("Co-borrower", co_borrower)]):
        top = 132 + 110 * index
        draw_text(pdf, 52, top, f"{role} signature", 8.5, "Helvetica-Bold")
        draw_text(pdf, 330, top, "Date signed", 8.5, "Helvetica-Bold")
        pdf.line(52, HEIGHT - top - 30, 300, HEIGHT - top - 30)
        pdf.rect(330, HEIGHT - top - 30, 110, 16)
        if index == 0:
            pen_signature(pdf, 60, top + 28, 160)
            draw_text(pdf, 334, top + 26, "03/14/2042", 10)
        draw_text(pdf, 52, top + 40, f"Printed name: {name}" if name else "Printed name:", 7.5)
    pdf.save()
    return path


def test_empty_co_borrower_field_is_a_sure_blank(reader: PageReader, tmp_path: Path) -> None:
    """Clean paper after the label's note "(leave blank if none)": no co-borrower, so no signature of theirs is
    missing."""
    fields = one_document_fields(reader, _field_form(tmp_path / "fillable form.pdf", ""), RECEIVED, APPLICATION)
    assert fields["co_borrower_name"].value is None
    assert fields["co_borrower_name"].confidence >= 0.8
    assert values_of(fields, "co_borrower_signed")["co_borrower_signed"] in (None, "<absent>")
    assert values_of(fields, "borrower_name", "signed") == {"borrower_name": "Odessa F. Marchetti", "signed": True}


def test_guard_named_co_borrower_who_did_not_sign(reader: PageReader, tmp_path: Path) -> None:
    fields = one_document_fields(reader, _field_form(tmp_path / "fillable form.pdf", "Lucian R. Marchetti"),
                                 RECEIVED, APPLICATION)
    assert values_of(fields, "co_borrower_name", "co_borrower_signed") == {
        "co_borrower_name": "Lucian R. Marchetti", "co_borrower_signed": False}


# --- 7. an income line whose note lost its closing parenthesis ----------------------------------------------------


def test_other_income_line_without_its_notes_end_takes_no_total(reader: PageReader, tmp_path: Path) -> None:
    """The note's ")" is lost, so the "(calculated)" of the total's line under it looked like the note's end and
    the total's amount like the line's own."""
    path = tmp_path / "income page.pdf"
    pdf = canvas.Canvas(str(path), pagesize=letter)
    draw_text(pdf, 40, 42, "Cascade Ridge Home Loans", 13, "Helvetica-Bold")
    draw_text(pdf, 40, 58, "Mortgage Assistance Application", 11, "Helvetica-Bold")
    draw_text(pdf, 50, 92, "D.  Monthly household income before taxes", 10.5, "Helvetica-Bold")
    y = 676.0
    for label, amount in [("Gross wages, salary, overtime, tips, bonuses", "$ 4,356.66"),
                          ("Self-employment income (net)", ""), ("Unemployment benefits", ""),
                          ("Rental income (less expenses other than mortgage)", ""),
                          ("Other income (alimony, child support, other", "")]:
        pdf.setFont("Helvetica", 8.5)
        pdf.drawString(52, y, label)
        pdf.setStrokeColor(FIELD_EDGE)
        pdf.rect(262, y - 5, 120, 16)
        pdf.setStrokeColor(ROW_RULE)
        pdf.line(52, y - 9, 572, y - 9)
        pdf.setStrokeColor(black)
        pdf.setFont("Helvetica", 10)
        pdf.drawString(266, y - 1, amount)
        y -= 22
    pdf.setFont("Helvetica-Bold", 8.5)
    pdf.drawString(52, y, "Total monthly income (calculated)")
    pdf.rect(262, y - 5, 120, 16)
    pdf.setFont("Helvetica-Bold", 10)
    pdf.drawString(266, y - 1, "$ 4,356.66")
    pdf.save()
    fields = one_document_fields(reader, path, RECEIVED, APPLICATION)
    assert fields["income.wages"].value == Decimal("4356.66")
    assert values_of(fields, "income.other")["income.other"] in (None, "<absent>", Decimal(0))
    assert not [name for name in fields if name.startswith("review.")]


# --- 8. wages and salary over their amount -------------------------------------------------------------------------


def test_wages_and_salary_before_taxes_over_their_field(reader: PageReader, tmp_path: Path) -> None:
    """Numbered questions, each answer in a blue field under its question."""
    path = tmp_path / "request.pdf"
    pdf = canvas.Canvas(str(path), pagesize=letter)
    draw_text(pdf, 40, 50, "HARROW & VINE LOAN SERVICING", 13, "Helvetica-Bold")
    draw_text(pdf, 40, 68, "Mortgage Assistance Application", 11, "Helvetica-Bold")
    draw_text(pdf, 40, 100, "PART 4  MONTHLY INCOME", 9, "Helvetica-Bold")
    for index, (label, value) in enumerate([("Wages and salary before taxes", "$ 4,875.00"),
                                            ("Self-employment (net)", ""), ("Unemployment benefits", ""),
                                            ("Rent received (after expenses)", ""),
                                            ("Alimony, child support, other", "")]):
        top = 120 + 34 * index
        draw_text(pdf, 40, top, f"{20 + index}. {label}", 8.5)
        pdf.setFillColor(Color(0.86, 0.9, 1.0))
        pdf.rect(40, HEIGHT - top - 20, 200, 14, stroke=0, fill=1)
        pdf.setFillColor(black)
        if value:
            draw_text(pdf, 44, top + 16, value, 10)
    pdf.save()
    fields = one_document_fields(reader, path, RECEIVED, APPLICATION)
    assert values_of(fields, "income.wages") == {"income.wages": Decimal("4875.00")}
