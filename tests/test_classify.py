"""Page classification on two layouts per type, separator sheets and fax covers."""

from __future__ import annotations

import pytest

from lossmit_docs.model import Page, TextMethod
from lossmit_docs.reading.classify import classify_page


def page(text: str, number: int = 1, barcodes: tuple[str, ...] = (), ocr: bool = False) -> Page:
    method = TextMethod.OCR if ocr else TextMethod.TEXT_LAYER
    return Page(number, text, method, 0.9 if ocr else 1.0, barcodes=barcodes)


LAYOUTS = {
    "pay_stub": [
        "Acme Tools Inc Earnings Statement\nPeriod Beginning: 03/01/2025\nPay Date: 03/20/2025\n"
        "Gross Pay $2,000.00 10,000.00\nNet Pay $1,500.00",
        "BLUE RIVER LLC PAY STATEMENT\nEMPLOYEE: JO DOE\nTotal Gross 2,875.00\nNET PAY $1,937.77\nVOID NON-NEGOTIABLE",
    ],
    "bank_statement": [
        "First Prairie Bank\nStatement period: May 1, 2025 - May 31, 2025\n"
        "Beginning balance $10.00\nEnding balance $20.00",
        "Harbor Credit Union\nOpening balance 1,000.00\nDeposits and other credits 500.00\nClosing balance 1,500.00",
    ],
    "mortgage_assistance_application": [
        "Loan number: 123456789\nMortgage Assistance Application\nBorrower Information\nBorrower's name Jo Doe",
        "Acme Servicing\nREQUEST FOR MORTGAGE ASSISTANCE\n1. ABOUT YOU\nAccount number: 998877665\n"
        "3. YOUR HARDSHIP (check all that apply)\nWhen did your hardship begin? 01/02/2025",
    ],
    "hardship_letter": [
        "June 1, 2025\nDear Sir or Madam:\nI want to explain the circumstances of my hardship.\nSincerely,\nJo",
        "To whom it may concern,\nHardship letter\nMy hours were cut and I cannot pay my mortgage.\nRespectfully",
    ],
    "obituary": [
        "OBITUARIES\nMary Ann Lee, 64, of Dayton passed away on May 2, 2025.\nShe is survived by her husband.\n"
        "A memorial service will be held Saturday. In lieu of flowers, donations to the library.",
        "The Tribune - Obituary\nJohn Ortiz passed away peacefully at home.\nFuneral services at St. Mark's.",
    ],
    "military_pcs_orders": [
        "DEPARTMENT OF THE ARMY\nPERMANENT CHANGE OF STATION ORDERS\nYou are reassigned to Fort Bragg.\n"
        "Report no later than 01 December 2023.",
        "DEPARTMENT OF THE NAVY\nPCS ORDERS\nNew duty station: NAS Jacksonville\nReporting date: 2024-03-01",
    ],
    "tax_return": [
        "Form 1040 Department of the Treasury Internal Revenue Service\nU.S. Individual Income Tax Return 2024\n"
        "Filing Status Single\nAdjusted gross income 50,000",
        "1040 U.S. Individual Income Tax Return 2023 OMB No. 1545-0074\nTaxable income 41,000",
        # an S corporation's return: its income, deductions and net are a business's, yet no profit and loss
        "U.S. Income Tax Return for an S Corporation OMB No. 1545-0123\nForm 1120-S\nDepartment of the Treasury\n"
        "1a Gross receipts or sales 667,539.40\n2 Cost of goods sold 273,691.15\n3 Gross profit 385,837.78\n"
        "20 Total deductions 281,396.32\n21 Ordinary business income (loss) 104,441.46",
    ],
    "death_certificate": [
        "STATE OF OHIO\nCERTIFICATE OF DEATH\nDECEDENT'S LEGAL NAME\nCAUSE OF DEATH",
        "Vital Records office\nDeath Certificate\nName of decedent: A. Person\nManner of death: Natural",
    ],
}


@pytest.mark.parametrize(("expected", "text"), [(k, t) for k, texts in LAYOUTS.items() for t in texts])
def test_each_layout_gets_its_type(expected: str, text: str) -> None:
    kind = classify_page(page(text))
    assert kind.type == expected
    assert 0.5 < kind.confidence <= 1.0


def test_application_page_naming_other_documents_stays_an_application() -> None:
    text = (
        "TYPE OF HARDSHIP (CHECK ALL THAT APPLY) REQUIRED HARDSHIP DOCUMENTATION\n"
        "Divorce or legal separation Final divorce decree OR Recorded quitclaim deed\n"
        "Death of borrower Death certificate OR Obituary\nFannie Mae/Freddie Mac Form 710 April 2023"
    )
    assert classify_page(page(text, ocr=True)).type == "mortgage_assistance_application"


