"""The application's answers: the real Form 710 filled through its AcroForm and signed with a pasted
image, a servicer's own form born digital and "scanned" (rasterised), checkboxes and signatures read
from pixels beside their labels, and handwriting OCR could not read sent to review, not guessed."""

from __future__ import annotations

import dataclasses
import io
from datetime import date
from decimal import Decimal
from pathlib import Path

import pdfplumber
import pypdfium2
from pypdf import PdfReader, PdfWriter
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

from lossmit_docs.model import Field, Page, PageRef, TextMethod, Word
from lossmit_docs.reading.application_signatures import _date_in
from lossmit_docs.reading.extract_application import _total_income, extract_application
from lossmit_docs.reading.ink import PdfInk, checkbox_fill, checkbox_reading
from lossmit_docs.reading.text_layer import read_text_layer
from lossmit_docs.reading.values import amount_shaped, amounts_in, repair_ocr_money
from pdf_factory import form710_filled, images_pdf


def ref(number: int) -> PageRef:
    return PageRef("f.pdf", number)


def pages_of(path: Path, method: TextMethod = TextMethod.TEXT_LAYER) -> list[Page]:
    """Pages as the reader gives them for a text layer: text and AcroForm values, no word boxes."""
    reader = PdfReader(path)
    result = []
    for number, page in enumerate(reader.pages, start=1):
        filled = {}
        for annot in page.get("/Annots") or []:
            widget = annot.get_object()
            if widget.get("/T") is not None and widget.get("/V") not in (None, "", "/Off"):
                filled[str(widget["/T"])] = str(widget["/V"]).lstrip("/")
        result.append(Page(number, page.extract_text(), method, 1.0, 0, 612.0, 792.0, form_fields=filled))
    return result


def overlay(path: Path, page_index: int, draw: object) -> None:
    """Ink drawn onto one page of a PDF, the way a pasted signature image or a pen adds it."""
    buf = io.BytesIO()
    pdf = canvas.Canvas(buf, pagesize=letter)
    draw(pdf)  # type: ignore[operator]
    pdf.save()
    writer = PdfWriter(clone_from=PdfReader(path))
    writer.pages[page_index].merge_page(PdfReader(io.BytesIO(buf.getvalue())).pages[0])
    writer.write(path)


def scrawl(x: float, y: float) -> object:
    def draw(pdf: canvas.Canvas) -> None:
        pdf.setLineWidth(2.2)
        for dx in range(0, 150, 30):  # loops of a handwritten name
            pdf.bezier(x + dx, y, x + dx + 10, y + 22, x + dx + 25, y - 8, x + dx + 30, y + 10)
        pdf.bezier(x, y - 2, x + 60, y + 12, x + 110, y - 6, x + 160, y + 4)

    return draw


FORM710_VALUES: dict[str, str | bool] = {
    "Text_1": "0012345678", "Text_2": "Ana Lopez", "Text_3": "123-45-6789", "Text_6": "1 Main St, Dayton, OH 45402",
    "Checkbox_25": True, "Date_1": "03/04/2025", "Checkbox_46": True, "Checkbox_48": True,
    "Number_2": "3000", "Number_9": "250.50", "Number_10": "400", "Date_3": "04/01/2025",
}


def test_form710_acroform_signed_with_a_pasted_image(tmp_path: Path) -> None:
    path = tmp_path / "710.pdf"
    form710_filled(FORM710_VALUES, path)
    overlay(path, 3, scrawl(160, 350))  # on the borrower's signature line (Signature_1's rectangle)
    fields = extract_application(pages_of(path, TextMethod.FORM_FIELD), ref, PdfInk(path))
    assert fields["loan_number"].value == "0012345678"
    assert fields["ssn_last4"].value == "6789"
    assert "123456789" not in repr(fields)
    assert fields["occupancy"].value == "second_home"
    assert sorted(fields["hardship_types"].value) == ["death", "divorce_or_separation"]
    assert fields["income.total"].value == Decimal("3250.50")
    assert fields["signed"].value is True
    assert fields["signed"].confidence >= 0.8
    assert fields["signed_on"].value == date(2025, 4, 1)
    assert fields["co_borrower_signed"].value is None  # no co-borrower named


def test_form710_dated_but_not_signed_is_unsigned(tmp_path: Path) -> None:
    path = tmp_path / "710.pdf"
    form710_filled({**FORM710_VALUES, "Text_4": "Ben Lopez", "Date_4": "04/02/2025"}, path)
    overlay(path, 3, scrawl(160, 350))
    fields = extract_application(pages_of(path, TextMethod.FORM_FIELD), ref, PdfInk(path))
    assert fields["signed"].value is True
    assert fields["co_borrower_signed"].value is False  # the co-borrower's line is bare though dated
    blank = tmp_path / "blank.pdf"
    form710_filled(FORM710_VALUES, blank)
    assert extract_application(pages_of(blank, TextMethod.FORM_FIELD), ref, PdfInk(blank))["signed"].value is False


