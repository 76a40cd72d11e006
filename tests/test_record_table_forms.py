"""A servicer's "MORTGAGE ASSISTANCE RECORD": a table whose small captions sit in a grey header band over
white answer cells, each answer typed larger a third of an inch under its caption, options ticked in a box
centred in the cell under their caption (no box beside any option), signatures drawn in the cell under
"BORROWER SIGNATURE". Also the guards that keep such reading honest: options printed with no box or mark
are not confidently unticked, "IF OTHER, DESCRIBE" is no ticked "Other", a bold question number is no box.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import letter
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from lossmit_docs.model import Field
from lossmit_docs.reading.documents import read_documents
from lossmit_docs.reading.ink import PdfInk
from lossmit_docs.reading.pages import PageReader
from lossmit_docs.settings import Settings
from pdf_factory import printed_and_scanned
from test_questionnaire_layouts import application

FONTS = {"DejaVuSans": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",  # has the tick "✓"
         "LiberationSans": "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf",
         "LiberationSans-Bold": "/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf"}
CAPTION = ("Helvetica-Bold", 5.9)
SURE = 0.8
OCCUPANCY = ["Occupancy: primary residence", "Occupancy: second home", "Occupancy: investment / rental"]
HARDSHIPS = [("unemployment", "Job loss or furlough", 100.0), ("reduction_in_income", "Less pay or fewer hours", 104.0),
             ("increase_in_housing_expenses", "Housing costs went up", 100.0),
             ("disaster", "Disaster (fire, flood, storm)", 120.0),
             ("disability_or_illness", "Illness, injury or disability", 116.0)]
TICKED = ["reduction_in_income", "disability_or_illness"]
# a hurried pen tick over a 10 pt box, from its lower-left corner: it starts on the left side, dips through
# the bottom side and its long stroke leaves past the top-right corner
PEN_TICK = ((0.0, 5.0), (4.0, -1.0), (13.0, 13.0))


def _fonts() -> None:
    for name, file in FONTS.items():
        pdfmetrics.registerFont(TTFont(name, file))


def _wrap(text: str, width: float) -> list[str]:
    lines: list[str] = []
    for word in text.upper().split():
        if lines and pdfmetrics.stringWidth(f"{lines[-1]} {word}", *CAPTION) <= width:
            lines[-1] += f" {word}"
        else:
            lines.append(word)
    return lines


def _band(pdf: canvas.Canvas, top: float, cols: list[tuple[str, float]], cells: list[str | bool], *,
          pen: bool = False, row: float = 28.0) -> float:
    """One band of the table: grey caption cells (wrapped captions make the band taller) over white answer
    cells; a str is typed in its cell, a bool is a box centred in it (ticked or not). Returns its bottom."""
    heads = [_wrap(caption, width - 6) for caption, width in cols]
    head = 5.0 + 7.0 * max(len(lines) for lines in heads)
    x = 36.0
    for (_, width), lines, cell in zip(cols, heads, cells, strict=True):
        pdf.setLineWidth(0.5)
        pdf.setFillGray(0.85)
        pdf.rect(x, top - head, width, head, stroke=1, fill=1)
        pdf.setFillGray(0.0)
        pdf.setFont(*CAPTION)
        for k, line in enumerate(lines):
            pdf.drawString(x + 3, top - 8.5 - 7.0 * k, line)
        pdf.rect(x, top - head - row, width, row)
        if isinstance(cell, bool):
            bx, by = x + width / 2 - 5, top - head - row / 2 - 5
            pdf.setLineWidth(0.7)
            pdf.rect(bx, by, 10, 10)
            if cell and pen:
                _pen_tick(pdf, bx, by)
            elif cell:
                pdf.setFont("DejaVuSans", 10.5)
                pdf.drawCentredString(bx + 5, by + 1.5, "\u2713")
        elif cell:
            pdf.setFont("Helvetica", 10.5)
            pdf.drawString(x + 4, top - head - row + 8, cell)
        x += width
    return top - head - row


def _pen_tick(pdf: canvas.Canvas, bx: float, by: float) -> None:
    pdf.setLineWidth(1.6)
    pdf.setStrokeGray(0.12)
    path = pdf.beginPath()
    (x0, y0), *rest = PEN_TICK
    path.moveTo(bx + x0, by + y0)
    for dx, dy in rest:
        path.lineTo(bx + dx, by + dy)
    pdf.drawPath(path, stroke=1, fill=0)
    pdf.setStrokeGray(0.0)


def _signature(pdf: canvas.Canvas, x: float, y: float) -> None:
    """A pen's loopy signature drawn into the answer cell."""
    pdf.setLineWidth(1.4)
    for dx in range(0, 130, 26):
        pdf.bezier(x + dx, y, x + dx + 9, y + 18, x + dx + 22, y - 6, x + dx + 26, y + 8)
    pdf.bezier(x, y - 2, x + 50, y + 10, x + 95, y - 5, x + 140, y + 3)


