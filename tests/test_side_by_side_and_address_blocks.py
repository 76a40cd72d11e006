"""Two people answered side by side, employees named by their mailing window, and the printouts around them:
a page whose SSN is answered on its caption's row is no captions-under page even when an office-use box puts
a figure over the loan number's caption; a row holding the answer and then the next cell's label is an answer;
"Full name ... Full name ..." under centred BORROWER / CO-BORROWER headings gives each person their own
cell; an SSN's last four is its answer's first figure; "Higher taxes, insurance, HOA dues" and "Loss of job"
as filled radio options; a bank's deposited-item printout is a rent check; "EMP NO 437" ends a name; a pay
stub's employee named by a name / street / city-state-ZIP block and not by a firm's block; a fax header, a
"PayrollDepartment" line and a logo read "(w)" are no employer heading; a credit union's summary row read
by the four figures that add up.

Born-digital fixtures (reportlab) go through the real page reader and `read_documents` with the text layer's
word boxes (`PdfInk`); OCR artifacts (a fax header, a logo read as "(w)") are OCR pages built from text; one
small scan goes through real tesseract."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PIL import Image, ImageDraw
from reportlab.lib.pagesizes import letter
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from lossmit_docs.model import Document, Field, Page, TextMethod
from lossmit_docs.reading.application_layout import captions_under, person_columns
from lossmit_docs.reading.bank_statements import _bank_name
from lossmit_docs.reading.documents import read_documents
from lossmit_docs.reading.ink import PdfInk, with_words
from lossmit_docs.reading.pages import PageReader
from lossmit_docs.reading.paper_names import firm_name, person_name
from pdf_factory import Ink, ScanStyle, placed_text_pdf, scanned_pdf

RECEIVED = date(2028, 9, 1)
BOLD = "Helvetica-Bold"
CAPTION = 7.8
EVANDER, MIREILLE = "Evander R. Ashby-Kwan", "Mireille S. Ashby-Kwan"


def _documents(reader: PageReader, path: Path) -> list[Document]:
    """The file as the pipeline reads it: the page reader, then documents with the text layer's word boxes."""
    pages = reader.read(path)
    return read_documents(path.name, "0" * 64, pages, RECEIVED, PdfInk(path, pages))[0]


def _fields(reader: PageReader, path: Path) -> dict[str, Field]:
    documents = _documents(reader, path)
    assert len(documents) == 1
    return documents[0].fields


def _values(fields: dict[str, Field], *names: str) -> dict[str, object]:
    return {name: fields[name].value if name in fields else "<absent>" for name in names}


def _worded_page(reader: PageReader, path: Path) -> Page:
    pages = reader.read(path)
    return with_words(pages[0], PdfInk(path, pages))


def _ocr(text: str, confidence: float = 0.9) -> list[Page]:
    return [Page(1, text, TextMethod.OCR, confidence)]


def _read_ocr(text: str) -> Document:
    documents = read_documents("scan.pdf", "0" * 64, _ocr(text), RECEIVED)[0]
    assert len(documents) == 1
    return documents[0]


# --- applications: where each answer sits --------------------------------------------------------------

Cell = tuple[float, float, str, float, str]  # caption's x, row's y, caption, answer's offset, answer


def _cells(cells: Sequence[Cell]) -> list[Ink]:
    """Captions in small type, each answer typed a little further along on its answer line."""
    return [ink for x, y, caption, offset, answer in cells
            for ink in (Ink(x, y, caption, CAPTION), *([Ink(x + offset, y - 0.5, answer, 10)] if answer else []))]


def _person_cells(x: float, y: float, name: str, ssn: str, born: str) -> list[Cell]:
    return [(x, y, "Full name", 40, name), (x, y + 21, "SSN (last 4)", 50, ssn),
            (x + 116, y + 21, "Date of birth", 54, born),
            (x, y + 42, "Home phone", 50, "(928) 555-0142" if name else "")]