def servicer_form(path: Path, *, signed: bool) -> None:
    """Another servicer's two-column form: boxes drawn left of labels, the signature line above its label."""
    pdf = canvas.Canvas(str(path), pagesize=letter)
    pdf.setFont("Helvetica", 10)
    rows = [("Account number:", "5551234567"), ("Borrower name:", "Lee Park"), ("Last 4 of SSN:", "4321"),
            ("Co-borrower name:", "Kim Park"), ("Property address:", "9 Elm Rd, Troy, NY 12180")]
    y = 720
    for label, value in rows:
        pdf.drawString(72, y, label)
        pdf.drawString(230, y, value)
        pdf.line(225, y - 3, 540, y - 3)
        y -= 20
    pdf.drawString(72, y, "This property is:")
    boxes = [(90, 600, "Owner-occupied (my primary home)", "x"), (90, 585, "Second / vacation home", ""),
             (90, 540, "Job loss / unemployment", ""), (300, 540, "Reduced income (hours cut)", "fill"),
             (90, 525, "Divorce / legal separation", ""), (300, 525, "Job transfer / relocation", "x")]
    for x, by, label, mark in boxes:
        pdf.rect(x, by - 1, 8, 8, fill=1 if mark == "fill" else 0)
        if mark == "x":
            pdf.line(x + 1, by, x + 7, by + 6)
            pdf.line(x + 1, by + 6, x + 7, by)
        pdf.drawString(x + 14, by, label)
    pdf.drawString(72, 500, "When did your hardship begin?")
    pdf.drawString(230, 500, "02/25/2025")
    pdf.drawString(72, 470, "Monthly gross wages/salary ............ $ 4,100.00")
    pdf.drawString(72, 425, "Pension (taxable) ....................... $")
    pdf.drawString(72, 455, "Serious illness of a borrower/co-borrower or dependent family documentation")
    pdf.line(72, 380, 300, 380)
    pdf.line(360, 380, 520, 380)
    pdf.setFont("Helvetica", 8)
    pdf.drawString(72, 370, "Signature of borrower")
    pdf.drawString(360, 370, "Date signed")
    pdf.setFont("Helvetica", 10)
    pdf.drawString(365, 384, "05/02/2025")
    if signed:
        scrawl(80, 386)(pdf)  # type: ignore[operator]
    pdf.save()


def test_servicer_form_born_digital(tmp_path: Path) -> None:
    path = tmp_path / "form.pdf"
    servicer_form(path, signed=True)
    fields = extract_application(pages_of(path), ref, PdfInk(path))
    assert fields["loan_number"].value == "5551234567"
    assert fields["borrower_name"].value == "Lee Park"
    assert fields["co_borrower_name"].value == "Kim Park"
    assert fields["ssn_last4"].value == "4321"
    assert fields["property_address"].value == "9 Elm Rd, Troy, NY 12180"
    assert fields["occupancy"].value == "primary_residence"
    assert sorted(fields["hardship_types"].value) == ["reduction_in_income", "relocation"]
    assert fields["hardship_start_date"].value == date(2025, 2, 25)
    assert fields["income.wages"].value == Decimal("4100.00")
    assert fields["signed"].value is True
    assert fields["signed_on"].value == date(2025, 5, 2)
    unsigned = tmp_path / "unsigned.pdf"
    servicer_form(unsigned, signed=False)
    assert extract_application(pages_of(unsigned), ref, PdfInk(unsigned))["signed"].value is False


def scanned(path: Path, tmp_path: Path, unsure: set[str]) -> tuple[list[Page], PdfInk]:
    """The form rasterised to an image-only PDF; its words as OCR would give them, `unsure` ones scored low."""
    words = PdfInk(path).words(1)
    pdf = pypdfium2.PdfDocument(str(path))
    image = pdf[0].render(scale=150 / 72).to_pil().convert("L")
    pdf.close()
    scan = tmp_path / "scan.pdf"
    images_pdf([image], 150, scan)
    ocr_words = tuple(dataclasses.replace(w, confidence=0.2 if w.text in unsure else 0.93) for w in words)
    text = " ".join(w.text for w in ocr_words)
    return [Page(1, text, TextMethod.OCR, 0.9, 0, 612.0, 792.0, ocr_words)], PdfInk(scan)


def test_scanned_servicer_form_reads_pixels_and_doubts_handwriting(tmp_path: Path) -> None:
    path = tmp_path / "form.pdf"
    servicer_form(path, signed=True)
    pages, ink = scanned(path, tmp_path, unsure={"Lee", "Park"})
    fields = extract_application(pages, ref, ink)
    assert fields["occupancy"].value == "primary_residence"
    assert sorted(fields["hardship_types"].value) == ["reduction_in_income", "relocation"]
    assert fields["signed"].value is True
    assert fields["signed_on"].value == date(2025, 5, 2)
    assert fields["co_borrower_name"].value == "Kim Park"  # its own row, not the prose that names one
    assert fields["borrower_name"].confidence < 0.8  # OCR was unsure: review, not a decision
    assert fields["loan_number"].confidence >= 0.8


