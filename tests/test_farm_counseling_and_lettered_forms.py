"""Three lenders' and agencies' forms in layouts an earlier rule misread: a farm credit association's request
whose labels carry a note before their colon ("Borrower (stockholder of record): ..."), the home's town, state
and ZIP code on the line under its street, a cause list of drawn boxes whose first option ends "or other
employment", a hardship date run into the dots of its leader, and two signature boxes side by side, each
caption printed under its rule; a housing counseling agency's intake of tight grey header rows over answer
rows, where choices are an "X" typed in the cell under a caption and the signature table's row captions
stand in a column of their own; a manufactured-home lender's form of lettered boxes ("b Applicant name ...
c SSN - last four"); and a form that never asks the co-borrower's name, its co-borrower's signature line left
blank."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

from lossmit_docs.model import PageRef
from lossmit_docs.reading.extract_application import extract_application
from lossmit_docs.reading.ink import PdfInk
from lossmit_docs.reading.pages import PageReader
from lossmit_docs.reading.values import first_date
from pdf_factory import pen_signature

TOP = letter[1]
INK_BLUE = (0.08, 0.12, 0.45)


def ref(number: int) -> PageRef:
    return PageRef("f.pdf", number)


def _farm_letterhead(pdf: canvas.Canvas, page: int) -> None:
    pdf.setStrokeColorRGB(0.13, 0.36, 0.2)
    pdf.setLineWidth(1.4)
    pdf.circle(60, TOP - 54, 19)
    pdf.setFillColorRGB(0.13, 0.36, 0.2)
    pdf.setFont("Helvetica-Bold", 15)
    pdf.drawString(88, TOP - 50, "Prairie Bend Farm Credit, ACA")
    pdf.setFillGray(0)
    pdf.setFont("Helvetica", 8)
    pdf.drawString(88, TOP - 62, "Rural Residence Servicing Office  -  410 Granary Road, Canton, SD 57013  -  "
                                 "(605) 555-0164")
    pdf.setStrokeGray(0)
    pdf.setLineWidth(0.8)
    pdf.rect(470, TOP - 66, 102, 28)
    pdf.setFont("Helvetica-Bold", 7.5)
    pdf.drawString(476, TOP - 48, "Form RR-22 (04/2037)")
    pdf.setFont("Helvetica", 7.5)
    pdf.drawString(476, TOP - 60, f"Page {page} of 2")


def _panel(pdf: canvas.Canvas, top: float, bottom: float, title: str) -> None:
    """A rounded green frame with its title set into the top edge."""
    pdf.setStrokeColorRGB(0.13, 0.36, 0.2)
    pdf.setLineWidth(0.9)
    pdf.roundRect(40, TOP - bottom, 532, bottom - top, 8)
    pdf.setFillGray(1)
    pdf.rect(50, TOP - top - 5, 8 + 5.3 * len(title), 10, stroke=0, fill=1)
    pdf.setFillColorRGB(0.13, 0.36, 0.2)
    pdf.setFont("Helvetica-Bold", 9.5)
    pdf.drawString(56, TOP - top - 3, title)
    pdf.setFillGray(0)
    pdf.setStrokeGray(0)


def _dotted(pdf: canvas.Canvas, x: float, baseline: float, label: str, answer: str, right: float) -> float:
    """A label, then its answer typed in Courier on a dotted line running to `right`; where the label ends."""
    pdf.setFont("Helvetica", 8.5)
    pdf.drawString(x, TOP - baseline, label)
    start = x + pdf.stringWidth(label, "Helvetica", 8.5) + 4
    pdf.setLineWidth(0.7)
    pdf.setDash(0.6, 1.8)
    pdf.line(start, TOP - baseline - 1, right, TOP - baseline - 1)
    pdf.setDash()
    pdf.setFont("Courier", 10)
    pdf.drawString(start + 3, TOP - baseline + 1, answer)
    return start


def _option(pdf: canvas.Canvas, x: float, baseline: float, text: str, marked: bool = False) -> None:
    """An 8-point box with the option after it; an "X" typed in the box when `marked`."""
    pdf.setLineWidth(0.8)
    pdf.rect(x, TOP - baseline - 1, 8, 8)
    if marked:
        pdf.setFont("Helvetica-Bold", 8.5)
        pdf.drawString(x + 1.2, TOP - baseline, "X")
    pdf.setFont("Helvetica", 8.5)
    pdf.drawString(x + 13, TOP - baseline, text)


FARM_CAUSES = (("Loss of my off-farm job or other employment", "Divorce or legal separation"),
               ("Reduced income, wages or hours", "Separation of unmarried co-owners"),
               ("Higher property taxes, insurance or housing costs", "Death of a borrower or a wage earner"),
               ("Drought, flood, hail, fire or other disaster", "Distant job transfer or relocation"),
               ("Illness, injury or disability in the household", "Other - describe below"))


def _farm_request(path: Path, co_signs: bool = True) -> Path:
    """The association's two pages: "A. Loan and stockholder information" with each answer on a dotted line
    after its label, "B. The residence" with the street on one line and "Town: ... State: ... ZIP code: ..."
    on the next, "C. Financial hardship" with a box before each cause (the off-farm job's marked "X") and the
    date the hardship began typed right after its label's colon and two leader dots; on page 2 a box per
    signer under a grey "BORROWER" / "CO-BORROWER" bar, the pen's stroke over a rule captioned "Signature"
    under it, the date typed over a rule captioned "Date signed (mm/dd/yyyy)", then the printed name."""
    pdf = canvas.Canvas(str(path), pagesize=letter)
    _farm_letterhead(pdf, 1)
    pdf.setFont("Helvetica-Bold", 12)
    pdf.drawCentredString(306, TOP - 88, "REQUEST FOR RURAL RESIDENCE SERVICING ASSISTANCE")
    pdf.setFont("Helvetica", 8)
    pdf.drawString(44, TOP - 102, "Use this request if you are having trouble paying your rural residence loan "
                                  "with the Association. Type or print. Mark boxes with an X.")
    _panel(pdf, 132, 236, "A.  Loan and stockholder information")
    _dotted(pdf, 52, 154, "Loan number:", "4417302958", 292)
    _dotted(pdf, 310, 154, "Stockholder (member) no.:", "STK-118204", 562)
    _dotted(pdf, 52, 174, "Borrower (stockholder of record):", "Soren A. Lindgren", 422)
    _dotted(pdf, 440, 174, "Last 4 of SSN:", "1106", 562)
    _dotted(pdf, 52, 194, "Co-borrower:", "Marit J. Lindgren", 422)
    _dotted(pdf, 440, 194, "Last 4 of SSN:", "7420", 562)
    _dotted(pdf, 52, 214, "Home phone:", "(605) 555-0187", 252)
    _panel(pdf, 252, 348, "B.  The residence")
    _dotted(pdf, 52, 274, "Street address of the residence:", "27418 466th Avenue", 562)
    _dotted(pdf, 52, 294, "Town:", "Lennox", 302)
    _dotted(pdf, 318, 294, "State:", "SD", 408)
    _dotted(pdf, 424, 294, "ZIP code:", "57039", 562)
    pdf.setFont("Helvetica", 8.5)
    pdf.drawString(52, TOP - 316, "Who lives in the residence? (mark one)")
    _option(pdf, 222, 316, "Our primary home", marked=True)
    _option(pdf, 330, 316, "Second or seasonal home")
    _option(pdf, 457, 316, "Rented to a tenant")
    _panel(pdf, 364, 520, "C.  Financial hardship")
    pdf.setFont("Helvetica", 8.5)
    pdf.drawString(52, TOP - 384, "What caused your difficulty? Mark every cause that applies.")
    for row, (left, right) in enumerate(FARM_CAUSES):
        baseline = 402 + 15 * row
        _option(pdf, 56, baseline, left, marked=left.startswith("Loss of my off-farm"))
        _option(pdf, 312, baseline, right)
    _dotted(pdf, 52, 486, "Other cause - describe:", "", 562)
    pdf.setFont("Helvetica", 8.5)
    pdf.drawString(52, TOP - 506, "Date the hardship began (mm/dd/yyyy):..05/12/2037")
    pdf.showPage()
    _farm_letterhead(pdf, 2)
    pdf.setFont("Helvetica-Bold", 8.5)
    pdf.drawString(44, TOP - 88, "Loan number:")
    pdf.setFont("Courier", 10)
    pdf.drawString(110, TOP - 88, "4417302958")
    _panel(pdf, 110, 420, "E.  Certification and signatures")
    pdf.setFont("Helvetica", 8)
    pdf.drawString(52, TOP - 134, "Each of us certifies that the information in this request is true and complete "
                                  "and that the hardship described has made it hard to pay")
    pdf.drawString(52, TOP - 144, "our rural residence loan. Knowingly false statements may violate federal law.")
    signers = (("BORROWER", "Soren A. Lindgren"), ("CO-BORROWER", "Marit J. Lindgren"))
    for left, (heading, name) in zip((52.0, 310.0), signers, strict=True):
        pdf.setLineWidth(0.8)
        pdf.setFillGray(0.92)
        pdf.rect(left, TOP - 200, 248, 14, stroke=1, fill=1)
        pdf.setFillGray(0)
        pdf.rect(left, TOP - 322, 248, 136)
        pdf.setFont("Helvetica-Bold", 8)
        pdf.drawString(left + 6, TOP - 196, heading)
        pdf.setLineWidth(0.5)
        pdf.line(left + 8, TOP - 234, left + 240, TOP - 234)
        pdf.setFont("Helvetica", 7.5)
        pdf.drawString(left + 8, TOP - 245, "Signature")
        signs = co_signs or heading == "BORROWER"
        if signs:
            pen_signature(pdf, left + 22, 232, 150)
        pdf.setFont("Courier", 10)
        if signs:
            pdf.drawString(left + 14, TOP - 266, "05/19/2037")
        pdf.line(left + 8, TOP - 270, left + 130, TOP - 270)
        pdf.setFont("Helvetica", 7.5)
        pdf.drawString(left + 8, TOP - 281, "Date signed (mm/dd/yyyy)")
        pdf.drawString(left + 8, TOP - 308, "Printed name:")
        pdf.setFont("Courier", 10)
        pdf.drawString(left + 62, TOP - 308, name)
    pdf.save()
    return path


def test_a_note_before_the_labels_colon(reader: PageReader, tmp_path: Path) -> None:
    """"Borrower (stockholder of record): Soren A. Lindgren   Last 4 of SSN: 1106" over "Co-borrower: Marit J.
    Lindgren": the note in parentheses between the bare word and its colon is part of the label, so each name
    is read (before, no borrower name was read)."""
    path = _farm_request(tmp_path / "farm.pdf")
    fields = extract_application(reader.read(path), ref, PdfInk(path))
    assert fields["borrower_name"].value == "Soren A. Lindgren"
    assert fields["co_borrower_name"].value == "Marit J. Lindgren"


def test_town_state_and_zip_on_the_line_under_the_street(reader: PageReader, tmp_path: Path) -> None:
    """"Street address of the residence: 27418 466th Avenue" then "Town: Lennox   State: SD   ZIP code: 57039":
    the town, state and ZIP code of the next line complete the street, whose house number is no ZIP code
    (before, the street alone, its "27418" taken for the ZIP)."""
    path = _farm_request(tmp_path / "farm.pdf")
    fields = extract_application(reader.read(path), ref, PdfInk(path))
    address = fields["property_address"].value or ""
    assert "466th Avenue" in address
    assert "Lennox" in address
    assert "57039" in address
    assert not address.startswith("of the residence")


def test_signature_boxes_side_by_side_captioned_under_rules(reader: PageReader, tmp_path: Path) -> None:
    """Two boxes under grey "BORROWER" / "CO-BORROWER" bars, each a pen's stroke over a rule captioned
    "Signature" under it, then "05/19/2037" over a rule captioned "Date signed (mm/dd/yyyy)": both signed, on
    that date (before, unsigned and undated)."""
    path = _farm_request(tmp_path / "farm.pdf")
    fields = extract_application(reader.read(path), ref, PdfInk(path))
    assert fields["signed"].value is True
    assert fields["signed_on"].value == date(2037, 5, 19)
    assert fields["co_borrower_signed"].value is True


def test_a_co_borrowers_box_left_blank_is_surely_unsigned(reader: PageReader, tmp_path: Path) -> None:
    """The co-borrower's box with no stroke over its "Signature" rule and no date: surely unsigned. A rule
    right over the caption with no print over it says the caption is under its line, so the pen is looked for
    over it, not on the caption's own row (before: the caption's print made it unsure, 0.5)."""
    path = _farm_request(tmp_path / "farm.pdf", co_signs=False)
    fields = extract_application(reader.read(path), ref, PdfInk(path))
    assert fields["signed"].value is True
    assert fields["co_borrower_signed"].value is False
    assert fields["co_borrower_signed"].confidence >= 0.9


def test_hardship_date_run_into_its_leader_dots(reader: PageReader, tmp_path: Path) -> None:
    """"Date the hardship began (mm/dd/yyyy):..05/12/2037" drawn as one string, no space between the colon,
    the leader's last dots and the date: the date is read (before, none)."""
    assert first_date("(mm/dd/yyyy):..05/12/2037") == date(2037, 5, 12)
    path = _farm_request(tmp_path / "farm.pdf")
    fields = extract_application(reader.read(path), ref, PdfInk(path))
    assert fields["hardship_start_date"].value == date(2037, 5, 12)


