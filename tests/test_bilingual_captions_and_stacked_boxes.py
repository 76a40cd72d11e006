"""Papers set in Spanish and English side by side, and payroll stubs that name the employer only under a caption.

Why these tests exist: borrowers near the border send such papers, and each layout below was misread before this
change. A farm labour contractor's caption cells put the Spanish first ("Fecha de pago / Pay date") and type each
value under the caption's FIRST word, so the value is looked for under the whole caption (before: the work week's
first day was the pay date, the worker's first given name was lost). A staffing agency's summary strip "Bruto /
Gross | Deducciones / Deductions | Neto / Net" sets figures flush right under captions set flush left: the year's
wider figure in the row "Acumulado / YTD" reaches back to "Gross" while this period's does not (before: the year's
figures were this period's). A payroll provider's brand tops some stubs ("cobalt / payroll cloud", "LEDGERLINE"),
the employer standing only under a caption alone in its cell ("COMPANY" beside "PAY TO", "EMPLOYER:"). A credit
union prints its logo's words beside "ESTADO DE CUENTA" / "Account statement" and its kind, "Federal Credit Union",
under the logo (before: "Federal Credit Union" was the bank). A servicer's bilingual application draws a box beside
each option set Spanish over smaller English, three to a row (before: occupancy at 0.6, sent to review, and no
duration). Born-digital pages (reportlab) through the real page reader and `read_documents`; no OCR is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

from conftest import one_document_fields, values_of
from lossmit_docs.model import Field
from lossmit_docs.reading.pages import PageReader
from pdf_factory import draw_text

RECEIVED = date(2043, 11, 2)
TOP = letter[1]
BOLD, ITALIC = "Helvetica-Bold", "Helvetica-Oblique"


def _fields(reader: PageReader, path: Path, kind: str) -> dict[str, Field]:
    return one_document_fields(reader, path, RECEIVED, kind)


def _right_figures(pdf: canvas.Canvas, y: float, cells: tuple[tuple[float, str], ...], size: float = 8.0,
                   font: str = "Helvetica") -> None:
    for right, figure in cells:
        if figure:
            draw_text(pdf, right, y, figure, size, font, right=True)


# --- a farm labour contractor's stub: bilingual caption cells over their values -------------------------------

WORKER = "José Luis Ñíguez Carrasco"


def _contractor_stub(path: Path) -> Path:
    """Cosechas del Pajaro Farm Labor's weekly stub: caption cells, each value under its caption's first word (the
    worker, worker no. and crew; then the work week, pay date and "Pago / Paid" 1.5 inches apart), then earnings,
    taxes and the net pay, Spanish and English in every label."""
    pdf = canvas.Canvas(str(path), pagesize=letter)
    draw_text(pdf, 50, 50, "Cosechas del Pajaro Farm Labor", 14, BOLD)
    draw_text(pdf, 50, 62, "1180 Packinghouse Road, Watsonville, CA 95076  -  Lic. FLC 4417-22", 7.5)
    draw_text(pdf, 562, 50, "TALÓN DE PAGO SEMANAL", 11, BOLD, right=True)
    draw_text(pdf, 562, 62, "Weekly pay stub", 9, ITALIC, right=True)
    for x, y, caption, value in ((50, 92, "Trabajador / Worker", WORKER), (266, 92, "No. de trabajador / Worker no.",
                                 "CP-30417"), (374, 92, "Cuadrilla / Crew", "C-12  R. Maldonado"),
                                 (50, 120, "Semana trabajada / Work week", "10/05/2043 - 10/11/2043"),
                                 (158, 120, "Fecha de pago / Pay date", "10/16/2043"),
                                 (266, 120, "Pago / Paid", "Semanal / Weekly")):
        draw_text(pdf, x, y, caption, 6.5, BOLD)
        draw_text(pdf, x, y + 11, value, 8.5)
    draw_text(pdf, 50, 170, "INGRESOS / EARNINGS", 8, BOLD)
    _right_figures(pdf, 170, ((380, "Cantidad / Qty"), (432, "Tarifa / Rate"), (495, "Actual / Current"),
                              (562, "Acumulado / YTD")), 7, BOLD)
    rows = (("Destajo (por bin) / Piece rate (per bin)", "126", "5.15", "648.90", "26,118.45"),
            ("Horas regulares / Regular hours", "10", "16.90", "169.00", "6,942.50"),
            ("Pago bruto / Gross pay", "", "", "817.90", "33,060.95"),
            ("Impuesto federal / Federal income tax", "", "", "49.07", "1,983.66"),
            ("Seguro Social / Social Security", "", "", "50.71", "2,049.78"),
            ("Medicare", "", "", "11.86", "479.38"),
            ("Impuesto estatal CA / CA state tax", "", "", "9.80", "396.71"),
            ("PAGO NETO / NET PAY", "", "", "696.46", "28,151.42"))
    for i, (label, *figures) in enumerate(rows):
        y = 185 + 13 * i + (8 if i >= 2 else 0) + (8 if i >= 7 else 0)
        draw_text(pdf, 50, y, label, 8)
        _right_figures(pdf, y, tuple(zip((380, 432, 495, 562), figures, strict=True)))
    pdf.save()
    return path


@pytest.fixture(scope="module")
def contractor(reader: PageReader, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Field]:
    return _fields(reader, _contractor_stub(tmp_path_factory.mktemp("talon") / "talon.pdf"), "pay_stub")


def test_caption_cells_give_the_pay_date_and_the_work_week(contractor: dict[str, Field]) -> None:
    """The date under "Fecha de pago / Pay date" starts under "Fecha", left of "Pay date", and the range under
    "Semana trabajada / Work week" under "Semana" (before: the work week's first day was the pay date, and no
    period or frequency was read)."""
    assert values_of(contractor, "pay_date", "period_start", "period_end", "frequency") == {
        "pay_date": date(2043, 10, 16), "period_start": date(2043, 10, 5), "period_end": date(2043, 10, 11),
        "frequency": "weekly"}
    assert values_of(contractor, "gross_current", "net_current") == {
        "gross_current": Decimal("817.90"), "net_current": Decimal("696.46")}


def test_the_worker_caption_keeps_the_first_given_name(contractor: dict[str, Field]) -> None:
    """The name under "Trabajador / Worker" is read from under "Trabajador", accents and both surnames kept
    (before: "Luis Ñíguez Carrasco", the first given name lost)."""
    assert contractor["employee_name"].value == WORKER


# --- a staffing agency's stub: a bilingual summary strip, figures flush right --------------------------------


def _staffing_stub(path: Path) -> Path:
    """Alianza Temporal Staffing's weekly stub: caption cells (employee, "Frecuencia / Frequency  Semanal /
    Weekly", pay date, week worked), earnings and deductions with no gross or net line of their own, then the
    strip: captions flush left in cells 96, 130 and 84 points wide, figures flush right 6 points short of the
    next cell, so the year's wider figure reaches back to "Gross" and "Net" and this period's does not."""
    pdf = canvas.Canvas(str(path), pagesize=letter)
    draw_text(pdf, 50, 50, "ALIANZA TEMPORAL STAFFING", 13, BOLD)
    draw_text(pdf, 50, 61, "Personal temporal  -  2250 Santa Ursula Avenue, Suite 3, Laredo, TX 78040", 7.5)
    draw_text(pdf, 50, 84, "TALÓN DE PAGO / EARNINGS STATEMENT", 10, BOLD)
    for x, caption, value in ((50, "Empleado / Employee", "Rosaura Itzel Betancourt"),
                              (220, "No. de empleado / Employee no.", "AT-55821"),
                              (330, "Frecuencia / Frequency", "Semanal / Weekly"),
                              (440, "Fecha de pago / Pay date", "07/24/2043")):
        draw_text(pdf, x, 104, caption, 6, BOLD)
        draw_text(pdf, x, 116, value, 8.5)
    draw_text(pdf, 50, 136, "Semana trabajada / Week worked", 6, BOLD)
    draw_text(pdf, 50, 148, "07/13/2043 - 07/19/2043", 8.5)
    for y, title, heads, rows in (
            (172, "INGRESOS / EARNINGS", ((300, "Horas / Hours"), (360, "Tarifa / Rate")),
             (("Horas regulares / Regular hours", "40.00", "17.85", "714.00", "21,213.00"),
              ("Tiempo extra / Overtime", "3.75", "26.24", "98.40", "2,974.35"))),
            (214, "DEDUCCIONES / DEDUCTIONS", (),
             (("Federal income tax", "", "", "48.74", "1,451.24"), ("Social Security", "", "", "50.37", "1,499.62"),
              ("Medicare", "", "", "11.78", "350.72"), ("Transporte / Transport fee", "", "", "6.00", "178.54")))):
        draw_text(pdf, 50, y, title, 7, BOLD)
        _right_figures(pdf, y, (*heads, (440, "Actual / Current"), (530, "Acumulado / YTD")), 7, BOLD)
        for i, (label, *figures) in enumerate(rows):
            draw_text(pdf, 50, y + 15 + 12 * i, label, 8.5)
            _right_figures(pdf, y + 15 + 12 * i, tuple(zip((300, 360, 440, 530), figures, strict=True)), 8.5)
    x, widths = 50.0, (110, 96, 130, 84)
    strip = (("", ("Actual / Current", "Acumulado / YTD")), ("Bruto / Gross", ("812.40", "24,187.35")),
             ("Deducciones / Deductions", ("116.89", "3,480.12")), ("Neto / Net", ("695.51", "20,707.23")))
    for width, (caption, cells) in zip(widths, strip, strict=True):
        draw_text(pdf, x + 4, 310, caption, 7.5, BOLD)
        for row, cell in enumerate(cells, start=1):
            if caption:
                draw_text(pdf, x + width - 6, 310 + 16 * row, cell, 8.5, right=True)
            else:
                draw_text(pdf, x + 4, 310 + 16 * row, cell, 7.5, BOLD)
        x += width
    pdf.save()
    return path


def test_a_summary_strip_reads_this_periods_figures_and_the_years(reader: PageReader, tmp_path: Path) -> None:
    """Only the year's figure stands under "Gross" as printed; the cell runs from "Bruto" to the next caption,
    and "Acumulado / YTD" says year to date at its end (before: 24,187.35 was this period's gross and 20,707.23
    its net, no year-to-date gross)."""
    fields = _fields(reader, _staffing_stub(tmp_path / "alianza.pdf"), "pay_stub")
    assert values_of(fields, "gross_current", "gross_ytd", "net_current", "frequency") == {
        "gross_current": Decimal("812.40"), "gross_ytd": Decimal("24187.35"), "net_current": Decimal("695.51"),
        "frequency": "weekly"}
    assert not [name for name in fields if name.startswith("review.")]


# --- payroll providers' stubs: the employer under a caption alone in its cell ---------------------------------

LEDGER = (("EARN", "Regular", "80.00", "24.5000", "1,960.00", "35,280.00"),
          ("", "Gross pay", "", "", "1,960.00", "35,280.00"),
          ("TAX", "Federal income tax", "", "", "-176.40", "-3,175.20"),
          ("TAX", "Social Security", "", "", "-121.52", "-2,187.36"),
          ("DED", "Dental plan", "", "", "-18.75", "-337.50"),
          ("", "NET PAY", "", "", "1,643.33", "29,580.44"))


def _ledger(pdf: canvas.Canvas, y: float) -> None:
    """One table of EARN / TAX / DED rows under "HOURS  RATE  THIS CHECK  YEAR TO DATE"."""
    draw_text(pdf, 54, y, "TYPE", 7.5, BOLD)
    draw_text(pdf, 96, y, "ITEM", 7.5, BOLD)
    _right_figures(pdf, y, ((330, "HOURS"), (392, "RATE"), (472, "THIS CHECK"), (558, "YEAR TO DATE")), 7.5, BOLD)
    for i, (kind, item, *figures) in enumerate(LEDGER):
        font = "Helvetica" if kind else BOLD
        draw_text(pdf, 54, y + 18 + 14 * i, kind, 8.8, font)
        draw_text(pdf, 96, y + 18 + 14 * i, item, 8.8, font)
        _right_figures(pdf, y + 18 + 14 * i, tuple(zip((330, 392, 472, 558), figures, strict=True)), 8.8, font)


def _cobalt_stub(path: Path) -> Path:
    """Cobalt Payroll Cloud's paycheck detail: the brand in lower case at the top left, "COMPANY" and "PAY TO"
    captions on one row, the dental group's name and address under the one, the employee under the other."""
    pdf = canvas.Canvas(str(path), pagesize=letter)
    draw_text(pdf, 82, 54, "cobalt", 15, BOLD)
    draw_text(pdf, 82, 64, "payroll cloud", 7.5)
    draw_text(pdf, 562, 52, "PAYCHECK DETAIL", 14, BOLD, right=True)
    draw_text(pdf, 562, 64, "Check no. 4309180488  -  non-negotiable", 8, right=True)
    pdf.line(50, TOP - 76, 562, TOP - 76)
    for x, caption, lines in ((50, "COMPANY", ("Sandhill Dental Group", "4120 Mesa Verde Drive",
                                              "Grand Junction, CO 81506")),
                              (320, "PAY TO", ("Marguerite O. Castellanos", "Employee ID SD-0488",
                                               "Department: Dental lab"))):
        draw_text(pdf, x, 90, caption, 7, BOLD)
        for j, line in enumerate(lines):
            draw_text(pdf, x, 103 + 11.5 * j, line, 8.5 if j else 10, "Helvetica" if j else BOLD)
    draw_text(pdf, 56, 156, "Pay schedule: Every other week   |   Period: 08/31/2043 to 09/13/2043   |   "
                            "Check date: 09/18/2043", 8.5)
    _ledger(pdf, 186)
    pdf.save()
    return path