def test_text_marks_read_as_ticks_without_ink() -> None:
    text = (
        "Mortgage Assistance Application\nBorrower's name Ann Wu\n"
        "* The property is currently: [XJ A primary residence [] A second home [J An investment property\n"
        "[] Unemployment\n[X] Divorce or legal separation\n"
        "Long-term or permanent disability, or serious illness of a borrower/co-borrower or dependent family"
    )
    fields = extract_application([Page(1, text, TextMethod.OCR, 0.9)], ref)
    assert fields["occupancy"].value == "primary_residence"
    assert fields["hardship_types"].value == ["divorce_or_separation"]
    assert fields["borrower_name"].value == "Ann Wu"
    assert fields["co_borrower_name"].value is None
    assert fields["co_borrower_signed"].value is None
    assert fields["occupancy"].confidence < 0.9  # text marks on a scan are never certain


def test_checkbox_fill_tells_boxes_from_text(tmp_path: Path) -> None:
    path = tmp_path / "boxes.pdf"
    pdf = canvas.Canvas(str(path), pagesize=letter)
    pdf.rect(100, 700, 9, 9)
    pdf.rect(100, 650, 9, 9)
    pdf.line(101, 651, 108, 658)
    pdf.line(101, 658, 108, 651)
    pdf.rect(100, 550, 6, 6, fill=1)  # a list's bullet, as tall as the smallest box
    pdf.rect(100, 500, 10, 10, fill=1)  # a box filled in
    pdf.setFont("Helvetica", 10)
    pdf.drawString(60, 600, "word")
    pdf.save()
    image = PdfInk(path).image(1)
    line = 12 / 792

    def window(y_pt: float) -> tuple[float, float, float, float]:
        top = 1 - (y_pt + 14) / 792
        return (85 / 612, top, 115 / 612, top + 22 / 792)

    empty = checkbox_fill(image, window(700), (0.55 * line, 1.9 * line))
    ticked = checkbox_fill(image, window(650), (0.55 * line, 1.9 * line))
    assert empty is not None and empty < 0.05
    assert ticked is not None and ticked > 0.15
    assert checkbox_fill(image, (55 / 612, 1 - 616 / 792, 90 / 612, 1 - 596 / 792), (0.55 * line, 1.9 * line)) is None
    assert checkbox_fill(image, window(550), (0.55 * line, 1.9 * line)) is None
    assert checkbox_fill(image, window(500), (0.55 * line, 1.9 * line)) == 1.0


def test_a_black_heading_bar_cut_by_the_window_is_no_filled_box(tmp_path: Path) -> None:
    """A table's black heading bar reaching into the search window left of the first option (the Form
    710's "TYPE OF HARDSHIP") is not a box filled in."""
    path = tmp_path / "bar.pdf"
    pdf = canvas.Canvas(str(path), pagesize=letter)
    pdf.rect(95, 712, 300, 30, fill=1)  # the heading bar: a square of its left end inside the window
    pdf.rect(100, 696, 7, 7)  # the option's empty box under it
    pdf.save()
    line = 12 / 792
    fill = checkbox_fill(PdfInk(path).image(1), (60 / 612, 1 - 726 / 792, 110 / 612, 1 - 690 / 792),
                         (0.55 * line, 1.9 * line))
    assert fill is None or fill < 0.05


def test_a_box_filled_near_the_threshold_is_unsure() -> None:
    assert checkbox_reading(0.0) == (False, 0.95)
    assert checkbox_reading(0.6) == (True, 0.95)
    for fill in (0.12, 0.18):  # a smudge, a half-erased tick: either way, for a person to look at
        assert checkbox_reading(fill)[1] < 0.8


def test_text_layer_words_have_boxes(tmp_path: Path) -> None:
    path = tmp_path / "w.pdf"
    servicer_form(path, signed=False)
    words = PdfInk(path).words(1)
    account = next(w for w in words if w.text == "Account")
    assert isinstance(account, Word)
    assert abs(account.box[0] - 72 / 612) < 0.01
    assert 0.05 < account.box[1] < 0.1  # 720 pt up a 792 pt page: near the top


def test_scan_with_lost_letters_and_unread_handwriting_goes_to_review(tmp_path: Path) -> None:
    """OCR dropped a label's first letter, missed the "Date signed" label and read no figure of the amount:
    the label is still found, and what could not be read is unsure, not a confident "unsigned" or blank."""
    path = tmp_path / "form.pdf"
    servicer_form(path, signed=True)
    pages, ink = scanned(path, tmp_path, unsure=set())
    lost = {"Date", "signed", "05/02/2025", "4,100.00"}
    words = tuple(dataclasses.replace(w, text="ignature") if w.text == "Signature" else w
                  for w in pages[0].words if w.text not in lost)
    page = dataclasses.replace(pages[0], words=words, text=" ".join(w.text for w in words))
    fields = extract_application([page], ref, ink)
    assert fields["signed_on"].value is None and fields["signed_on"].confidence < 0.8
    assert fields["signed"].confidence < 0.8  # a date may stand where OCR read nothing
    assert fields["income.wages"].value is None and fields["income.wages"].confidence < 0.8
    assert fields["income.total"].value is None and fields["income.total"].confidence < 0.8
    blank = tmp_path / "blank.pdf"
    servicer_form(blank, signed=False)
    pages, ink = scanned(blank, tmp_path, unsure=set())
    words = tuple(w for w in pages[0].words if w.text != "4,100.00")
    fields = extract_application([dataclasses.replace(pages[0], words=words)], ref, ink)
    assert fields["signed"].value is False and fields["signed"].confidence >= 0.9  # bare line, dated
    assert fields["signed_on"].value == date(2025, 5, 2)


