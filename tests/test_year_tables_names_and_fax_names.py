"""Pay stubs, a statement and file names whose parts stand where an earlier rule did not expect them: a
construction stub whose "Gross earnings this check" line ends the job table before a year-to-date panel of
its own (HOURS / AMOUNT) beside the deductions' THIS CHECK / YEAR TO DATE panel; a school district stub whose
"Employee:" line also carries the far-right "ASSIGNMENT" panel's heading; a credit union statement whose logo
runs over two lines with the member number at the first line's far end; a fax server's file name of a
month-day and a time; a stub whose EMPLOYEE panel captions the name "Name" with no colon; and a stub whose
employer's address block starts with a building's name."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

from lossmit_docs.judging.cases import loan_in_file_name
from lossmit_docs.model import PageRef, TextMethod
from lossmit_docs.reading.bank_statements import extract_bank_statement
from lossmit_docs.reading.ink import PdfInk, with_words
from lossmit_docs.reading.pages import PageReader
from lossmit_docs.reading.pay_stubs import extract_pay_stub
from pdf_factory import printed_and_scanned

SCAN_DPI = 200
TOP = letter[1]


def ref(number: int) -> PageRef:
    return PageRef("f.pdf", number)


def _construction_stub(path: Path) -> Path:
    """A roofing contractor's weekly stub: a job table under HOURS AND EARNINGS THIS CHECK ending in its
    gross line, then YEAR-TO-DATE EARNINGS (HOURS / AMOUNT) on the left beside TAXES AND DEDUCTIONS (THIS
    CHECK / YEAR TO DATE) on the right."""
    pdf = canvas.Canvas(str(path), pagesize=letter)
    pdf.setFont("Helvetica-Bold", 15)
    pdf.drawString(40, TOP - 60, "BRACKENRIDGE MASONRY & CONCRETE, INC.")
    pdf.setFont("Helvetica", 8)
    pdf.drawString(40, TOP - 72, "2290 Quarry Road, Yakima, WA 98901")
    pdf.setFont("Helvetica", 8.5)
    for index, (label, value) in enumerate((("Check date", "03/12/2037"), ("Period beginning", "03/02/2037"),
                                            ("Period ending", "03/08/2037"), ("Pay frequency", "Weekly"))):
        pdf.drawString(390, TOP - 60 - 12 * index, label)
        pdf.drawRightString(570, TOP - 60 - 12 * index, value)
    pdf.setFont("Helvetica-Bold", 9)
    pdf.drawString(46, TOP - 130, "Employee:")
    pdf.setFont("Helvetica", 9)
    pdf.drawString(94, TOP - 130, "Dario F. Quintanilla")
    pdf.drawString(300, TOP - 130, "Craft / class:  Mason - Journeyman")
    pdf.setFont("Helvetica-Bold", 10)
    pdf.drawString(40, TOP - 166, "HOURS AND EARNINGS THIS CHECK")
    pdf.setFont("Helvetica-Bold", 7.5)
    for x, heading in ((40, "JOB"), (90, "JOB NAME"), (300, "TYPE")):
        pdf.drawString(x, TOP - 180, heading)
    for right, heading in ((400, "HOURS"), (470, "RATE"), (570, "AMOUNT")):
        pdf.drawRightString(right, TOP - 180, heading)
    pdf.line(40, TOP - 184, 570, TOP - 184)
    pdf.setFont("Helvetica", 8.5)
    for index, (job, name, hours, rate, amount) in enumerate((("3305", "Naches Middle School - retaining wall",
                                                               "12.00", "31.00", "372.00"),
                                                              ("3312", "Terrace Heights clinic - steps", "8.00",
                                                               "31.00", "248.00"))):
        y = TOP - 198 - 14 * index
        pdf.drawString(40, y, job)
        pdf.drawString(90, y, name)
        pdf.drawString(300, y, "Regular")
        for right, figure in ((400, hours), (470, rate), (570, amount)):
            pdf.drawRightString(right, y, figure)
    pdf.line(250, TOP - 222, 570, TOP - 222)
    pdf.setFont("Helvetica-Bold", 8.5)
    pdf.drawRightString(345, TOP - 234, "Gross earnings this check")
    pdf.drawRightString(400, TOP - 234, "20.00")
    pdf.drawRightString(570, TOP - 234, "620.00")
    pdf.setFont("Helvetica-Bold", 10)
    pdf.drawString(40, TOP - 272, "YEAR-TO-DATE EARNINGS")
    pdf.drawString(320, TOP - 272, "TAXES AND DEDUCTIONS")
    pdf.setFont("Helvetica-Bold", 7.5)
    pdf.drawRightString(190, TOP - 286, "HOURS")
    pdf.drawRightString(280, TOP - 286, "AMOUNT")
    pdf.drawRightString(490, TOP - 286, "THIS CHECK")
    pdf.drawRightString(570, TOP - 286, "YEAR TO DATE")
    pdf.line(40, TOP - 290, 280, TOP - 290)
    pdf.line(320, TOP - 290, 570, TOP - 290)
    left = (("Regular", "56.00", "1,734.00"), ("Overtime", "3.00", "141.75"), ("Total gross", "59.00", "1,875.75"))
    right = (("Federal income tax", "55.80", "168.82"), ("Social Security", "38.44", "116.30"),
             ("Medicare", "8.99", "27.20"), ("Union dues", "14.00", "28.00"))
    for index in range(4):
        y = TOP - 304 - 14 * index
        pdf.setFont("Helvetica-Bold" if index == 2 else "Helvetica", 8.5)
        if index < len(left):
            label, hours, amount = left[index]
            pdf.drawString(40, y, label)
            pdf.drawRightString(190, y, hours)
            pdf.drawRightString(280, y, amount)
        pdf.setFont("Helvetica", 8.5)
        label, current, ytd = right[index]
        pdf.drawString(320, y, label)
        pdf.drawRightString(490, y, current)
        pdf.drawRightString(570, y, ytd)
    pdf.setFont("Helvetica", 7.5)
    pdf.drawString(40, TOP - 380, "Net pay deposited by direct deposit on 03/12/2037.")
    pdf.save()
    return path


def test_gross_line_of_the_check_before_a_year_to_date_panel(reader: PageReader, tmp_path: Path) -> None:
    """"Gross earnings this check 20.00 620.00" is this check's gross; "Total gross 59.00 1,875.75" in the
    YEAR-TO-DATE EARNINGS panel (HOURS / AMOUNT) is the year's, though the panel beside it heads THIS CHECK
    (before, 1,875.75 was taken for this check's gross and no year-to-date was read). Printed and scanned."""
    scan = printed_and_scanned(_construction_stub(tmp_path / "stub.pdf"), SCAN_DPI, tmp_path / "scan.pdf")
    pages = reader.read(scan)
    assert pages[0].method is TextMethod.OCR
    fields, _ = extract_pay_stub(pages, ref)
    assert fields["gross_current"].value == Decimal("620.00")
    assert fields["gross_ytd"].value == Decimal("1875.75")


def _school_stub(path: Path) -> Path:
    """A school district's stub: the district's name over its payroll office's address, captions in a column
    on the left with their answers after them, and a boxed ASSIGNMENT panel at the far right whose heading
    stands on the employee's line."""
    pdf = canvas.Canvas(str(path), pagesize=letter)
    pdf.setFont("Times-Bold", 17)
    pdf.drawString(48, TOP - 58, "Pinecrest Valley Unified School District")
    pdf.setFont("Times-Roman", 9)
    pdf.drawString(48, TOP - 71, "Payroll Office - 410 Schoolhouse Road, Twin Falls, ID 83301")
    pdf.setFont("Helvetica-Bold", 11)
    pdf.drawRightString(564, TOP - 96, "EARNINGS AND DEDUCTIONS STATEMENT")
    pdf.setFont("Helvetica", 9)
    rows = (("Employee:", "Ingrid V. Sorensen"), ("Employee ID:", "T40718"), ("Pay date:", "04/30/2037"),
            ("Pay period:", "04/01/2037 to 04/30/2037"))
    for index, (caption, answer) in enumerate(rows):
        y = TOP - 124 - 13 * index
        pdf.setFont("Helvetica", 9)
        pdf.drawString(48, y, caption)
        pdf.setFont("Helvetica-Bold", 9)
        pdf.drawString(130, y, answer)
    pdf.rect(400, TOP - 178, 164, 64)
    pdf.setFont("Helvetica-Bold", 7)
    pdf.drawString(406, TOP - 124, "ASSIGNMENT")
    pdf.setFont("Helvetica", 8)
    for index, (caption, answer) in enumerate((("Position:", "Teacher - Grade 4"), ("Site:", "Lincoln Elementary"),
                                               ("FTE:", "1.000"))):
        pdf.drawString(406, TOP - 137 - 12 * index, caption)
        pdf.drawString(450, TOP - 137 - 12 * index, answer)
    pdf.setFont("Helvetica-Bold", 8)
    for x, heading in ((48, "EARNINGS"), (200, "CURRENT"), (290, "CAL. YTD")):
        pdf.drawString(x, TOP - 210, heading)
    pdf.setFont("Helvetica", 9)
    for index, (label, current, ytd) in enumerate((("Regular salary", "4,318.00", "17,272.00"),
                                                   ("Total earnings", "4,318.00", "17,272.00"),
                                                   ("Total deductions", "1,106.45", "4,425.80"),
                                                   ("Net pay", "3,211.55", "12,846.20"))):
        y = TOP - 226 - 14 * index
        pdf.drawString(48, y, label)
        pdf.drawRightString(236, y, current)
        pdf.drawRightString(330, y, ytd)
    pdf.save()
    return path


def test_employee_line_carrying_a_panel_heading_at_its_far_end(reader: PageReader, tmp_path: Path) -> None:
    """"Employee:  Ingrid V. Sorensen" shares its line with the heading "ASSIGNMENT" of a panel at the page's
    far right: the heading is no part of the name (before, "Ingrid V. Sorensen Assignment" or the like)."""
    path = _school_stub(tmp_path / "stub.pdf")
    fields, _ = extract_pay_stub(reader.read(path), ref)
    assert fields["employee_name"].value == "Ingrid V. Sorensen"
    assert fields["gross_current"].value == Decimal("4318.00")


def _credit_union_statement(path: Path) -> Path:
    """A credit union's statement: its logo's first line "Juniper Basin" in large type with the member
    number at the far right of that line, "CREDIT UNION" alone in smaller capitals on the line under it."""
    pdf = canvas.Canvas(str(path), pagesize=letter)
    pdf.setFont("Helvetica-Bold", 14)
    pdf.drawString(48, TOP - 60, "Juniper Basin")
    pdf.setFont("Helvetica", 10)
    pdf.drawRightString(564, TOP - 57, "Member number XXXX4418")  # its top level with the logo's
    pdf.setFont("Helvetica-Bold", 10)
    pdf.drawString(48, TOP - 76, "CREDIT UNION")
    pdf.setFont("Helvetica", 9)
    pdf.drawString(48, TOP - 110, "Statement period 09/01/2037 - 09/30/2037")
    pdf.drawString(48, TOP - 124, "Lorna K. Featherstone")
    pdf.drawString(48, TOP - 136, "1187 Sagebrush Way, Hailey, ID 83333")
    pdf.setFont("Helvetica-Bold", 10)
    pdf.drawString(48, TOP - 170, "SHARE DRAFT CHECKING  XXXX4418-09")
    pdf.setFont("Helvetica", 9)
    rows = (("09/01/2037", "Beginning balance", "", "1,204.16"),
            ("09/05/2037", "Payroll deposit - Hailey Clinic", "2,140.30", "3,344.46"),
            ("09/12/2037", "Check 1042", "-875.00", "2,469.46"),
            ("09/19/2037", "Payroll deposit - Hailey Clinic", "2,140.30", "4,609.76"),
            ("09/30/2037", "Ending balance", "", "4,609.76"))
    for index, (day, text, amount, balance) in enumerate(rows):
        y = TOP - 190 - 14 * index
        pdf.drawString(48, y, day)
        pdf.drawString(120, y, text)
        if amount:
            pdf.drawRightString(460, y, amount)
        pdf.drawRightString(564, y, balance)
    pdf.save()
    return path


def test_credit_union_logo_over_two_lines_beside_a_member_number(reader: PageReader, tmp_path: Path) -> None:
    """"Juniper Basin ... Member number XXXX4418" over "CREDIT UNION": the union's name is the logo's two
    lines, not the member number's end joined to the second (before, "XXXX4418 CREDIT UNION")."""
    path = _credit_union_statement(tmp_path / "statement.pdf")
    fields = extract_bank_statement(reader.read(path), ref)
    assert fields["bank_name"].value == "Juniper Basin CREDIT UNION"


def test_a_fax_servers_month_day_and_time_are_no_loan_number() -> None:
    """"RFAX_0223_154411.pdf" is a fax server's month-day and time of day, no loan (before, "154411" or the
    like was taken for the loan); a long number after a month-day, or after four digits that are no month and
    day, still is one."""
    assert loan_in_file_name("RFAX_0223_154411.pdf") is None
    assert loan_in_file_name("scan_0612_4471902385.pdf") == "4471902385"
    assert loan_in_file_name("Smith_1234_567890.pdf") == "567890"


def _panel_stub(path: Path) -> Path:
    """A stub of panels, each a column of captions with their answers after them and no colons: an EMPLOYEE
    panel ("Name", "Employee ID", "Department") beside a PAY panel."""
    pdf = canvas.Canvas(str(path), pagesize=letter)
    pdf.setFont("Helvetica-Bold", 14)
    pdf.drawString(48, TOP - 56, "Cascade Ridge Distribution LLC")
    pdf.setFont("Helvetica", 8.5)
    pdf.drawString(48, TOP - 69, "77 Freightway Drive, Ontario, OR 97914")
    pdf.setFont("Helvetica-Bold", 8)
    pdf.drawString(48, TOP - 100, "EMPLOYEE")
    pdf.drawString(320, TOP - 100, "PAY")
    pdf.setFont("Helvetica", 9)
    for index, (left, left_answer, right, right_answer) in enumerate(
            (("Name", "Hannah E. Marchbanks", "Pay date", "06/13/2037"),
             ("Employee ID", "W-20417", "Period start", "05/31/2037"),
             ("Department", "Outbound dock", "Period end", "06/06/2037"))):
        y = TOP - 116 - 13 * index
        pdf.drawString(48, y, left)
        pdf.drawString(130, y, left_answer)
        pdf.drawString(320, y, right)
        pdf.drawString(400, y, right_answer)
    pdf.setFont("Helvetica-Bold", 8)
    for x, heading in ((48, "EARNINGS"), (230, "HOURS"), (300, "CURRENT"), (400, "YTD")):
        pdf.drawString(x, TOP - 176, heading)
    pdf.setFont("Helvetica", 9)
    for index, (label, hours, current, ytd) in enumerate((("Regular", "40.00", "760.00", "17,480.00"),
                                                          ("Gross pay", "", "760.00", "17,480.00"),
                                                          ("Net pay", "", "598.12", "13,756.76"))):
        y = TOP - 192 - 14 * index
        pdf.drawString(48, y, label)
        for right, figure in ((262, hours), (340, current), (430, ytd)):
            if figure:
                pdf.drawRightString(right, y, figure)
    pdf.save()
    return path


def test_name_captioned_without_a_colon_in_a_column_of_captions(reader: PageReader, tmp_path: Path) -> None:
    """"Name  Hannah E. Marchbanks" in the EMPLOYEE panel, no colon after the caption: the caption is no part
    of the name (before, "Name Hannah E. Marchbanks")."""
    path = _panel_stub(tmp_path / "stub.pdf")
    fields, _ = extract_pay_stub(reader.read(path), ref)
    assert fields["employee_name"].value == "Hannah E. Marchbanks"


def _campus_stub(path: Path) -> Path:
    """A stub whose employer's address block starts with the building's name on a line of its own over the
    street line; the employee named in a block lower down."""
    pdf = canvas.Canvas(str(path), pagesize=letter)
    pdf.setFont("Helvetica-Bold", 14)
    pdf.drawString(48, TOP - 56, "Tamarack Health Partners")
    pdf.setFont("Helvetica", 9)
    pdf.drawString(48, TOP - 70, "Building B - Edgerton Campus")
    pdf.drawString(48, TOP - 82, "2150 Edgerton Parkway")
    pdf.drawString(48, TOP - 94, "Nampa, ID 83686")
    pdf.setFont("Helvetica-Bold", 11)
    pdf.drawRightString(564, TOP - 56, "PAY STATEMENT")
    pdf.setFont("Helvetica", 9)
    pdf.drawRightString(564, TOP - 70, "Pay date 07/16/2037")
    pdf.drawRightString(564, TOP - 82, "Period 07/01/2037 - 07/15/2037")
    pdf.drawString(48, TOP - 130, "Felix J. Ostrander")
    pdf.drawString(48, TOP - 142, "904 Canyon Rim Road")
    pdf.drawString(48, TOP - 154, "Nampa, ID 83687")
    pdf.setFont("Helvetica-Bold", 8)
    for x, heading in ((48, "EARNINGS"), (300, "CURRENT"), (400, "YTD")):
        pdf.drawString(x, TOP - 186, heading)
    pdf.setFont("Helvetica", 9)
    for index, (label, current, ytd) in enumerate((("Gross pay", "2,310.00", "32,340.00"),
                                                   ("Net pay", "1,742.18", "24,390.52"))):
        y = TOP - 202 - 14 * index
        pdf.drawString(48, y, label)
        pdf.drawRightString(340, y, current)
        pdf.drawRightString(430, y, ytd)
    pdf.save()
    return path


def test_a_building_line_of_the_employers_address_is_no_employee(reader: PageReader, tmp_path: Path) -> None:
    """"Building B - Edgerton Campus" opens the employer's address block over its street line: it names a
    building, no employee (before, "Building B - Edgerton Campus" was taken for the employee)."""
    path = _campus_stub(tmp_path / "stub.pdf")
    fields, _ = extract_pay_stub(reader.read(path), ref)
    assert fields["employee_name"].value in (None, "Felix J. Ostrander")


def _team_member_stub(path: Path) -> Path:
    """A restaurant's weekly stub titled "TEAM MEMBER PAY STUB", its employee under a caption row "TEAM MEMBER
    TEAM MEMBER ID  JOB" (the chain's word for an employee), a cell a caption."""
    pdf = canvas.Canvas(str(path), pagesize=letter)
    pdf.setFont("Helvetica-Bold", 14)
    pdf.drawString(48, TOP - 50, "Ember & Rail Grill")
    pdf.setFont("Helvetica-Bold", 10)
    pdf.drawString(48, TOP - 66, "TEAM MEMBER PAY STUB")
    pdf.setFont("Helvetica", 8)
    pdf.drawString(48, TOP - 78, "Restaurant #118 Coralville - 1450 Edgewater Place, Coralville, IA 52241")
    pdf.setFont("Helvetica-Bold", 7)
    for x, caption in ((48, "TEAM MEMBER"), (250, "TEAM MEMBER ID"), (400, "JOB")):
        pdf.drawString(x, TOP - 100, caption)
    pdf.setFont("Helvetica", 10)
    for x, value in ((48, "Rosalind T. Achterberg"), (250, "118-20471"), (400, "Server")):
        pdf.drawString(x, TOP - 113, value)
    pdf.setFont("Helvetica-Bold", 7)
    for x, caption in ((48, "WORK WEEK"), (250, "PAY DATE"), (400, "PAY CYCLE")):
        pdf.drawString(x, TOP - 133, caption)
    pdf.setFont("Helvetica", 10)
    for x, value in ((48, "04/27/2037 - 05/03/2037"), (250, "05/08/2037"), (400, "Weekly")):
        pdf.drawString(x, TOP - 146, value)
    pdf.setFont("Helvetica", 9)
    pdf.drawString(48, TOP - 176, "Total gross (incl. tips)")
    pdf.drawRightString(400, TOP - 176, "482.71")
    pdf.drawRightString(480, TOP - 176, "9,155.07")
    pdf.drawString(48, TOP - 196, "NET PAY")
    pdf.drawRightString(400, TOP - 196, "$305.36")
    pdf.save()
    return path


def test_a_chains_word_for_an_employee_is_no_name(reader: PageReader, tmp_path: Path) -> None:
    """"TEAM MEMBER" captions the employee's cell: the name is the one under it (before: "TEAM MEMBER" itself
    was taken for the employee's name)."""
    path = _team_member_stub(tmp_path / "stub.pdf")
    ink = PdfInk(path)
    fields, _ = extract_pay_stub([with_words(page, ink) for page in reader.read(path)], ref)  # as the pipeline
    assert fields["employee_name"].value == "Rosalind T. Achterberg"