def test_or_other_inside_an_option_is_no_other_box(reader: PageReader, tmp_path: Path) -> None:
    """An "X" typed in the box of "Loss of my off-farm job or other employment", the box of "Other - describe
    below" left empty: the hardship is unemployment alone (before, ["other"]: "other" inside the phrase was
    taken for the Other option, the off-farm job for no cause)."""
    path = _farm_request(tmp_path / "farm.pdf")
    fields = extract_application(reader.read(path), ref, PdfInk(path))
    assert fields["hardship_types"].value == ["unemployment"]


# --- a housing counseling agency's intake: tight grids of grey caption rows over answer rows ------------

HEADER_GREY = (0.87, 0.89, 0.89)
Cell = tuple[float, float, str, str]  # left, right, caption, answer


def _agency_letterhead(pdf: canvas.Canvas, page: int) -> None:
    pdf.setFillColorRGB(0.05, 0.33, 0.35)
    pdf.rect(44, TOP - 58, 6, 24, stroke=0, fill=1)
    pdf.setFont("Helvetica-Bold", 11.5)
    pdf.drawString(56, TOP - 47, "Cedar Valley Homeownership Counseling, Inc.")
    pdf.setFillGray(0)
    pdf.setFont("Helvetica", 7.5)
    pdf.drawString(56, TOP - 57, "HUD-approved housing counseling agency  -  640 Third Street SE, Waterloo, IA "
                                 "50703")
    pdf.setFont("Helvetica-Bold", 9.5)
    pdf.drawRightString(568, TOP - 45, "CLIENT INTAKE & SERVICER SUBMISSION")
    pdf.setFont("Helvetica", 7.5)
    pdf.drawRightString(568, TOP - 57, f"Form CI-4 (05/2037)   Page {page} of 2")
    pdf.setStrokeColorRGB(0.05, 0.33, 0.35)
    pdf.setLineWidth(1.4)
    pdf.line(44, TOP - 64, 568, TOP - 64)
    pdf.setStrokeGray(0)