def with_word(page: Page, text: str, after: str, row_of: str) -> Page:
    """The page with one more OCR word, right of the word `after` on the row of the word `row_of`."""
    row = next(w for w in page.words if w.text == row_of)
    anchor = next(w for w in page.words if w.text == after and abs(w.box[1] - row.box[1]) < 0.005)
    box = (anchor.box[2] + 0.03, anchor.box[1] + 0.004, anchor.box[2] + 0.037, anchor.box[3] - 0.002)
    return dataclasses.replace(page, words=(*page.words, Word(text, 0.34, box)))


def test_a_lone_digit_by_an_empty_dollar_cell_is_no_income(tmp_path: Path) -> None:
    """OCR reads a speck or bullet beside an empty "$" as "3": no income line, the total is the lines'."""
    path = tmp_path / "form.pdf"
    servicer_form(path, signed=True)
    pages, ink = scanned(path, tmp_path, unsure=set())
    fields = extract_application([with_word(pages[0], "3", "$", "Pension")], ref, ink)
    assert "income.benefits_taxable" not in fields
    assert fields["income.total"].value == Decimal("4100.00") and fields["income.total"].confidence >= 0.8


def test_an_unreadable_amount_written_by_hand_makes_the_total_unsure(tmp_path: Path) -> None:
    path = tmp_path / "form.pdf"
    servicer_form(path, signed=True)
    overlay(path, 0, scrawl(300, 426))  # a pen wrote in the pension line's answer space
    pages, ink = scanned(path, tmp_path, unsure=set())
    fields = extract_application([with_word(pages[0], "7", "$", "Pension")], ref, ink)
    assert fields["income.benefits_taxable"].value is None
    assert fields["income.benefits_taxable"].confidence < 0.8
    assert fields["income.wages"].value == Decimal("4100.00")
    assert fields["income.total"].confidence < 0.8  # a sum missing a line nobody could read


def test_date_label_printed_off_the_signature_row_and_glued_to_the_date(tmp_path: Path) -> None:
    """Form 710 prints "Date:" above the signature label's baseline, and OCR glues the typed date to it."""
    path = tmp_path / "cert.pdf"
    pdf = canvas.Canvas(str(path), pagesize=letter)
    pdf.setFont("Helvetica", 10)
    pdf.drawString(72, 400, "Borrower's name: Ann Wu")
    pdf.drawString(72, 300, "Borrower signature:")
    pdf.line(170, 298, 400, 298)
    pdf.drawString(420, 307, "Date:January 14, 2025")
    scrawl(180, 302)(pdf)  # type: ignore[operator]
    pdf.save()
    fields = extract_application(pages_of(path), ref, PdfInk(path))
    assert fields["signed_on"].value == date(2025, 1, 14)
    assert fields["signed"].value is True and fields["signed"].confidence >= 0.8


def _income(method: TextMethod = TextMethod.OCR, **amounts: Decimal | None) -> dict:
    return {f"income.{k}": Field(v, 0.75, ref(2), method) for k, v in amounts.items()}


def test_scanned_income_lines_that_add_up_to_the_printed_total_confirm_each_other() -> None:
    fields = _income(wages=Decimal("5000"), investment=Decimal("1070"), rental=None, total=Decimal("6070"))
    _total_income(fields)
    assert all(f.confidence >= 0.85 for f in fields.values())
    assert fields["income.rental"].value == Decimal(0)  # written, unread, and the total leaves nothing for it
    assert not [k for k in fields if k.startswith("review.")]


def test_scanned_income_lines_that_do_not_add_up_go_to_review() -> None:
    fields = _income(wages=Decimal("5000"), self_employment=Decimal("90"), total=Decimal("5000"))
    _total_income(fields)
    assert fields["income.self_employment"].confidence < 0.5 and fields["income.total"].confidence < 0.5
    notes = [f.value for k, f in fields.items() if k.startswith("review.")]
    assert len(notes) == 1 and "do not add up" in notes[0]
    # typed into a PDF: the lines were read from the wrong places, or the borrower's sum is wrong; a person
    # checks either way
    typed = _income(TextMethod.TEXT_LAYER, wages=Decimal("5000"), total=Decimal("5100"))
    _total_income(typed)
    assert typed["income.wages"].confidence < 0.5 and typed["income.total"].confidence < 0.5


def test_ocr_money_repairs() -> None:
    assert amounts_in(repair_ocr_money("$1.070")[0]) == [Decimal("1070")]
    assert amounts_in(repair_ocr_money("$1.07")[0]) == [Decimal("1.07")]
    assert amount_shaped("$0") and not amount_shaped("0") and not amount_shaped("S")


