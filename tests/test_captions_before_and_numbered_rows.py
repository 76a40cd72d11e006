"""Forms laid out the ways borrowers' servicers and credit unions print them: each answer before its caption
(a credit union's column of answers left of its captions, a date typed a little off the caption's
baseline); a bilingual form whose Spanish captions alone are legible, printed under their answers with the
next caption on the same row; hardships chosen from drop-down lists; a one-page quick application of
numbered captions in capitals, two to a row, with comb boxes OCR reads as brackets and bars; and a pay stub
whose prose says "paid by employer to the trust funds" under the firm's own heading.

Born-digital fixtures (reportlab) go through the real page reader and `extract_application` /
`read_documents` with the text layer's word boxes (`PdfInk`); the comb boxes are OCR pages built by hand."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

from lossmit_docs.model import Field, Page, PageRef, TextMethod, Word
from lossmit_docs.reading.documents import read_documents
from lossmit_docs.reading.extract_application import extract_application
from lossmit_docs.reading.ink import PdfInk
from lossmit_docs.reading.pages import PageReader
from pdf_factory import Ink, placed_text_pdf

RECEIVED = date(2027, 11, 15)
BOLD = "Helvetica-Bold"


def ref(number: int) -> PageRef:
    return PageRef("f.pdf", number)


def _read(reader: PageReader, path: Path) -> dict[str, Field]:
    """The application as the pipeline reads it: the page reader, then the fields with word boxes."""
    pages = reader.read(path)
    return extract_application(pages, ref, PdfInk(path, pages))


def _values(fields: dict[str, Field], *names: str) -> dict[str, object]:
    return {name: fields[name].value if name in fields else "<absent>" for name in names}


# --- 1. each answer printed before its caption ---------------------------------------------------------


def _answers_before(path: Path) -> Path:
    """A credit union's hardship form: a column of typed answers at the left, the caption of each to its
    right in a middle column; the member number and its caption further along the loan number's row. The
    date's year is typed a little lower than its month and day, off the caption's baseline."""
    caption = 8.5
    return placed_text_pdf(path, [[
        Ink(50, 52, "SUMMIT RIDGE FEDERAL CREDIT UNION", 13, BOLD),
        Ink(50, 70, "Mortgage Hardship Assistance Request", 11, BOLD),
        Ink(50, 110, "00065895008"), Ink(250, 110, "Mortgage loan number", caption),
        Ink(400, 110, "29254"), Ink(450, 110, "Member number", caption),
        Ink(50, 136, "Adaeze Nkemelu-Haverford"), Ink(250, 136, "Full legal name", caption),
        Ink(50, 162, "8599"), Ink(250, 162, "SSN (last 4 digits only)", caption),
        Ink(50, 188, "(404) 555-0186"), Ink(250, 188, "Daytime phone", caption),
        Ink(50, 214, "May 29,"), Ink(86, 217.5, "2027"), Ink(250, 214, "Date the hardship began", caption),
        Ink(50, 250, "I certify that the information above is true and complete.", 8.5),
    ]])


def test_answers_printed_before_their_captions(reader: PageReader, tmp_path: Path) -> None:
    """Each open caption's answer is the run of words before it on its row, not the next row or nothing;
    the year typed off the caption's baseline stays with its month and day."""
    fields = _read(reader, _answers_before(tmp_path / "before.pdf"))
    assert _values(fields, "loan_number", "borrower_name", "ssn_last4", "hardship_start_date") == {
        "loan_number": "00065895008", "borrower_name": "Adaeze Nkemelu-Haverford", "ssn_last4": "8599",
        "hardship_start_date": date(2027, 5, 29)}


def test_a_name_before_an_ssn_label_with_its_own_answer_changes_nothing(reader: PageReader,
                                                                         tmp_path: Path) -> None:
    """Guard: an ordinary "Label: answer" form whose name happens to precede "SSN:" on the row; the SSN is
    the one after its own colon, not a figure before the label."""
    path = placed_text_pdf(tmp_path / "ordinary.pdf", [[
        Ink(50, 52, "MORTGAGE ASSISTANCE APPLICATION", 13, BOLD),
        Ink(50, 96, "Loan number: 5512093847"),
        Ink(50, 120, "Borrower name: Tobias R. Lindqvist"), Ink(330, 120, "SSN: 4417"),
        Ink(50, 144, "Property address: 71 Orchard Row, Ames, IA 50010"),
    ]])
    fields = _read(reader, path)
    assert _values(fields, "loan_number", "borrower_name", "ssn_last4") == {
        "loan_number": "5512093847", "borrower_name": "Tobias R. Lindqvist", "ssn_last4": "4417"}