def _heading(pdf: canvas.Canvas, baseline: float, text: str) -> None:
    pdf.setFillColorRGB(0.05, 0.33, 0.35)
    pdf.setFont("Helvetica-Bold", 9)
    pdf.drawString(44, TOP - baseline, text)
    pdf.setFillGray(0)


def _grid_row(pdf: canvas.Canvas, top: float, cells: list[Cell], depth: float = 19, centred: bool = False) -> None:
    """A row of grey caption cells 13 points high over a row of answer cells `depth` high: each caption in
    small bold type, its answer typed in Courier (or a bold "X" set in the cell's middle when `centred`)."""
    pdf.setLineWidth(0.6)
    for left, right, caption, answer in cells:
        pdf.setFillColorRGB(*HEADER_GREY)
        pdf.rect(left, TOP - top - 13, right - left, 13, stroke=1, fill=1)
        pdf.setFillGray(0)
        pdf.rect(left, TOP - top - 13 - depth, right - left, depth)
        pdf.setFont("Helvetica-Bold", 6.8)
        if centred:
            pdf.drawCentredString((left + right) / 2, TOP - top - 9, caption)
        else:
            pdf.drawString(left + 3, TOP - top - 9, caption)
        if answer and centred:
            pdf.setFont("Helvetica-Bold", 11)
            pdf.drawCentredString((left + right) / 2, TOP - top - depth - 10, answer)
        elif answer:
            pdf.setFont("Courier", 10)
            pdf.drawString(left + 4, TOP - top - 26, answer)


