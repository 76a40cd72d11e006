"""Borrowers' letters that name the application, a bank or a decree in their sentences; a benefit letter
whose second sheet alone is numbered; a servicer's form whose income table has its own Total column; pay
stubs and statements whose captions stand over their figures; a fax's "( )" options; a handwritten date
no calendar holds."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from PIL import Image, ImageDraw

from lossmit_docs.model import Page, TextMethod, Word
from lossmit_docs.reading.bank_statements import extract_bank_statement
from lossmit_docs.reading.classify import classify_page
from lossmit_docs.reading.extract_application import extract_application
from lossmit_docs.reading.handwriting import reread
from lossmit_docs.reading.letters_and_checks import extract_letter
from lossmit_docs.reading.pay_stubs import extract_pay_stub
from lossmit_docs.reading.split import split
from pdf_factory import Ink, _font, placed_text_pdf
from test_classify import page
from test_extract import ref, text_page
from test_questionnaire_layouts import application, value
from test_split import pages

RESENT = ("Beatriz A. Haverford\n287 Larkin Street\nLake Tinley, WI 53779\nJuly 28, 2026\n"
          "Pinecrest Harbor Loan Servicing\nHome Retention Department\nRE: Mortgage account 1530702700\n"
          "I am re-sending the papers for my mortgage assistance application on loan 1530702700 because the\n"
          "package I put together in May was never mailed when my mother went into the hospital.\n"
          "In January my escrow payment went up by more than $300 a month and I cannot cover it.\n"
          "I am asking for a modification of my loan. Thank you for your time.\nRespectfully,\nBeatriz A. Haverford")
TO_A_BANK = ("Everett and Kirsten Sandoval\n8103 Sycamore Hollow Drive\nPine Hollow, AL 35203\nNovember 30, 2026\n"
             "Lakemont Savings Bank\nHomeowner Support\nLoan 8765356943\n"
             "Everett was laid off on September 18, 2026 when the plant closed its second shift.\n"
             "We missed the October and November payments and ask for a forbearance until he is back at work.\n"
             "Sincerely,\nEverett H. Sandoval  Kirsten Sandoval")
DECREE_TO_COME = ("June 15, 2026\nTo Ridgeway Commons Mortgage,\nRe: loan 2739461894\n"
                  "My wife and I separated in February and she moved out with\nour two kids. She has filed for "
                  "divorce but it is not final yet.\nOur court date keeps getting moved.\nI fell behind in March. "
                  "I want to keep the house for the kids.\n"
                  "I will send the divorce decree when the judge signs it.\nThank you,\nWesley W. Tillman")


def test_borrowers_letters_that_name_the_application_a_bank_or_a_decree_are_hardship_letters() -> None:
    assert classify_page(page(RESENT)).type == "hardship_letter"  # the application's name inside a sentence
    assert classify_page(page(TO_A_BANK, ocr=True)).type == "hardship_letter"  # "Savings Bank" atop a letter
    assert classify_page(page(DECREE_TO_COME, ocr=True)).type == "hardship_letter"
    decree = ("DIVORCE DECREE\nIN THE DISTRICT COURT OF DOUGLAS COUNTY\nIn re the marriage of Wesley W. Tillman, "
              "Petitioner, and Melissa A. Tillman, Respondent\nThe marriage is dissolved.")
    assert classify_page(page(decree)).type == "divorce_decree"
    heading = "MORTGAGE ASSISTANCE APPLICATION\nBorrower name: Jo Doe\nLoan number: 0012345678\nhardship letter"
    assert classify_page(page(heading)).type == "mortgage_assistance_application"


AWARD = ("SOCIAL SECURITY ADMINISTRATION\nNotice of Award\nDate: October 14, 2026\n"
         "You are entitled to monthly retirement benefits beginning September 2026.\n"
         "Your monthly benefit amount is $1,816.00.")
AWARD_2 = ("XXX-XX-1232A Page 2 of 2\nThings To Remember\nYou must report to us if you move.\n"
           "If you disagree with this decision, you have the right to appeal.")


def test_a_letters_second_sheet_numbered_page_2_of_2_stays_with_its_first() -> None:
    parts, _ = split(pages(AWARD, AWARD_2, TO_A_BANK))
    assert [(p.type, p.pages) for p in parts] == [("benefit_award_letter", [1, 2]), ("hardship_letter", [3])]


def _servicer_form(path: Path) -> Path:
    inks = [Ink(40, 40, "Lakemont Savings Bank - Homeowner Retention Application", 12, "Helvetica-Bold"),
            Ink(40, 70, "Loan number"), Ink(200, 70, "8765356943"),
            Ink(200, 100, "BORROWER", 8, "Helvetica-Bold"), Ink(400, 100, "CO-BORROWER", 8, "Helvetica-Bold"),
            Ink(40, 115, "Full name"), Ink(200, 115, "Everett H. Sandoval"), Ink(400, 115, "Kirsten Sandoval"),
            Ink(40, 200, "MONTHLY GROSS INCOME", 10, "Helvetica-Bold"),
            Ink(280, 220, "Borrower", 8), Ink(360, 220, "Co-borrower", 8), Ink(480, 220, "Total", 8)]
    rows = [("Wages, salary, tips, overtime", "", "7,050.00", "7,050.00"),
            ("Unemployment benefits", "2,210.00", "", "2,210.00"),
            ("Total monthly income", "2,210.00", "7,050.00", "9,260.00")]
    for i, (label, first, second, total) in enumerate(rows):
        y = 238 + 16 * i
        inks.append(Ink(40, y, label))
        inks += [Ink(x, y, figure, align="r") for x, figure in ((330, first), (430, second), (540, total)) if figure]
    return placed_text_pdf(path, [inks])


def test_an_income_table_with_its_own_total_column_under_an_applicants_header_elsewhere(tmp_path: Path) -> None:
    fields = application(_servicer_form(tmp_path / "8765356943 application.pdf"))
    assert value(fields, "income.wages") == Decimal("7050.00")  # the Total column's, not co-borrower + total
    assert value(fields, "income.unemployment") == Decimal("2210.00")
    assert value(fields, "income.total") == Decimal("9260.00")


def test_a_stubs_caption_blocks_a_date_under_its_title_and_net_pay_past_another_figure() -> None:
    stub = ("Pay Stub Pay Date\nNovember 13, 2026\nEMPLOYER\nBrookline Family Dental, PLLC\n77 Brookline Avenue\n"
            "EMPLOYEE\nKirsten Sandoval\nPay period: Nov 1, 2026 - Nov 15, 2026\n"
            "Gross pay $3,473.63\nNET PAY\nGross pay YTD $73,853.30\n$2,696.99\n"
            "Regular 78.50 44.25 3,473.63 73,853.30")
    fields, _ = extract_pay_stub([text_page(stub)], ref)
    assert fields["employer"].value == "Brookline Family Dental, PLLC"  # not "November" from the date line
    assert fields["net_current"].value == Decimal("2696.99")
    assert fields["gross_ytd"].value == Decimal("73853.30")


def test_a_drivers_settlement_week_and_a_gross_pay_box_of_this_period_and_year_to_date() -> None:
    driver = ("Red Mesa Freight Lines, Inc.\nDriver Marcus M. Castellanos\nDRIVER PAY STATEMENT\nPay Date: 05/08/2026\n"
              "Settlement week 04/26/2026 to 05/02/2026\nGROSS EARNINGS 1,653.02 26,602.66\nNet pay 1,269.45")
    fields, _ = extract_pay_stub([text_page(driver)], ref)
    assert (fields["period_start"].value, fields["period_end"].value) == (date(2026, 4, 26), date(2026, 5, 2))
    grill = ("Hollis Grill Family Restaurants\nShauna L. Castellanos\nGross pay\nThis period 1,120.81\n"
             "Year to date 11,667.80\nNet pay $934.20 deposited\nPay date 04/24/2026")
    fields, _ = extract_pay_stub([text_page(grill)], ref)
    assert fields["gross_current"].value == Decimal("1120.81")
    assert fields["gross_ytd"].value == Decimal("11667.80")


def test_a_credit_unions_statement_of_two_accounts_each_in_its_own_part() -> None:
    statement = ("Sandhill Valley Federal Credit Union MEMBER STATEMENT\nStatement Period: Aug 1, 2026 through "
                 "Aug 31, 2026\nSHARE SAVINGS - Suffix 00\nPrevious Balance 2,485.00 Dividends 0.04 New Balance "
                 "2,485.04\nCHECKING - Account ...7869\nPrevious Balance Deposits / Credits Withdrawals / Debits "
                 "New Balance\n1,897.92 1,837.70 1,023.86 2,711.76\nPost Date Transaction Description Amount Balance\n"
                 "Balance Forward 1,897.92\n08/01 ACH DEP PENSION 1,437.70 3,335.62\nEnding Balance 2,711.76")
    fields = extract_bank_statement([text_page(statement, ocr=True)], ref)
    assert fields["beginning_balance"].value == Decimal("1897.92")  # the checking account's, where money moves
    assert fields["ending_balance"].value == Decimal("2711.76")


def _word(text: str, x0: float, y0: float, x1: float, y1: float, confidence: float = 0.95) -> Word:
    return Word(text, confidence, (x0, y0, x1, y1))


def test_a_fax_forms_colon_column_its_social_security_income_line_and_options_in_parentheses() -> None:
    text = ("Loan No. : 2739461894\nApplicant (full name) : Wesley W. Tillman\nSSN (last four) : 5105\n"
            "Occupancy : (% Primary home (owner-occupied) (_) Second home ( ) Rental / investment\n"
            "( ) Loss of employment ( ) Reduction in income or hours\n"
            "( ) Disability or serious illness (% Divorce / legal separation\n"
            "Taxable Social Security / pension / disability $")
    # the colon sits low on its row and is shorter than the label; the number is taller than both
    words = (_word("Loan", 0.103, 0.155, 0.136, 0.164), _word("No.", 0.141, 0.155, 0.163, 0.164),
             _word(":", 0.369, 0.1595, 0.370, 0.165, 0.25), _word("2739461894", 0.387, 0.153, 0.482, 0.167, 0.87))
    fax = Page(1, text, TextMethod.OCR, 0.9, words=words)
    fields = extract_application([fax], ref)
    assert fields["loan_number"].value == "2739461894"
    began = [_word("Hardship", 0.078, 0.420, 0.131, 0.430), _word("began", 0.136, 0.420, 0.174, 0.431),
             _word("on", 0.179, 0.423, 0.193, 0.429), _word("09/18/2026", 0.220, 0.420, 0.335, 0.434, 0.99),
             _word("[¥]", 0.458, 0.420, 0.474, 0.433, 0.68), _word("Temporary", 0.480, 0.424, 0.549, 0.434),
             _word("[_]", 0.703, 0.423, 0.720, 0.436, 0.60), _word("Long-term", 0.726, 0.426, 0.789, 0.437)]
    fields = extract_application([Page(1, "Hardship began on 09/18/2026 [¥] Temporary [_] Long-term", TextMethod.OCR,
                                       0.9, words=(*words, *began))], ref)
    started = fields["hardship_start_date"]  # as sure as its own digits, not the next question's boxes
    assert started.value == date(2026, 9, 18) and started.confidence > 0.9
    words_off = Page(1, text, TextMethod.OCR, 0.9)
    fields = extract_application([words_off], ref)
    assert fields["ssn_last4"].value == "5105"  # not the income line's "Social Security / pension"
    assert fields["occupancy"].value == "primary_residence"  # "(%" before "Primary home (owner-occupied)"
    assert fields["hardship_types"].value == ["divorce_or_separation"]


def test_a_written_date_no_calendar_holds_is_read_again_by_the_second_reader() -> None:
    sheet = Image.new("L", (900, 120), 255)
    ImageDraw.Draw(sheet).text((40, 30), "5/18/2030", fill=0, font=_font(56))
    misread = _word("5/78/2030", 40 / 900, 30 / 120, 330 / 900, 95 / 120, confidence=0.85)
    readings = reread(sheet, [misread], max_crops=4)
    assert readings and "".join(w.text for w in readings[0].words) == "5/18/2030"
    sure = _word("5/18/2030", 40 / 900, 30 / 120, 330 / 900, 95 / 120, confidence=0.85)
    assert reread(sheet, [sure], max_crops=4) == []  # a possible date tesseract was sure of is left alone


class _Sheet:
    """The page's bitmap as `PdfInk` would give it (an `InkProbe`), for a page built of words by hand."""

    def __init__(self, image: Image.Image) -> None:
        self._image = image

    def image(self, page_number: int, rotation: int = 0) -> Image.Image:
        return self._image

    def words(self, page_number: int, rotation: int = 0) -> tuple[Word, ...]:
        return ()


