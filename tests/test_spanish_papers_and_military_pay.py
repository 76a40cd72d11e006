"""Spanish-language papers and a service member's Leave and Earnings Statement, as borrowers send them.

A farm labor contractor's bilingual stub dates its pay in Spanish, day first with the month's abbreviation
("Fecha de pago / Pay date 15-DIC-2045", "Período de pago / Pay period 03-DIC-2045 al 09-DIC-2045"), and names
the worker beside the next caption ("Trabajador / Worker: Rigoberto Salcido Ochoa  Núm. de trabajador / Worker
no.: DR-20418"). A credit union prints its statement in Spanish ("ESTADO DE CUENTA", "Período: del 1 de abril de
2046 al 30 de abril de 2046", "Saldo inicial", "Saldo final", "Página 1 de 2"), two of them in one file; a
borrower writes a "CARTA DE DIFICULTAD" dated "Tucson, Arizona, a 8 de octubre de 2046".

The Defense Finance and Accounting Service's LES (DFAS Form 702) heads its grid "DEFENSE FINANCE AND ACCOUNTING
SERVICE MILITARY LEAVE AND EARNINGS STATEMENT", prints the period under "PERIOD COVERED" as "1-30 SEP 46", the
gross as "+TOT ENT", the net as "=NET AMT", the year's entitlements in its remarks ("YTD ENTITLE 79107.03") and
the day paid there too ("NET PAY OF $7243.17 DEPOSITED 01 OCT 46").

Born-digital pages (reportlab) go through the real PageReader and `read_documents`.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

from conftest import documents_read, one_document_fields, values_of
from lossmit_docs.reading.pages import PageReader
from lossmit_docs.reading.values import dates_in, first_date, periods_in
from pdf_factory import draw_text


def test_spanish_and_military_dates_are_read_day_first() -> None:
    assert dates_in("Fecha de pago / Pay date 15-DIC-2045") == [date(2045, 12, 15)]
    assert first_date("Tucson, Arizona, a 6 de abril de 2046") == date(2046, 4, 6)
    assert periods_in("Período de pago 03-DIC-2045 al 09-DIC-2045") == {(date(2045, 12, 3), date(2045, 12, 9))}
    assert dates_in("NET PAY OF $7243.17 DEPOSITED 01 OCT 46 TO GARRISON FCU") == [date(2046, 10, 1)]
    assert (date(2046, 9, 1), date(2046, 9, 30)) in periods_in("ARMY 5570 1-30 SEP 46")


def test_a_spanish_month_never_opens_a_month_first_date() -> None:
    """Guard: "ago" is a Spanish month only day first; English prose keeps its meaning (no date before or after)."""
    assert dates_in("we fell behind two years ago 12, 2045 was the last") == []
    assert dates_in("12 May 46 hours") == []  # a month in small letters with two figures is no LES date


def _spanish_stub(path: Path) -> Path:
    pdf = canvas.Canvas(str(path), pagesize=letter)
    draw_text(pdf, 40, 40, "Agrícola Dos Ríos FLC, LLC", 13, "Helvetica-Bold")
    draw_text(pdf, 572, 40, "COMPROBANTE DE PAGO", 12, "Helvetica-Bold", right=True)
    draw_text(pdf, 572, 54, "Earnings statement", 9, "Helvetica-Oblique", right=True)
    draw_text(pdf, 40, 56, "Contratista de mano de obra agrícola · Farm labor contractor", 8)
    draw_text(pdf, 40, 68, "2150 E. 32nd Street, Yuma, AZ 85365 · (928) 555-0146", 8)
    draw_text(pdf, 340, 76, "Fecha de pago / Pay date   15-DIC-2045", 9)
    draw_text(pdf, 340, 90, "Período de pago / Pay period   03-DIC-2045 al 09-DIC-2045", 9)
    draw_text(pdf, 340, 104, "Frecuencia / Frequency   Semanal / Weekly", 9)
    draw_text(pdf, 40, 124, "Trabajador / Worker: Rigoberto Salcido Ochoa", 9)
    draw_text(pdf, 330, 124, "Núm. de trabajador / Worker no.: DR-20418", 9)
    draw_text(pdf, 40, 150, "Concepto / Description", 8, "Helvetica-Bold")
    draw_text(pdf, 470, 150, "Este período", 8, "Helvetica-Bold", right=True)
    draw_text(pdf, 570, 150, "Acumulado del año", 8, "Helvetica-Bold", right=True)
    for y, label, current, ytd in ((166, "Corte y empaque de lechuga / Lettuce cut and pack", "724.50", "33,318.48"),
                                   (180, "Pago bruto / Gross pay", "776.42", "36,645.10"),
                                   (194, "Total de deducciones / Total deductions", "121.51", "5,735.04")):
        draw_text(pdf, 40, y, label, 9)
        draw_text(pdf, 470, y, current, 9, right=True)
        draw_text(pdf, 570, y, ytd, 9, right=True)
    draw_text(pdf, 40, 216, "PAGO NETO / Net pay   $654.91", 10, "Helvetica-Bold")
    pdf.save()
    return path


def test_a_spanish_stubs_dates_and_its_workers_name(reader: PageReader, tmp_path: Path) -> None:
    fields = one_document_fields(reader, _spanish_stub(tmp_path / "talon 15-dic.pdf"), date(2046, 1, 5), "pay_stub")
    assert values_of(fields, "employee_name", "pay_date", "period_start", "period_end", "gross_current") == {
        "employee_name": "Rigoberto Salcido Ochoa", "pay_date": date(2045, 12, 15),
        "period_start": date(2045, 12, 3), "period_end": date(2045, 12, 9), "gross_current": Decimal("776.42")}


def _spanish_statements(path: Path) -> Path:
    """Two monthly statements of a credit union, two pages each, in one file."""
    pdf = canvas.Canvas(str(path), pagesize=letter)
    for name, days, opening, closing in (("marzo", 31, "1,318.62", "2,918.65"), ("abril", 30, "2,918.65", "3,355.40")):
        for sheet in (1, 2):
            draw_text(pdf, 40, 40, "Familias Unidas Federal Credit Union", 13, "Helvetica-Bold")
            draw_text(pdf, 572, 40, "ESTADO DE CUENTA", 12, "Helvetica-Bold", right=True)
            draw_text(pdf, 572, 56, f"Página {sheet} de 2", 8, right=True)
            if sheet == 1:
                draw_text(pdf, 40, 70, f"Período: del 1 de {name} de 2046 al {days} de {name} de 2046", 9)
                draw_text(pdf, 40, 84, "Cuenta de cheques núm. ******2268", 9)
                draw_text(pdf, 40, 110, "RESUMEN DE SU CUENTA", 10, "Helvetica-Bold")
                for y, label, amount in ((126, "Saldo inicial", opening), (140, "Depósitos (6)", "3,865.20"),
                                         (154, "Saldo final", closing)):
                    draw_text(pdf, 40, y, label, 9)
                    draw_text(pdf, 300, y, f"${amount}", 9, right=True)
            else:
                draw_text(pdf, 40, 80, "MOVIMIENTOS DE LA CUENTA DE CHEQUES (continuación)", 10, "Helvetica-Bold")
                draw_text(pdf, 40, 96, f"{days:02d} {name[:3]}  Depósito directo CUADRILLAS  693.23  {closing}", 9)
            pdf.showPage()
    pdf.save()
    return path


def test_two_spanish_statements_in_one_file(reader: PageReader, tmp_path: Path) -> None:
    documents = documents_read(reader, _spanish_statements(tmp_path / "estados.pdf"), date(2046, 5, 17))
    assert [(d.type, [p.page for p in d.pages]) for d in documents] == [("bank_statement", [1, 2]),
                                                                       ("bank_statement", [3, 4])]
    assert [values_of(d.fields, "period_start", "period_end", "beginning_balance", "ending_balance")
            for d in documents] == [
        {"period_start": date(2046, 3, 1), "period_end": date(2046, 3, 31), "beginning_balance": Decimal("1318.62"),
         "ending_balance": Decimal("2918.65")},
        {"period_start": date(2046, 4, 1), "period_end": date(2046, 4, 30), "beginning_balance": Decimal("2918.65"),
         "ending_balance": Decimal("3355.40")}]


def test_a_spanish_hardship_letter(reader: PageReader, tmp_path: Path) -> None:
    path = tmp_path / "carta.pdf"
    pdf = canvas.Canvas(str(path), pagesize=letter)
    lines = ["Arturo Ochoa Beltrán y Marisela Ibarra de Ochoa", "6150 S Calle Arroyo Seco", "Tucson, AZ 85706", "",
             "Tucson, Arizona, a 8 de octubre de 2046", "", "Tierra Clara Mortgage Servicing, LLC",
             "Ref.: Préstamo núm. 2209746153", "", "CARTA DE DIFICULTAD", "", "A quien corresponda:",
             "Les escribimos para pedir ayuda con nuestro préstamo. Una tormenta inundó el lote donde",
             "guardábamos el equipo del negocio y los ingresos bajaron mucho.", "", "Atentamente,",
             "Arturo Ochoa Beltrán"]
    for row, text in enumerate(lines):
        draw_text(pdf, 60, 60 + 15 * row, text, 10)
    pdf.save()
    fields = one_document_fields(reader, path, date(2046, 10, 15), "hardship_letter")
    assert fields["letter_date"].value == date(2046, 10, 8)


def _les(path: Path) -> Path:
    """The LES's top and bottom, as DFAS prints them: a caption row over its values, three columns of entries."""
    pdf = canvas.Canvas(str(path), pagesize=(792, 612))

    def text(x: float, y: float, words: str, size: float = 7.0, font: str = "Courier") -> None:
        pdf.setFont(font, size)
        pdf.drawString(x, 612 - y, words)

    text(40, 36, "DEFENSE FINANCE AND ACCOUNTING SERVICE MILITARY LEAVE AND EARNINGS STATEMENT", 10, "Courier-Bold")
    for x, caption, value in ((40, "2. NAME (LAST, FIRST, MI)", "HASKINS JEROME D"), (220, "4. GRADE", "E7"),
                              (300, "8. BRANCH", "ARMY"), (380, "9. ADSN/DSSN", "5570"),
                              (480, "10. PERIOD COVERED", "1-30 SEP 46")):
        text(x, 56, caption, 6)
        text(x, 68, value, 8)
    text(40, 90, "ENTITLEMENTS", 8, "Courier-Bold")
    text(300, 90, "DEDUCTIONS", 8, "Courier-Bold")
    text(560, 90, "SUMMARY", 8, "Courier-Bold")
    rows = ((104, "A BASE PAY        5874.90", "A FEDERAL TAXES    487.15", "+AMT FWD      .00"),
            (116, "B BAS              498.77", "B FICA-SOC SECURITY 364.24", "+TOT ENT   8737.67"),
            (128, "C BAH             2214.00", "C FICA-MEDICARE     85.19", "-TOT DED   1294.50"),
            (140, "D SPECIAL DUTY     150.00", "D SGLI              31.00", "=NET AMT   7243.17"))
    for y, left, middle, right in rows:
        text(40, y, left, 8)
        text(300, y, middle, 8)
        text(560, y, right, 8)
    text(40, 170, "REMARKS: YTD ENTITLE 79107.03  YTD DEDUCT 11650.50", 8)
    text(40, 182, "NET PAY OF $7243.17 DEPOSITED 01 OCT 46 TO GARRISON FCU ACCT ENDING 7420.", 8)
    text(40, 200, "DFAS Form 702, Jan 02", 6)
    pdf.save()
    return path


def test_a_military_leave_and_earnings_statement(reader: PageReader, tmp_path: Path) -> None:
    fields = one_document_fields(reader, _les(tmp_path / "LES Sep 2046.pdf"), date(2046, 10, 16), "pay_stub")
    assert values_of(fields, "employer", "pay_date", "period_start", "period_end", "frequency", "gross_current",
                     "gross_ytd", "net_current", "monthly_gross") == {
        "employer": "DEFENSE FINANCE AND ACCOUNTING SERVICE", "pay_date": date(2046, 10, 1),
        "period_start": date(2046, 9, 1), "period_end": date(2046, 9, 30), "frequency": "monthly",
        "gross_current": Decimal("8737.67"), "gross_ytd": Decimal("79107.03"), "net_current": Decimal("7243.17"),
        "monthly_gross": Decimal("8737.67")}
    assert fields["employee_name"].value is None or "LAST" not in str(fields["employee_name"].value)