def _columns(left: float, right: float, captions: tuple[str, ...], answers: dict[str, str]) -> list[Cell]:
    """Equal columns from `left` to `right`, a caption each, answered from `answers`."""
    width = (right - left) / len(captions)
    return [(left + width * i, left + width * (i + 1), caption, answers.get(caption, ""))
            for i, caption in enumerate(captions)]


def _counseling_intake(path: Path) -> Path:
    """The agency's two pages: on the first, grids of grey caption rows each right over its answer row (the
    client's row, then the co-client's caption row right under it), "Occupancy - mark one X:" over three
    captions with an "X" typed in a plain cell under one, the causes of the hardship as a grid two caption rows
    deep with an "X" under "Illness / disability", and the date the hardship began under its caption in a row
    with the duration's captions; on the second a signature table, its signers' captions in a column of their
    own left of "Signature | Printed name | Date (mm/dd/yyyy)", each row a pen's stroke, a name and a date."""
    pdf = canvas.Canvas(str(path), pagesize=letter)
    _agency_letterhead(pdf, 1)
    pdf.setFont("Helvetica", 7.5)
    pdf.drawString(44, TOP - 78, "Completed by a HUD-certified housing counselor with the client and sent to the "
                                 "servicer on the client's behalf. Mark choices with an X.")
    _heading(pdf, 94, "SUBMITTED ON THE CLIENT'S BEHALF BY")
    _grid_row(pdf, 98, [(44, 184, "Housing counselor", "Ines P. Vos"),
                        (184, 266, "HUD counselor ID", "7730215"),
                        (266, 568, "Intake session date", "05/21/2037")])
    _heading(pdf, 150, "SECTION 1   CLIENT AND LOAN")
    _grid_row(pdf, 154, [(44, 174, "Servicer loan number", "6604183395"),
                         (174, 474, "Client (borrower) full name", "Rosalind T. Achterberg"),
                         (474, 568, "SSN last 4", "2214")])
    _grid_row(pdf, 186, [(44, 244, "Co-client (co-borrower) full name", "Dale M. Achterberg"),
                         (244, 304, "SSN last 4", "8830"),
                         (304, 408, "Best phone", "(319) 555-0171"),
                         (408, 568, "Client e-mail", "rachterberg@example.com")])
    _heading(pdf, 238, "SECTION 2   PROPERTY")
    _grid_row(pdf, 242, [(44, 294, "Property street address", "1518 Sumner Street"),
                         (294, 444, "City", "Waterloo"), (444, 488, "State", "IA"), (488, 568, "ZIP", "50701")])
    pdf.setFont("Helvetica-Bold", 7.5)
    pdf.drawString(44, TOP - 287, "Occupancy - mark one X:")
    _grid_row(pdf, 289, _columns(44, 568, ("Client's primary residence", "Second / seasonal home",
                                           "Rental / investment property"),
                                 {"Client's primary residence": "X"}), centred=True)
    _heading(pdf, 341, "SECTION 3   HARDSHIP")
    pdf.setFont("Helvetica-Bold", 7.5)
    pdf.drawString(44, TOP - 353, "Cause(s) of the hardship - mark an X under every one that applies:")
    _grid_row(pdf, 355, _columns(44, 568, ("Unemployment", "Reduced income", "Higher housing costs", "Disaster",
                                           "Illness / disability"), {"Illness / disability": "X"}), centred=True)
    _grid_row(pdf, 387, _columns(44, 568, ("Divorce / separation", "Unmarried co-owners separated",
                                           "Death of borrower / earner", "Distant job relocation",
                                           "Other (see notes)"), {}), centred=True)
    _grid_row(pdf, 427, [(44, 174, "Hardship began (mm/dd/yyyy)", "02/09/2037")])
    _grid_row(pdf, 427, [(174, 306, "Short-term (6 mo. or less)", ""), (306, 438, "Long-term (over 6 mo.)", "X"),
                         (438, 568, "Resolved as of today", "")], centred=True)
    _grid_row(pdf, 467, [(44, 568, "Counselor notes (required if Other is marked)", "")], depth=30)
    pdf.showPage()
    _agency_letterhead(pdf, 2)
    _grid_row(pdf, 76, [(44, 214, "Servicer loan number", "6604183395"), (214, 568, "Client file no.", "CV-37-1142")])
    _heading(pdf, 130, "SECTION 5   AUTHORIZATION, CERTIFICATION AND SIGNATURES")
    pdf.setFont("Helvetica", 8)
    pdf.drawString(44, TOP - 144, "I (we) authorize the agency to submit this application to my (our) servicer and "
                                  "certify that the information above is true and complete.")
    pdf.drawString(44, TOP - 156, "The counselor's signature confirms the intake session only; it does not sign "
                                  "for the client.")
    columns = ((44, 154, ""), (154, 364, "Signature"), (364, 484, "Printed name"), (484, 568, "Date (mm/dd/yyyy)"))
    pdf.setLineWidth(0.6)
    for left, right, caption in columns:
        pdf.setFillColorRGB(*HEADER_GREY)
        pdf.rect(left, TOP - 188, right - left, 13, stroke=1, fill=1)
        pdf.setFillGray(0)
        pdf.setFont("Helvetica-Bold", 6.8)
        pdf.drawString(left + 3, TOP - 184, caption)
    signers = (("Client (borrower)", "Rosalind T. Achterberg", "05/22/2037"),
               ("Co-client (co-borrower)", "Dale M. Achterberg", "05/22/2037"),
               ("Housing counselor", "Ines P. Vos", "05/21/2037"))
    for row, (caption, name, signed) in enumerate(signers):
        top = 188 + 34 * row
        for left, right, _ in columns:
            pdf.rect(left, TOP - top - 34, right - left, 34)
        pdf.setFont("Helvetica-Bold", 7.5)
        pdf.drawString(47, TOP - top - 20, caption)
        pen_signature(pdf, 172, top + 26, 140 + 12 * row)
        pdf.setFont("Courier", 8.2)
        pdf.drawString(368, TOP - top - 21, name)
        pdf.setFont("Courier", 9.5)
        pdf.drawString(489, TOP - top - 21, signed)
    pdf.save()
    return path