def _income_row(written: str | None) -> dict[str, object]:
    """Form 710's "Non-taxable Social Security or disability income" row scanned: its "$" printed at the
    amount cell's start and unread by OCR, a speck or two of grey paper, `written` in pen when given."""
    sheet = Image.new("L", (850, 1100), 235)
    draw = ImageDraw.Draw(sheet)
    top, bottom = int(0.450 * 1100), int(0.480 * 1100)
    for x in (0.36, 0.52):  # the table's column rules
        draw.line([(int(x * 850), top), (int(x * 850), bottom)], fill=20, width=2)
    draw.text((int(0.37 * 850), int(0.455 * 1100)), "$", fill=20, font=_font(14))
    draw.point([(400, 505), (430, 507)], fill=30)
    if written:
        draw.text((int(0.40 * 850), int(0.454 * 1100)), written, fill=30, font=_font(16))
    label = ["Non-taxable", "Social", "Security", "or", "disability", "income"]
    words, x = [], 0.10
    for text in label:
        words.append(_word(text, x, 0.457, x + 0.005 * len(text), 0.470))
        x += 0.005 * len(text) + 0.006
    words.append(_word("Two", 0.545, 0.457, 0.570, 0.470))
    row = Page(3, " ".join(label) + " Two", TextMethod.OCR, 0.95, words=tuple(words))
    return extract_application([row], ref, _Sheet(sheet))