def _portal_summary(path: Path) -> Path:
    """A web portal's printout: each label in small capitals over its answer, one block per person."""
    pdf = canvas.Canvas(str(path), pagesize=letter)
    pdf.setFont("Helvetica-Bold", 14)
    pdf.drawString(50, 740, "Mortgage Relief Application - Submitted Summary")
    rows = [(690, [("LOAN NUMBER", "0565943334"), ("PROPERTY USE", "Investment / rental property")]),
            (650, [("PROPERTY ADDRESS", "542 Cobblestone Ct, Rock Hill, SC 29752")]),
            (590, [("FULL LEGAL NAME", "Priya Abernathy"), ("SSN (LAST 4)", "0253")]),
            (530, [("FULL LEGAL NAME", "\u2014"), ("SSN (LAST 4)", "\u2014")]),
            (470, [("HARDSHIP BEGAN ON", "March 28, 2025"), ("EXPECTED DURATION", "More than 6 months")])]
    pdf.setFont("Helvetica-Bold", 11)
    pdf.drawString(50, 610, "Applicant")
    pdf.drawString(50, 550, "Co-applicant")
    for y, cells in rows:
        for column, (label, answer) in enumerate(cells):
            pdf.setFont("Helvetica", 7)
            pdf.drawString(50 + 260 * column, y, label)
            pdf.setFont("Helvetica", 11)
            pdf.drawString(50 + 260 * column, y - 14, answer)
    pdf.save()
    return path


def test_label_over_answer_layout_of_a_portal_printout(tmp_path: Path) -> None:
    path = _portal_summary(tmp_path / "portal.pdf")
    fields = extract_application(pages_of(path), ref, PdfInk(path))
    assert fields["loan_number"].value == "0565943334"
    assert fields["borrower_name"].value == "Priya Abernathy" and fields["ssn_last4"].value == "0253"
    assert fields["property_address"].value == "542 Cobblestone Ct, Rock Hill, SC 29752"
    assert fields["hardship_start_date"].value == date(2025, 3, 28)
    assert fields["occupancy"].value == "investment_property"
    assert fields["co_borrower_name"].value is None and fields["co_borrower_name"].confidence >= 0.8


def test_pen_above_the_line_a_label_note_and_an_address_on_two_lines(tmp_path: Path) -> None:
    path = tmp_path / "ruled.pdf"
    pdf = canvas.Canvas(str(path), pagesize=letter)
    pdf.setFont("Times-Roman", 10)
    for y, label in ((700, "1. Mortgage account number:"), (670, "2. Borrower name (print):"),
                     (640, "4. Co-borrower name (if any):"), (610, "7. Address of the mortgaged property:")):
        pdf.drawString(50, y, label)
        pdf.line(230, y - 2, 560, y - 2)
    pdf.line(70, 588, 560, 588)
    pdf.setFont("Helvetica-Oblique", 12)
    pdf.drawString(240, 705, "000626101175")  # written a little above the line
    pdf.drawString(240, 675, "Gideon Szabo")
    pdf.drawString(240, 615, "6781 Quarry Ridge Way Unit 24")
    pdf.drawString(80, 592, "Yakima, WA 98980")
    pdf.save()
    fields = extract_application(pages_of(path), ref, PdfInk(path))
    assert fields["loan_number"].value == "000626101175"
    assert fields["borrower_name"].value == "Gideon Szabo"  # not "print Gideon Szabo"
    assert fields["co_borrower_name"].value is None  # not "if any"
    assert fields["property_address"].value == "6781 Quarry Ridge Way Unit 24, Yakima, WA 98980"


def test_round_radio_buttons_one_marked(tmp_path: Path) -> None:
    path = tmp_path / "radio.pdf"
    pdf = canvas.Canvas(str(path), pagesize=letter)
    pdf.setFont("Times-Roman", 10)
    pdf.drawString(50, 700, "8. How is the property used?")
    for x, label, marked in ((60, "My primary home", True), (230, "Second / vacation home", False),
                             (400, "Rental or investment", False)):
        pdf.circle(x, 684, 4.5)
        if marked:
            pdf.setLineWidth(1.5)
            pdf.line(x - 4, 680, x + 4, 688)
            pdf.line(x - 4, 688, x + 4, 680)
            pdf.setLineWidth(1)
        pdf.drawString(x + 10, 681, label)
    pdf.save()
    fields = extract_application(pages_of(path), ref, PdfInk(path))
    assert fields["occupancy"].value == "primary_residence"


def _boxed_signatures(path: Path, co_signs: bool) -> Path:
    """Signature boxes with their label in the top corner, a date box beside each (as h1's layout)."""
    pdf = canvas.Canvas(str(path), pagesize=letter)
    pdf.setFont("Helvetica", 10)
    pdf.drawString(230, 740, "Applicant")
    pdf.drawString(380, 740, "Co-Applicant")  # a column per person
    pdf.drawString(50, 720, "Full name (first, middle, last)")
    pdf.drawString(230, 720, "Ana Q. Lopez")
    pdf.drawString(380, 720, "Ben Lopez")
    pdf.drawString(50, 560, "I certify that the information I have given is true and complete.")
    for top, label, signs in ((520, "Applicant signature", True), (470, "Co-Applicant signature", co_signs)):
        pdf.rect(50, top - 40, 330, 40)
        pdf.rect(400, top - 40, 150, 40)
        pdf.setFont("Helvetica", 7)
        pdf.drawString(54, top - 9, label)
        pdf.drawString(404, top - 9, "Date")
        pdf.setFont("Helvetica-Oblique", 12)
        pdf.drawString(415, top - 30, "07/12/2025")
        if signs:
            scrawl(70, top - 30)(pdf)
    pdf.save()
    return path