def _heading(pdf: canvas.Canvas, page: int) -> None:
    pdf.setFont("Times-Bold", 15)
    pdf.drawString(36, 752, "Larkspur Point Mortgage Servicing")
    pdf.setFont("Helvetica-Bold", 10.5)
    pdf.drawRightString(576, 756, "MORTGAGE ASSISTANCE RECORD")
    pdf.setFont("Helvetica", 7)
    pdf.drawRightString(576, 745, f"Form LP-MAR   Page {page} of 2")
    pdf.setLineWidth(1.5)
    pdf.line(36, 738, 576, 738)


def _record(path: Path, *, pen: bool = False, co_signs: bool = True, pages: int = 2) -> Path:
    """The record: borrowers, property, occupancy (captions wrapping onto a second line), hardships, its
    start date beside the duration boxes and "IF OTHER, DESCRIBE"; page 2 the signature band."""
    _fonts()
    pdf = canvas.Canvas(str(path), pagesize=letter)
    _heading(pdf, 1)
    pdf.setFont("Helvetica", 7.6)
    pdf.drawString(36, 724, "Write one answer in each cell under its heading. Tick the box under every heading "
                   "that applies to you.")
    y = _band(pdf, 712, [("Loan number", 72), ("Borrower - full legal name", 140), ("Borrower SSN (last 4)", 82),
                         ("Co-borrower - full legal name", 150), ("Co-borrower SSN (last 4)", 96)],
              ["6610248375", "Marisol T. Okonkwo-Reyes", "4417", "Teodor J. Reyes", "9021"]) - 6
    y = _band(pdf, y, [("Property - number and street", 230), ("City", 150), ("State", 60), ("ZIP code", 100)],
              ["2280 Wrenfield Ct", "Lake Bluff", "IL", "60044"]) - 6
    y = _band(pdf, y, [(c, 105.0) for c in OCCUPANCY], [True, False, False], pen=pen, row=24) - 10
    pdf.setFont("Helvetica-Bold", 8.3)
    pdf.drawString(36, y - 8, "HARDSHIP - TICK EVERY REASON THAT APPLIES")
    y = _band(pdf, y - 14, [(caption, width) for _, caption, width in HARDSHIPS],
              [code in TICKED for code, _, _ in HARDSHIPS], pen=pen, row=24) - 6
    _band(pdf, y, [("Date hardship began", 110), ("Will last: under 6 months", 110),
                   ("Will last: 6 months or more", 110), ("Already resolved", 70), ("If other, describe", 140)],
          ["03/14/2025", False, True, False, ""], pen=pen, row=24)
    if pages == 2:
        pdf.showPage()
        _heading(pdf, 2)
        pdf.setFont("Helvetica", 7.8)
        pdf.drawString(36, 720, "I certify that all of the information in this record is truthful and that the "
                       "hardship I identified contributed to my need for relief.")
        bottom = _band(pdf, 700, [("Borrower signature", 190), ("Date signed", 80), ("Co-borrower signature", 190),
                                  ("Date signed", 80)], ["", "04/02/2025", "", "04/02/2025"], row=34)
        for x, signs in ((46, True), (316, co_signs)):
            if signs:
                _signature(pdf, x, bottom + 10)
    pdf.save()
    return path


def _fields(path: Path, home: Path) -> dict[str, Field]:
    """The application's fields as the service reads the file: page reader, splitter, ink probe."""
    with PageReader(Settings(home=home, workers=1)) as reader:
        pages = reader.read(path)
    documents, _ = read_documents(path.name, "0" * 64, pages, date(2025, 5, 1), ink=PdfInk(path, pages))
    [record] = [d for d in documents if d.type == "mortgage_assistance_application"]
    return record.fields


def _sure(fields: dict[str, Field], name: str) -> Any:
    found = fields.get(name)
    assert found is not None and found.confidence >= SURE, (name, found)
    return found.value