def test_tight_grid_of_caption_rows_over_answer_rows(reader: PageReader, tmp_path: Path) -> None:
    """"Servicer loan number | Client (borrower) full name | SSN last 4" over "6604183395 | Rosalind T.
    Achterberg | 2214", the co-client's caption row right under that answer row: each name is its own
    caption's, the answer about as near the next caption row as its own (before, no borrower name)."""
    path = _counseling_intake(tmp_path / "intake.pdf")
    fields = extract_application(reader.read(path), ref, PdfInk(path))
    assert fields["borrower_name"].value == "Rosalind T. Achterberg"
    assert fields["co_borrower_name"].value == "Dale M. Achterberg"


def test_hardship_date_under_its_caption_in_a_row_of_captions(reader: PageReader, tmp_path: Path) -> None:
    """"Hardship began (mm/dd/yyyy) | Short-term (6 mo. or less) | Long-term (over 6 mo.) | Resolved as of
    today" over "02/09/2037" and an "X" under "Long-term": the date is the one under its caption, the row of
    captions beside it no answer (before, no date)."""
    path = _counseling_intake(tmp_path / "intake.pdf")
    fields = extract_application(reader.read(path), ref, PdfInk(path))
    assert fields["hardship_start_date"].value == date(2037, 2, 9)