HOME = [(40, 330, "Property address (street and unit)", 130, "4711 Cobblestone Ct"), (40, 351, "City", 20, "Flagstaff"),
        (310, 351, "State", 25, "AZ"), (410, 351, "ZIP code", 40, "86013")]
ADDRESS = "4711 Cobblestone Ct, Flagstaff AZ 86013"


def _office_box_form(path: Path) -> Path:
    """One person's form whose loan number is typed in the servicer's box, over its "Loan number" caption
    and beside "FOR OFFICE USE ONLY"; every other answer on its caption's row ("SSN (last 4)  5415")."""
    return placed_text_pdf(path, [[
        Ink(40, 54, "KESTREL RIDGE LOAN SERVICING", 13.5, "Times-Bold"),
        Ink(160, 90, "MORTGAGE ASSISTANCE APPLICATION", 15, BOLD),
        Ink(42, 126, "0216622267", 11), Ink(396, 126, "FOR OFFICE USE ONLY", 6, BOLD),
        Ink(40, 140, "Loan number", CAPTION),
        Ink(64, 180, "Section 1:  Borrower", 10.5, "Times-Bold"),
        *_cells([*_person_cells(40, 212, EVANDER, "5415", "09/07/1984"), *HOME])]])


def test_a_figure_answered_on_its_captions_row_makes_no_captions_under_page(reader: PageReader,
                                                                              tmp_path: Path) -> None:
    """The loan number's caption has its figure over it (the office box), but the SSN's is on its own row:
    the page answers beside its captions, so the name is not looked for over "Full name" (it came out blank)."""
    path = _office_box_form(tmp_path / "office.pdf")
    assert not captions_under(_worded_page(reader, path))
    fields = _fields(reader, path)
    assert _values(fields, "borrower_name", "property_address") == {"borrower_name": EVANDER,
                                                                    "property_address": ADDRESS}
    assert fields["loan_number"].value == "0216622267"  # the office box's number over its caption, by its shape


def test_a_form_answered_over_its_captions_is_still_read_from_above(reader: PageReader, tmp_path: Path) -> None:
    """Guard: every answer typed over its caption, none on a caption's row: a captions-under page still."""
    path = placed_text_pdf(tmp_path / "under.pdf", [[
        Ink(40, 54, "MORTGAGE ASSISTANCE APPLICATION", 14, BOLD),
        Ink(40, 80, "Write each answer above its title.", 8.5),
        Ink(42, 126, "0216622267", 11), Ink(40, 140, "Loan number", CAPTION),
        Ink(302, 126, "5415", 11), Ink(300, 140, "SSN (last 4)", CAPTION),
        Ink(42, 176, EVANDER, 11), Ink(40, 190, "Full name", CAPTION),
        Ink(302, 176, "(928) 555-0142", 11), Ink(300, 190, "Home phone", CAPTION)]])
    assert captions_under(_worded_page(reader, path))
    fields = _fields(reader, path)
    assert _values(fields, "loan_number", "borrower_name", "ssn_last4") == {
        "loan_number": "0216622267", "borrower_name": EVANDER, "ssn_last4": "5415"}


def _twin_cells_form(path: Path, first: str, second: str) -> Path:
    """Two people's cells on each row and no column headings: "Full name  <first>   Full name  <second>"."""
    return placed_text_pdf(path, [[
        Ink(40, 54, "MORTGAGE ASSISTANCE APPLICATION", 14, BOLD), Ink(40, 90, "Loan number:  0216622267", 10),
        *_cells([(40, 120, "Full name", 40, first), (314, 120, "Full name", 40, second),
                 (40, 141, "SSN (last 4)", 50, "5415"), *HOME])]])


def test_an_answer_followed_by_the_next_cells_label_is_the_answer(reader: PageReader, tmp_path: Path) -> None:
    """The row right of "Full name" holds the name and then the next cell's "Full name": one label word and
    no digit read the whole row as labels only, and the name came out blank."""
    fields = _fields(reader, _twin_cells_form(tmp_path / "twin.pdf", EVANDER, MIREILLE))
    assert _values(fields, "borrower_name", "ssn_last4") == {"borrower_name": EVANDER, "ssn_last4": "5415"}