def test_signatures_inside_boxes_their_labels_head(tmp_path: Path) -> None:
    for co_signs in (True, False):
        path = _boxed_signatures(tmp_path / f"boxed-{co_signs}.pdf", co_signs)
        fields = extract_application(pages_of(path), ref, PdfInk(path))
        assert fields["signed"].value is True and fields["signed_on"].value == date(2025, 7, 12)
        assert fields["co_borrower_signed"].value is co_signs  # not the applicant's ink in the box above
        assert fields["signed"].confidence >= 0.8
        assert (fields["borrower_name"].value, fields["co_borrower_name"].value) == ("Ana Q. Lopez", "Ben Lopez")


def test_the_next_question_is_no_answer_to_a_blank_one(tmp_path: Path) -> None:
    """A blank "Co-borrower name" is followed by the next question, not answered by it; a street
    address under a header row of "City  State  ZIP code" takes the cells beside it, not the header."""
    path = tmp_path / "shaded.pdf"
    pdf = canvas.Canvas(str(path), pagesize=letter)
    pdf.setFont("Helvetica", 10)
    for y, label, answer in ((700, "Borrower name", "Everett MacAllister"), (680, "Co-borrower name", ""),
                             (660, "Co-borrower SSN - last 4 digits", "")):
        pdf.drawString(50, y, label)
        pdf.drawString(260, y, answer)
    pdf.drawString(50, 620, "Street address")
    pdf.drawString(260, 620, "City")
    pdf.drawString(380, 620, "State")
    pdf.drawString(440, 620, "ZIP code")
    pdf.drawString(50, 604, "4350 Old Mill Rd")
    pdf.drawString(260, 604, "Waco")
    pdf.drawString(380, 604, "TX")
    pdf.drawString(440, 604, "76713")
    pdf.save()
    fields = extract_application(pages_of(path), ref, PdfInk(path))
    assert fields["borrower_name"].value == "Everett MacAllister"
    assert fields["co_borrower_name"].value is None
    assert fields["property_address"].value == "4350 Old Mill Rd, Waco TX 76713"


def test_a_loan_number_ending_a_sentence_is_read_surely(tmp_path: Path) -> None:
    path = tmp_path / "stop.pdf"
    pdf = canvas.Canvas(str(path), pagesize=letter)
    pdf.setFont("Helvetica", 10)
    pdf.drawString(50, 700, "Loan number: 0012345678.")
    pdf.save()
    found = extract_application(pages_of(path), ref, PdfInk(path))["loan_number"]
    assert found.value == "0012345678" and found.confidence >= 0.9


def test_dust_a_fax_left_on_an_answers_row_costs_it_nothing() -> None:
    """OCR reads a fax's speck far along the answer's row as a full stop it is unsure of; the answer is
    still the figures it was sure of, as sure as they are (a speck must not hold the case unplaced)."""
    words = (Word("Loan", 0.9, (0.05, 0.02, 0.1, 0.045)), Word("number:", 0.9, (0.11, 0.02, 0.18, 0.045)),
             Word("61", 0.95, (0.195, 0.024, 0.213, 0.047)), Word("74936363.", 0.91, (0.217, 0.023, 0.307, 0.047)),
             Word(".", 0.27, (0.547, 0.044, 0.553, 0.046)))
    page = Page(1, "Loan number: 61 74936363. .", TextMethod.OCR, 0.8, words=words)
    loan = extract_application([page], ref)["loan_number"]
    assert loan.value == "6174936363" and loan.confidence >= 0.9


def test_numbered_questions_typed_marks_and_a_city_row_of_cells(tmp_path: Path) -> None:
    """A servicer's typed request form: two numbered questions share a row (the answer ends at the next
    number), boxes are typed "[X]"/"[ ]", city, state and ZIP are cells of their own under the street,
    and "N/A" is written for the co-borrower."""
    path = tmp_path / "rma.pdf"
    pdf = canvas.Canvas(str(path), pagesize=letter)
    pdf.setFont("Helvetica", 10)
    lines = ("1. Loan number: 0031177520 2. Number of people in household: 4",
             "3. Borrower's name (first, middle, last): Nadia K. Ferreira",
             "4. Last four digits of borrower's SSN: 4471 5. Phone: (503) 555-0142",
             "7. Co-borrower's name (first, middle, last): N/A",
             "10. Property address (number and street): 58 Alder Crest Rd",
             "City: Eugene State: OR ZIP code: 97401",
             "12. The property is currently: [ ] My primary residence [X] A second home [ ] An investment property",
             "15. Hardship (check all that apply): [X] Unemployment [ ] Reduction in income or hours",
             "[ ] Divorce or separation [X] Death of a borrower or wage earner")
    for n, line in enumerate(lines):
        pdf.drawString(40, 740 - 18 * n, line)
    pdf.save()
    fields = extract_application(pages_of(path), ref, PdfInk(path))
    assert fields["loan_number"].value == "0031177520"
    assert fields["borrower_name"].value == "Nadia K. Ferreira"
    assert fields["ssn_last4"].value == "4471"  # not the phone number's last four
    assert fields["co_borrower_name"].value in (None, "")
    assert fields["property_address"].value.replace(",", "") == "58 Alder Crest Rd Eugene OR 97401"
    assert fields["occupancy"].value == "second_home" and fields["occupancy"].confidence >= 0.9
    assert sorted(fields["hardship_types"].value) == ["death", "unemployment"]