def test_an_income_lines_printed_dollar_sign_is_no_written_amount() -> None:
    assert "income.benefits_nontaxable" not in _income_row(None)  # a blank line, not one written and unread
    written = _income_row("1,250.00")["income.benefits_nontaxable"]
    assert written.value is None and written.confidence < 0.5  # pen OCR did not read: for a person to read


def _caption_form(path: Path) -> Path:
    """A servicer's form of captions in capitals over their answers, the next cell's caption on each row."""
    inks = [Ink(40, 40, "PINECREST HARBOR", 12, "Helvetica-Bold"), Ink(40, 54, "LOAN SERVICING", 9),
            Ink(330, 40, "Borrower Assistance Application", 12, "Helvetica-Bold"),
            Ink(40, 100, "MORTGAGE ACCOUNT NUMBER", 7), Ink(300, 100, "SERVICER USE ONLY - DATE RECEIVED", 7),
            Ink(40, 112, "1530702700", 10),
            Ink(40, 150, "BORROWER - FULL NAME (first, middle, last)", 7),
            Ink(330, 150, "LAST 4 OF SOCIAL SECURITY NO.", 7),
            Ink(40, 162, "Beatriz A. Haverford", 10), Ink(330, 162, "4003", 10)]
    return placed_text_pdf(path, [inks])