def test_a_blank_cell_before_the_next_persons_cell_stays_blank(reader: PageReader, tmp_path: Path) -> None:
    """Guard: the borrower's "Full name" left blank; the row's next words are the next cell's label and its
    answer, not the borrower's name."""
    fields = _fields(reader, _twin_cells_form(tmp_path / "blank.pdf", "", MIREILLE))
    assert fields.get("borrower_name") is None or fields["borrower_name"].value in (None, "")


def _panels_form(path: Path, co_borrower: bool = True) -> Path:
    """The borrower and the co-borrower answered side by side, each panel under its heading, the headings
    centred over the panels (so CO-BORROWER's left edge stands far right of where the co-borrower's cells
    start), the same labels on each panel's rows."""
    co = (MIREILLE, "9292", "02/11/1986") if co_borrower else ("", "", "")
    return placed_text_pdf(path, [[
        Ink(40, 54, "KESTREL RIDGE LOAN SERVICING", 13.5, "Times-Bold"),
        Ink(160, 90, "MORTGAGE ASSISTANCE APPLICATION", 15, BOLD),
        Ink(64, 170, "Section 1:  Borrower and Co-Borrower", 10.5, "Times-Bold"),
        Ink(144, 192, "BORROWER", 9, BOLD), Ink(412, 192, "CO-BORROWER", 9, BOLD),  # each centred on its panel
        *_cells([(40, 120, "Loan number", 50, "0216622267"), *_person_cells(40, 212, EVANDER, "5415", "09/07/1984"),
                 *_person_cells(314, 212, *co), *HOME])]])


@pytest.mark.parametrize("co_borrower", [True, False])
def test_each_person_reads_their_own_panel_under_centred_headings(reader: PageReader, tmp_path: Path,
                                                                  co_borrower: bool) -> None:
    """"Full name" asked again along its row begins the co-borrower's cell, whatever the heading over it is
    centred on: each name whole, and the borrower's SSN, not the last figure of the row (his birth year)."""
    path = _panels_form(tmp_path / "panels.pdf", co_borrower)
    split = person_columns(_worded_page(reader, path))
    assert split is not None and split > 340 / 612  # the trap: the heading's edge is inside his name's cell
    fields = _fields(reader, path)
    assert _values(fields, "loan_number", "borrower_name", "co_borrower_name", "ssn_last4", "property_address") == {
        "loan_number": "0216622267", "borrower_name": EVANDER, "co_borrower_name": MIREILLE if co_borrower else None,
        "ssn_last4": "5415", "property_address": ADDRESS}


# --- the SSN's last four: its answer's first figure ----------------------------------------------------


@pytest.mark.parametrize("answer, digits", [
    ("5415 Date of birth 09/07/1984", "5415"),  # the next question on its row, not the birth year
    ("digits only 3004", "3004"),  # the rest of its label ("SSN, digits only")
    ("No. (last 4 only) 9469", "9469"),  # "Social Security No. (last 4 only)"
    ("XXX-XX-5415", "XXX-XX-5415"),  # masked: its last four digits are the answer's
    ("5415  Home phone (928) 555-0142", "5415"),
    ("09/07/1984", ""),  # a date is no SSN
])
def test_an_ssns_first_figure(answer: str, digits: str) -> None:
    from lossmit_docs.reading.extract_application import _first_figure  # new: imported here so the rest runs

    assert _first_figure(answer) == digits


def test_an_ssn_answered_before_the_birth_date_on_its_row(reader: PageReader, tmp_path: Path) -> None:
    path = placed_text_pdf(tmp_path / "ssn.pdf", [[
        Ink(40, 54, "MORTGAGE ASSISTANCE APPLICATION", 14, BOLD), Ink(40, 90, "Loan number:  0216622267", 10),
        *_cells([(40, 120, "Full name", 40, EVANDER), (40, 141, "SSN (last 4)", 50, "5415"),
                 (140, 141, "Date of birth", 54, "09/07/1984")])]])
    assert _fields(reader, path)["ssn_last4"].value == "5415"