def test_separator_sheet_by_barcode_and_by_cover_text() -> None:
    by_barcode = classify_page(page("", barcodes=("LOAN 0012345678",)))
    assert (by_barcode.type, by_barcode.loan_number) == ("separator_sheet", "0012345678")
    by_text = classify_page(page("DOCUMENT SEPARATOR SHEET\nLOAN 987654321\nplace this sheet before each document"))
    assert (by_text.type, by_text.loan_number) == ("separator_sheet", "987654321")


def test_fax_cover_and_unknown_page() -> None:
    cover = "FAX\nTo: Loss Mitigation\nFrom: Jo Doe\nPages: 9 (including cover)\nRe: Application"
    assert classify_page(page(cover, ocr=True)).type == "fax_cover"
    assert classify_page(page("Bluebonnet Health Plan\nMember: Jo Doe\nID: 1234")).type == "other"


BORROWER_LETTERS = [
    # OCR reads "I" as "|" and garbles words; a death told in a borrower's letter does not make it an obituary
    "Oct 27 2025 FROM: (308) 555-0171 P.006/009\nDear Sig or adam:\n| want to explain the Cixcumstances that "
    "have made it hard for US tO pay OUR MoREGAge.\nMy wife passed away Or December 27, and we had fUNeRal "
    "OxpOnses.\nJam requesting a modification.\nRespectfully,\nJessica W",
    # a borrower's letter that tells of orders is not the orders
    "Curtis H. Williams\n03/19/2025\nAttn: Loss Mitigation\nRE: Loan number 8962784045\n"
    "Dear Loss Mitigation Department,\nI want to explain the circumstances that have made it hard to pay our "
    "mortgage.\nI received permanent change of station orders and reported to my new duty station.\nSincerely,",
]


@pytest.mark.parametrize("text", BORROWER_LETTERS)
def test_borrower_letters_telling_of_a_death_or_orders_stay_hardship_letters(text: str) -> None:
    kind = classify_page(page(text, ocr=True))
    assert kind.type == "hardship_letter"
    assert kind.strong  # strong enough to begin a document of its own in a combined fax


def test_a_letterhead_fax_number_is_no_cover_and_a_cover_naming_the_application_is_one() -> None:
    form = page("Bluewater Loan Servicing, LLC Page 1 of 2\nPO Box 4410 Tulsa, OK 74101 - Fax (918) 555-0147\n"
                "HOMEOWNER ASSISTANCE REQUEST\nLoan number: 0018560074\nSECTION A APPLICANT INFORMATION\n"
                "Applicant Co-Applicant\nDate hardship began: 06/27/24", ocr=True)
    assert classify_page(form).type == "mortgage_assistance_application"
    portal = page("Keystone Ridge Home Loans\nHomeowner Relief Portal\nMortgage Relief Application - Submitted "
                  "Summary\nLOAN NUMBER PROPERTY USE\nHARDSHIP BEGAN ON EXPECTED DURATION")
    assert classify_page(portal).type == "mortgage_assistance_application"
    cover = page("Date: 08/22/2025\nTo: Tri-County Mortgage Services\nFrom: Gideon Szabo\n"
                 "Pages: 7 (including this cover sheet)\nRe: Mortgage assistance application and documents\n"
                 "Comments:\nCONFIDENTIALITY NOTICE: this transmission may contain private information", ocr=True)
    assert classify_page(cover).type == "fax_cover"


def test_a_divorce_decree_that_orders_a_quitclaim_deed_is_a_decree() -> None:
    decree = page("IN THE COURT OF COMMON PLEAS\nDIVISION OF DOMESTIC RELATIONS\nGIDEON SZABO, Plaintiff\nv.\n"
                  "EVERETT D. DELACROIX, Defendant.\nFINAL JUDGMENT AND DECREE OF DIVORCE\nThe parties are divorced."
                  " The Defendant shall execute a quitclaim deed within thirty days.")
    assert classify_page(decree).type == "divorce_decree"


def test_a_title_named_in_a_letters_body_is_a_mention_not_its_type() -> None:
    letter = ("Priya N. Nakagawa June 23, 2025\n4350 Old Mill Rd\nWaco, TX 76713\nRedwood Crest Loan Servicing\n"
              "Attn: Homeowner Assistance\nSubject: Letter of hardship, account 5523303751\n"
              "Our property taxes and insurance went up sharply, so our escrow payment rose.\n"
              "We are asking for a modification so that the payment fits our income again. Our pay stub and bank\n"
              "statements are enclosed.\nRespectfully,")
    assert classify_page(page(letter)).type == "hardship_letter"