def _not_sure_wrong(fields: dict[str, Field], name: str, right: Any) -> None:
    """Whatever the confidence, a value read surely is the right one."""
    found = fields.get(name)
    if found is not None and found.confidence >= SURE:
        value = sorted(found.value) if isinstance(found.value, list) else found.value
        assert value == right, (name, found)


def test_answers_and_ticks_under_captions_in_a_grey_header_band(tmp_path: Path) -> None:
    """Each answer stands in the white cell under its caption, further down than a label's own answer
    would; the row beside a caption holds the next captions, not its answer. Ticks are "✓" typed in the
    box under each option's caption; the signature is ink in the cell under "BORROWER SIGNATURE"."""
    fields = _fields(_record(tmp_path / "record.pdf"), tmp_path)
    assert _sure(fields, "loan_number") == "6610248375"
    assert _sure(fields, "borrower_name") == "Marisol T. Okonkwo-Reyes"
    assert _sure(fields, "co_borrower_name") == "Teodor J. Reyes"
    address = _sure(fields, "property_address").replace(",", "")
    assert address.startswith("2280 Wrenfield Ct") and address.endswith("Lake Bluff IL 60044")
    assert _sure(fields, "hardship_start_date") == date(2025, 3, 14)
    assert _sure(fields, "occupancy") == "primary_residence"
    assert sorted(_sure(fields, "hardship_types")) == sorted(TICKED)
    assert _sure(fields, "signed") is True
    assert _sure(fields, "co_borrower_signed") is True


def test_a_blank_co_borrower_signature_cell_is_not_signed(tmp_path: Path) -> None:
    """The borrower's pen in the first cell is no signature for the co-borrower's cell beside it; the
    borrower's own is still read."""
    fields = _fields(_record(tmp_path / "record.pdf", co_signs=False), tmp_path)
    assert _sure(fields, "signed") is True
    co_signed = fields["co_borrower_signed"]
    assert co_signed.value is not True
    assert co_signed.value is False or co_signed.confidence < SURE


def test_pen_ticks_running_out_of_their_boxes_on_a_scan(tmp_path: Path) -> None:
    """Printed, ticked in pen and scanned at 200 dpi: a tick crossing its box's sides still marks the box
    under its caption, and neither group is ever read surely wrong."""
    born = _record(tmp_path / "born.pdf", pen=True, pages=1)
    fields = _fields(printed_and_scanned(born, 200, tmp_path / "scan.pdf"), tmp_path)
    _not_sure_wrong(fields, "occupancy", "primary_residence")
    _not_sure_wrong(fields, "hardship_types", sorted(TICKED))
    assert fields["occupancy"].value == "primary_residence"
    assert sorted(fields["hardship_types"].value) == sorted(TICKED)


def _plain_list(path: Path) -> Path:
    """The hardships printed as a plain list: no box, no mark, nothing ticked anywhere near them."""
    pdf = canvas.Canvas(str(path), pagesize=letter)
    _heading(pdf, 1)
    pdf.setFont("Helvetica", 10)
    pdf.drawString(40, 700, "Borrower name: Ilse M. Vantongeren")
    pdf.drawString(40, 684, "Loan number: 5530918264")
    pdf.drawString(40, 650, "Reasons for the hardship (tick every reason that applies):")
    for k, (_, caption, _) in enumerate(HARDSHIPS):
        pdf.drawString(60, 632 - 16 * k, caption)
    pdf.save()
    return path


def _other_beside(path: Path) -> Path:
    """One hardship ticked; the duration band's "IF OTHER, DESCRIBE" caption beside "ALREADY RESOLVED",
    its cell left empty."""
    _fonts()
    pdf = canvas.Canvas(str(path), pagesize=letter)
    _heading(pdf, 1)
    y = _band(pdf, 712, [("Loan number", 100), ("Borrower - full legal name", 200)],
              ["5530918264", "Ilse M. Vantongeren"]) - 6
    y = _band(pdf, y, [(caption, width) for _, caption, width in HARDSHIPS],
              [code == "unemployment" for code, _, _ in HARDSHIPS], row=24) - 6
    _band(pdf, y, [("Date hardship began", 110), ("Will last: under 6 months", 110),
                   ("Will last: 6 months or more", 110), ("Already resolved", 70), ("If other, describe", 140)],
          ["01/06/2025", True, False, False, ""], row=24)
    pdf.save()
    return path