def test_an_x_typed_in_the_cell_under_a_caption(reader: PageReader, tmp_path: Path) -> None:
    """"Occupancy - mark one X:" over three captions, an "X" typed in the plain cell (no box drawn) under
    "Client's primary residence"; the causes a grid two caption rows deep, an "X" under "Illness /
    disability": the home is the client's primary residence and the hardship an illness (before, neither
    was read)."""
    path = _counseling_intake(tmp_path / "intake.pdf")
    fields = extract_application(reader.read(path), ref, PdfInk(path))
    assert fields["occupancy"].value == "primary_residence"
    assert fields["hardship_types"].value == ["disability_or_illness"]


def test_signers_captions_in_a_column_of_their_own(reader: PageReader, tmp_path: Path) -> None:
    """A table headed "Signature | Printed name | Date (mm/dd/yyyy)" with "Client (borrower)", "Co-client
    (co-borrower)" and "Housing counselor" in a column left of it, each row a pen's stroke, a name and a
    date: the client signed on 05/22/2037, the co-client signed (before, unsigned)."""
    path = _counseling_intake(tmp_path / "intake.pdf")
    fields = extract_application(reader.read(path), ref, PdfInk(path))
    assert fields["signed"].value is True
    assert fields["signed_on"].value == date(2037, 5, 22)
    assert fields["co_borrower_signed"].value is True