def _ledgerline_stub(path: Path) -> Path:
    """Ledgerline Payroll's statement for a school district: "LEDGERLINE" alone on the top line, the title under
    it, "EMPLOYER:" alone on its line over the district's name and address, the employee on a labelled line."""
    pdf = canvas.Canvas(str(path), pagesize=letter)
    draw_text(pdf, 56, 52, "LEDGERLINE", 13, BOLD)
    draw_text(pdf, 56, 68, "Employee Pay Statement", 11)
    draw_text(pdf, 56, 92, "EMPLOYER:", 7, BOLD)
    draw_text(pdf, 56, 106, "Granite Bend Public Schools", 10, BOLD)
    draw_text(pdf, 56, 119, "88 Quarry Street", 8.5)
    draw_text(pdf, 56, 130, "Barre, VT 05641", 8.5)
    draw_text(pdf, 316, 106, "Employee: Thaddeus W. Brannigan", 9)
    draw_text(pdf, 316, 119, "Employee ID: GB-2291", 9)
    draw_text(pdf, 56, 166, "Period: 08/31/2043 - 09/13/2043    Pay date: 09/18/2043    Pay frequency: Biweekly", 9)
    _ledger(pdf, 214)
    pdf.save()
    return path


@pytest.mark.parametrize(("build", "employer", "employee"), [
    (_cobalt_stub, "Sandhill Dental Group", "Marguerite O. Castellanos"),
    (_ledgerline_stub, "Granite Bend Public Schools", "Thaddeus W. Brannigan"),
], ids=["company-beside-pay-to", "employer-caption-alone"])
def test_the_employer_under_its_caption_not_the_providers_brand(reader: PageReader, tmp_path: Path,
                                                                 build: Callable[[Path], Path], employer: str,
                                                                 employee: str) -> None:
    """A bare caption alone in its cell heads the firm's name (before: "COMPANY" was the cobalt stub's employer
    and nobody its employee; "LEDGERLINE" the district's employer)."""
    fields = _fields(reader, build(tmp_path / "stub.pdf"), "pay_stub")
    assert values_of(fields, "employer", "employee_name", "pay_date") == {
        "employer": employer, "employee_name": employee, "pay_date": date(2043, 9, 18)}
    assert fields["employer"].confidence >= 0.9