def test_options_with_no_box_or_mark_and_if_other_describe_are_no_ticks(tmp_path: Path) -> None:
    """A text layer's options with neither box nor mark beside them may be ticked where no rule looks:
    "none ticked" is then a guess, not a sure reading. And "IF OTHER, DESCRIBE" asks for words, it is
    no "Other" option whose box the caption beside it would stand for."""
    listed = application(_plain_list(tmp_path / "list.pdf"))
    if "hardship_types" in listed:
        assert listed["hardship_types"].confidence < SURE
        from lossmit_docs.reading.application_checkboxes import UNMARKED

        assert listed["hardship_types"].confidence <= UNMARKED
    beside = application(_other_beside(tmp_path / "other.pdf"))
    assert "other" not in (beside["hardship_types"].value or [])
    _not_sure_wrong(beside, "hardship_types", ["unemployment"])


def _numbered(path: Path, *, boxes: bool, ticked: tuple[int, ...] = (2,), pointer: bool = False) -> Path:
    """A tax-form list: "11a" ... in bold before each hardship, a dot leader (ending at a pointer "▶" when
    `pointer`), the box at the far right (the `ticked` rows crossed), or no boxes at all."""
    _fonts()
    font = "DejaVuSans" if pointer else "LiberationSans"  # DejaVu has the pointer
    pdf = canvas.Canvas(str(path), pagesize=letter)
    pdf.setFont("Helvetica-Bold", 14)
    pdf.drawString(40, 740, "Homeowner Assistance Application")
    pdf.setFont("Helvetica", 10)
    pdf.drawString(40, 710, "Borrower's name: Ilse M. Vantongeren")
    pdf.setFont("Helvetica", 8)
    pdf.drawString(40, 670, "11  Check every reason for your hardship:")
    labels = ["Unemployment, layoff or furlough", "Reduction in pay, hours, commissions or overtime",
              "Increase in property taxes, insurance or HOA dues", "Natural or man-made disaster",
              "Long-term disability or serious illness"]
    for k, label in enumerate(labels):
        y = 656 - 13 * k
        pdf.setFont("LiberationSans-Bold", 8)
        pdf.drawString(44, y, f"11{'abcde'[k]}")
        pdf.setFont(font, 8)
        pdf.drawString(72, y, label)
        start = 76 + pdf.stringWidth(label, font, 8)
        leader = " ." * int((514 - start) / pdf.stringWidth(" .", font, 8))
        pdf.drawString(start, y, leader + ("  ▶" if pointer else ""))
        if boxes:
            pdf.setLineWidth(0.6)
            pdf.rect(538, y - 1, 8.5, 8.5)
            if k in ticked:
                if not pointer:
                    pdf.setFont("LiberationSans-Bold", 8.5)
                pdf.drawCentredString(542.25, y + 0.2, "X")
    pdf.save()
    return path


def test_a_bold_question_number_left_of_an_option_is_no_box(tmp_path: Path) -> None:
    """At the ink probe's 100 dpi a bold "11d" is a dark blob the size of a filled box; the box is looked
    for between the number and the option's words, so the number never ticks the option."""
    for boxes in (True, False):
        fields = application(_numbered(tmp_path / f"numbered-{boxes}.pdf", boxes=boxes))
        found = fields.get("hardship_types")
        if found is not None and found.confidence >= SURE:
            assert set(found.value) <= {"increase_in_housing_expenses"}, (boxes, found)


def _signature_grid(path: Path, co_signs: bool) -> Path:
    """A housing agency's intake: the household named at the top, then a 2 x 2 signature grid, a grey band
    "Signature | Date signed" over one row per person, each captioned at its foot ("Applicant: <name>")."""
    pdf = canvas.Canvas(str(path), pagesize=letter)
    pdf.setFont("Helvetica-Bold", 14)
    pdf.drawString(50, 740, "Homeowner Stabilization Program - Intake & Application")
    pdf.setFont("Helvetica", 10)
    pdf.drawString(50, 712, "Loan number: 0012345678")
    pdf.drawString(50, 696, "Applicant name: Dolores E. Whitehorse")
    pdf.drawString(50, 680, "Co-applicant name: Marcus T. Whitehorse")
    pdf.drawString(50, 640, "I certify that the information in this application is true and complete.")
    left, split, right, top = 50.0, 420.0, 562.0, 610.0
    pdf.setFillGray(0.85)
    pdf.rect(left, top - 14, right - left, 14, stroke=1, fill=1)
    pdf.setFillGray(0.0)
    pdf.setFont("Helvetica-Bold", 6)
    pdf.drawString(left + 3, top - 10, "Signature")
    pdf.drawString(split + 3, top - 10, "Date signed (MM/DD/YYYY)")
    for index, (caption, signs, when) in enumerate((("Applicant: Dolores E. Whitehorse", True, "02/08/2028"),
                                                   ("Co-applicant: Marcus T. Whitehorse", co_signs, "02/09/2028"))):
        bottom = top - 14 - 40 * (index + 1)
        pdf.rect(left, bottom, split - left, 40)
        pdf.rect(split, bottom, right - split, 40)
        pdf.setFont("Helvetica", 5.5)
        pdf.drawString(left + 3, bottom + 3, caption)
        if signs:
            path_ = pdf.beginPath()
            path_.moveTo(left + 30, bottom + 16)
            for step in range(1, 12):  # a loopy pen stroke
                path_.curveTo(left + 30 + 14 * step - 9, bottom + 30, left + 30 + 14 * step - 4, bottom + 6,
                              left + 30 + 14 * step, bottom + 16)
            pdf.setLineWidth(1.2)
            pdf.drawPath(path_, stroke=1, fill=0)
            pdf.setFont("Courier", 10)
            pdf.drawString(split + 8, bottom + 18, when)
    pdf.save()
    return path