# --- 2. a bilingual form: Spanish captions under their answers -----------------------------------------


def _bilingual(path: Path, loan_caption: str = "Numero de pr\u00e9stamo", name: str = "Rosalind Q. Etxeberria"
               ) -> Path:
    """Answers typed over ruled lines, the Spanish caption of each under its line (the small English ones
    lost); the telephone's caption stands across the loan number's caption row. OCR's English model reads
    "N\u00famero" as "Numero" (the commit's own spelling), so that is the default caption."""
    pdf = canvas.Canvas(str(path), pagesize=letter)
    height = letter[1]

    def text(x: float, y: float, words: str, size: float = 10.0, font: str = "Helvetica") -> None:
        pdf.setFont(font, size)
        pdf.drawString(x, height - y, words)

    def field(x: float, y: float, width: float, caption: str, answer: str) -> None:
        if answer:
            text(x + 2, y - 16, answer)
        pdf.setLineWidth(0.5)
        pdf.line(x, height - (y - 11), x + width, height - (y - 11))
        text(x, y, caption, 7.5)

    text(50, 52, "SOLICITUD DE ASISTENCIA HIPOTECARIA / MORTGAGE ASSISTANCE APPLICATION", 11, BOLD)
    text(50, 76, "Escriba cada respuesta sobre su l\u00ednea.", 8.5)
    field(50, 130, 240, loan_caption, "7720145593")
    field(330, 130, 200, "Tel\u00e9fono", "(956) 555-0127")
    field(50, 176, 240, "Nombre del prestatario", name)
    field(330, 176, 200, "Fecha de nacimiento", "03/14/1981")
    field(50, 222, 480, "Direcci\u00f3n de la propiedad (calle, ciudad, estado, c\u00f3digo postal)",
          "4410 Calle Mirador, Laredo, TX 78041")
    pdf.showPage()
    pdf.save()
    return path


def test_spanish_captions_under_their_answers(reader: PageReader, tmp_path: Path) -> None:
    """The loan number's caption row holds the telephone's caption too: its answer is the one over it."""
    fields = _read(reader, _bilingual(tmp_path / "bilingual.pdf"))
    assert _values(fields, "loan_number", "property_address") == {
        "loan_number": "7720145593", "property_address": "4410 Calle Mirador, Laredo, TX 78041"}


def test_a_fully_accented_spanish_loan_caption(reader: PageReader, tmp_path: Path) -> None:
    """A text layer keeps both accents; captions are compared without them."""
    fields = _read(reader, _bilingual(tmp_path / "accented.pdf", "N\u00famero de pr\u00e9stamo"))
    assert fields["loan_number"].value == "7720145593"


def test_a_blank_over_a_spanish_caption_is_not_the_next_caption(reader: PageReader, tmp_path: Path) -> None:
    fields = _read(reader, _bilingual(tmp_path / "blank.pdf", name=""))
    assert fields.get("borrower_name") is None or fields["borrower_name"].value in (None, "")


# --- 3. hardships chosen from drop-down lists ----------------------------------------------------------


def test_hardships_chosen_from_drop_down_lists(reader: PageReader, tmp_path: Path) -> None:
    """An online form printed: each list's choice on its own row after its question, no boxes drawn."""
    path = placed_text_pdf(tmp_path / "dropdown.pdf", [[
        Ink(50, 52, "MORTGAGE ASSISTANCE APPLICATION", 13, BOLD),
        Ink(50, 96, "Loan number: 3309417725"),
        Ink(50, 120, "Borrower name: Nadia V. Okonkwo-Baird"),
        Ink(50, 156, "Hardship Information", 10.5, BOLD),
        Ink(50, 180, "Primary Hardship *"), Ink(230, 180, "Unemployment"),
        Ink(50, 200, "Secondary Hardship"), Ink(230, 200, "Reduction in Income"),
        Ink(50, 220, "Date hardship began: 02/01/2027"),
    ]])
    fields = _read(reader, path)
    assert set(fields["hardship_types"].value) >= {"unemployment", "reduction_in_income"}


# --- 4. a one-page quick application of numbered captions ----------------------------------------------