# --- a manufactured-home lender's form: lettered boxes, each caption after its box's letter ---------------


def _lettered(pdf: canvas.Canvas, left: float, top: float, right: float, letter_: str, caption: str,
              answer: str = "") -> None:
    """A bordered box 28 points high: its letter in bold at the top left, the caption after it in small type,
    the answer typed in Courier under them, starting under the letter."""
    pdf.setLineWidth(0.7)
    pdf.rect(left, TOP - top - 28, right - left, 28)
    pdf.setFont("Helvetica-Bold", 7)
    pdf.drawString(left + 3, TOP - top - 8, letter_)
    pdf.setFont("Helvetica", 6.5)
    pdf.drawString(left + 12, TOP - top - 8, caption)
    if answer:
        pdf.setFont("Courier", 10)
        pdf.drawString(left + 6, TOP - top - 23, answer)


def _step(pdf: canvas.Canvas, top: float, number: str, title: str) -> None:
    pdf.setFillColorRGB(0.93, 0.9, 0.84)
    pdf.rect(44, TOP - top - 15, 524, 15, stroke=0, fill=1)
    pdf.setFillColorRGB(0.55, 0.4, 0.15)
    pdf.setFont("Helvetica-Bold", 9)
    pdf.drawString(48, TOP - top - 11, f"STEP {number}")
    pdf.setFillGray(0)
    pdf.drawString(92, TOP - top - 11, title)


def _lettered_boxes(path: Path) -> Path:
    """The lender's first page: "a Account number | b Applicant name (first, middle, last) | c SSN - last four"
    over their answers, "d Co-applicant name (if any) | e SSN - last four" left blank, then the home's site
    address in "h", and "i City | j State | k ZIP code" with each answer typed from under its letter."""
    pdf = canvas.Canvas(str(path), pagesize=letter)
    pdf.setFillColorRGB(0.42, 0.3, 0.12)
    pdf.rect(44, TOP - 58, 40, 12, stroke=0, fill=1)
    pdf.setFont("Helvetica-Bold", 15)
    pdf.drawString(92, TOP - 52, "BLUESTEM HOME FINANCE")
    pdf.setFillGray(0)
    pdf.setFont("Helvetica", 7.5)
    pdf.drawString(92, TOP - 62, "Loan Servicing Department  -  88 Depot Street, Marion, IA 52302")
    pdf.setFont("Helvetica-Bold", 9.5)
    pdf.drawRightString(568, TOP - 34, "PAYMENT ASSISTANCE REQUEST")
    pdf.setFont("Helvetica", 7)
    pdf.drawRightString(568, TOP - 43, "Manufactured Home Loans")
    pdf.drawRightString(568, TOP - 52, "Form BHF-31 (rev. 2037)  -  page 1 of 2")
    pdf.setLineWidth(0.8)
    pdf.line(44, TOP - 68, 568, TOP - 68)
    pdf.setFont("Helvetica", 7.5)
    pdf.drawString(44, TOP - 81, "Use this form if you are having trouble making the payments on your manufactured "
                                 "home loan. Answer every box that applies to you.")
    _step(pdf, 87, "1", "Tell us about you")
    _lettered(pdf, 44, 106, 194, "a", "Account number", "5718820346")
    _lettered(pdf, 194, 106, 478, "b", "Applicant name (first, middle, last)", "Janelle D. Kessling")
    _lettered(pdf, 478, 106, 568, "c", "SSN - last four", "3307")
    _lettered(pdf, 44, 134, 478, "d", "Co-applicant name (if any)")
    _lettered(pdf, 478, 134, 568, "e", "SSN - last four")
    _lettered(pdf, 44, 162, 244, "f", "Daytime phone", "(319) 555-0162")
    _lettered(pdf, 244, 162, 568, "g", "E-mail", "jdkessling@example.com")
    _step(pdf, 197, "2", "Tell us about your home")
    _lettered(pdf, 44, 216, 568, "h", "Home site address (where the home is located)", "5120 Hawthorn Ridge Road")
    _lettered(pdf, 44, 244, 344, "i", "City", "Mount Vernon")
    _lettered(pdf, 344, 244, 424, "j", "State", "IA")
    _lettered(pdf, 424, 244, 568, "k", "ZIP code", "52314")
    pdf.save()
    return path


