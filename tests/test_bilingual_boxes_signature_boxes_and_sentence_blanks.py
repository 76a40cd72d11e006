"""Three lenders' forms in layouts an earlier rule misread.

A servicer's form in two languages: each option's label is printed on two stacked lines, the Spanish in bold
over the English in small italics ("Residencia principal" over "Primary residence"), and its square box is
drawn left of the pair, centred on it, so the box's middle stands between the two lines. A rule that looks
for the box level with the English line alone (the line that names the option) finds none. The same form
asks each signer to sign inside a box drawn under two stacked captions ("Firma del prestatario" over
"Borrower signature"), the date in a box beside it: the box's top edge is no fill-in line beside the
caption, the pen's ink is inside the box.

A housing counselling agency's intake table ruled only with full-width hairlines: "Client signature" and its
date on one row, "Co-client signature" on the next, left empty. The client is the borrower; a hairline under
a caption's row is the table's, no box's top (the next row's print would then be read as ink in the box).

A credit union's form of sentences with blanks: "I, ________, member number ____, ask for help with loan no.
____ on the home at ____, ____, ____ ____." with small captions centred under the blanks ("full name",
"street", "city", "state", "ZIP") and the answers typed on them; the member number is no loan number; a
blank left empty in "My joint borrower on this loan is ____ (leave blank if none)" names no co-borrower; its
income table asks each line by the month and by the year ("Source | Monthly | Annually"). Its reasons are a
bulleted list to circle, the ring drawn through the bullet; the long blank after "Other:" is no web form's
switch turned on.

All pages are born digital (reportlab), read by the real PageReader with the rendered ink (PdfInk); no
behaviour here needs a scan.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

from lossmit_docs.model import Field, PageRef
from lossmit_docs.reading.extract_application import extract_application
from lossmit_docs.reading.ink import PdfInk
from lossmit_docs.reading.pages import PageReader
from pdf_factory import pen_signature

TOP = letter[1]
TEAL = (0.05, 0.35, 0.38)
INK_BLUE = (0.08, 0.12, 0.45)
BOX = 9.0  # an option's box, points square (a box is allowed 1.9 heights of the label line found, the
# English one: a 10-point box beside a 7-point English line with no descender is still missed)
ENGLISH = 7.5  # the English line's size (the Spanish over it is 8.5 points, bold)
LEAD = 10.0  # points from the Spanish line's baseline down to the English line's


def ref(number: int) -> PageRef:
    """Where a field was read: page `number` of the one file."""
    return PageRef("f.pdf", number)


def _text(pdf: canvas.Canvas, x: float, y: float, text: str, size: float = 8.5, font: str = "Helvetica") -> None:
    """A string whose baseline stands `y` points under the page's top."""
    pdf.setFont(font, size)
    pdf.drawString(x, TOP - y, text)


def _rule(pdf: canvas.Canvas, x0: float, x1: float, y: float, width: float = 0.5) -> None:
    pdf.setLineWidth(width)
    pdf.line(x0, TOP - y, x1, TOP - y)


def _read(reader: PageReader, path: Path) -> dict[str, Field]:
    """The application as the pipeline reads it: the page reader, then the fields with word boxes and ink."""
    pages = reader.read(path)
    return extract_application(pages, ref, PdfInk(path, pages))


# --- a servicer's form in two languages ------------------------------------------------------------------


def _pair(pdf: canvas.Canvas, x: float, y: float, spanish: str, english: str) -> None:
    """A label in two languages: the Spanish in bold over the English in small italics, `y` the Spanish
    line's baseline."""
    _text(pdf, x, y, spanish, 8.5, "Helvetica-Bold")
    _text(pdf, x, y + LEAD, english, ENGLISH, "Helvetica-Oblique")


def _boxed_option(pdf: canvas.Canvas, x: float, y: float, spanish: str, english: str, marked: bool) -> None:
    """A BOX-point box left of a stacked pair of labels, its middle between the two lines, an "X" typed in it
    when chosen."""
    middle = y + (LEAD - 3.5) / 2  # between the Spanish line's baseline and the English line's top
    pdf.setLineWidth(0.7)
    pdf.rect(x, TOP - middle - BOX / 2, BOX, BOX)
    if marked:
        _text(pdf, x + 1.5, middle + 3.2, "X", 9, "Courier-Bold")
    _pair(pdf, x + 15, y, spanish, english)


def _heading(pdf: canvas.Canvas, y: float, spanish: str, english: str) -> None:
    """A section's teal bar, its title in both languages in white."""
    pdf.setFillColorRGB(*TEAL)
    pdf.rect(40, TOP - y - 5, 532, 15, stroke=0, fill=1)
    pdf.setFillGray(1)
    _text(pdf, 46, y, f"{spanish}  /  {english}", 9, "Helvetica-Bold")
    pdf.setFillGray(0)