def test_captions_in_capitals_over_their_answers_beside_the_next_cells_caption(tmp_path: Path) -> None:
    fields = application(_caption_form(tmp_path / "1530702700 application.pdf"))
    assert value(fields, "loan_number") == "1530702700"  # "Loan #" is not the letterhead's "LOAN SERVICING"
    assert value(fields, "borrower_name") == "Beatriz A. Haverford"  # not "LAST 4 OF SOCIAL SECURITY NO."


def test_a_benefit_letter_is_the_kind_it_awards_not_every_program_its_heading_lists() -> None:
    heading = "SOCIAL SECURITY ADMINISTRATION\nRetirement, Survivors, and Disability Insurance\nNotice of Award\n"
    retirement = extract_letter([text_page(heading + "You are entitled to monthly retirement benefits beginning "
                                           "September 2026. Your monthly benefit amount is $1,816.00.")],
                                ref, benefit=True)
    assert retirement["benefit_type"].value == "benefits_taxable"
    disability = extract_letter([text_page(heading + "You are entitled to monthly disability benefits beginning "
                                           "March 2026. Your monthly benefit amount is $1,402.00.")],
                                ref, benefit=True)
    assert disability["benefit_type"].value == "benefits_nontaxable"


def _person_table(path: Path) -> Path:
    """A servicer's edition of Form 710: a BORROWER | CO-BORROWER table whose rows are captioned "Name" and
    "Social Security No. (last 4)", and a mailing address whose note names the property's."""
    inks = [Ink(40, 40, "GRANITE HARBOR MORTGAGE SERVICING  Mortgage Assistance Application", 11, "Helvetica-Bold"),
            Ink(40, 60, "Account Number: 0024917871"),
            Ink(200, 100, "BORROWER", 8, "Helvetica-Bold"), Ink(400, 100, "CO-BORROWER", 8, "Helvetica-Bold"),
            Ink(40, 116, "Name"), Ink(200, 116, "Lorraine C. Zeller"),
            Ink(40, 132, "Social Security No. (last 4)"), Ink(200, 132, "4965"),
            Ink(40, 170, "Address (street, city, state, ZIP)", 7),
            Ink(40, 182, "2666 Heron Point Blvd, Riverton Heights, OH 43602", 10),
            Ink(40, 206, "Mailing address (if different from property address)", 7)]
    return placed_text_pdf(path, [inks])