def test_lettered_boxes_a_letter_before_each_caption(reader: PageReader, tmp_path: Path) -> None:
    """"a Account number   b Applicant name (first, middle, last)   c SSN - last four" over "5718820346   Janelle
    D. Kessling   3307", the co-applicant's row blank, "i City   j State   k ZIP code" over "Mount Vernon   IA
    52314": the SSN is "3307", there is no co-applicant, and the home's city and ZIP code complete its street
    (before, the SSN and the address's city were not read)."""
    path = _lettered_boxes(tmp_path / "lettered.pdf")
    fields = extract_application(reader.read(path), ref, PdfInk(path))
    assert fields["ssn_last4"].value == "3307"
    assert fields["co_borrower_name"].value is None
    address = fields["property_address"].value or ""
    assert "Mount Vernon" in address
    assert "52314" in address


# --- a form that never asks for a co-borrower, its co-borrower's signature line left blank --------------


def _no_co_borrower_question(path: Path) -> Path:
    """A one-page request asking only the borrower's name, signed by the borrower with a date, then a
    "Co-borrower signature ____  Date ____" line left blank."""
    pdf = canvas.Canvas(str(path), pagesize=letter)
    pdf.setFont("Helvetica-Bold", 13)
    pdf.drawString(60, TOP - 70, "Hardship Assistance Request")
    pdf.setFont("Helvetica", 8)
    pdf.drawString(60, TOP - 84, "Osage Trail Mortgage Company  -  Loss Mitigation  -  PO Box 410, Joplin, MO 64802")
    rows = (("Loan number:", "7730418265"), ("Borrower name:", "Cornelius R. Ashgrove"),
            ("Property address:", "2207 Quarry Hill Lane, Carthage MO 64836"),
            ("Date the hardship began:", "03/03/2037"))
    for index, (label, answer) in enumerate(rows):
        baseline = 120 + 24 * index
        pdf.setFont("Helvetica", 10)
        pdf.drawString(60, TOP - baseline, label)
        pdf.setFont("Courier", 10.5)
        pdf.drawString(200, TOP - baseline, answer)
    pdf.setFont("Helvetica", 9)
    pdf.drawString(60, TOP - 250, "I certify that the information in this request is true and complete.")
    pdf.setFont("Helvetica", 10)
    pdf.drawString(60, TOP - 300, "Borrower signature")
    pdf.setLineWidth(0.6)
    pdf.line(160, TOP - 302, 380, TOP - 302)
    pen_signature(pdf, 172, 299, 150)
    pdf.drawString(396, TOP - 300, "Date")
    pdf.line(424, TOP - 302, 530, TOP - 302)
    pdf.setFont("Courier", 10.5)
    pdf.drawString(430, TOP - 299, "05/02/2037")
    pdf.setFont("Helvetica", 10)
    pdf.drawString(60, TOP - 340, "Co-borrower signature ______________________________  Date ______________")
    pdf.save()
    return path


def test_a_blank_co_borrower_line_with_no_co_borrower_question(reader: PageReader, tmp_path: Path) -> None:
    """No question asks a co-borrower's name, but "Co-borrower signature ____  Date ____" is left blank under
    the borrower's signed and dated line: whether a co-borrower is missing is not sure (before, 0.95 - the
    blank line counted as surely no co-borrower)."""
    path = _no_co_borrower_question(tmp_path / "request.pdf")
    fields = extract_application(reader.read(path), ref, PdfInk(path))
    assert fields["signed"].value is True
    assert fields["co_borrower_signed"].value is None
    assert fields["co_borrower_signed"].confidence <= 0.6