def _quick_application(path: Path) -> Path:
    """Numbered captions in small capitals, two to a row, each answer under its caption; the income lines
    two to a row, their amounts after the dollar signs."""
    cap = 7.5

    def pair(y: float, left: str, right: str, under_left: str, under_right: str) -> list[Ink]:
        inks = [Ink(50, y, left, cap, BOLD), Ink(320, y, right, cap, BOLD)]
        inks += [Ink(50, y + 14, under_left)] if under_left else []
        return inks + ([Ink(320, y + 14, under_right)] if under_right else [])

    return placed_text_pdf(path, [[
        Ink(50, 52, "QUICK MORTGAGE HELP APPLICATION", 13, BOLD),
        Ink(50, 68, "One page. Answer under each question.", 8.5),
        *pair(100, "1 LOAN NUMBER", "2 YOUR SSN (LAST 4 ONLY)", "6481142572", "2209"),
        *pair(134, "3 YOUR FULL NAME", "4 PHONE", "Ignatius P. Wolczyk", "(608) 555-0193"),
        *pair(168, "10 WHEN DID IT START? (MM / DD / YYYY)", "11 WILL IT LAST MORE THAN 6 MONTHS?",
              "03/09/2027", "No"),
        Ink(50, 210, "12 MONTHLY INCOME", cap, BOLD),
        Ink(50, 228, "Pay from job(s), before taxes $3,400.06", 9),
        Ink(320, 228, "Rent from tenants, after expenses $", 9),
        Ink(50, 246, "Social Security / pension / disability $", 9), Ink(320, 246, "TOTAL $3,400.06", 9),
    ]])


def test_numbered_captions_two_to_a_row(reader: PageReader, tmp_path: Path) -> None:
    """The next question's number opening a caption's row makes that row the next caption's, so each
    answer is the one under its own caption; the total across from Social Security is no benefit."""
    fields = _read(reader, _quick_application(tmp_path / "quick.pdf"))
    assert _values(fields, "loan_number", "hardship_start_date") == {
        "loan_number": "6481142572", "hardship_start_date": date(2027, 3, 9)}
    assert fields["income.wages"].value == Decimal("3400.06")
    benefits = fields.get("income.benefits_taxable")
    assert benefits is None or benefits.value is None


Chunk = tuple[float, str]  # left edge (page width), words


def _ocr_page(rows: Sequence[tuple[float, Sequence[Chunk]]]) -> Page:
    """An OCR'd letter page whose rows hold chunks of words (a word space apart inside a chunk)."""
    char_w, line_h = 0.0075, 0.012
    words: list[Word] = []
    for top, chunks in rows:
        for left, text in chunks:
            x = left
            for token in text.split():
                words.append(Word(token, 0.9, (x, top, x + len(token) * char_w, top + line_h)))
                x += (len(token) + 1) * char_w
    text = "\n".join("   ".join(t for _, t in chunks) for _, chunks in rows)
    return Page(1, text, TextMethod.OCR, 0.9, 0, 612.0, 792.0, words=tuple(words))


def test_a_comb_boxs_sides_read_as_a_bracket_and_a_bar() -> None:
    """Digits typed into a comb's boxes: OCR reads a box's side as ")" after the first digit and as "|"
    inside the year; neither is part of the number or the date."""
    page = _ocr_page([(0.06, [(0.08, "QUICK MORTGAGE HELP APPLICATION")]),
                      (0.12, [(0.08, "1 LOAN NUMBER"), (0.52, "2 YOUR SSN (LAST 4 ONLY)")]),
                      (0.14, [(0.08, "6) 481142572"), (0.52, "2209")]),
                      (0.18, [(0.08, "10 WHEN DID IT START? (MM / DD / YYYY)"),
                              (0.52, "11 WILL IT LAST MORE THAN 6 MONTHS?")]),
                      (0.20, [(0.08, "03/09/2|027"), (0.52, "No")])])
    fields = extract_application([page], ref)
    assert _values(fields, "loan_number", "hardship_start_date") == {
        "loan_number": "6481142572", "hardship_start_date": date(2027, 3, 9)}


# --- 5. a pay stub's prose about the employer ----------------------------------------------------------


def _union_stub(path: Path) -> Path:
    """A construction firm's stub: its name heads the page beside the title; a note under the pay items
    says the fringe benefits are paid by the employer to the union's trust funds."""
    items = [("Regular Pay", "2,880.00"), ("Total Gross", "2,880.00"), ("Federal Income Tax", "259.20"),
             ("Social Security", "178.56"), ("Medicare", "41.76"), ("Net Pay", "2,400.48")]
    rows = [ink for i, (label, amount) in enumerate(items)
            for ink in (Ink(44, 190 + 14 * i, label, 9), Ink(400, 190 + 14 * i, amount, 9))]
    return placed_text_pdf(path, [[
        Ink(40, 50, "IRONBRIDGE CONSTRUCTORS, INC.", 13, BOLD), Ink(330, 50, "EMPLOYEE EARNINGS STATEMENT", 11, BOLD),
        Ink(40, 64, "1450 Foundry Street, Pittsburgh, PA 15222", 8),
        Ink(40, 104, "Employee: Casimir J. Wojtowicz", 9), Ink(330, 104, "Pay Date: 06/11/2027", 9),
        Ink(40, 118, "Pay Period: 05/29/2027 - 06/11/2027", 9), Ink(330, 118, "Local: Carpenters 432", 9),
        Ink(44, 172, "PAY ITEM", 7.5, BOLD), Ink(400, 172, "CURRENT", 7.5, BOLD), *rows,
        Ink(40, 300, "FRINGE BENEFITS PAID BY EMPLOYER TO CARPENTERS TRUST FUNDS", 8, BOLD),
        Ink(40, 314, "Health and welfare 8.40/hr    Pension 6.25/hr    Annuity 3.10/hr", 8),
    ]])