def test_a_label_note_ocr_glued_to_its_label_is_no_answer() -> None:
    """"Co-borrower's name(first," then "middle, last):" and nothing written: no co-borrower, not one
    called "middle last" (who would then owe a signature)."""
    def word(text: str, x0: float, x1: float, y: float) -> Word:
        return Word(text, 0.95, (x0, y, x1, y + 0.011))

    words = (word("3.", 0.05, 0.07, 0.30), word("Borrower's", 0.08, 0.16, 0.30), word("name", 0.17, 0.21, 0.30),
             word("Ana", 0.4, 0.44, 0.30), word("Lopez", 0.45, 0.5, 0.30),
             word("7.", 0.05, 0.07, 0.34), word("Co-borrower's", 0.08, 0.2, 0.34),
             word("name(first,", 0.21, 0.28, 0.34), word("middle,", 0.29, 0.33, 0.34), word("last):", 0.34, 0.37, 0.34))
    page = Page(1, "3. Borrower's name Ana Lopez\n7. Co-borrower's name(first, middle, last):", TextMethod.OCR, 0.9,
                words=words)
    fields = extract_application([page], ref)
    assert fields["borrower_name"].value == "Ana Lopez"
    assert not fields["co_borrower_name"].value


def test_a_thin_tick_glyph_in_a_box_is_sure_when_the_text_layer_spells_it(tmp_path: Path) -> None:
    """A "✓" typed into a drawn box fills little of it (unsure by ink alone); the text layer spelling the
    same tick before the same option makes the answer sure."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(TTFont("DejaVu", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
    path = tmp_path / "ticks.pdf"
    pdf = canvas.Canvas(str(path), pagesize=letter)
    pdf.setFont("DejaVu", 10)
    pdf.drawString(50, 720, "How is the property used?")
    for x, label, ticked in ((60, "Primary residence", False), (230, "Second home", False),
                             (400, "Investment property", True)):
        pdf.rect(x, 698, 10, 10)
        if ticked:
            pdf.setFont("DejaVu", 9)
            pdf.drawString(x + 1, 699.5, "\u2713")
            pdf.setFont("DejaVu", 10)
        pdf.drawString(x + 14, 700, label)
    pdf.save()
    with pdfplumber.open(path) as plumbed:  # as the reader has it: the tick on its option's line
        text = read_text_layer(plumbed.pages[0]).text
    page = Page(1, text, TextMethod.TEXT_LAYER, 1.0, 0, 612.0, 792.0)
    fields = extract_application([page], ref, PdfInk(path))
    assert fields["occupancy"].value == "investment_property" and fields["occupancy"].confidence >= 0.85


def _signature_table(path: Path, co_signs: bool) -> Path:
    """A certification table with a column per person: "Signature" and "Date signed" rows under a
    Borrower | Co-Borrower header, a section heading "CERTIFICATION AND SIGNATURES" above it."""
    pdf = canvas.Canvas(str(path), pagesize=letter)
    pdf.setFont("Helvetica", 9)
    pdf.drawString(50, 740, "Income type")
    pdf.drawString(230, 740, "Borrower")
    pdf.drawString(390, 740, "Co-Borrower")
    pdf.drawString(50, 720, "Borrower's name")
    pdf.drawString(230, 720, "Priya N. Nakagawa")
    pdf.drawString(390, 720, "Quentin MacAllister")
    pdf.drawString(50, 600, "SECTION 6. CERTIFICATION AND SIGNATURES")
    pdf.drawString(230, 580, "Borrower")
    pdf.drawString(390, 580, "Co-Borrower")
    for x in (45, 225, 385, 550):
        pdf.line(x, 590, x, 500)
    for y in (590, 575, 530, 500):
        pdf.line(45, y, 550, y)
    pdf.drawString(50, 565, "Signature")
    pdf.drawString(50, 517, "Date signed")
    scrawl(240, 545)(pdf)
    pdf.drawString(240, 517, "06/23/2025")
    if co_signs:
        scrawl(400, 545)(pdf)
        pdf.drawString(400, 517, "06/24/2025")
    pdf.save()
    return path


def test_signatures_in_a_table_with_a_column_per_person(tmp_path: Path) -> None:
    for co_signs in (True, False):
        path = _signature_table(tmp_path / f"table-{co_signs}.pdf", co_signs)
        fields = extract_application(pages_of(path), ref, PdfInk(path))
        assert fields["signed"].value is True and fields["signed_on"].value == date(2025, 6, 23)
        assert fields["signed"].confidence >= 0.9
        assert fields["co_borrower_signed"].value is co_signs and fields["co_borrower_signed"].confidence >= 0.9


def test_a_handwritten_date_taller_than_its_label_is_on_its_row() -> None:
    """A pen date beside "Date:" on a tilted scan overlaps the label's row by less than half its own
    height (the pen is tall); by half the label's it is on the row."""
    words = (Word("Borrower", 0.99, (0.09, 0.558, 0.17, 0.581)), Word("signature:", 0.99, (0.17, 0.558, 0.24, 0.581)),
             Word("Date:", 0.99, (0.661, 0.5465, 0.697, 0.5553)), Word("7/24/2025", 0.99, (0.70, 0.538, 0.767, 0.558)))
    page = Page(4, "Borrower signature: Date: 7/24/2025", TextMethod.OCR, 0.9, words=words)
    assert extract_application([page], ref)["signed_on"].value == date(2025, 7, 24)