def test_a_contractors_earnings_summary_is_no_pay_stub() -> None:
    summary = ("Swiftcart Courier Network\nEarnings summary for April 2025\nWeek Deliveries Delivery pay Tips Total\n"
               "Apr 01 - Apr 07 31 406.98 121.56 528.54\nApr 08 - Apr 14 28 489.21 149.12 648.33\n"
               "Apr 15 - Apr 21 38 520.06 182.72 702.78\nTotal earnings this month $3,166.04\n"
               "You deliver as an independent contractor: this is not a pay stub, and no taxes were withheld.\n"
               "Your annual Form 1099-NEC will be available by January 31.")
    assert classify_page(page(summary)).type != "pay_stub"


STATE_DISABILITY_AWARD = (
    "STATE OF MAINE\nTemporary Disability Insurance Program\nDepartment of Labor · Disability Claims Unit\n"
    "NOTICE OF COMPUTATION AND AWARD\nYour claim for disability insurance benefits has been approved.\n"
    "Claimant Itziar M. Goñi Echeverría\nWeekly benefit amount $506.58\nMonthly equivalent $2,195.18 per month\n"
    "Tax information: state disability insurance benefits are non-taxable for federal and state income tax."
)


RETIRED_PAY = (
    "DEFENSE FINANCE AND ACCOUNTING SERVICE\nU.S. Military Retired Pay\nRETIREE ACCOUNT STATEMENT\n"
    "Pay frequency Monthly\nPAY INFORMATION\nGross pay 3,083.17\nFederal income tax withholding -259.45\n"
    "Net pay 2,623.31\nFederal taxable income, year to date 31,710.36\n"
    "Your retired pay of $3,083.17 a month is paid on the first business day of each month."
)


@pytest.mark.parametrize("text", [STATE_DISABILITY_AWARD, RETIRED_PAY], ids=["state-disability", "retired-pay"])
def test_benefits_paid_like_wages_are_benefit_awards(text: str) -> None:
    """A labour department's disability claims unit pays by the week too, and a pension paid monthly comes
    on a statement shaped like a stub (gross pay, net pay): neither is an unemployment letter or a pay stub;
    both are benefit income."""
    assert classify_page(page(text)).type == "benefit_award_letter"


HOMEOWNER_STATEMENT = (
    "Westbrook Home Loans HOMEOWNER HARDSHIP\n& INCOME STATEMENT\nForm WB-9 Page 1 of 2\n"
    "LOAN NUMBER BEST PHONE NUMBER\nBORROWER - FULL LEGAL NAME BORROWER - LAST 4 OF SSN\n"
    "CO-BORROWER - FULL LEGAL NAME (IF ANY)\nWHAT HAPPENED\nRank the reasons that apply to you."
)


def test_a_homeowners_hardship_and_income_statement_is_an_application_not_a_pnl() -> None:
    """"Income statement" in its title, but it is the homeowner's: an application, not a business's P&L."""
    assert classify_page(page(HOMEOWNER_STATEMENT)).type == "mortgage_assistance_application"


def test_a_short_note_asking_to_lower_the_payment_is_a_hardship_letter() -> None:
    note = ("November 21, 2030\nWhy we need help with the mortgage\nThe airline cut our hours this spring and "
            "the escrow part of our payment went up.\nWe want to keep our home and ask you to lower the payment.")
    assert classify_page(page(note)).type == "hardship_letter"


def test_a_letters_reference_line_is_no_title() -> None:
    """ "Re: Request for mortgage assistance" under the date says what the letter is about; the letter is
    a hardship letter, not the application it asks for."""
    letter = page("Marcus T. Castellano and Lauren M. Castellano\n1630 Crestview Dr\nSalina, KS 67401\n"
                  "February 11, 2030\nRe: Request for mortgage assistance\nDear Loss Mitigation Department:\n"
                  "We are writing about our mortgage, loan number 0042792682, and to ask to be considered for a\n"
                  "loan modification or any other help you can offer.\n"
                  "In early November 2029 the store reduced the hours. His take-home pay dropped by more than\n"
                  "$500 a month. We made partial payments in December and January and we are now behind.\n"
                  "We want to keep our home. We have enclosed our pay stubs and our last two bank statements.\n"
                  "Sincerely,\nMarcus T. Castellano Lauren M. Castellano")
    assert classify_page(letter).type == "hardship_letter"