def test_prose_paid_by_employer_is_no_employer(reader: PageReader, tmp_path: Path) -> None:
    path = _union_stub(tmp_path / "union.pdf")
    pages = reader.read(path)
    documents = read_documents(path.name, "0" * 64, pages, RECEIVED, PdfInk(path, pages))[0]
    assert [d.type for d in documents] == ["pay_stub"]
    employer = documents[0].fields["employer"].value
    assert isinstance(employer, str) and "trust" not in employer.lower()
    assert employer.upper().startswith("IRONBRIDGE CONSTRUCTORS")


# --- 6. a housing agency's question table answered by marks under YES / NO, captions over a row of cells


@pytest.mark.parametrize("cell", ["0645577362", "|0645577362"])  # a cell's side OCR read as a bar
def test_marks_under_yes_and_no_columns_and_a_loan_number_under_its_caption(reader: PageReader, tmp_path: Path,
                                                                              cell: str) -> None:
    questions = [("3.1 Has anyone in the household lost a job or been laid off?", False),
                 ("3.2 Has household income gone down (fewer hours, lower pay, lost tips)?", True),
                 ("3.3 Have property taxes, insurance or association dues gone up?", False),
                 ("3.4 Was the home damaged by a fire, flood, storm or other disaster?", False),
                 ("3.5 Does a household member have a disability or a serious illness?", True),
                 ("3.6 Are you divorced or legally separated from a co-owner?", False),
                 ("3.8 Has a borrower or a wage earner in the household died?", False)]
    rows = [ink for i, (question, yes) in enumerate(questions)
            for ink in (Ink(40, 250 + 16 * i, question, 8.5), Ink(503 if yes else 543, 250 + 16 * i, "X"))]
    path = placed_text_pdf(tmp_path / "agency.pdf", [[
        Ink(40, 50, "Intake & Application for Mortgage Assistance", 13, BOLD),
        Ink(40, 120, "Mortgage servicer", 7.5), Ink(220, 120, "Loan number", 7.5),
        Ink(360, 120, "Monthly payment", 7.5),
        Ink(40, 134, "Lakeshore Home Loans"), Ink(220, 134, cell), Ink(360, 134, "$1,951.75"),
        Ink(40, 210, "PART 3 WHAT CAUSED THE HARDSHIP? Answer every question YES or NO.", 9, BOLD),
        Ink(500, 230, "YES", 8, BOLD), Ink(540, 230, "NO", 8, BOLD), *rows]])
    fields = _read(reader, path)
    assert fields["loan_number"].value == "0645577362"
    assert sorted(fields["hardship_types"].value) == ["disability_or_illness", "reduction_in_income"]



def test_a_numbered_questions_own_words_are_no_option_box() -> None:
    """A scanned question "3.7. Has an uhmarried co-owner moved out of the home?" answered in YES / NO boxes
    at the row's end: the words before the option's wording ("Has an") are prose, and the phrase follows
    the question's number, so no box is looked for before it."""
    from lossmit_docs.reading.application_checkboxes import _numbered, _phrase_start, _prose_before

    texts = [("3.7.", 0.076, 0.094), ("Has", 0.116, 0.140), ("an", 0.145, 0.159), ("uhmarried", 0.165, 0.227),
             ("co-owner", 0.232, 0.290), ("moved", 0.295, 0.330), ("out", 0.335, 0.360)]
    words = tuple(Word(t, 0.9, (x0, 0.679, x1, 0.686)) for t, x0, x1 in texts)
    page = Page(2, " ".join(t for t, _, _ in texts), TextMethod.OCR, 0.88, 0, 612.0, 792.0, words=words)
    label = 3  # "uhmarried": the option's wording found, one letter misread
    assert _prose_before(page, label, words[label].box[0] - 0.05)
    start = _phrase_start(page, label)
    assert page.words[start].text == "Has" and _numbered(page, start)