def test_typed_boxes_ocr_read_consistently_are_sure() -> None:
    """A typed request form scanned: every option behind a box OCR read ("[X]", "[]", "{ ]"), one
    marked: as sure as the page's OCR, not a guess from a stray "x"."""
    text = ("12. The property is currently: [X] My primary residence [] Asecondhome [] An investment property\n"
            "[ ] Unemployment [] Reduction in income or hours\n"
            "[] Disability or serious illness [X] Divorce or separation")
    page = Page(1, text, TextMethod.OCR, 0.95)
    fields = extract_application([page], ref)
    assert fields["occupancy"].value == "primary_residence" and fields["occupancy"].confidence >= 0.85
    assert fields["hardship_types"].value == ["divorce_or_separation"] and fields["hardship_types"].confidence >= 0.85


def test_a_bold_x_reaching_a_small_boxs_sides_is_a_tick() -> None:
    """At the ink image's 100 dpi a scanned box is 13 pixels and a pen's X is as thick as its sides (the
    pattern below is one read off a scan): the inside is measured within the box's own edge thickness,
    not between side strokes the X made look wide."""
    from PIL import Image

    ticked = ("...........##", "#############", "#############", "#####..######", "##########.##",
              "##.######..##", "##..####...##", "##.######..##", "##########.##", "#####...#####",
              "###......####", "#############", "#############", ".######......")
    empty = ("#############", "#############", "##.........##", "##.........##", "##.........##",
             "##.........##", "##.........##", "##.........##", "##.........##", "##.........##",
             "##.........##", "#############", "#############")
    image = Image.new("L", (850, 1100), 255)  # a letter page at the ink image's 100 dpi
    for left, pattern in ((194, ticked), (494, empty)):
        for y, row in enumerate(pattern):
            for x, cell in enumerate(row):
                if cell == "#":
                    image.putpixel((left + x, 557 + y), 30)
    line, type_line = 0.011, 0.009  # the label's height beside the box, the page's type

    def window(left: int) -> tuple[float, float, float, float]:
        return ((left - 36) / 850, 0.501, (left + 18) / 850, 0.528)

    fills = [checkbox_fill(image, window(left), (0.55 * type_line, 1.9 * line)) for left in (194, 494)]
    assert fills[0] is not None and fills[0] > 0.3
    assert fills[1] is not None and fills[1] < 0.05


def test_income_in_a_grid_of_cells_each_label_over_its_amount(tmp_path: Path) -> None:
    path = tmp_path / "grid.pdf"
    pdf = canvas.Canvas(str(path), pagesize=letter)
    pdf.setFont("Helvetica", 7)
    cells = ((("GROSS WAGES / SALARY", "$3,192.80"), ("OVERTIME, BONUS, TIPS", ""), ("UNEMPLOYMENT", "")),
             (("SOC. SEC. / PENSION (TAXABLE)", "$2,251.01"), ("NON-TAXABLE BENEFITS", ""), ("NET RENTAL INCOME", "")),
             (("CHILD SUPPORT / ALIMONY", ""), ("OTHER INCOME", ""), ("TOTAL MONTHLY INCOME", "$5,443.81")))
    for row, items in enumerate(cells):
        for column, (label, amount) in enumerate(items):
            x, y = 50 + 170 * column, 700 - 40 * row
            pdf.rect(x, y - 26, 170, 36)
            pdf.setFont("Helvetica", 7)
            pdf.drawString(x + 4, y + 2, label)
            pdf.setFont("Helvetica", 11)
            pdf.drawString(x + 4, y - 18, amount)
    pdf.save()
    fields = extract_application(pages_of(path), ref, PdfInk(path))
    assert fields["income.wages"].value == Decimal("3192.80")
    assert fields["income.benefits_taxable"].value == Decimal("2251.01")
    assert fields["income.total"].value == Decimal("5443.81")
    assert not any(fields[k].value for k in fields if k.startswith("income.") and k not in (
        "income.wages", "income.benefits_taxable", "income.total"))


def test_a_digit_standing_before_a_signature_dates_month_makes_the_date_unsure() -> None:
    """OCR read "11/1/2030" as "1 1/1/2030" (or a stray mark as "1"): the date it spells is not sure."""
    scan = Page(1, "Date:1 1/1/2030", TextMethod.OCR, 0.95, 0, 612.0, 792.0)
    split = [Word("Date:1", 0.96, (0.6, 0.8, 0.66, 0.82)), Word("1/1/2030", 0.96, (0.67, 0.8, 0.75, 0.82))]
    assert _date_in(split, scan) == (date(2030, 1, 1), 0.5)
    whole = [Word("Date:", 0.96, (0.6, 0.8, 0.65, 0.82)), Word("11/1/2030", 0.96, (0.67, 0.8, 0.75, 0.82))]
    assert _date_in(whole, scan) == (date(2030, 11, 1), 0.96)