# --- a credit union's statement: the logo's words over a title in Spanish ------------------------------------


def _credit_union_statement(path: Path, logo: str) -> Path:
    """One page: the logo's words left and "ESTADO DE CUENTA" right on the top line, "Account statement" under
    the title, "Federal Credit Union - Cooperativa de Ahorro y Crédito" under the logo; the summary and register."""
    pdf = canvas.Canvas(str(path), pagesize=letter)
    draw_text(pdf, 80, 48, logo, 15, BOLD)
    draw_text(pdf, 80, 59, "Federal Credit Union  -  Cooperativa de Ahorro y Crédito", 7.5)
    draw_text(pdf, 80, 68, "2100 McNutt Road, Sunland Park, NM 88063  -  (575) 555-0119", 7.5)
    draw_text(pdf, 572, 46, "ESTADO DE CUENTA", 10, BOLD, right=True)
    draw_text(pdf, 572, 56, "Account statement", 8.5, ITALIC, right=True)
    pdf.line(40, TOP - 76, 572, TOP - 76)
    for i, line in enumerate(("ESPERANZA DUARTE VILLALOBOS", "417 CALLE ALTA VISTA", "ANTHONY, NM 88021")):
        draw_text(pdf, 50, 102 + 11 * i, line, 9)
    draw_text(pdf, 330, 98, "Periodo / Period", 8, BOLD)
    draw_text(pdf, 330, 108, "del 1 de mayo al 31 de mayo de 2043", 8)
    draw_text(pdf, 330, 118, "May 1 - May 31, 2043", 8)
    draw_text(pdf, 330, 132, "Cuenta de cheques / Checking account  ****3528", 8, BOLD)
    draw_text(pdf, 337, 156, "RESUMEN / SUMMARY", 8, BOLD)
    for i, (label, amount) in enumerate((("Saldo inicial / Beginning balance", "734.18"),
                                         ("Depósitos / Deposits", "1,302.20"), ("Retiros / Withdrawals", "1,088.87"),
                                         ("Saldo final / Ending balance", "947.51"))):
        draw_text(pdf, 337, 172 + 15 * i, label, 8, BOLD if i == 3 else "Helvetica")
        draw_text(pdf, 565, 172 + 15 * i, amount, 8, right=True)
    draw_text(pdf, 40, 252, "MOVIMIENTOS / TRANSACTIONS", 8.5, BOLD)
    draw_text(pdf, 40, 268, "Fecha / Date", 7, BOLD)
    draw_text(pdf, 100, 268, "Descripción / Description", 7, BOLD)
    _right_figures(pdf, 268, ((400, "Retiros / Withdrawals"), (485, "Depósitos / Deposits"),
                              (570, "Saldo / Balance")), 7, BOLD)
    rows = (("05/01/2043", "Saldo inicial / Beginning balance", "", "", "734.18"),
            ("05/08/2043", "DESERT BLOOM NURSERY DIR DEP / NOMINA", "", "651.10", "1,385.28"),
            ("05/09/2043", "RIO BRAVO HLS PAGO HIPOTECA / MORTGAGE", "820.00", "", "565.28"),
            ("05/22/2043", "DESERT BLOOM NURSERY DIR DEP / NOMINA", "", "651.10", "1,216.38"),
            ("05/27/2043", "ATM RETIRO / WITHDRAWAL", "268.87", "", "947.51"),
            ("", "Saldo final / Ending balance", "", "", "947.51"))
    for i, (when, description, *figures) in enumerate(rows):
        draw_text(pdf, 40, 283 + 13 * i, when, 8)
        draw_text(pdf, 100, 283 + 13 * i, description, 8)
        _right_figures(pdf, 283 + 13 * i, tuple(zip((400, 485, 570), figures, strict=True)))
    pdf.save()
    return path