# --- hardships as filled radio options -----------------------------------------------------------------

REASONS = [("unemployment", "Loss of job / unemployment"), ("reduction_in_income", "Reduced pay, hours or commissions"),
           ("increase_in_housing_expenses", "Higher taxes, insurance, HOA dues"),
           ("disaster", "Natural or man-made disaster"), ("disability_or_illness", "Long-term illness or disability"),
           ("divorce_or_separation", "Divorce or legal separation"),
           ("separation_unmarried", "Unmarried co-borrowers separated"),
           ("death", "Death of a borrower or wage earner"), ("relocation", "Job transfer more than 50 miles away"),
           ("other", "Other (explain in a letter)")]


def _reasons_form(path: Path, chosen: str, square: bool, reasons: Sequence[tuple[str, str]] = REASONS) -> Path:
    """Ten reasons in two columns of five, each after a radio circle (or a square) filled solid when chosen."""
    height = letter[1]
    pdf = canvas.Canvas(str(path), pagesize=letter)
    pdf.setFont(BOLD, 14)
    pdf.drawString(40, height - 60, "MORTGAGE ASSISTANCE APPLICATION")
    pdf.setFont("Helvetica", 10)
    pdf.drawString(40, height - 90, "Loan number: 0216622267")
    pdf.drawString(40, height - 108, f"Borrower name: {EVANDER}")
    pdf.setFont("Times-Bold", 10.5)
    pdf.drawString(40, height - 140, "Section 3:  Your Hardship")
    pdf.setFont("Helvetica-Oblique", 8.5)
    pdf.drawString(40, height - 160, "Fill in the circle next to EVERY reason that applies to you.")
    for index, (code, label) in enumerate(reasons):
        x, y = 48 + 266 * (index // 5), height - (174 + 16 * (index % 5))
        pdf.setLineWidth(0.7)
        if square:
            pdf.rect(x - 4.2, y - 4.2, 8.4, 8.4, stroke=1, fill=int(code == chosen))
        else:
            pdf.circle(x, y, 4.2, stroke=1, fill=int(code == chosen))
        pdf.setFont("Helvetica", 8.5)
        pdf.drawString(x + 10, y - 3, label)
    pdf.save()
    return path


@pytest.mark.parametrize("square", [False, True], ids=["circles", "squares"])
@pytest.mark.parametrize("code, label", [("increase_in_housing_expenses", "Higher taxes, insurance, HOA dues"),
                                         ("unemployment", "Loss of job")])
def test_a_filled_option_worded_by_its_hardship(reader: PageReader, tmp_path: Path, square: bool, code: str,
                                                label: str) -> None:
    """No label variant spells these options; the hardship's words inside them do ("higher taxes", "loss of
    job"), and the option's box is the one before the whole phrase."""
    reasons = [(c, label if c == code else text) for c, text in REASONS]
    fields = _fields(reader, _reasons_form(tmp_path / "reasons.pdf", code, square, reasons))
    assert fields["hardship_types"].value == [code]


# --- a bank's printout of a deposited check ------------------------------------------------------------


def _check_picture(back: bool = False) -> Image.Image:
    image = Image.new("L", (900, 380), 238 if back else 255)
    draw = ImageDraw.Draw(image)
    draw.rectangle((4, 4, 895, 375), outline=0, width=3)
    if not back:
        draw.line((40, 300, 500, 300), fill=0, width=2)  # the signature line; the check's words are a picture
    return image


def test_a_deposited_item_printout_is_a_rent_check(tmp_path: Path, reader: PageReader) -> None:
    """The text layer holds only the printout's header; the check itself is a picture."""
    path = tmp_path / "deposited.pdf"
    height = letter[1]
    pdf = canvas.Canvas(str(path), pagesize=letter)
    pdf.setFont(BOLD, 13)
    pdf.drawString(72, height - 60, "Harbor Point Credit Union")
    pdf.setFont("Helvetica", 9)
    pdf.drawString(72, height - 78, "Check Image  |  Account ****4410  |  Posted 06/03/2028  |  Amount $1,250.00")
    pdf.drawString(72, height - 92, "Deposited Item - front and back")
    pdf.drawImage(ImageReader(_check_picture()), 72, height - 300, width=468, height=198)
    pdf.drawImage(ImageReader(_check_picture(back=True)), 72, height - 520, width=468, height=198)
    pdf.save()
    documents = _documents(reader, path)
    assert [d.type for d in documents] == ["rent_check"]
    assert documents[0].document_date == date(2028, 6, 3)


# --- pay stubs: the employee's name ---------------------------------------------------------------------


@pytest.mark.parametrize("text, name", [
    ("IGNACIO T. VANDERMEER EMP NO 437 DEPT YARD", "IGNACIO T. VANDERMEER"),
    ("IGNACIO T. VANDERMEER EMP", "IGNACIO T. VANDERMEER"),
    ("Maria Noble Smith", "Maria Noble Smith"),  # guard: a name with no label after it stays whole
])
def test_an_employee_number_ends_a_name(text: str, name: str) -> None:
    assert person_name(text) == name


def _green_bar(path: Path, employee_line: str) -> Path:
    """A line printer's stub in capitals in a fixed-width font."""
    rows = ["SUNDERLAND NURSERY SUPPLY INC                       EARNINGS STATEMENT",
            "8120 COUNTY ROAD 14  FLAGSTAFF AZ 86001             PAY DATE   03/17/28",
            "                                                    CHECK NO   048213", "", employee_line,
            "PERIOD 03/05/28 - 03/11/28    PAY FREQ WEEKLY    RATE 21.53", "-" * 70,
            "EARNINGS                 HOURS      RATE       CURRENT             YTD",
            "REGULAR                  40.00     21.53        861.20",
            "GROSS PAY                                       861.20        9,688.50",
            "NET PAY                                         700.58"]
    return placed_text_pdf(path, [[Ink(52, 54 + 12 * i, row, 8.6, "Courier") for i, row in enumerate(rows)]])


def test_a_line_printers_employee_number_is_no_part_of_the_name(reader: PageReader, tmp_path: Path) -> None:
    path = _green_bar(tmp_path / "greenbar.pdf", "EMPLOYEE: IGNACIO T. VANDERMEER     EMP NO 437      DEPT YARD")
    fields = _fields(reader, path)
    assert _values(fields, "employee_name", "employer") == {"employee_name": "IGNACIO T. VANDERMEER",
                                                            "employer": "SUNDERLAND NURSERY SUPPLY INC"}


def _windowed_stub(path: Path, blocks: Sequence[tuple[str, str, str]], heading: str = "Sablewood Veterinary Group"
                   ) -> Path:
    """A semi-monthly stub: the employer's heading and address over its contact line, a box of dates at the
    right, then name / street / city-state-ZIP blocks at the left (a mailing window), none of them labelled."""
    inks = [Ink(80, 54, heading, 12.5, "Times-Bold"), Ink(80, 67, "2210 Harbor Ave, Omaha, NE 68106", 8),
            Ink(80, 78, "Payroll Department  -  (402) 555-0166", 8), Ink(420, 52, "EARNINGS STATEMENT", 9, BOLD)]
    for i, (label, value) in enumerate((("Check Date", "08/15/2028"), ("Check Number", "00051234"),
                                        ("Period Beginning", "08/01/2028"), ("Period Ending", "08/15/2028"))):
        inks += [Ink(388, 72 + 15 * i, label, 8.5), Ink(564, 72 + 15 * i, value, 8.5, BOLD, "r")]
    y = 146.0
    for name, street, city in blocks:
        inks += [Ink(40, y, name, 10.5, BOLD), Ink(40, y + 13, street, 9), Ink(40, y + 25, city, 9)]
        y += 44
    for i, (label, value) in enumerate((("Employee ID", "SV-40213"), ("Department", "Imaging"),
                                        ("Pay Frequency", "Semi-Monthly"))):
        inks += [Ink(330, 146 + 12.5 * i, label, 8.5), Ink(572, 146 + 12.5 * i, value, 8.5, "Helvetica", "r")]
    rows = [("Regular Salary", "2,916.67", "43,750.05"), ("Gross Pay", "2,916.67", "43,750.05"),
            ("Federal Income Tax", "291.67", "4,375.05"), ("Net Pay", "2,401.88", "36,028.20")]
    inks += [Ink(40, 250, "EARNINGS", 9, BOLD), Ink(470, 250, "This Period", 8.5, BOLD, "r"),
             Ink(566, 250, "Year to Date", 8.5, BOLD, "r")]
    for i, (label, current, ytd) in enumerate(rows):
        inks += [Ink(44, 270 + 16 * i, label, 9), Ink(470, 270 + 16 * i, current, 9, "Helvetica", "r"),
                 Ink(566, 270 + 16 * i, ytd, 9, "Helvetica", "r")]
    return placed_text_pdf(path, [inks])


WINDOW = (EVANDER, "4711 Cobblestone Ct", "Flagstaff, AZ 86013")
PROCESSOR = ("Paylocity Payroll Services LLC", "1400 American Ln", "Schaumburg, IL 60173")


@pytest.mark.parametrize("blocks", [[WINDOW], [PROCESSOR, WINDOW]], ids=["window", "firm-block-first"])
def test_an_employee_named_by_a_mailing_window(reader: PageReader, tmp_path: Path,
                                               blocks: list[tuple[str, str, str]]) -> None:
    """No label names the employee: the person's name over a street and a city, state and ZIP is; the
    employer's block under its heading is not, and neither is a firm's block (its "LLC", "Services")."""
    fields = _fields(reader, _windowed_stub(tmp_path / "window.pdf", blocks))
    assert _values(fields, "employer", "employee_name") == {"employer": "Sablewood Veterinary Group",
                                                            "employee_name": EVANDER}
    assert 0.5 <= fields["employee_name"].confidence <= 0.85  # a name found by its place, not its label


def test_a_firms_block_is_no_employee(reader: PageReader, tmp_path: Path) -> None:
    """Guard: the only block under the heading is a practice's own ("Hospitals, P.C."): no employee name."""
    blocks = [("Harbor Animal Hospitals, P.C.", "88 Wharf St", "Omaha, NE 68102")]
    fields = _fields(reader, _windowed_stub(tmp_path / "firm.pdf", blocks, heading="HARBOR ANIMAL CARE"))
    assert fields["employee_name"].value is None


def test_a_scanned_stubs_mailing_window_names_the_employee(reader: PageReader, tmp_path: Path) -> None:
    """Through real tesseract: the window's name, sure as its OCR line at most."""
    lines = ["SABLEWOOD VETERINARY GROUP", "2210 Harbor Ave, Omaha, NE 68106", "EARNINGS STATEMENT",
             "Check Date 08/15/2028", "Period 08/01/2028 - 08/15/2028", "", *WINDOW, "",
             "Gross Pay 2,916.67 43,750.05", "Net Pay 2,401.88 36,028.20"]
    path = tmp_path / "scan.pdf"
    scanned_pdf([lines], ScanStyle(dpi=200, font_pt=12), path)
    pages = reader.read(path)
    assert pages[0].method == TextMethod.OCR
    documents = read_documents(path.name, "0" * 64, pages, RECEIVED, PdfInk(path, pages))[0]
    assert [d.type for d in documents] == ["pay_stub"]
    name = documents[0].fields["employee_name"]
    assert name.value == EVANDER
    assert 0.3 < name.confidence <= 0.85


# --- pay stubs: the employer's heading -----------------------------------------------------------------

FAX_HEADER = "Aug 18 2028 09:04 (749) 555-0180 SMITH J P.07/09"
STUB_BODY = """Evander R. Ashby-Kwan
4711 Cobblestone Ct
Flagstaff, AZ 86013
Employee ID SV-40213 Pay Frequency Semi-Monthly
EARNINGS This Period Year to Date
Regular Salary 2,916.67 43,750.05
Gross Pay 2,916.67 43,750.05
Federal Income Tax 291.67 4,375.05
Net Pay 2,401.88 36,028.20"""


def test_a_fax_header_line_takes_no_place_among_the_heading_lines() -> None:
    """The stub's box of dates read first, its firm's name its fourth printed line: the fax machine's line
    over it (a date and a time of day) is not one of the four looked at (the window's person was taken)."""
    text = "\n".join([FAX_HEADER, "EARNINGS STATEMENT", "Check Date: 08/15/2028", "Check No: 00051234",
                      "Sablewood Veterinary Group", "Payroll Department - (402) 555-0166",
                      "2210 Harbor Ave, Omaha, NE 68106", STUB_BODY])
    fields = _read_ocr(text).fields
    assert _values(fields, "employer", "employee_name") == {"employer": "Sablewood Veterinary Group",
                                                            "employee_name": EVANDER}


def test_a_department_left_of_payrolldepartment_is_no_employer() -> None:
    """OCR glued "Payroll Department" into one word; less the title word "payroll" it leaves "Department",
    a label's word, not a firm: the firm is the name over the street line."""
    text = "\n".join(["Sablewood Veterinary Group Check Date: 08/15/2028",
                      "2210 Harbor Ave, Omaha, NE 68106 Check No: 00051234",
                      "PayrollDepartment - (402) 555-0166", "", "EARNINGS STATEMENT", STUB_BODY])
    assert _read_ocr(text).fields["employer"].value == "Sablewood Veterinary Group"


def test_a_logo_read_as_a_letter_in_brackets_is_no_part_of_the_firm() -> None:
    assert firm_name("(w) Sablewood Veterinary Group") == "Sablewood Veterinary Group"
    text = "\n".join([FAX_HEADER, "", "(w) Sablewood Veterinary Group", "2210 Harbor Ave, Omaha, NE 68106",
                      "PayrollDepartment - (402) 555-0166", "", "EARNINGS STATEMENT", "Check Date 08/15/2028",
                      STUB_BODY])
    document = _read_ocr(text)
    assert document.type == "pay_stub"
    assert _values(document.fields, "employer", "employee_name") == {"employer": "Sablewood Veterinary Group",
                                                                     "employee_name": EVANDER}


# --- a credit union's statement of two accounts --------------------------------------------------------


def _credit_union(path: Path) -> Path:
    """A member statement: a Share Savings (suffix 00) and a Share Draft (suffix 10) summarised by suffix with
    Beginning, Deposits, Withdrawals and Ending columns, then each account's activity."""
    heads = [(44, "Suffix", "l"), (84, "Account", "l"), (350, "Beginning", "r"), (420, "Deposits", "r"),
             (490, "Withdrawals", "r"), (566, "Ending", "r")]
    summary = [(191, ("00", "SHARE SAVINGS", "1,204.33", "0.20", "0.00", "1,204.53")),
               (207, ("10", "SHARE DRAFT  Acct# ****8787", "518.00", "2,613.17", "2,522.56", "608.61"))]
    savings = [("05/01", "BEGINNING BALANCE", "1,204.33"), ("05/31", "DIVIDEND  APY 0.20%", "0.20"),
               ("05/31", "ENDING BALANCE", "1,204.53")]
    draft = [("05/01", "BEGINNING BALANCE", "", "", "518.00"),
             ("05/02", "PAYROLL DEPOSIT SABLEWOOD VET", "", "1,306.59", "1,824.59"),
             ("05/05", "MORTGAGE PAYMENT", "1,950.00", "", "-125.41"),
             ("05/16", "PAYROLL DEPOSIT SABLEWOOD VET", "", "1,306.58", "1,181.17"),
             ("05/20", "CARD PURCHASE GROCERY", "572.56", "", "608.61"), ("05/31", "ENDING BALANCE", "", "", "608.61")]
    inks = [Ink(52, 56, "QUARRY LAKE FEDERAL CREDIT UNION", 12.5, BOLD),
            Ink(562, 56, "MEMBER STATEMENT", 10, BOLD, "r"),
            Ink(52, 69, "Federally insured by NCUA  -  (515) 555-0150", 7), Ink(562, 69, "Page 1 of 1", 8, align="r"),
            Ink(60, 100, "EVANDER R. ASHBY-KWAN", 9.5), Ink(60, 112, "4711 COBBLESTONE CT", 9.5),
            Ink(60, 124, "FLAGSTAFF, AZ 86013", 9.5), Ink(380, 100, "Member Number", 8.5),
            Ink(562, 100, "*****3318", 9, BOLD, "r"), Ink(380, 114, "Statement Period", 8.5),
            Ink(562, 114, "05/01/28 - 05/31/28", 9, BOLD, "r"), Ink(40, 160, "ACCOUNT SUMMARY", 10, BOLD),
            *(Ink(x, 176, head, 7.5, BOLD, align) for x, head, align in heads),
            *(Ink(x, y, value, 8, align=align) for y, row in summary for (x, _, align), value in zip(heads, row,
                                                                                                   strict=True)),
            Ink(46, 250, "SUFFIX 00   SHARE SAVINGS", 8.5, BOLD),
            *(ink for i, (day, what, amount) in enumerate(savings) for ink in (
                Ink(46, 266 + 13 * i, day, 8.5), Ink(90, 266 + 13 * i, what, 8.5),
                Ink(566, 266 + 13 * i, amount, 8.5, align="r"))),
            Ink(46, 330, "SUFFIX 10   SHARE DRAFT   ACCOUNT ****8787", 8.5, BOLD),
            *(Ink(x, 344, head, 7.5, BOLD, align) for x, head, align in (
                (46, "Date", "l"), (90, "Description", "l"), (420, "Withdrawals", "r"), (490, "Deposits", "r"),
                (566, "Balance", "r")))]
    for i, (day, what, out, into, balance) in enumerate(draft):
        y = 358 + 13 * i
        inks += [Ink(46, y, day, 8.5), Ink(90, y, what, 8.5), Ink(566, y, balance, 8.5, align="r")]
        inks += [Ink(x, y, amount, 8.5, align="r") for x, amount in ((420, out), (490, into)) if amount]
    return placed_text_pdf(path, [inks])


def test_a_credit_unions_summary_row_is_read_by_the_figures_that_add_up(reader: PageReader, tmp_path: Path) -> None:
    """518.00 + 2,613.17 - 2,522.56 = 608.61: the Share Draft's opening is its row's first figure, not the
    withdrawals before the closing one."""
    documents = _documents(reader, _credit_union(tmp_path / "member.pdf"))
    assert [d.type for d in documents] == ["bank_statement"]
    fields = documents[0].fields
    assert _values(fields, "beginning_balance", "ending_balance", "account_last4") == {
        "beginning_balance": Decimal("518.00"), "ending_balance": Decimal("608.61"), "account_last4": "8787"}


def test_a_logos_speck_before_a_firm_is_dropped_but_a_name_particle_is_kept() -> None:
    assert firm_name("il Commonwealth Keystone Bank, N.A.") == "Commonwealth Keystone Bank, N.A"
    assert firm_name("de Vries Plumbing & Heating") == "de Vries Plumbing & Heating"


@pytest.mark.parametrize(("heading", "bank"), [
    ("Lumio Bank, N.A.", "Lumio Bank, N.A"),  # "N.A." after a comma is the bank's own
    ("Continental Summit Bank, N.A. Statement of Account", "Continental Summit Bank, N.A."),
    ("Harbor Light Credit Union Member Statement", "Harbor Light Credit Union"),
    ("Thornbury Savings and Trust Company", "Thornbury Savings and Trust Company"),
])
def test_a_banks_name_ends_with_its_national_association(heading: str, bank: str) -> None:
    assert _bank_name(heading, ["Bank", "Credit Union", "Savings", "Trust"]) == bank