def test_a_signature_grid_with_a_row_per_signer(tmp_path: Path) -> None:
    """The signer's ink stands in the "Signature" column above their own caption; the co-applicant's empty
    row is unsigned, never signed (at base no signature label matched and neither signer was read)."""
    signed = application(_signature_grid(tmp_path / "both.pdf", co_signs=True))
    assert (signed["signed"].value, signed["signed_on"].value) == (True, date(2028, 2, 8))
    assert signed["signed"].confidence >= SURE and signed["co_borrower_signed"].value is True
    alone = application(_signature_grid(tmp_path / "alone.pdf", co_signs=False))
    assert alone["signed"].value is True and alone["co_borrower_signed"].value is False


def _household(path: Path, co_applicant: str) -> Path:
    """Part 1 of an agency's intake: one row per person on the mortgage under "Role | Full legal name | ..."."""
    pdf = canvas.Canvas(str(path), pagesize=letter)
    pdf.setFont("Helvetica-Bold", 13)
    pdf.drawString(50, 740, "Intake & Application for Mortgage Assistance")
    pdf.setFont("Helvetica-Bold", 9)
    pdf.drawString(50, 712, "PART 1  HOUSEHOLD MEMBERS ON THE MORTGAGE")
    pdf.setFont("Helvetica", 8)
    for x, heading in ((50, "Role"), (120, "Full legal name"), (300, "SSN (last 4)"), (380, "Date of birth")):
        pdf.drawString(x, 694, heading)
    pdf.setFont("Helvetica", 10)
    for y, role, name, ssn, born in ((678, "Applicant", "Dolores E. Whitehorse", "8778", "06/02/1982"),
                                     (662, "Co-applicant", co_applicant, "4411" if co_applicant else "",
                                      "01/19/1984" if co_applicant else "")):
        for x, text in ((50, role), (120, name), (300, ssn), (380, born)):
            pdf.drawString(x, y, text)
    pdf.drawString(50, 630, "Loan number: 0012345678")
    pdf.save()
    return path


def test_a_household_table_names_the_co_borrower_on_their_row(tmp_path: Path) -> None:
    """The co-applicant's row holds their name under "Full legal name"; an empty row says there is none,
    surely enough that nobody's signature is then missing (at base neither was read: None at 0.6)."""
    both = application(_household(tmp_path / "both.pdf", "Marcus T. Whitehorse"))
    assert both["co_borrower_name"].value == "Marcus T. Whitehorse" and both["co_borrower_name"].confidence >= SURE
    alone = application(_household(tmp_path / "alone.pdf", ""))
    assert alone["borrower_name"].value == "Dolores E. Whitehorse"
    assert alone["co_borrower_name"].value is None and alone["co_borrower_name"].confidence >= SURE


def test_boxes_at_the_margin_after_a_dot_leader_and_its_pointer(tmp_path: Path) -> None:
    """A tax-form list runs each option out on a leader to a pointer "▶" and a box at the right margin, the
    tick typed in the box: the leader's end is read as that box (at base the typed X there was no mark, and
    the bold numbers read as filled boxes gave a wrong hardship)."""
    path = _numbered(tmp_path / "leaders.pdf", boxes=True, ticked=(1, 2), pointer=True)
    found = application(path)["hardship_types"]
    assert sorted(found.value) == ["increase_in_housing_expenses", "reduction_in_income"]
    assert found.confidence >= SURE