def test_a_person_tables_name_row_and_a_label_inside_another_labels_note(tmp_path: Path) -> None:
    fields = application(_person_table(tmp_path / "Scan_20300522_0001.pdf"))
    assert value(fields, "borrower_name") == "Lorraine C. Zeller"
    assert value(fields, "co_borrower_name") is None
    assert value(fields, "ssn_last4") == "4965"  # "Social Security No." with no "#" after it
    assert value(fields, "property_address") == "2666 Heron Point Blvd, Riverton Heights, OH 43602"


def test_rules_for_one_layout_keep_off_the_look_alikes_of_others(tmp_path: Path) -> None:
    """What the rules above must not take: a servicer's forbearance notice for a letter, a statement's savings
    part for its checking part, "Name of employer" for a person table's name row, an answer typed in
    capitals for the next cell's caption."""
    notice = ("Forbearance Plan Agreement\nLoan number 0012345678\nDear Borrower,\nThis agreement suspends your "
              "payments for three months.\nMissed payments will be due when the plan ends.\nPlease sign and return.")
    assert classify_page(page(notice)).type != "hardship_letter"
    statement = ("Prairie Federal Credit Union\nStatement period: Aug 1, 2026 through Aug 31, 2026\nCHECKING - Account "
                 "...7869\nBalance Forward 1,897.92\n08/01 ACH DEP PENSION 1,437.70\nSHARE SAVINGS - Suffix 00\n"
                 "Previous Balance 2,485.00\nEnding Balance 2,485.04")
    fields = extract_bank_statement([text_page(statement, ocr=True)], ref)
    assert fields["ending_balance"].value != Decimal("2485.04")  # the savings part's, not the checking's
    employment = [Ink(40, 40, "HOMEOWNER RETENTION APPLICATION", 12, "Helvetica-Bold"),
                  Ink(40, 80, "Loan number: 0012345678"),
                  Ink(200, 120, "BORROWER", 8), Ink(400, 120, "CO-BORROWER", 8),
                  Ink(40, 136, "Name of employer"), Ink(200, 136, "Acme Tools Inc"), Ink(400, 136, "Mercy Hospital"),
                  Ink(40, 180, "PROPERTY ADDRESS", 7), Ink(200, 180, "12 ELM ST SPRINGFIELD IL 62704", 10),
                  Ink(40, 196, "Mailing address if different", 7)]
    fields = application(placed_text_pdf(tmp_path / "0012345678 application.pdf", [employment]))
    assert value(fields, "borrower_name") is None and value(fields, "co_borrower_name") is None  # employers
    assert value(fields, "property_address") == "12 ELM ST SPRINGFIELD IL 62704"


def test_a_servicers_own_letter_asking_for_the_application_is_no_hardship_letter() -> None:
    solicitation = ("Osprey Lane Mortgage\nMay 20, 2027\nYolanda E. Kowalczyk\n1649 Prairie View Way\n"
                    "Loan number: 1404796525\nDear Yolanda Kowalczyk:\nWe have not received your full mortgage "
                    "payment and we want to help.\nYou may be eligible for a repayment plan or a loan modification.\n"
                    "Complete the enclosed Mortgage Assistance Worksheet and tell us about your hardship.\n"
                    "Sincerely,\nHomeowner Support Team\nThis communication is from a debt collector.")
    assert classify_page(page(solicitation, ocr=True)).type == "other"