OCCUPANCY = (("Residencia principal", "Primary residence", True),
             ("Segunda vivienda", "Second home", False),
             ("Inversión o alquiler", "Investment or rental", False))

HARDSHIPS = (("Pérdida de empleo", "Job loss", False),
             ("Reducción de ingresos", "Reduction in income", True),
             ("Divorcio", "Divorce", False),
             ("Enfermedad grave", "Serious illness", False),
             ("Desastre", "Disaster", False),
             ("Muerte del prestatario", "Death of borrower", False))


def _bilingual_form(path: Path) -> Path:
    """The servicer's two pages. Page 1: the loan, the borrowers (a co-borrower named) and the home, typed
    right of their labels in two languages; the use of the home and the hardship as boxed options whose
    labels are stacked pairs. Page 2: each signer's box under its stacked captions, a date box beside it;
    the borrower signed and dated, the co-borrower's boxes left empty."""
    pdf = canvas.Canvas(str(path), pagesize=letter)
    _text(pdf, 40, 50, "Pinecrest Home Lending", 15, "Helvetica-Bold")
    _text(pdf, 40, 64, "Solicitud de asistencia hipotecaria  /  Mortgage Assistance Application", 9)
    _text(pdf, 430, 50, "Formulario PHL-22 (01/2038)", 7)
    _heading(pdf, 92, "Prestatarios y propiedad", "Borrowers and property")
    rows = (("Número de préstamo", "Loan number", "6093318427"),
            ("Nombre del prestatario", "Borrower name", "Marisol E. Quintanar"),
            ("Nombre del coprestatario", "Co-borrower name", "Tomas R. Quintanar"),
            ("Dirección de la propiedad", "Property address", "2716 Saltbush Road, Las Cruces, NM 88011"))
    for row, (spanish, english, answer) in enumerate(rows):
        y = 118 + 28 * row
        _pair(pdf, 46, y, spanish, english)
        _text(pdf, 200, y + 6, answer, 10, "Courier")
        _rule(pdf, 196, 560, y + 9)
    _heading(pdf, 244, "Uso de la propiedad", "Use of the property")
    for column, (spanish, english, marked) in enumerate(OCCUPANCY):
        _boxed_option(pdf, 46 + 175 * column, 270, spanish, english, marked)
    _heading(pdf, 310, "Causa de la dificultad", "Cause of the hardship")
    for index, (spanish, english, marked) in enumerate(HARDSHIPS):
        _boxed_option(pdf, 46 + 175 * (index % 3), 336 + 30 * (index // 3), spanish, english, marked)
    _text(pdf, 40, 740, "PHL-22 (01/2038)   Página 1 de 2 / Page 1 of 2", 6.5)
    pdf.showPage()

    _text(pdf, 40, 50, "Pinecrest Home Lending", 15, "Helvetica-Bold")
    _heading(pdf, 80, "Certificación y firmas", "Certification and signatures")
    _text(pdf, 46, 104, "Certifico que la información de esta solicitud es verdadera y completa.", 8)
    _text(pdf, 46, 114, "I certify that the information in this application is true and complete.", 7,
          "Helvetica-Oblique")
    for top, spanish, english, signs in ((140, "Firma del prestatario", "Borrower signature", True),
                                         (210, "Firma del coprestatario", "Co-borrower signature", False)):
        _text(pdf, 46, top, spanish, 7, "Helvetica-Bold")
        _text(pdf, 46, top + 8, english, 6, "Helvetica-Oblique")
        _text(pdf, 370, top, "Fecha (mm/dd/aaaa)", 7, "Helvetica-Bold")
        _text(pdf, 370, top + 8, "Date (mm/dd/yyyy)", 6, "Helvetica-Oblique")
        pdf.setLineWidth(0.8)
        pdf.rect(46, TOP - top - 44, 300, 30)
        pdf.rect(370, TOP - top - 44, 130, 30)
        if signs:
            pen_signature(pdf, 70, top + 36, 180)
            _text(pdf, 380, top + 34, "03/23/2038", 11, "Courier")
    _text(pdf, 40, 740, "PHL-22 (01/2038)   Página 2 de 2 / Page 2 of 2", 6.5)
    pdf.save()
    return path


@pytest.fixture(scope="module")
def bilingual(reader: PageReader, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Field]:
    return _read(reader, _bilingual_form(tmp_path_factory.mktemp("bilingual") / "bilingual.pdf"))


def test_a_box_left_of_a_stacked_pair_of_labels(bilingual: dict[str, Field]) -> None:
    """"Residencia principal" over "Primary residence" and "Reducción de ingresos" over "Reduction in income",
    each with an "X" in a box left of the pair whose middle stands between the two lines: the home is the
    primary residence and the hardship a reduction in income (before, the box was looked for level with the
    English line only, and none was found)."""
    assert bilingual["occupancy"].value == "primary_residence"
    assert bilingual["hardship_types"].value == ["reduction_in_income"]
    assert bilingual["hardship_types"].confidence >= 0.9  # every option's box measured, none lost


def test_signature_boxes_under_stacked_captions(bilingual: dict[str, Field]) -> None:
    """"Firma del prestatario" / "Borrower signature" over a box with the pen's ink inside, "03/23/2038" in the
    date box beside it; the co-borrower's boxes left empty, a co-borrower named on page 1: the borrower
    signed on that date, the co-borrower surely did not."""
    assert bilingual["co_borrower_name"].value == "Tomas R. Quintanar"
    assert bilingual["signed"].value is True
    assert bilingual["signed_on"].value == date(2038, 3, 23)
    assert bilingual["co_borrower_signed"].value is False
    assert bilingual["co_borrower_signed"].confidence >= 0.9


# --- a housing counselling agency's intake table ruled with hairlines ---------------------------------------


def _hairline_row(pdf: canvas.Canvas, y: float, cells: tuple[tuple[float, str, str], ...]) -> None:
    """A row of the intake table: each cell's caption and its typed answer, a full-width hairline under it."""
    for x, caption, answer in cells:
        _text(pdf, x, y, caption, 8)
        if answer:
            _text(pdf, x + pdf.stringWidth(caption, "Helvetica", 8) + 8, y, answer, 10, "Courier")
    _rule(pdf, 40, 572, y + 8, 0.3)


def _counselling_intake(path: Path) -> Path:
    """One page: the agency's heading, an intake table of caption / answer rows under hairlines, then the
    signature rows: "Client signature" with the pen's stroke on it and "Date 08/12/2038" at its right;
    "Co-client signature" and "Date" left empty; the table's hairline under each; the counselor's row, typed,
    under the co-client's."""
    pdf = canvas.Canvas(str(path), pagesize=letter)
    _text(pdf, 40, 50, "Meadowlark Housing Counseling Services", 14, "Helvetica-Bold")
    _text(pdf, 40, 63, "HUD-approved agency  -  311 Granary Street, Salina, KS 67401  -  (785) 555-0118", 7.5)
    _text(pdf, 40, 88, "CLIENT INTAKE AND AUTHORIZATION", 10, "Helvetica-Bold")
    _rule(pdf, 40, 572, 96, 0.3)
    rows = ((("Client name", "Odessa J. Farnsworth"), ("", "")),
            (("Co-client name", "Dwight L. Farnsworth"), ("", "")),
            (("Property address", "905 Tallgrass Court, Salina, KS 67401"), ("", "")),
            (("Phone", "(785) 555-0162"), ("", "")),
            (("Mortgage servicer", "Copperleaf Loan Servicing"), ("Loan number", "7730184426")),
            (("Reason for seeking help", "Hours at the plant cut in half since spring."), ("", "")))
    for row, ((left, left_answer), (right, right_answer)) in enumerate(rows):
        cells = ((44.0, left, left_answer),) + (((380.0, right, right_answer),) if right else ())
        _hairline_row(pdf, 112 + 19 * row, cells)
    _text(pdf, 44, 226, "I authorize the agency to share my information with my mortgage servicer to seek a "
                        "workout of my loan.", 7.5)
    _rule(pdf, 40, 572, 236, 0.3)
    pen_signature(pdf, 140, 266, 170)
    _hairline_row(pdf, 264, ((44.0, "Client signature", ""), (400.0, "Date", "08/12/2038")))
    _hairline_row(pdf, 294, ((44.0, "Co-client signature", ""), (400.0, "Date", "")))
    _hairline_row(pdf, 318, ((44.0, "Counselor", "Priya N. Okafor, HC-20417"), (400.0, "Date", "08/12/2038")))
    _text(pdf, 40, 740, "MHCS intake (rev. 2037)", 6.5)
    pdf.save()
    return path


def test_a_clients_signature_row_in_a_table_of_hairlines(reader: PageReader, tmp_path: Path) -> None:
    """"Client signature" with the pen's stroke on its row and "Date 08/12/2038", then "Co-client signature"
    and "Date" left empty, a hairline across the table under each row: the borrower (the agency's client)
    signed on that date (before, "Client signature" was no label: unsigned), and the co-client, named in the
    table, did not: the hairline under a caption's row is no box's top, so the counselor's typed row under
    it is no ink in the co-client's box."""
    fields = _read(reader, _counselling_intake(tmp_path / "intake.pdf"))
    assert fields["signed"].value is True
    assert fields["signed_on"].value == date(2038, 8, 12)
    assert fields["co_borrower_name"].value == "Dwight L. Farnsworth"  # (so a co-client's signature is due)
    assert fields["co_borrower_signed"].value is False


# --- a credit union's form of sentences with blanks ---------------------------------------------------------


Piece = str | tuple[float, str, str]  # print, or a blank: (its width, the answer typed on it, its caption)


def _sentence(pdf: canvas.Canvas, x: float, y: float, pieces: tuple[Piece, ...]) -> None:
    """A line of a sentence with blanks: print in 9-point Helvetica, each blank a rule the answer is typed on
    in Courier and a tiny caption centred under it."""
    for piece in pieces:
        if isinstance(piece, str):
            _text(pdf, x, y, piece, 9)
            x += pdf.stringWidth(piece, "Helvetica", 9)
            continue
        width, answer, caption = piece
        _rule(pdf, x + 1, x + width - 1, y + 2, 0.6)
        if answer:
            _text(pdf, x + 4, y, answer, 10, "Courier")
        if caption:
            pdf.setFont("Helvetica", 5.5)
            pdf.drawCentredString(x + width / 2, TOP - y - 9, caption)  # (its capitals' tops 3 points under)
        x += width


REASONS = ("Job loss or unemployment", "Reduced income (fewer hours, lower pay)",
           "Higher housing costs (taxes, insurance, HOA)", "Illness or disability of a household member",
           "Divorce or separation")


RINGED = "Higher housing costs (taxes, insurance, HOA)"


def _credit_union_form(path: Path) -> Path:
    """The credit union's two pages. Page 1: the request as sentences with blanks, the answers typed on
    them; the joint borrower's blanks left empty; the reasons as a bulleted list to circle, one ringed by a
    pen's ellipse that passes through its bullet, and "Other:" with a long blank. Page 2: the loan number
    again, the income table by the month and by the year, the member's signature."""
    pdf = canvas.Canvas(str(path), pagesize=letter)
    pdf.setFillColorRGB(0.55, 0.1, 0.12)
    pdf.circle(58, TOP - 52, 14, stroke=0, fill=1)
    pdf.setFillGray(0)
    _text(pdf, 80, 50, "Prairie Lantern Federal Credit Union", 15, "Helvetica-Bold")
    _text(pdf, 80, 62, "Member Lending  -  PO Box 77, Decorah, IA 52101  -  (563) 555-0140", 7.5)
    _text(pdf, 40, 92, "REQUEST FOR MORTGAGE PAYMENT HELP", 11, "Helvetica-Bold")
    _sentence(pdf, 40, 122, ("I, ", (190, "Reginald T. Ashby-Moreau Jr.", "full name"), ", member number ",
                             (70, "7741093", ""), ", ask for help with loan no."))
    _sentence(pdf, 40, 150, ((90, "3308417256", ""), " on the home at ", (170, "48 Wren Hollow Lane", "street"),
                             ", ", (110, "Bellwether", "city"), ","))
    _sentence(pdf, 40, 178, ((34, "IA", "state"), " ", (60, "52151", "ZIP"), "."))
    _sentence(pdf, 40, 212, ("My joint borrower on this loan is ", (150, "", ""), " (leave blank if none), whose "
                             "Social Security number ends in ", (40, "", ""), "."))
    _text(pdf, 40, 250, "What made it hard to pay? Circle every reason that applies.", 9, "Helvetica-Bold")
    y = 270.0
    for reason in REASONS:
        _text(pdf, 52, y, "\u2022", 9)
        _text(pdf, 62, y, reason, 9)
        if reason == RINGED:
            width = pdf.stringWidth(reason, "Helvetica", 9)
            pdf.setStrokeColorRGB(*INK_BLUE)
            pdf.setLineWidth(1.3)  # (from x 54: through the bullet at 52-55)
            pdf.ellipse(54, TOP - y - 5, 62 + width + 8, TOP - y + 11, stroke=1, fill=0)
            pdf.setStrokeGray(0)
        y += 18
    _text(pdf, 52, y, "\u2022", 9)
    _text(pdf, 62, y, "Other:", 9)
    _rule(pdf, 96, 420, y + 2, 0.6)
    _text(pdf, 40, 740, "PLFCU-MH1 (06/2037)   Page 1 of 2", 6.5)
    pdf.showPage()

    _text(pdf, 40, 50, "Prairie Lantern Federal Credit Union", 12, "Helvetica-Bold")
    _text(pdf, 400, 50, "Loan no. 3308417256", 9)
    _text(pdf, 40, 84, "MONTHLY AND YEARLY HOUSEHOLD INCOME (before taxes)", 10, "Helvetica-Bold")
    _text(pdf, 44, 106, "Source", 8.5, "Helvetica-Bold")
    _text(pdf, 330, 106, "Monthly", 8.5, "Helvetica-Bold")
    _text(pdf, 450, 106, "Annually", 8.5, "Helvetica-Bold")
    _rule(pdf, 40, 560, 110, 0.6)
    incomes = (("Wages, salary, overtime, tips, bonuses", "2,791.08", "33,492.96"),
               ("Self-employment income", "", ""),
               ("Social Security, pension, disability", "", ""),
               ("Total household income", "2,791.08", "33,492.96"))
    for row, (source, monthly, yearly) in enumerate(incomes):
        top = 126 + 18 * row
        _text(pdf, 44, top, source, 8.5, "Helvetica-Bold" if source.startswith("Total") else "Helvetica")
        for x, amount in ((330.0, monthly), (450.0, yearly)):
            _text(pdf, x, top, "$", 9.5, "Courier")
            if amount:
                pdf.setFont("Courier", 9.5)
                pdf.drawRightString(x + 90, TOP - top, amount)
        _rule(pdf, 40, 560, top + 5, 0.3)
    _text(pdf, 40, 230, "I certify that the information on this request is true and complete.", 8)
    pen_signature(pdf, 50, 268, 160)
    _rule(pdf, 40, 280, 270)
    _text(pdf, 330, 266, "06/30/2037", 10, "Courier")
    _rule(pdf, 320, 460, 270)
    _text(pdf, 40, 279, "Borrower signature", 7)
    _text(pdf, 320, 279, "Date", 7)
    _text(pdf, 40, 740, "PLFCU-MH1 (06/2037)   Page 2 of 2", 6.5)
    pdf.save()
    return path


@pytest.fixture(scope="module")
def credit_union(reader: PageReader, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Field]:
    return _read(reader, _credit_union_form(tmp_path_factory.mktemp("credit_union") / "request.pdf"))


def test_answers_on_blanks_read_by_their_captions(credit_union: dict[str, Field]) -> None:
    """"I, [Reginald T. Ashby-Moreau Jr.] (full name), member number [7741093], ask for help with loan no.
    [3308417256] on the home at [48 Wren Hollow Lane] (street), [Bellwether] (city), [IA] (state) [52151]
    (ZIP).": the borrower, the home's address put together from its parts, and the loan number (not the
    member number typed before "ask for help with loan no.")."""
    assert credit_union["borrower_name"].value == "Reginald T. Ashby-Moreau Jr"  # (clean_name drops the stop)
    assert credit_union["property_address"].value == "48 Wren Hollow Lane, Bellwether, IA 52151"
    assert credit_union["loan_number"].value == "3308417256"


def test_an_empty_blank_in_a_sentence_names_no_co_borrower(credit_union: dict[str, Field]) -> None:
    """"My joint borrower on this loan is [      ] (leave blank if none), whose Social Security number ends
    in [  ].": surely no co-borrower (the sentence's print after the blank is no name), so no co-borrower's
    signature is due."""
    assert credit_union["co_borrower_name"].value is None
    assert credit_union["co_borrower_name"].confidence >= 0.9
    assert credit_union["co_borrower_signed"].value is None


def test_income_read_in_the_monthly_column(credit_union: dict[str, Field]) -> None:
    """"Source | Monthly | Annually" over "Wages, salary, overtime, tips, bonuses  $ 2,791.08  $ 33,492.96":
    the month's figures, not the year's."""
    assert credit_union["income.wages"].value == Decimal("2791.08")
    assert credit_union["income.total"].value == Decimal("2791.08")


def test_a_ring_through_a_lists_bullet_and_a_blank_after_other(credit_union: dict[str, Field]) -> None:
    """"Circle every reason that applies" over a bulleted list, "Higher housing costs (taxes, insurance,
    HOA)" ringed by a pen's ellipse that passes through its bullet, "Other:" followed by a long blank: that
    one reason (before, the blank after "Other:" was read as a web form's switch turned on, and the ring
    through the bullet was not seen round the phrase)."""
    assert credit_union["hardship_types"].value == ["increase_in_housing_expenses"]