@pytest.mark.parametrize("logo", ["VALLE DEL NORTE", "Loma del Sol"])
def test_the_bank_is_the_logo_over_its_kind_beside_a_spanish_title(reader: PageReader, tmp_path: Path,
                                                                   logo: str) -> None:
    """The line under the logo says only the kind, "Federal Credit Union"; the logo's line is cut at the title's
    "ESTADO", and its "del" joins the name (before: "Federal Credit Union")."""
    fields = _fields(reader, _credit_union_statement(tmp_path / "estado.pdf", logo), "bank_statement")
    assert str(fields["bank_name"].value).lower() == f"{logo.lower()} federal credit union"
    assert values_of(fields, "account_last4", "beginning_balance", "ending_balance", "period_end") == {
        "account_last4": "3528", "beginning_balance": Decimal("734.18"), "ending_balance": Decimal("947.51"),
        "period_end": date(2043, 5, 31)}


# --- a servicer's bilingual application: boxes beside stacked Spanish and English options ----------------------

USES = (("Residencia principal", "Primary residence"), ("Segunda casa", "Second home"),
        ("Propiedad de inversión o rentada", "Investment or rental property"))
SPANS = (("Corto plazo (6 meses o menos)", "Short-term (6 months or less)"),
         ("Largo plazo o permanente", "Long-term or permanent"), ("Ya se resolvió", "Already resolved"))


