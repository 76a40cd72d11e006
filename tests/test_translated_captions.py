"""Bilingual forms: each English caption printed with its translation, which must not be read as the answer.

1. A caption band in capitals with each caption's Portuguese beside it ("BORROWER NAME  Nome do mutuário") and the
   answers on the row under: the names, not the translations (before, "Nome do mutuário" was the borrower's name).
2. A table of numbered rows, "# | ENGLISH | TIẾNG VIỆT | ANSWER": the Vietnamese column, wrapped rows and all, is
   no part of any answer (before, "Họ và tên người vay Nguyễn Thị Thu Hằng" was the borrower's name).
3. A pay stub whose Vietnamese captions carry the figures on their rows, each English caption printed under its
   translation ("Nhân viên  NGUYEN THI THU HANG" over "Employee"): the English caption takes its translation's
   place (before, no employee, no gross pay).
4. Guards: a Spanish caption printed before its English ("Nombre del prestatario / Borrower name:") leaves the
   answer as it was; a name's little words ("María de la Cruz Ortega") are no translation; an English caption's
   French in brackets after it ("Phone (Numéro de téléphone)") goes, a bracketed translation opening a row of
   figures stays.

Born-digital fixtures (reportlab with DejaVu Sans, so every diacritic is a real character in the text layer), read
through the real page reader and `read_documents` with their word boxes. Servicers and people are fictional.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from reportlab.lib.pagesizes import letter
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from conftest import documents_read, one_document_fields, values_of
from lossmit_docs.model import Page, TextMethod, Word
from lossmit_docs.reading.pages import PageReader

RECEIVED = date(2061, 4, 20)
APPLICATION = "mortgage_assistance_application"
UNICODE_FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT = "DejaVuSans"
HEIGHT = letter[1]


def _canvas(path: Path) -> canvas.Canvas:
    pdfmetrics.registerFont(TTFont(FONT, UNICODE_FONT))
    return canvas.Canvas(str(path), pagesize=letter)


def _text(pdf: canvas.Canvas, x: float, y: float, text: str, size: float = 9.0) -> None:
    pdf.setFont(FONT, size)
    pdf.drawString(x, HEIGHT - y, text)


def _texts(pdf: canvas.Canvas, items: list[tuple[float, float, str, float]]) -> None:
    for x, y, text, size in items:
        _text(pdf, x, y, text, size)


# --- 1. a caption band with each caption's translation beside it ---------------------------------------------------


def _caption_band_application(path: Path) -> Path:
    pdf = _canvas(path)
    _text(pdf, 40, 50, "ATLANTICA HOME LOAN SERVICING   SOLICITAÇÃO DE ASSISTÊNCIA / MORTGAGE ASSISTANCE REQUEST", 10)
    _text(pdf, 40, 66, "Preencha todos os campos. Complete every box. Dates as mm/dd/yyyy.", 8)
    rows = [
        (96, [(40, "LOAN NUMBER  Número do empréstimo"), (300, "BORROWER NAME  Nome do mutuário")]),
        (110, [(40, "3308817264"), (300, "João Paulo Gonçalves")]),
        (136, [(40, "SSN - LAST 4  Seguro Social (4 últimos)"), (300, "CO-BORROWER NAME  Nome do co-mutuário")]),
        (150, [(40, "5571"), (300, "Ana Cláudia Gonçalves")]),
        (176, [(40, "STREET ADDRESS  Endereço (rua e número)")]),
        (190, [(40, "27 Waverley Terrace")]),
        (216, [(40, "CITY  Cidade"), (240, "STATE  Estado"), (380, "ZIP CODE  CEP")]),
        (230, [(40, "Framingham"), (240, "MA"), (380, "01702")]),
        (256, [(40, "OCCUPANCY  Ocupação")]),
        (270, [(40, "[X] Primary residence - Residência principal   [ ] Second home - Segunda residência")]),
        (296, [(40, "HARDSHIP BEGAN  Início da dificuldade"), (300, "CAUSE  Causa")]),
        (310, [(40, "01/17/2061"), (300, "[X] Reduced income - Redução de renda")]),
        (336, [(40, "WAGES, TIPS, OVERTIME  Salários, gorjetas, horas extras"), (340, "TOTAL MONTHLY INCOME")]),
        (350, [(40, "$ 3,120.00"), (340, "$ 3,120.00")]),
    ]
    for y, cells in rows:
        for x, text in cells:
            _text(pdf, x, y, text)
    pdf.save()
    return path


def test_translation_beside_a_caption_is_no_answer(reader: PageReader, tmp_path: Path) -> None:
    fields = one_document_fields(reader, _caption_band_application(tmp_path / "solicitacao.pdf"), RECEIVED,
                                 APPLICATION)
    assert values_of(fields, "loan_number", "borrower_name", "co_borrower_name", "ssn_last4") == {
        "loan_number": "3308817264", "borrower_name": "João Paulo Gonçalves",
        "co_borrower_name": "Ana Cláudia Gonçalves", "ssn_last4": "5571"}
    assert "27 Waverley Terrace" in str(fields["property_address"].value)
    assert "Endere" not in str(fields["property_address"].value)


# --- 2. a table whose middle column is the captions' translation ---------------------------------------------------


def _language_column_application(path: Path) -> Path:
    pdf = _canvas(path)
    _texts(pdf, [(40, 48, "LOTUS HARBOR MORTGAGE SERVICING   ĐƠN XIN HỖ TRỢ / MORTGAGE ASSISTANCE APPLICATION", 10),
                 (40, 70, "#", 8), (60, 70, "ENGLISH", 8), (250, 70, "TIẾNG VIỆT", 8),
                 (440, 70, "ANSWER · TRẢ LỜI", 8)])
    rows = [("1", ["Loan number"], ["Số khoản vay"], "5520917734"),
            ("2", ["Borrower's full name"], ["Họ và tên người vay"], "Nguyễn Thị Thu Hằng"),
            ("3", ["Borrower's SSN - last 4 digits"], ["4 số cuối số An Sinh Xã Hội của", "người vay"], "6618"),
            ("4", ["Co-borrower's full name (leave", "blank if none)"],
             ["Họ và tên người đồng vay (để", "trống nếu không có)"], "Trần Văn Phúc"),
            ("5", ["Property street address"], ["Địa chỉ căn nhà (số nhà, tên", "đường)"], "11407 Bellwood Glen Drive"),
            ("6", ["City, state and ZIP code"], ["Thành phố, tiểu bang, mã bưu chính"], "Houston, TX 77072")]
    y = 92
    for number, english, vietnamese, answer in rows:
        _text(pdf, 40, y, number)
        for k, line in enumerate(english):
            _text(pdf, 60, y + 11 * k, line)
        for k, line in enumerate(vietnamese):
            _text(pdf, 250, y + 11 * k, line)
        _text(pdf, 440, y, answer)
        y += 30
    pdf.save()
    return path


def test_a_column_of_translations_is_no_part_of_the_answers(reader: PageReader, tmp_path: Path) -> None:
    fields = one_document_fields(reader, _language_column_application(tmp_path / "LH-7V.pdf"), RECEIVED, APPLICATION)
    assert values_of(fields, "loan_number", "borrower_name", "co_borrower_name", "ssn_last4") == {
        "loan_number": "5520917734", "borrower_name": "Nguyễn Thị Thu Hằng", "co_borrower_name": "Trần Văn Phúc",
        "ssn_last4": "6618"}
    assert str(fields["property_address"].value).startswith("11407 Bellwood Glen Drive")


# --- 3. a pay stub's English captions under their translations -----------------------------------------------------


def _stub_under_translations(path: Path) -> Path:
    pdf = _canvas(path)
    _texts(pdf, [(40, 50, "HOA SEN NAILS & SPA LLC", 11), (380, 50, "PHIẾU LƯƠNG", 11),
                 (40, 64, "10330 Bellaire Blvd, Suite 118, Houston, TX 77072", 8), (380, 64, "EARNINGS STATEMENT", 9)])
    pairs = [(92, [(40, "Nhân viên", "Employee", "NGUYEN THI THU HANG"), (300, "Kỳ lương", "Pay period",
                                                                          "02/14/2061 - 02/27/2061")]),
             (120, [(40, "Mã nhân viên", "Employee ID", "HS-0417"), (300, "Ngày trả lương", "Pay date", "03/04/2061")]),
             (148, [(300, "Định kỳ trả lương", "Pay frequency", "Mỗi 2 tuần / Bi-weekly")])]
    for y, cells in pairs:
        for x, native, english, value in cells:
            _text(pdf, x, y, native)
            _text(pdf, x, y + 10, english, 7)
            _text(pdf, x + 95, y, value)
    _text(pdf, 40, 180, "THU NHẬP / EARNINGS")
    _text(pdf, 300, 180, "Kỳ này / This period")
    _text(pdf, 420, 180, "Từ đầu năm / Year to date")
    amounts = [(200, "Hoa hồng dịch vụ", "Service commission", "1,889.77", "8,680.63"),
               (228, "Tiền tip (đã báo cáo)", "Tips (reported)", "419.18", "2,630.13"),
               (256, "TỔNG LƯƠNG GỘP", "GROSS PAY", "2,308.95", "11,310.76"),
               (310, "Thuế thu nhập liên bang", "Federal income tax", "184.72", "904.86"),
               (344, "LƯƠNG THỰC LÃNH", "NET PAY", "2,124.23", "10,405.90")]
    _text(pdf, 40, 290, "KHẤU TRỪ / DEDUCTIONS")
    for y, native, english, current, year in amounts:
        _text(pdf, 40, y, native)
        _text(pdf, 40, y + 10, english, 7)
        _text(pdf, 300, y, current)
        _text(pdf, 420, y, year)
    pdf.save()
    return path


def test_english_caption_under_its_translation_takes_its_place(reader: PageReader, tmp_path: Path) -> None:
    fields = one_document_fields(reader, _stub_under_translations(tmp_path / "phieu luong.pdf"), date(2061, 3, 20),
                                 "pay_stub")
    assert values_of(fields, "employee_name", "pay_date", "period_start", "period_end", "gross_current",
                     "gross_ytd") == {
        "employee_name": "NGUYEN THI THU HANG", "pay_date": date(2061, 3, 4), "period_start": date(2061, 2, 14),
        "period_end": date(2061, 2, 27), "gross_current": Decimal("2308.95"),
        "gross_ytd": Decimal("11310.76")}


# --- 4. guards -----------------------------------------------------------------------------------------------------


def _translation_first_application(path: Path) -> Path:
    pdf = _canvas(path)
    _text(pdf, 40, 50, "MERRIMACK RIVER SERVICING   SOLICITUD DE ASISTENCIA / MORTGAGE ASSISTANCE APPLICATION", 10)
    lines = ["Número de préstamo / Loan number: 2208461937",
             "Nombre del prestatario / Borrower name: María de la Cruz Ortega",
             "Últimos 4 del Seguro Social / SSN last 4: 3307",
             "Dirección de la propiedad / Property address: 118 Bodwell Terrace, Lawrence, MA 01841",
             "Fecha de inicio / Hardship began (mm/dd/aaaa): 01/09/2061"]
    for k, line in enumerate(lines):
        _text(pdf, 40, 80 + 20 * k, line)
    pdf.save()
    return path


def test_translation_before_its_english_and_a_names_little_words_stay(reader: PageReader, tmp_path: Path) -> None:
    documents = documents_read(reader, _translation_first_application(tmp_path / "solicitud.pdf"), RECEIVED)
    fields = next(d for d in documents if d.type == APPLICATION).fields
    assert values_of(fields, "loan_number", "borrower_name", "ssn_last4", "hardship_start_date") == {
        "loan_number": "2208461937", "borrower_name": "María de la Cruz Ortega", "ssn_last4": "3307",
        "hardship_start_date": date(2061, 1, 9)}


def _words(rows: list[list[tuple[float, str]]]) -> Page:
    """A scanned page of these rows of words (x, text), a row every 0.03 of the page."""
    words = []
    for r, row in enumerate(rows):
        for x, text in row:
            top = 0.1 + 0.03 * r
            words.append(Word(text, 0.95, (x, top, x + 0.012 * len(text), top + 0.012)))
    text = "\n".join(" ".join(w for _, w in row) for row in rows)
    return Page(1, text, TextMethod.OCR, 0.95, words=tuple(words))


def test_bracketed_french_goes_after_its_english_and_stays_before_figures() -> None:
    from lossmit_docs.reading.translated_captions import without_translations  # (the stage's own step)

    page = _words([[(0.05, "Phone"), (0.125, "(Numéro"), (0.22, "de"), (0.25, "téléphone)"), (0.45, "E-mail")],
                   [(0.05, "(207)"), (0.125, "555-0139")],
                   [(0.05, "Taxable"), (0.15, "Social"), (0.23, "Security")],
                   [(0.05, "(Sécurité"), (0.17, "sociale,"), (0.28, "imposable)"), (0.45, "$"), (0.47, "2,140.00")]])
    kept = without_translations(page).text.splitlines()
    assert kept[0] == "Phone E-mail"
    assert kept[3] == "(Sécurité sociale, imposable) $ 2,140.00"
