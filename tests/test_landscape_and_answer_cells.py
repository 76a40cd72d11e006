"""Answers in cells and panels: an answer cut where the next field's label begins on its row without a colon;
a hardship option worded twice along its own row, measured at its leftmost wording; occupancy labels whose
"I" OCR read as "|" beside an empty box read as "LJ"; a landscape form of three panels side by side, its
captions in capitals over tinted answer boxes, read through the real page reader (text layer, then a scan
through real tesseract); an initial's full stop read as a colon; a signature in a shaded box under its
caption with its "Date signed" under the box; "Date it started" and "How is the home used?"."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from datetime import date
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

from lossmit_docs.model import Field, Page, PageRef, TextMethod, Word
from lossmit_docs.reading.application_layout import occurrences
from lossmit_docs.reading.extract_application import extract_application
from lossmit_docs.reading.ink import CHECKED_INK, PdfInk, checkbox_fill, text_layer_words, with_words
from lossmit_docs.reading.pages import PageReader
from pdf_factory import printed_and_scanned
from test_answer_boxes_and_signer_cells import read_application


def ref(number: int) -> PageRef:
    return PageRef("f.pdf", number)


def _values(fields: dict[str, Field], *names: str) -> dict[str, object]:
    return {name: fields[name].value if name in fields else "<absent>" for name in names}


# --- OCR word boxes placed by hand ---------------------------------------------------------------------

Chunk = tuple[float, str, float]  # left edge (page width), words, type size (1.0: 11 pt)


def _ocr_page(rows: Sequence[tuple[float, Sequence[Chunk]]], landscape: bool = False) -> Page:
    """An OCR'd page whose rows hold chunks of words set where a form prints them: a chunk's words a word
    space apart, chunks apart by whatever gap the form leaves (the next field's label across the row)."""
    char_w, line_h = 0.0075, 0.012
    words: list[Word] = []
    lines = []
    for top, chunks in rows:
        for left, text, size in chunks:
            x = left
            for token in text.split():
                words.append(Word(token, 0.91, (x, top, x + len(token) * char_w * size, top + line_h * size)))
                x += (len(token) + 1) * char_w * size
        lines.append("   ".join(text for _, text, _ in chunks))
    width, height = (792.0, 612.0) if landscape else (612.0, 792.0)
    return Page(1, "\n".join(lines), TextMethod.OCR, 0.9, 0, width, height, words=tuple(words))


# --- 1. an answer ends where the next field's label begins on its row ----------------------------------


def test_an_answer_ends_where_the_next_fields_label_begins_on_its_row() -> None:
    """No colon ends the answer: the next field's label is set a column off along the same row, and the
    person's word that opens it ("Borrower SSN") is the label's, not the name's."""
    page = _ocr_page([(0.10, [(0.06, "Borrower name Lars E. Magnusson", 1.0),
                              (0.52, "Borrower SSN (last 4) 7236", 1.0)]),
                      (0.13, [(0.06, "Loan number 4471902356", 1.0)])])
    fields = extract_application([page], ref)
    assert _values(fields, "borrower_name", "ssn_last4", "loan_number") == {
        "borrower_name": "Lars E. Magnusson", "ssn_last4": "7236", "loan_number": "4471902356"}


def test_before_next_label_cuts_at_a_label_less_the_persons_word() -> None:
    from lossmit_docs.reading.application_layout import before_next_label  # new: imported here so the rest runs

    def cut(text: str) -> str:
        return " ".join(w.text for w in before_next_label(_ocr_page([(0.1, [(0.1, text, 1.0)])]).words))

    assert cut("Lars E. Magnusson Borrower SSN (last 4)") == "Lars E. Magnusson"
    assert cut("Ana Q. Lopez Co-applicant name") == "Ana Q. Lopez"  # a label of its own, no person's word to drop
    assert cut("Ana Q. Lopez Property address 12 Elm St") == "Ana Q. Lopez"
    assert cut("Mary Ann Fullerton") == "Mary Ann Fullerton"  # "Fullerton" opens no "Full name"


# --- 2. checkboxes: an option worded twice along its row; "|" for "I" and "LJ" for a box ---------------

TWICE = "Serious illness or disability / Illness or disability in the family"
GRID = (("Unemployment", "Reduction in income"), (TWICE, "Divorce or separation"), ("Disaster", "Death of a borrower"))


def _hardship_grid(path: Path, ticked: str, grid: Sequence[Sequence[str]] = GRID) -> Path:
    """Hardship options two to a row in bold serif, each after its drawn box; the illness option words its
    hardship twice, the second time after a slash, with no box of its own before it."""
    pdf = canvas.Canvas(str(path), pagesize=letter)
    pdf.setFont("Helvetica", 9.5)
    pdf.drawString(40, 716, "Loan number: 3309417725")
    pdf.drawString(40, 696, "What caused your hardship? Tick each box that applies.")
    for row, options in enumerate(grid):
        for column, option in enumerate(options):
            x, y = 40 + 300 * column, 670 - 20 * row
            pdf.setLineWidth(0.7)
            pdf.rect(x, y - 1.5, 9, 9)
            if option == ticked:
                pdf.setLineWidth(1.1)
                pdf.line(x + 1.5, y, x + 7.5, y + 6)
                pdf.line(x + 1.5, y + 6, x + 7.5, y)
            pdf.setFont("Times-Bold", 9.5)
            pdf.drawString(x + 13, y, option)
    pdf.save()
    return path


def test_an_option_worded_twice_along_its_row_is_measured_at_its_leftmost_wording(reader: PageReader,
                                                                                  tmp_path: Path) -> None:
    path = _hardship_grid(tmp_path / "twice.pdf", "Disaster")
    pages = reader.read(path)
    ink = PdfInk(path, pages)
    page = with_words(pages[0], ink)
    # the trap is armed: measured as a box, the words before the second wording read as a ticked one
    (first, _, _), (second, _, _) = occurrences(page, "Illness or disability")
    line = second[3] - second[1]
    across = line * 792 / 612
    window = (second[0] - 4.5 * across, second[1] - 0.7 * line, second[0] - 0.1 * across, second[3] + 0.7 * line)
    fill = checkbox_fill(ink.image(1), window, (0.55 * line, 1.9 * line))
    assert first[0] < second[0] and fill is not None and fill > CHECKED_INK
    # yet the option is its box before its first wording, which nobody ticked
    fields = extract_application(pages, ref, ink)
    assert fields["hardship_types"].value == ["disaster"]
    assert fields["hardship_types"].confidence >= 0.9
    ticked = read_application(reader, _hardship_grid(tmp_path / "ticked.pdf", TWICE))
    assert ticked["hardship_types"].value == ["disability_or_illness"]


def test_a_second_box_of_the_same_option_a_column_away_is_measured(reader: PageReader, tmp_path: Path) -> None:
    grid = (("Unemployment", "Reduction in income"), ("Serious illness", "Long-term or permanent disability"))
    ticked = read_application(reader, _hardship_grid(tmp_path / "grid.pdf", "Long-term or permanent disability", grid))
    assert ticked["hardship_types"].value == ["disability_or_illness"]


HOME_USES = ("I live here full time", "Second or vacation home", "I rent it to others")


def _home_use(path: Path, ticked: str) -> Path:
    """ "How is the home used?" over three options, each after a drawn box; `ticked` has its tick."""
    pdf = canvas.Canvas(str(path), pagesize=letter)
    pdf.setFont("Helvetica-Bold", 13)
    pdf.drawString(44, 740, "LOSS MITIGATION APPLICATION")
    pdf.setFont("Helvetica", 10)
    pdf.drawString(44, 712, "Loan number 4471902356")
    pdf.setFont("Helvetica-Bold", 10)
    pdf.drawString(44, 684, "How is the home used?")
    for index, label in enumerate(HOME_USES):
        y = 664 - 18 * index
        pdf.setLineWidth(0.7)
        pdf.rect(48, y - 1.5, 9, 9)
        if label == ticked:
            pdf.setLineWidth(1.3)
            pdf.line(49.5, y + 3, 52, y)
            pdf.line(52, y, 56, y + 7)
        pdf.setFont("Helvetica", 10)
        pdf.drawString(62, y, label)
    pdf.save()
    return path


def test_no_use_of_the_home_ticked_is_no_use_read_from_the_options_print(reader: PageReader, tmp_path: Path) -> None:
    fields = read_application(reader, _home_use(tmp_path / "blank.pdf", ""))
    assert fields["occupancy"].value is None  # not the first option's words taken for a written answer
    rented = read_application(reader, _home_use(tmp_path / "rent.pdf", HOME_USES[2]))
    assert rented["occupancy"].value == "investment_property"


def _as_ocr(path: Path, ticked: str) -> Page:
    """The page as tesseract reads such a scan: each label's opening "I" as "|", and the empty box before
    "I live here full time" as the two letters "LJ" (unsure of them), where the box is drawn."""
    words = [dataclasses.replace(w, text="|", confidence=0.62) if w.text == "I" else
             dataclasses.replace(w, confidence=0.93) for w in text_layer_words(path, 1)]
    if ticked != HOME_USES[0]:
        live = next(w for w in words if w.text == "live")
        words.append(Word("LJ", 0.41, (48 / 612, live.box[1], 57.5 / 612, live.box[3])))
    words.sort(key=lambda w: (round(w.box[1], 2), w.box[0]))
    return Page(1, " ".join(w.text for w in words), TextMethod.OCR, 0.88, 0, 612.0, 792.0, words=tuple(words))


@pytest.mark.parametrize("ticked, code", [(HOME_USES[0], "primary_residence"), (HOME_USES[1], "second_home"),
                                          (HOME_USES[2], "investment_property")])
def test_a_bar_read_for_i_opens_the_label_and_a_box_read_as_lj_is_no_i(tmp_path: Path, ticked: str,
                                                                         code: str) -> None:
    path = _home_use(tmp_path / "use.pdf", ticked)
    page = _as_ocr(path, ticked)
    if ticked != HOME_USES[0]:
        # two letters read as one only inside a word: "LJ" before "| live" is the box, not the label's "I"
        starts = [page.words[start].text for _, start, _ in occurrences(page, "I live here full time")]
        assert starts and "LJ" not in starts
    fields = extract_application([page], ref, PdfInk(path))
    assert fields["occupancy"].value == code
    assert fields["occupancy"].confidence >= 0.8  # each of the three boxes found and measured


# --- 3. a landscape form of three panels ---------------------------------------------------------------

LANDSCAPE = (792.0, 612.0)
PANELS = (30.0, 280.0, 530.0)
PANEL_W = 232.0
REASONS = (("unemployment", "I lost my job or was laid off"), ("reduction_in_income", "My pay or my hours were cut"),
           ("increase_in_housing_expenses", "Taxes, insurance or HOA went up"),
           ("disaster", "A natural or man-made disaster"),
           ("disability_or_illness", "Disability or serious illness at home"),
           ("divorce_or_separation", "Divorce or legal separation"),
           ("separation_unmarried", "Unmarried co-owner moved out"), ("death", "A borrower or wage earner died"),
           ("relocation", "My job moved me far away"), ("other", "Something else (tell us in 3d)"))
USES = (("primary_residence", "I live here full time"), ("second_home", "Second or vacation home"),
        ("investment_property", "I rent it to others"))
BORROWER = "Lars E. Magnusson"
STREET = "2291 Bluegrass Pike"
ADDRESS = f"{STREET}, Lexington, KY 40509"  # the city, state and ZIP each under a caption of its own


def _landscape_form(path: Path, occupancy: str = "primary_residence", hardship: str = "reduction_in_income",
                    started: str = "02/14/2027") -> Path:
    """A servicer's landscape application: three panels side by side, small grey capital captions each over
    a tinted answer box, the typed answer in the box. Panel 1 asks for the people (the co-borrower left
    blank), panel 2 the home (CITY, STATE and ZIP captions across from BORROWER - FULL NAME, the listed-for-
    sale question just below-right of the co-borrower's caption), panel 3 lists the reasons at its own
    spacing, so "My pay or my hours were cut" stands a little above the borrower's caption across the page
    and "Something else" across from the co-borrower's."""
    pdf = canvas.Canvas(str(path), pagesize=LANDSCAPE)
    height = LANDSCAPE[1]

    def text(x: float, y: float, words: str, size: float = 8.0, font: str = "Helvetica", grey: float = 0.0) -> None:
        pdf.setFillGray(grey)
        pdf.setFont(font, size)
        pdf.drawString(x, height - y, words)
        pdf.setFillGray(0)

    def field(x: float, y: float, width: float, caption: str, answer: str = "") -> None:
        text(x, y, caption.upper(), 6.5, "Helvetica-Bold", 0.32)
        pdf.setFillGray(0.93)
        pdf.setStrokeGray(0.55)
        pdf.setLineWidth(0.5)
        pdf.rect(x, height - (y + 20), width, 17, stroke=1, fill=1)
        pdf.setFillGray(0)
        pdf.setStrokeGray(0)
        if answer:
            text(x + 4, y + 13, answer, 9.5)

    def box(x: float, y: float, chosen: bool, label: str, size: float = 8.0) -> None:
        pdf.setFillGray(0.93)
        pdf.setStrokeGray(0.2)
        pdf.setLineWidth(0.6)
        pdf.rect(x, height - (y + 1), 8.5, 8.5, stroke=1, fill=1)
        pdf.setFillGray(0)
        pdf.setStrokeGray(0)
        text(x + 13, y, label, size)
        if chosen:
            pdf.setLineWidth(1.2)
            pdf.line(x + 1.5, height - (y - 3), x + 3.5, height - y)
            pdf.line(x + 3.5, height - y, x + 7.5, height - (y - 7))

    text(44, 49, "BELLWETHER POINT MORTGAGE", 15, "Helvetica-Bold")
    text(500, 49, "LOSS MITIGATION APPLICATION", 13, "Helvetica-Bold")
    x = PANELS[0]
    text(x, 102, "1  You and your loan", 10.5, "Helvetica-Bold")
    field(x, 126, PANEL_W, "Mortgage loan number", "4471902356")
    field(x, 156, PANEL_W, "Borrower - full name", BORROWER)
    field(x, 186, 90, "SSN - last 4 digits", "7236")
    field(x + 100, 186, 132, "Date of birth", "04/11/1979")
    field(x, 216, 132, "Best phone number", "(859) 555-0144")
    field(x, 246, PANEL_W, "E-mail", "lars@example.com")
    field(x, 276, PANEL_W, "Co-borrower - full name (if any)")
    field(x, 306, 90, "Co-borrower SSN - last 4")
    field(x + 100, 306, 132, "Co-borrower phone")
    x = PANELS[1]
    text(x, 102, "2  Your home", 10.5, "Helvetica-Bold")
    field(x, 126, PANEL_W, "Street address of the home", STREET)
    field(x, 156, 118, "City", "Lexington")
    field(x + 124, 156, 36, "State", "KY")
    field(x + 166, 156, 66, "ZIP", "40509")
    field(x, 186, PANEL_W, "Mailing address, if different")
    y = 220.0
    text(x, y, "How is the home used?", 8, "Helvetica-Bold")
    for code, label in USES:
        y += 14
        box(x + 4, y, occupancy == code, label)
    y += 22
    text(x, y, "Is the home listed for sale?", 8)
    box(x + 150, y, False, "Yes")
    box(x + 188, y, True, "No")
    x = PANELS[2]
    text(x, 102, "3  What happened", 10.5, "Helvetica-Bold")
    text(x, 126, "3a  Check every reason that applies:", 8, "Helvetica-Bold")
    y = 137.0
    for code, label in REASONS:
        box(x + 4, y, code == hardship, label, 7.8)
        y += 14.5
    field(x, y + 6, 128, "3b  Date it started (mm/dd/yyyy)", started)
    pdf.showPage()
    pdf.save()
    return path


def test_landscape_panels_answers_under_their_captions(reader: PageReader, tmp_path: Path) -> None:
    """Each answer is the one under its own caption: not the next panel's reason on the caption's row, not
    the next panel's question just below a blank caption, not the rest of a caption ("OF THE HOME")."""
    fields = read_application(reader, _landscape_form(tmp_path / "panels.pdf"))
    assert _values(fields, "loan_number", "borrower_name", "co_borrower_name", "ssn_last4", "property_address") == {
        "loan_number": "4471902356", "borrower_name": BORROWER, "co_borrower_name": None, "ssn_last4": "7236",
        "property_address": ADDRESS}
    assert fields["borrower_name"].confidence >= 0.9


SCAN_DPI = 200  # a copier's grey scan; the reader renders it at its own 300 dpi


def test_landscape_panels_scanned_through_ocr(reader: PageReader, tmp_path: Path) -> None:
    """The same form printed and scanned: tesseract's boxes, its "|" for the answer boxes' left edges and
    for each "I", its "[YJ" and "im" for the option boxes; the panels still keep their answers apart."""
    born = _landscape_form(tmp_path / "born.pdf")
    scan = printed_and_scanned(born, SCAN_DPI, tmp_path / "scan.pdf")
    pages = reader.read(scan)
    assert pages[0].method is TextMethod.OCR
    fields = extract_application(pages, ref, PdfInk(scan, pages))
    assert _values(fields, "borrower_name", "co_borrower_name", "property_address", "hardship_start_date",
                   "occupancy") == {"borrower_name": BORROWER, "co_borrower_name": None, "property_address": ADDRESS,
                                    "hardship_start_date": date(2027, 2, 14), "occupancy": "primary_residence"}


# --- 4. an initial's full stop read as a colon ---------------------------------------------------------


@pytest.mark.parametrize("landscape", [False, True])
def test_an_initials_full_stop_read_as_a_colon_is_still_the_answer(landscape: bool) -> None:
    """"Marguerite A: D'Souza-Flynn" under its caption: a colon after a lone initial makes no label (a
    label's colon follows a word, "Date:"), so the row is the answer, not a row of labels over a blank."""
    caption, answer = 0.8, 1.0
    page = _ocr_page([(0.10, [(0.05, "MORTGAGE LOAN NUMBER", caption)]), (0.118, [(0.05, "4471902356", answer)]),
                      (0.15, [(0.05, "BORROWER - FULL NAME", caption)]),
                      (0.168, [(0.05, "Marguerite A: D'Souza-Flynn", answer)]),
                      (0.20, [(0.05, "SSN - LAST 4 DIGITS", caption)]), (0.218, [(0.05, "7236", answer)])], landscape)
    fields = extract_application([page], ref)
    assert fields["borrower_name"].value == "Marguerite A D'Souza-Flynn"
    assert _values(fields, "loan_number", "ssn_last4") == {"loan_number": "4471902356", "ssn_last4": "7236"}


# --- 5. signatures in shaded boxes under their captions ------------------------------------------------


def _signature_boxes(path: Path, shade: float = 0.93, co_signs: bool = False) -> Path:
    """The signing panel: "BORROWER SIGNATURE" over a shaded box signed in pen, "DATE SIGNED" over a box
    with the date, then the co-borrower's pair of boxes, his signature box shaded like the first and left
    empty unless `co_signs`. Both people are named further up the page."""
    pdf = canvas.Canvas(str(path), pagesize=letter)
    height = letter[1]

    def text(x: float, y: float, words: str, size: float = 9.5, font: str = "Helvetica", grey: float = 0.0) -> None:
        pdf.setFillGray(grey)
        pdf.setFont(font, size)
        pdf.drawString(x, height - y, words)
        pdf.setFillGray(0)

    def field(x: float, y: float, width: float, tall: float, caption: str, answer: str = "",
              signed: bool = False) -> None:
        text(x, y, caption.upper(), 6.5, "Helvetica-Bold", 0.32)
        pdf.setFillGray(shade)
        pdf.setStrokeGray(0.55)
        pdf.setLineWidth(0.5)
        pdf.rect(x, height - (y + 3 + tall), width, tall, stroke=1, fill=1)
        pdf.setFillGray(0)
        pdf.setStrokeGray(0)
        if answer:
            text(x + 5, y + tall - 1, answer)
        if signed:  # loops of a pen's signature inside the box
            pdf.setLineWidth(1.6)
            left, base = x + 14, height - (y + 3 + tall) + 8
            for dx in range(0, 120, 24):
                x0 = left + dx
                pdf.bezier(x0, base, x0 + 8, base + 16, x0 + 20, base - 5, x0 + 24, base + 7)

    text(40, 60, "LOSS MITIGATION APPLICATION", 13, "Helvetica-Bold")
    text(40, 90, f"Borrower name: {BORROWER}")
    text(40, 106, "Co-borrower name: Ines Magnusson")
    text(40, 130, "By signing I certify that everything in this application is true.", 8)
    y = 160.0
    for who, signs in (("Borrower", True), ("Co-borrower", co_signs)):
        field(330, y, 232, 30, f"{who} signature", signed=signs)
        field(330, y + 40, 120, 17, "Date signed", "03/02/2027" if signs else "")
        y += 72
    pdf.save()
    return path


def test_a_signature_in_a_shaded_box_under_its_caption(reader: PageReader, tmp_path: Path) -> None:
    """The pen's ink is inside the box the caption heads, not beside the caption; the "Date signed" caption
    under the box, a box's height below the signature's, dates it."""
    fields = read_application(reader, _signature_boxes(tmp_path / "signed.pdf"))
    assert _values(fields, "signed", "signed_on") == {"signed": True, "signed_on": date(2027, 3, 2)}
    assert fields["signed"].confidence >= 0.9
    both = read_application(reader, _signature_boxes(tmp_path / "both.pdf", co_signs=True))
    assert both["co_borrower_signed"].value is True  # his own box's ink, not the borrower's above


@pytest.mark.parametrize("shade", [0.93, 0.75])  # a light tint, and a grey darker than ink's grey of 200
def test_an_empty_shaded_box_is_no_signature(reader: PageReader, tmp_path: Path, shade: float) -> None:
    """The shading is the box's paper, no ink (ink is told against the paper around it, here the shade):
    the co-borrower who was named but did not sign is surely unsigned."""
    fields = read_application(reader, _signature_boxes(tmp_path / "unsigned.pdf", shade))
    assert fields["co_borrower_name"].value == "Ines Magnusson"
    assert fields["co_borrower_signed"].value is False
    assert fields["co_borrower_signed"].confidence >= 0.9
    assert fields["signed"].value is True


# --- 6. field labels: "Date it started", "How is the home used?" ---------------------------------------


@pytest.mark.parametrize("occupancy", ["second_home", "investment_property", "none"])
def test_date_it_started_and_how_is_the_home_used(reader: PageReader, tmp_path: Path, occupancy: str) -> None:
    fields = read_application(reader, _landscape_form(tmp_path / "use.pdf", occupancy=occupancy, started="11/03/2026"))
    assert fields["hardship_start_date"].value == date(2026, 11, 3)  # "3B DATE IT STARTED (MM/DD/YYYY)"
    assert "occupancy" in fields  # the question's options are on the page
    assert fields["occupancy"].value == (None if occupancy == "none" else occupancy)
    assert fields["occupancy"].confidence >= 0.9
    assert fields["hardship_types"].value == ["reduction_in_income"]