def _options(pdf: canvas.Canvas, y: float, question: tuple[str, str], options: tuple[tuple[str, str], ...],
             ticked: int) -> None:
    """The question Spanish over English, then its options three to a row, 160 points apart: an 8-point box,
    the Spanish in bold level with it and the English in smaller italics under it; an "X" typed in one box."""
    draw_text(pdf, 40, y, question[0], 7, BOLD)
    draw_text(pdf, 40, y + 7.5, question[1], 6.2, ITALIC)
    for i, (spanish, english) in enumerate(options):
        x, baseline = 40 + 160 * i, y + 26
        pdf.setLineWidth(0.7)
        pdf.rect(x, TOP - baseline - 3, 8, 8)
        if i == ticked:
            pdf.setFont("Courier-Bold", 10)
            pdf.drawCentredString(x + 4, TOP - baseline - 2, "X")
        draw_text(pdf, x + 12, baseline, spanish, 7, BOLD)
        draw_text(pdf, x + 12, baseline + 8, english, 6.2, ITALIC)


def _application(path: Path, ticked: int) -> Path:
    """Rio Bravo's one-page request: bilingual labels with typed answers, the use of the home and how long the
    hardship will last as boxed options."""
    pdf = canvas.Canvas(str(path), pagesize=letter)
    draw_text(pdf, 40, 46, "RIO BRAVO HOME LOAN SERVICING", 15, BOLD)
    draw_text(pdf, 40, 58, "6100 Gateway Boulevard East, El Paso, TX 79905  -  Fax (915) 555-0140", 7)
    draw_text(pdf, 306, 84, "SOLICITUD DE ASISTENCIA HIPOTECARIA", 13, BOLD)
    draw_text(pdf, 306, 97, "Mortgage Assistance Application", 10, ITALIC)
    for i, (label, answer) in enumerate((("Número de préstamo / Loan number:", "0582261937"),
                                         ("Nombre del prestatario / Borrower's name:", "Anselmo Quiñones Barragán"),
                                         ("Dirección de la propiedad / Property address:",
                                          "3318 Camino Real Drive, Socorro, TX 79927"))):
        draw_text(pdf, 40, 124 + 18 * i, label, 8.5)
        draw_text(pdf, 240, 124 + 18 * i, answer, 10, "Courier")
    _options(pdf, 210, ("La propiedad es (marque una):", "The property is (check one):"), USES, ticked)
    draw_text(pdf, 40, 270, "Fecha en que comenzó la dificultad / Date the hardship began:", 8.5)
    draw_text(pdf, 330, 270, "02/09/2043", 10, "Courier")
    _options(pdf, 292, ("Se espera que la dificultad sea:", "The hardship is expected to be:"), SPANS, ticked)
    pdf.save()
    return path


@pytest.mark.parametrize(("ticked", "use", "span"), [(0, "primary_residence", "short_term"),
                                                     (1, "second_home", "long_term")],
                         ids=["first-options", "second-options"])
def test_a_box_beside_a_stacked_bilingual_option_is_read_surely(reader: PageReader, tmp_path: Path, ticked: int,
                                                                use: str, span: str) -> None:
    """The English line names the option, the box stands level with the Spanish over it: the line above opens
    the option's own phrase, not another option's, though the next columns' options share its row and
    "Largo plazo o permanente" holds long-term's "permanent" (before: the first use at 0.6, sent to review, and
    no duration read at all)."""
    fields = _fields(reader, _application(tmp_path / "solicitud.pdf", ticked), "mortgage_assistance_application")
    assert values_of(fields, "loan_number", "borrower_name", "occupancy", "hardship_duration") == {
        "loan_number": "0582261937", "borrower_name": "Anselmo Quiñones Barragán", "occupancy": use,
        "hardship_duration": span}
    assert fields["occupancy"].confidence >= 0.9
    assert fields["hardship_duration"].confidence >= 0.9