def test_stubs_and_statements_of_new_payroll_and_bank_layouts() -> None:
    advice = ("PELICAN AIR\nPelican Air, Inc. - Corporate Payroll - Tampa, FL 33607\nName: Yolanda E. Kowalczyk\n"
              "EARNINGS\nBase Pay 1,718.64\nShift Differential 35.20\nTotal Earnings 1,831.96\n"
              "Total Deductions 198.75\n"
              "Earnings Advice\nNet Deposit 1,312.39\nPayment Date: 05/28/2027\nFor period: 05/16/2027 through "
              "05/31/2027")
    assert classify_page(page(advice, ocr=True)).type == "pay_stub"
    fields, _ = extract_pay_stub([text_page(advice, ocr=True)], ref)
    assert fields["net_current"].value == Decimal("1312.39")
    assert (fields["period_start"].value, fields["period_end"].value) == (date(2027, 5, 16), date(2027, 5, 31))
    nursing = ("Larchmont Senior Living & Rehabilitation   EMPLOYEE PAY STUB\n1800 Larchmont Drive, Cedar Heights, "
               "MN 55788\nEmployee Imani W. Moreau Dept Nursing - 2 West\nEmp # 9487 Date Paid 10/22/2027\n"
               "Pay Period 10/03/2027 to 10/16/2027\nGROSS WAGES 1,541.93 34,593.47\nNET CHECK $1,145.17")
    fields, _ = extract_pay_stub([text_page(nursing)], ref)
    assert fields["employer"].value == "Larchmont Senior Living & Rehabilitation"
    assert fields["employee_name"].value == "Imani W. Moreau"
    assert fields["pay_date"].value == date(2027, 10, 22)
    statement = ("Blue Spruce Community Bank BUSINESS CHECKING STATEMENT\nStatement dates 08/01/2027 through "
                 "08/31/2027\nBalance on 08/01/2027 3,629.03 Minimum balance this period 1,937.60\n"
                 "Total credits (8) 9,693.19\nBalance on 08/31/2027 1,937.60\nDaily ending balance\n"
                 "08/02 4,664.95 08/03 3,541.69")
    fields = extract_bank_statement([text_page(statement, ocr=True)], ref)
    assert fields["beginning_balance"].value == Decimal("3629.03")
    assert fields["ending_balance"].value == Decimal("1937.60")  # not the first day's of the daily list


def test_ticks_between_typed_brackets_and_an_applicant_columns_note() -> None:
    text = ("Reason\n[ ] Job loss\n[ ] Income reduction\n[ WY ] Serious illness or disability\n"
            "[ ] Divorce or legal separation\n[ ] Other\nHigher taxes, insurance or dues YES (NO) Death of a borrower\n"
            "This home is: [ VY ] where I live full time [ ] a second or vacation home [ ] rented to others")
    fields = extract_application([Page(1, text, TextMethod.OCR, 0.9)], ref)
    assert fields["hardship_types"].value == ["disability_or_illness"]  # not "death" after a circled "(NO)"
    assert fields["occupancy"].value == "primary_residence"


def test_applicant_columns_whose_co_applicant_heading_carries_a_note(tmp_path: Path) -> None:
    inks = [Ink(70, 30, "CARDINAL POINT MORTGAGE SERVICING", 12, "Helvetica-Bold"),
            Ink(50, 130, "Account number"), Ink(165, 130, "9883472447"),
            Ink(160, 296, "Applicant"), Ink(366, 296, "Co-applicant (leave blank if none)"),
            Ink(52, 314, "Full legal name"), Ink(165, 314, "Rafael J. Carrington"),
            Ink(370, 314, "Alicia L. Carrington"),
            Ink(52, 334, "SSN (last four digits)"), Ink(165, 334, "7116"), Ink(370, 334, "6008"),
            Ink(52, 380, "Date the hardship began (mm/dd/yyyy)"), Ink(235, 380, "01/04/2027"),
            Ink(52, 404, "How long do you expect it to last?")]
    fields = application(placed_text_pdf(tmp_path / "LossMitRequest_9883472447.pdf", [inks]))
    assert value(fields, "borrower_name") == "Rafael J. Carrington"
    assert value(fields, "co_borrower_name") == "Alicia L. Carrington"
    assert value(fields, "ssn_last4") == "7116"
    assert value(fields, "hardship_start_date") == date(2027, 1, 4)
