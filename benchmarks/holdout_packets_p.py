"""A sixteenth holdout set of borrower packets (p1..p6), laid out unlike the shared samples and unlike the a (first),
b, c, d, e, f, g, h, i, j, k, l, m, n and o sets, written without looking at the service's code, rules or tests, to
gauge honestly how it reads layouts nobody tuned it to.

    python benchmarks/holdout_packets_p.py OUT_DIR [--seed N] [--check]

Writes OUT_DIR/<packet>/inbox/... and OUT_DIR/<packet>/expected.json in the format of shared/samples/README.md, so
`benchmarks/sample_accuracy.py --samples OUT_DIR -v` (tests/sample_compare.compare) scores them. New here: a servicer's
two-page "Mortgage Assistance Application" (Fairhaven Loan Servicing, form FLS-40) laid out as ONE numbered list of
questions 1..38, each question's label printed in WHITE on a dark bar at the left and its answer in a column of comb
boxes at the right, one character a box: names, street and city letter by letter, dates as MM / DD / YYYY boxes with
printed slashes, money in "$ __,___.__" boxes with printed separators, every choice answered by a code letter in a
single box (occupancy P / S / I, each hardship reason Y / N, duration S / L / R); typed into its PDF (a fixed-width
character centred in each box, so its text layer holds letters one by one), typed then printed, signed and dated in
ink, or printed blank and hand-printed in capitals (reasons left empty instead of N). A second servicer's application
(Beacon Hollow Home Loans) that is an E-MAIL: a plain-text message in a fixed-width font with numbered questions,
"____" blanks and "[ ]" choices, either answered as a reply (the questions quoted with "> ", answers typed after the
colons, choices marked "[X]", signed "/s/ Name") and printed from webmail to PDF, or the original message printed and
filled in pen. The real Form 710 filled through its AcroForm and photographed page by page, each photo framed and
sized differently, so the PDF's pages are colour JPEG images of different sizes. A landscaping firm's bilingual
Spanish / English semi-monthly "Recibo de Pago / Earnings Statement", a staffing agency's weekly statement of
assignments at several client worksites with a subtotal per client; an online-only bank's statement whose
transactions are printed as CSV lines (ISO dates, quoted descriptions, signed amounts) with the summary in the page
footer, a credit union's statement that gives its period only as a "Statement Closing Date" (the period start is
inferred, not printed) with "BALANCE FORWARD" and "NEW BALANCE" rows; Social Security's "Your new benefit amount"
notice (retirement, and disability), a hardship letter on the letterhead of the borrower's own bakery, typed and
handwritten hardship letters. Co-borrowers in three packets. Delivered as: loose born-digital files whose names
carry emoji; one 240 dpi grayscale JPEG scan; one born-digital PDF printed from webmail with the attachments after the
message and an empty last page; a 200 dpi fax whose two application pages arrive in reverse order; the JPEG photos of
different sizes in one PDF; and a 300 dpi black-and-white scan under a name with emoji and accents.

The people's parts, drawing primitives, pens, scanning, writing and the checklist (`missing_codes`,
shared/spec/checklist.md) are holdout_packets.py's and its successors', so expected status and missing codes follow from
the values drawn. `--check` (holdout_packets_o's, after n's, m's and j's) also confirms that every expected value is
printed (or hand-written, or typed into a comb box) on its document and that the rules give each scenario's codes; a
period start the credit union does not print is the one value let through. Received dates fall between mid-August
and mid-October 2030.
"""

from __future__ import annotations

import random
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from PIL import Image
from reportlab import rl_config

sys.path.insert(0, str(Path(__file__).resolve().parent))

import holdout_packets as hp
import holdout_packets_b as hb
import holdout_packets_c as hc
import holdout_packets_f as hf
import holdout_packets_i as hi
import holdout_packets_j as hj
import holdout_packets_n as hn
import holdout_packets_o as ho
from holdout_packets import Address, Doc, Packet, Person, Scan, Sheet, Statement, Stub, cents, long_date, money, us
from holdout_packets_g import GApplication, g_app
from holdout_packets_l import _months

rl_config.invariant = 1  # born-digital pages without creation dates or random ids: the same bytes on every run

DOT = "\u00b7"
BAR = 0.27  # the dark bars the white labels sit on


# --- comb writing: typed into the PDF or hand-printed ----------------------------------------------------------------


@dataclass
class CombPen:
    """Puts one character in each box of a comb field: typed (a fixed-width face, centred, each character its own
    piece of text as comb fields are drawn) or hand-printed capitals (holdout_packets_i's BlockPen). Keeps every value
    it wrote, whole, so the self-check can confirm the answers went onto the form."""

    rng: random.Random
    hand: bool = False
    written: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.block = hi.BlockPen(self.rng, gray=0.1)

    def comb(self, s: Sheet, x: float, y: float, pitch: float, text: str, record: str | None = None) -> None:
        """`text` into the boxes from x (y is the writing's baseline); a space leaves its box empty."""
        if not text:
            return
        self.written.append(record if record is not None else text)
        if self.hand:
            self.block.comb(s, x, y, pitch, text, size=10.5, record=record)
            return
        for i, ch in enumerate(text):
            if ch != " ":
                s.text(x + pitch * i + pitch / 2, y, ch, 10, "mono", 0.0, "c")


# --- application 1: Fairhaven's numbered list with comb answers ---------------------------------------------------

FAIRHAVEN = ("Fairhaven Loan Servicing",
             f"Homeowner Assistance {DOT} PO Box 7720, Harrisburg, PA 17106 {DOT} Fax 1-866-555-0147 {DOT} "
             f"1-866-555-0146 {DOT} fairhaven.example/help")
FH_HARDSHIPS = [("unemployment", "Unemployment or job loss"), ("reduction_in_income", "Reduced income (pay or hours)"),
                ("increase_in_housing_expenses", "Higher housing expenses"),
                ("disaster", "Disaster (natural or man-made)"),
                ("disability_or_illness", "Disability or serious illness"),
                ("divorce_or_separation", "Divorce or legal separation"),
                ("separation_unmarried", "Separation, borrowers not married"), ("death", "Death of borrower or earner"),
                ("relocation", "Distant job transfer / relocation"), ("other", "Other hardship")]
FH_INCOME = [("wages", "Gross wages, salary, overtime"), ("self_employment", "Self-employment income (net)"),
             ("unemployment", "Unemployment benefits"), ("benefits_taxable", "Taxable SS, pension, disability"),
             ("benefits_nontaxable", "Non-taxable SS or disability"), ("rental", "Rental income (gross)"),
             ("investment", "Investment or insurance income"), ("other", "Alimony, child support, other")]
FH_OCCUPANCY = {"primary_residence": "P", "second_home": "S", "investment_property": "I"}
FH_DURATION = {"short": "S", "long": "L", "resolved": "R"}
PITCH, BOX_H, ROW = 10.0, 15.0, 19.0
COMB_X = 286.0
COMB_MAX = 29  # boxes that fit between COMB_X and the right margin


def comb_boxes(s: Sheet, x: float, y: float, n: int, pitch: float = PITCH, h: float = BOX_H) -> None:
    """n full boxes side by side (not the short-tick comb of holdout_packets_i): the top-left of the first at (x, y)."""
    for i in range(n):
        s.rect(x + pitch * i, y, pitch, h, width=0.55)


def fh_label(s: Sheet, y: float, number: int | str, label: str) -> None:
    """The question's number and label in white on a dark bar at the left of the row."""
    s.rect(36, y, 244, BOX_H, stroke=None, fill=BAR)
    s.text(42, y + 10.8, f"{number}", 8.2, "sans-b", 1.0)
    s.text(62, y + 10.8, label, 7.8, "sans", 1.0)


def fh_text(s: Sheet, pen: CombPen, y: float, number: int | str, label: str, n: int, value: str,
            hint: str = "") -> float:
    fh_label(s, y, number, label)
    comb_boxes(s, COMB_X, y, n)
    if hint:
        s.text(COMB_X + PITCH * n + 5, y + 10.5, hint, 6.4, "sans-i", 0.3)
    pen.comb(s, COMB_X, y + 11.2, PITCH, value.upper() if pen.hand else value)
    return y + ROW


def fh_date(s: Sheet, pen: CombPen, y: float, number: int | str, label: str, value: date | None,
            x: float = COMB_X, labelled: bool = True) -> float:
    """MM / DD / YYYY: three groups of boxes with slashes printed between them."""
    if labelled:
        fh_label(s, y, number, label)
    groups = ((0.0, 2, "%m", "MM"), (2 * PITCH + 9, 2, "%d", "DD"), (4 * PITCH + 18, 4, "%Y", "YYYY"))
    for offset, n, fmt, caption in groups:
        comb_boxes(s, x + offset, y, n)
        if offset:
            s.text(x + offset - 4.5, y + 11, "/", 10, "sans", 0.2, "c")
        if value is not None:
            pen.comb(s, x + offset, y + 11.2, PITCH, value.strftime(fmt), record="")
        elif labelled:
            s.text(x + offset + n * PITCH / 2, y + 10, caption, 5.5, "sans", 0.65, "c")
    if value is not None:
        pen.written.append(us(value))
    return y + ROW


def fh_money(s: Sheet, pen: CombPen, y: float, number: int | str, label: str, value: Decimal | None) -> float:
    """$ __,___.__ : two boxes, a printed comma, three boxes, a printed point, two boxes; digits set to the right."""
    fh_label(s, y, number, label)
    s.text(COMB_X - 1, y + 11, "$", 9, "sans-b", 0.0, "r")
    layout = ((0.0, 2), (2 * PITCH + 6, 3), (5 * PITCH + 12, 2))
    for offset, n in layout:
        comb_boxes(s, COMB_X + offset, y, n)
    s.text(COMB_X + 2 * PITCH + 3, y + 13.5, ",", 10, "sans-b", 0.0, "c")
    s.text(COMB_X + 5 * PITCH + 9, y + 13.5, ".", 10, "sans-b", 0.0, "c")
    if value:
        whole, frac = f"{value:.2f}".split(".")
        whole = whole.rjust(5)
        pen.comb(s, COMB_X, y + 11.2, PITCH, whole[:2], record="")
        pen.comb(s, COMB_X + 2 * PITCH + 6, y + 11.2, PITCH, whole[2:], record="")
        pen.comb(s, COMB_X + 5 * PITCH + 12, y + 11.2, PITCH, frac, record="")
        pen.written.append(money(value))
    return y + ROW


def fh_code(s: Sheet, pen: CombPen, y: float, number: int | str, label: str, value: str, legend: str) -> float:
    """A single box answered with a code letter; the legend printed beside it."""
    fh_label(s, y, number, label)
    comb_boxes(s, COMB_X, y, 1)
    s.text(COMB_X + PITCH + 6, y + 10.5, legend, 7, "sans", 0.2)
    pen.comb(s, COMB_X, y + 11.2, PITCH, value)
    return y + ROW


def fh_part(s: Sheet, y: float, title: str) -> float:
    s.rect(36, y, 540, 16, stroke=None, fill=0.0)
    s.text(44, y + 11.6, title, 8.8, "sans-b", 1.0)
    return y + 22


def fairhaven_form(app: GApplication, fill: str, rng: random.Random) -> list[Sheet]:
    """FLS-40 on two pages. fill: "typed" (everything typed into its comb fields, a signature-pad image), "ink" (typed,
    then printed, signed and dated in pen) or "hand" (printed blank and hand-printed in capitals, reasons not chosen
    often left empty rather than answered N, empty income lines left blank)."""
    hand = fill == "hand"
    pen = CombPen(rng, hand=hand)
    ink = CombPen(rng, hand=True, written=pen.written)
    co, home, facts = app.co_borrower, app.address, app.facts
    p1, p2 = Sheet(), Sheet()
    for n, s in enumerate((p1, p2), 1):
        s.rect(36, 30, 540, 40, stroke=None, fill=BAR)
        s.text(46, 50, FAIRHAVEN[0].upper(), 14, "sans-b", 1.0)
        s.text(46, 63, "Mortgage Assistance Application", 9.5, "sans", 1.0)
        s.text(566, 50, "FORM FLS-40", 10, "sans-b", 1.0, "r")
        s.text(566, 63, f"Page {n} of 2", 8, "sans", 1.0, "r")
        s.text(36, 80, FAIRHAVEN[1], 6.6, "sans", 0.3)
        s.text(36, 772, "FLS-40 (08/2030)  Print one letter or number in each box.", 6.8, "sans", 0.35)
    y = p1.wrap(36, 96, "Please answer every numbered question. Print in CAPITAL LETTERS, one letter or number in each "
                "box, leaving one box empty between words. Where a question asks for a letter, write the letter shown "
                "beside the box. Send both pages, signed and dated, with the documents listed on page 2.", 540, 7.8,
                "sans", 10, 0.1) + 4
    y = fh_part(p1, y, "PART A   YOU, YOUR CO-BORROWER AND THE PROPERTY")
    y = fh_text(p1, pen, y, 1, "Loan number", 15, app.loan)
    y = fh_text(p1, pen, y, 2, "Borrower - full name (first, middle initial, last)", COMB_MAX, app.borrower.name)
    y = fh_text(p1, pen, y, 3, "Borrower - last 4 digits of SSN", 4, app.ssn4)
    y = fh_text(p1, pen, y, 4, "Co-borrower - full name (if any)", COMB_MAX, co.name if co else "")
    y = fh_text(p1, pen, y, 5, "Co-borrower - last 4 digits of SSN", 4, (app.co_ssn4 or "") if co else "")
    y = fh_text(p1, pen, y, 6, "Property address - number and street", COMB_MAX, home.street)
    y = fh_text(p1, pen, y, 7, "Property address - city", 20, home.city)
    y = fh_text(p1, pen, y, 8, "Property address - state", 2, home.state, "2-letter abbreviation")
    y = fh_text(p1, pen, y, 9, "Property address - ZIP code", 5, home.zip)
    y = fh_text(p1, pen, y, 10, "Best phone number", 14, app.phone)
    y = fh_code(p1, pen, y, 11, "How is the property used?", FH_OCCUPANCY.get(app.occupancy, ""),
                "P = my primary residence    S = second home    I = investment / rental")
    y = fh_text(p1, pen, y, 12, "Number of people in your household", 2, facts.get("household", ""))
    y = fh_part(p1, y + 4, "PART B   YOUR HARDSHIP   (Y = yes, N = no for each of questions 13 to 22)")
    for k, (code, label) in enumerate(FH_HARDSHIPS):
        chosen = code in app.hardships
        answer = "Y" if chosen else "N" if not hand or rng.random() < 0.45 else ""
        y = fh_code(p1, pen, y, 13 + k, label, answer, "Y / N")
    y = fh_date(p1, pen, y, 23, "Date the hardship began", app.hardship_start)
    y = fh_code(p1, pen, y, 24, "How long will it last?", FH_DURATION.get(facts.get("duration", "long"), ""),
                "S = under 6 months    L = 6 months or longer    R = already resolved")

    y = fh_part(p2, 96, "PART C   MONTHLY HOUSEHOLD INCOME BEFORE TAXES (all borrowers together)")
    for k, (code, label) in enumerate(FH_INCOME):
        amount = app.income(code)
        y = fh_money(p2, pen, y, 25 + k, label, amount or None)
    y = fh_money(p2, pen, y, 33, "TOTAL - add questions 25 through 32", app.total if app.income_lines else None)
    y = fh_part(p2, y + 4, "PART D   ASSETS AND EXPENSES")
    y = fh_money(p2, pen, y, 34, "Checking and savings balances", facts.get("savings_amount"))
    y = fh_money(p2, pen, y, 35, "Monthly mortgage payment", facts.get("payment"))
    y = fh_code(p2, pen, y, 36, "Have you filed for bankruptcy?", "N", "Y / N")
    y = fh_part(p2, y + 4, "PART E   SIGN AND DATE   (each borrower named in Part A)")
    y = p2.wrap(40, y + 6, "I certify that the information on this application is true and complete, that the hardship "
                "I described contributed to my need for help with my mortgage, and I authorize Fairhaven Loan "
                "Servicing to verify it and to obtain my credit report. Knowingly giving false information may "
                "violate federal and state law.", 532, 7.6, "sans", 9.8, 0.1) + 6
    for number, who, signed, signed_on in ((37, "Borrower", app.signed, app.signed_on),
                                           (38, "Co-borrower", co is not None and app.co_signed,
                                            app.co_signed_on if co else None)):
        p2.rect(36, y, 244, 34, stroke=None, fill=BAR)
        p2.text(42, y + 13, f"{number}", 8.2, "sans-b", 1.0)
        p2.text(62, y + 13, f"{who} - signature and date signed", 7.8, "sans", 1.0)
        p2.line(COMB_X, y + 30, COMB_X + 150, y + 30, 0.7)
        p2.text(COMB_X, y + 38, "Signature", 6, "sans", 0.35)
        if signed:
            p2.signature(rng, COMB_X + 8, y + 28, 130, 18, gray=0.05 if fill == "typed" else 0.12)
        dater = ink if fill == "ink" else pen
        fh_date(p2, dater, y + 15, number, "", signed_on, x=COMB_X + 160, labelled=False)
        p2.text(COMB_X + 160, y + 38, "Date (MM / DD / YYYY)", 6, "sans", 0.35)
        y += 46
    y += 6
    p2.text(36, y, "Send with this application:", 8.5, "sans-b")
    for line in ("Pay stubs for the last 30 days showing year-to-date pay, or your two most recent bank statements.",
                 "Self-employed: your last signed tax return, or a signed profit and loss statement, and IRS Form "
                 "4506-C.", "Benefits: the award letter that shows the amount and how often it is paid.",
                 "Divorce, death, illness or transfer: the paper that shows it."):
        y += 12
        p2.text(44, y, f"{DOT} {line}", 7.6, "sans", 0.1)
    p2.rect(36, 720, 540, 36, width=0.5, fill=0.92)
    p2.text(42, 731, "FOR FAIRHAVEN USE   Date received ________   Reviewer ________   Complete  Y / N", 7.2,
            "sans-b", 0.3)
    app.facts["written"] = "\n".join(pen.written)
    return [p1, p2]


# --- application 2: Beacon Hollow's application as an e-mail -------------------------------------------------------

BEACON = "Beacon Hollow Home Loans"
BEACON_MAIL = "assist@beaconhollow.example"
EMAIL_COLS = 92  # characters of the fixed-width face across the printable width
BH_HARDSHIPS = [("unemployment", "Unemployment"), ("reduction_in_income", "Reduction in income"),
                ("increase_in_housing_expenses", "Increase in housing expenses"),
                ("disaster", "Disaster (natural or man-made)"),
                ("disability_or_illness", "Long-term disability or serious illness"),
                ("divorce_or_separation", "Divorce or legal separation"),
                ("separation_unmarried", "Separation of borrowers unrelated by marriage"),
                ("death", "Death of a borrower or wage earner"), ("relocation", "Distant employment transfer"),
                ("other", "Other")]
BH_INCOME = [("wages", "Gross wages, salary, overtime, tips"), ("self_employment", "Self-employment income"),
             ("unemployment", "Unemployment benefits"), ("benefits_taxable", "Taxable Social Security / pension"),
             ("benefits_nontaxable", "Non-taxable Social Security / disability"), ("rental", "Rental income"),
             ("investment", "Investment or insurance income"), ("other", "Alimony, child support, other")]
BH_OCCUPANCY = [("primary_residence", "My primary residence"), ("second_home", "A second home"),
                ("investment_property", "An investment / rental property")]


@dataclass
class MailLine:
    """One line of the message as printed, and what the pen adds to it: (character column, text) pairs."""

    text: str
    pen: list[tuple[int, str]] = field(default_factory=list)
    sign: int | None = None  # a handwritten signature starting at this column


def beacon_lines(app: GApplication, fill: str, sent: date) -> list[MailLine]:
    """The servicer's message, question by question. "typed": a reply with every line quoted "> " and the answers typed
    after the colons; "hand": the original message, its "____" blanks and "[ ]" choices left for a pen."""
    typed = fill == "typed"
    lines: list[MailLine] = []
    quote = "> " if typed else ""
    co = app.co_borrower

    def add(text: str = "", pen: list[tuple[int, str]] | None = None, sign: int | None = None) -> None:
        lines.append(MailLine(quote + text if text or typed else text, pen or [], sign))

    def ask(label: str, answer: str) -> None:
        head = f"{label}: "
        if typed:
            add(head + answer)
        else:
            col = len(head) + 1
            add(head + "_" * (EMAIL_COLS - len(head) - 2), [(col, answer)] if answer else [])

    def choice(label: str, chosen: bool) -> None:
        if typed:
            add(f"    [{'X' if chosen else ' '}] {label}")
        else:
            add(f"    [ ] {label}", [(5, "X")] if chosen else [])

    home = app.address
    add("Dear Homeowner,")
    add()
    add("Thank you for contacting Beacon Hollow Home Loans about help with your mortgage. To apply, answer")
    add("the questions below. You can REPLY to this e-mail with your answers typed after each colon, or")
    add("PRINT it, fill it in with a pen and fax it to 1-877-555-0162. Put an X between the brackets [ ]")
    add("of every choice that applies. Send your income and hardship documents with it.")
    add()
    add("=== SECTION 1 - YOU AND YOUR HOME ===")
    ask(" 1. Loan number", app.loan)
    ask(" 2. Your full name", app.borrower.name)
    ask(" 3. Last 4 digits of your SSN", app.ssn4)
    ask(" 4. Co-borrower's full name (if any)", co.name if co else ("N/A" if typed else ""))
    ask(" 5. Co-borrower's SSN, last 4 digits", (app.co_ssn4 or "") if co else "")
    ask(" 6. Property address (street, city, state, ZIP)", home.one_line)
    ask(" 7. Best phone number", app.phone)
    add(" 8. The property is (mark one):")
    for code, label in BH_OCCUPANCY:
        choice(label, app.occupancy == code)
    add()
    add("=== SECTION 2 - YOUR HARDSHIP ===")
    add(" 9. What caused your hardship? (mark all that apply)")
    for code, label in BH_HARDSHIPS:
        choice(label, code in app.hardships)
    ask("10. Date the hardship began (MM/DD/YYYY)", us(app.hardship_start) if app.hardship_start else "")
    add("11. Do you expect the hardship to last:")
    duration = app.facts.get("duration", "long")
    for key, label in (("short", "Less than 6 months"), ("long", "6 months or longer"), ("resolved", "It is over")):
        choice(label, duration == key)
    add()
    add("=== SECTION 3 - MONTHLY INCOME BEFORE TAXES, EVERYONE ON THE LOAN (0 if none) ===")
    for k, (code, label) in enumerate(BH_INCOME):
        amount = app.income(code)
        ask(f"{12 + k}. {label}", f"${money(amount)}" if amount else ("0" if typed else ""))
    ask("20. TOTAL monthly income", f"${money(app.total)}" if app.income_lines else "")
    add()
    add("=== SECTION 4 - SIGNATURE ===")
    add("By signing (or typing your name after /s/) you certify that your answers are true and that you")
    add("authorize us to verify them and to obtain your credit report.")
    for number, who, signed, signed_on in (("21", "Borrower", app.signed, app.signed_on),
                                           ("23", "Co-borrower", co is not None and app.co_signed,
                                            app.co_signed_on if co else None)):
        head = f"{number}. {who} signature: "
        signer = app.borrower if who == "Borrower" else co
        if typed:
            add(head + (f"/s/ {signer.name}" if signed and signer else ""))
        else:
            add(head + "_" * 40, sign=len(head) + 2 if signed else None)
        ask(f"{int(number) + 1}. Date", us(signed_on) if signed_on else "")
    add()
    add(f"Beacon Hollow Home Loans {DOT} Loss Mitigation {DOT} {BEACON_MAIL} {DOT} 1-877-555-0161")
    add("Reference: MAA-2030 (sent " + us(sent) + ")")
    return lines


def beacon_form(app: GApplication, fill: str, rng: random.Random, sent: date, replied: date) -> list[Sheet]:
    """The message printed from webmail: the browser's header and footer lines, the mail's header block, then the
    body in a fixed-width face (the reply's own words above the quoted questions); in pen when filled by hand."""
    typed = fill == "typed"
    body = beacon_lines(app, fill, sent)
    who = app.borrower
    if typed:
        heads = [("From:", f"{who.name} <{app.email}>"), ("Sent:", f"{replied:%A}, {long_date(replied)} 8:47 PM"),
                 ("To:", f"{BEACON} <{BEACON_MAIL}>"),
                 ("Subject:", "RE: Your mortgage assistance application - reply with your answers")]
        own = [MailLine("Hello, my answers are below after each question. My pay stubs and letter are attached."),
               MailLine("Thank you,"), MailLine(who.first), MailLine(""),
               MailLine(f"On {sent:%a}, {long_date(sent)} at 9:14 AM {BEACON} <{BEACON_MAIL}> wrote:")]
        body = own + body
    else:
        heads = [("From:", f"{BEACON} <{BEACON_MAIL}>"), ("Sent:", f"{sent:%A}, {long_date(sent)} 9:14 AM"),
                 ("To:", f"{who.name} <{app.email or 'no-email'}>"),
                 ("Subject:", "Your mortgage assistance application - reply with your answers")]
    pen = hb.Pen(rng, hand=True, gray=0.12)
    char_w = hp.text_width("M", "mono", 9)
    chunks = [body[:47]] + [body[k:k + 54] for k in range(47, len(body), 54)]
    pages = []
    printed = f"{replied.month}/{replied.day}/{replied:%y}, 9:02 PM" if typed else f"{sent.month}/{sent.day}/{sent:%y}"
    for n, chunk in enumerate(chunks, 1):
        s = Sheet()
        s.text(30, 22, printed, 7.5, "sans", 0.2)
        s.text(306, 22, f"Mail - {who.name} - {'Outlook' if typed else 'Inbox'}", 7.5, "sans", 0.2, "c")
        s.text(30, 764, "https://mail.example/mail/inbox/id/AAQkADc3" + str(int(app.loan) % 10 ** 6), 7, "sans",
               0.3)
        s.text(582, 764, f"{n}/{len(chunks)}", 7.5, "sans", 0.2, "r")
        y = 56.0
        if n == 1:
            s.text(54, y, heads[3][1], 13, "sans-b")
            y += 22
            for label, value in heads:
                s.text(54, y, label, 9, "sans-b")
                s.text(110, y, value, 9)
                y += 12.5
            s.line(54, y - 4, 558, y - 4, 0.5, 0.5)
            y += 12
        for line in chunk:
            s.text(54, y, line.text, 9, "mono")
            for col, text in line.pen:
                pen.write(s, 54 + col * char_w, y, text, 10.5, fit=(EMAIL_COLS - col) * char_w)
            if line.sign is not None:
                s.signature(rng, 54 + line.sign * char_w, y + 2, 150, 16, gray=0.12)
            y += 12.8
        pages.append(s)
    app.facts["written"] = "\n".join(t for line in body for _, t in line.pen)
    return pages


# --- pay stubs ------------------------------------------------------------------------------------------------------

TALAVERA = "Talavera Landscaping & Nursery Co."
BILINGUAL = {"Federal Income Tax": "Impuesto federal / Federal income tax",
             "Social Security": "Seguro Social / Social Security", "Medicare": "Medicare / Medicare",
             "State Income Tax": "Impuesto estatal / State income tax",
             "Medical Pre-Tax": "Seguro médico / Medical pre-tax", "Dental/Vision": "Dental y visión / Dental-vision",
             "401(k) 4%": "Plan de retiro / 401(k) 4%"}


def semimonthly_ends(received: date, count: int) -> list[date]:
    """The last `count` semi-monthly period ends paid (five days after each) by `received`, oldest first."""
    end = hp._semimonthly_end_before(received - timedelta(days=5))
    out = [end]
    while len(out) < count:
        end = end.replace(day=1) - timedelta(days=1) if end.day == 15 else end.replace(day=15)
        out.append(end)
    return out[::-1]


def talavera_run(rng: random.Random, employee: Person, home: Address, received: date, rate: Decimal, count: int
                 ) -> list[tuple[Stub, Decimal]]:
    """Semi-monthly pays of 86.67 regular hours and some overtime; the YTD is the period's gross times the periods
    elapsed (holdout_packets.make_stub)."""
    out = []
    for end in semimonthly_ends(received, count):
        ot = Decimal(rng.choice([0, 4, 6, 8, 10]))
        gross = cents(Decimal("86.67") * rate + ot * rate * Decimal("1.5"))
        out.append((hp.make_stub(rng, TALAVERA, employee, home, "semimonthly", gross, end, pay_lag=5), ot))
    return out


def stub_bilingual(stub: Stub, ot: Decimal, rate: Decimal, emp_id: str) -> Sheet:
    """Recibo de Pago / Earnings Statement: every label in Spanish over English, a facts grid, earnings and deductions
    with Actual / Current and Acumulado / YTD columns, and a bruto / deducciones / neto strip."""
    s = Sheet()
    n = (stub.period_end.month - 1) * 2 + (2 if stub.period_end.day > 15 else 1)
    s.rect(36, 32, 540, 44, stroke=None, fill=0.9)
    s.text(46, 52, stub.employer, 14, "serif-b")
    s.text(46, 66, f"{stub.employer_address.one_line}  {DOT}  Nómina / Payroll (555) 014-3390", 7.6, "sans", 0.3)
    s.text(566, 50, "RECIBO DE PAGO", 11, "sans-b", align="r")
    s.text(566, 63, "EARNINGS STATEMENT", 9, "sans", 0.25, "r")
    cells = [("Empleado", "Employee", stub.employee.name), ("No. de empleado", "Employee ID", emp_id),
             ("Fecha de pago", "Pay date", us(stub.pay_date)),
             ("Periodo de pago", "Pay period", f"{us(stub.period_start)} - {us(stub.period_end)}"),
             ("Frecuencia", "Pay frequency", "Quincenal / Semi-monthly"),
             ("Dirección", "Address", stub.employee_address.one_line)]
    for k, (es, en, value) in enumerate(cells):
        x, y = 36 + 270 * (k % 2), 88 + 34 * (k // 2)
        s.rect(x, y, 270, 34, width=0.5)
        s.text(x + 5, y + 9, es, 6.8, "sans-i", 0.2)
        s.text(x + 5 + hp.text_width(es, "sans-i", 6.8) + 3, y + 9, f"/ {en}", 6.8, "sans", 0.45)
        s.text(x + 6, y + 26, value, 9.8)
    y = 200
    regular = cents(Decimal("86.67") * rate)
    rows = [["Salario regular / Regular", "86.67", f"{rate:.2f}", money(regular), money(regular * n)]]
    if ot:
        rows.append(["Horas extra / Overtime", f"{ot:.2f}", f"{rate * Decimal('1.5'):.2f}", money(stub.gross - regular),
                     money((stub.gross - regular) * n)])
    rows.append(["Total bruto / Gross pay", "", "", money(stub.gross), money(stub.ytd_gross or Decimal(0))])
    y = hn.table(s, 36, y, [("Ingresos / Earnings", 190, "l"), ("Horas / Hours", 70, "r"), ("Tarifa / Rate", 80, "r"),
                            ("Actual / Current", 95, "r"), ("Acumulado / YTD", 105, "r")], rows, size=8.2, row_h=15,
                 bold=[len(rows) - 1]) + 14
    taken = sum((c for _, c, _ in stub.deductions), Decimal(0))
    ded = [[BILINGUAL.get(label, label), money(cur), money(ytd)] for label, cur, ytd in stub.deductions]
    ded.append(["Total deducciones / Total deductions", money(taken),
                money(sum((t for _, _, t in stub.deductions), Decimal(0)))])
    y = hn.table(s, 36, y, [("Deducciones / Deductions", 340, "l"), ("Actual / Current", 95, "r"),
                            ("Acumulado / YTD", 105, "r")], ded, size=8.2, row_h=15, bold=[len(ded) - 1]) + 18
    for k, (es, en, value) in enumerate((("Bruto", "Gross", stub.gross), ("Deducciones", "Deductions", taken),
                                         ("Pago neto", "Net pay", stub.net))):
        x = 36 + 180 * k
        s.rect(x, y, 180, 40, width=1.0 if k == 2 else 0.5, fill=0.94 if k == 2 else None)
        s.text(x + 8, y + 13, f"{es} / {en}", 8, "sans-b", 0.2)
        s.text(x + 172, y + 32, f"${money(value)}", 12, "sans-b", align="r")
    y += 62
    s.wrap(36, y, "Depositado en su cuenta / Deposited to your account. Guarde este recibo / Keep this statement for "
           "your records. Preguntas / Questions: nómina / payroll office.", 540, 7.6, "sans-i", 9.6, 0.35)
    return s


STAFFING = "Keel & Compass Staffing Solutions"
CLIENTS = [("Brightwater Cold Storage", "Dock 4, 1800 Terminal Rd"),
           ("Ridgeway Print & Mail", "Bindery, 44 Foundry St"),
           ("Lumen Event Services", "Convention Ctr Hall B"), ("Harlan Medical Supply", "Warehouse, 9 Commerce Pkwy"),
           ("Pell & Sons Millwork", "Shop floor, 310 Mill Ave")]


# one client assignment in a week: where (its position is the worksite), the job order, hours and the rate
Shift = hi.Assignment


def staffing_run(rng: random.Random, worker: Person, home: Address, received: date, count: int
                 ) -> list[tuple[Stub, list[Shift]]]:
    """Weekly pays (Sunday to Saturday, paid the Friday after) of two or three client assignments each; the YTD
    carried from check to check over the weeks before at an average pay."""
    newest = hb._saturday_on_or_before(received - timedelta(days=rng.randint(7, 10)))
    ends = [newest - timedelta(days=7 * k) for k in range(count - 1, -1, -1)]
    week_no = (ends[0].timetuple().tm_yday - 1) // 7 + 1
    ytd = cents(Decimal(rng.randrange(68000, 92000)) / 100 * (week_no - 1))
    out = []
    for end in ends:
        shifts = []
        for client, site in rng.sample(CLIENTS, rng.choice([2, 3])):
            shifts.append(Shift(client, site, f"JO-{rng.randint(20000, 89999)}", Decimal(rng.choice([8, 16, 16, 24])),
                                Decimal(rng.choice([0, 0, 2, 4])), Decimal(rng.randrange(1650, 2450, 25)) / 100))
        gross = sum((sh.amount for sh in shifts), Decimal(0))
        ytd += gross
        base = hp.make_stub(rng, STAFFING, worker, home, "weekly", gross, end, pay_lag=6)
        deductions = [(label, cents(gross * r), cents(ytd * r)) for label, r in
                      (("Federal income tax", Decimal("0.072")), ("Social Security", Decimal("0.062")),
                       ("Medicare", Decimal("0.0145")), ("State income tax", Decimal("0.031")))]
        out.append((replace(base, ytd_gross=ytd, deductions=deductions), shifts))
    return out


def stub_staffing(stub: Stub, shifts: Sequence[Shift], associate_id: str) -> Sheet:
    """The agency's weekly statement: the associate's facts, the week's assignments grouped by client with a subtotal
    each, then This Week / Year to Date totals."""
    s = Sheet()
    s.text(40, 46, STAFFING, 15, "sans-b")
    s.text(40, 58, f"{stub.employer_address.one_line}  {DOT}  Associate line (555) 014-6620", 7.6, "sans", 0.3)
    s.rect(396, 34, 176, 30, width=0.9)
    s.text(484, 46, "WEEKLY PAY STATEMENT", 9, "sans-b", align="c")
    s.text(484, 58, "Associate copy - not a check", 7, "sans", 0.3, "c")
    facts = [("Associate", stub.employee.name), ("Associate ID", associate_id),
             ("Week worked", f"{us(stub.period_start)} to {us(stub.period_end)}"), ("Check date", us(stub.pay_date)),
             ("Pay frequency", "Weekly"), ("Home address", stub.employee_address.one_line)]
    for k, (label, value) in enumerate(facts):
        x, y = 40 + 270 * (k % 2), 84 + 14 * (k // 2)
        s.text(x, y, f"{label}:", 8, "sans-b")
        s.text(x + 76, y, value, 8.8)
    y = 140
    s.text(40, y, "ASSIGNMENTS THIS WEEK", 8.5, "sans-b")
    rows: list[list[str]] = []
    bold = []
    for sh in shifts:
        rows.append([sh.client, sh.order, f"{sh.regular:.2f}", f"{sh.rate:.2f}", f"{sh.overtime:.2f}",
                     money(sh.amount)])
        rows.append([f"    Worksite: {sh.position}", "", "", "", "", ""])
        rows.append([f"    Subtotal {sh.client}", "", "", "", "", money(sh.amount)])
        bold.append(len(rows) - 1)
    rows.append(["Total gross pay this week", "", f"{sum((sh.regular for sh in shifts), Decimal(0)):.2f}", "",
                 f"{sum((sh.overtime for sh in shifts), Decimal(0)):.2f}", money(stub.gross)])
    bold.append(len(rows) - 1)
    y = hn.table(s, 40, y + 6, [("Client", 190, "l"), ("Job order", 70, "l"), ("Reg hrs", 55, "r"),
                                ("Rate", 55, "r"), ("OT hrs", 55, "r"), ("Amount", 107, "r")], rows, size=7.8,
                 row_h=13.5, bold=bold) + 18
    summary = [["Gross pay", money(stub.gross), money(stub.ytd_gross or Decimal(0))]]
    summary += [[label, money(cur), money(ytd)] for label, cur, ytd in stub.deductions]
    summary.append(["Net pay", money(stub.net), money((stub.ytd_gross or Decimal(0))
                                                      - sum((t for _, _, t in stub.deductions), Decimal(0)))])
    hn.table(s, 40, y, [("", 262, "l"), ("This week", 110, "r"), ("Year to date", 160, "r")], summary, size=8.4,
             row_h=15, bold=[0, len(summary) - 1])
    s.wrap(40, 700, "Hours are paid as approved on your client timesheets. Report a missing punch within 7 days. "
           "Net pay deposited by direct deposit or pay card on the check date.", 532, 7.4, "sans-i", 9.4, 0.35)
    return s


# --- bank statements ------------------------------------------------------------------------------------------------

KITEBIRD = "Kitebird Bank"


def statement_kitebird(st: Statement) -> list[Sheet]:
    """An online-only bank's one-page statement: the transactions as CSV lines in a fixed-width face (ISO dates, quoted
    descriptions, signed amounts without thousands separators), the summary in a band along the page's foot."""
    s = Sheet()
    s.text(40, 50, "kitebird", 22, "sans-b")
    s.text(40, 63, "Kitebird Bank, N.A. - online only, no branches - help in the app 24/7", 7.6, "sans", 0.35)
    s.text(572, 46, "Monthly statement", 11, "sans-b", align="r")
    s.text(572, 60, f"{long_date(st.start)} - {long_date(st.end)}", 9, align="r")
    s.text(40, 96, st.holder.name, 10)
    s.text(40, 109, st.home.street, 9.5)
    s.text(40, 121, st.home.last_line, 9.5)
    s.text(572, 96, f"Everyday Checking \u2022\u2022{st.last4}", 9.5, "sans-b", align="r")
    s.text(572, 109, "Routing 000 555 014", 8, "sans", 0.35, "r")
    s.text(40, 152, "Transactions (export format)", 9, "sans-b")
    y = 168
    s.text(40, y, "date,description,amount,balance", 7.6, "mono-b")
    for day, desc, amount, balance in st.rows:
        y += 11
        s.text(40, y, f'{day.isoformat()},"{desc}",{amount:+.2f},{balance:.2f}', 7.6, "mono")
    s.rect(36, 686, 540, 66, stroke=None, fill=0.93)
    s.text(44, 700, f"SUMMARY  {long_date(st.start)} to {long_date(st.end)}", 8.2, "sans-b")
    for k, (label, value) in enumerate((("Opening balance", st.begin), ("Money in", st.deposits),
                                        ("Money out", st.debits), ("Closing balance", st.ending))):
        x = 44 + 132 * k
        s.text(x, 718, label, 7.6, "sans", 0.3)
        s.text(x, 734, f"${money(value)}", 11, "sans-b")
    s.text(44, 747, "Deposits are FDIC insured through Kitebird Bank, N.A. Questions about this statement? Chat "
                    "with us.", 6.6, "sans", 0.35)
    return [s]


HEARTHSTONE = "Hearthstone Community Credit Union"


def statement_closing(st: Statement, joint: Person | None) -> list[Sheet]:
    """A credit union's statement that names only its closing date: BALANCE FORWARD opens the ledger (MM/DD dates),
    NEW BALANCE closes it, and the summary gives Previous / New Balance; the period's start is not printed."""
    s = Sheet()
    s.text(306, 48, HEARTHSTONE, 15, "serif-b", align="c")
    s.text(306, 61, "Federally insured by NCUA  \u2022  PO Box 3300, Lancaster, PA 17604  \u2022  (717) 555-0150", 7.6,
           "serif", 0.3, "c")
    s.line(40, 70, 572, 70, 1.0)
    s.rect(380, 82, 192, 40, width=0.8)
    s.text(388, 96, "Statement Closing Date", 8, "sans-b")
    s.text(388, 114, us(st.end), 12, "sans-b")
    y = 92
    for line in (st.holder.upper, *([joint.upper] if joint else []), st.home.street.upper(),
                 st.home.last_line.upper()):
        s.text(48, y, line, 9.5)
        y += 12.5
    s.text(40, 150, f"SHARE DRAFT CHECKING    ACCOUNT ***{st.last4}", 9.5, "sans-b")
    rows = [["", "BALANCE FORWARD", "", "", money(st.begin)]]
    for day, desc, amount, balance in st.rows:
        rows.append([f"{day:%m/%d}", desc, money(amount) if amount > 0 else "", money(-amount) if amount < 0 else "",
                     money(balance)])
    rows.append(["", "NEW BALANCE", "", "", money(st.ending)])
    y = hn.table(s, 40, 158, [("Date", 44, "l"), ("Transaction", 250, "l"), ("Deposits", 76, "r"),
                              ("Withdrawals", 76, "r"), ("Balance", 86, "r")], rows, size=7.8, row_h=12.6,
                 bold=[0, len(rows) - 1]) + 16
    s.text(40, y, "ACCOUNT SUMMARY", 8.5, "sans-b")
    for k, (label, value) in enumerate((("Previous Balance", st.begin), ("Deposits & Credits", st.deposits),
                                        ("Withdrawals & Debits", st.debits), ("New Balance", st.ending))):
        s.text(48 + 132 * k, y + 16, label, 7.6, "sans", 0.3)
        s.text(48 + 132 * k, y + 30, money(value), 10.5, "sans-b")
    s.text(306, 760, "Dividends are paid on share accounts only. Report errors within 60 days.", 7, "sans", 0.35, "c")
    return [s]


# --- letters ----------------------------------------------------------------------------------------------------


def ssa_new_amount(person_: Person, ssn4: str, home: Address, when: date, gross: Decimal, medicare: Decimal,
                   kind: str) -> Doc:
    """Social Security's notice "Your new benefit amount": the monthly benefit before deductions, the Medicare premium
    taken out, the amount paid, and a note that benefits may be taxable."""
    s = Sheet()
    s.text(72, 58, "Social Security Administration", 14, "serif-b")
    s.text(72, 72, "Retirement, Survivors and Disability Insurance", 9, "serif", 0.2)
    s.text(72, 84, "Important Information", 9, "serif-i", 0.2)
    s.text(540, 58, f"Date: {long_date(when)}", 9.5, align="r")
    s.text(540, 72, f"Claim Number: XXX-XX-{ssn4}A", 9.5, align="r")
    y = 120
    for line in (person_.upper, home.street.upper(), home.last_line.upper()):
        s.text(72, y, line, 10)
        y += 13
    y += 26
    s.text(72, y, "Your new benefit amount", 15, "sans-b")
    y += 24
    first = hp.add_months(when, 1)
    y = s.wrap(72, y, f"We have figured your {kind} benefit again. Beginning with the payment you will receive in "
               f"{first:%B %Y}, your new monthly benefit amount is shown below. This amount is paid monthly, on the "
               "second Wednesday of each month.", 468, 10.5, "serif", 14.5) + 8
    rows = [("Monthly benefit amount before deductions", f"${money(gross)}"),
            ("Medicare medical insurance premium", f"-${money(medicare)}"),
            ("Amount we will pay you each month", f"${money(gross - medicare)}")]
    for k, (label, value) in enumerate(rows):
        s.rect(72, y, 468, 22, width=0.5, fill=0.93 if k == 0 else None)
        s.text(80, y + 15, label, 10, "sans-b" if k != 1 else "sans")
        s.text(532, y + 15, value, 10.5, "sans-b", align="r")
        y += 22
    y += 16
    y = s.wrap(72, y, "Your Social Security benefits may be taxable. Some people who have other income must pay taxes "
               "on part of their benefits; we will send you a Form SSA-1099 in January.", 468, 10, "serif", 14) + 8
    s.wrap(72, y, "If you disagree with this decision, you have 60 days from the date you receive this letter to ask "
           "for an appeal. Keep this letter: it proves your benefit amount.", 468, 10, "serif", 14)
    s.text(72, 700, "Social Security Administration", 10, "serif")
    return Doc("benefit_award_letter", {"letter_date": when, "monthly_amount": gross,
                                        "benefit_type": "benefits_taxable"}, [s])


def letterhead_letter(app: GApplication, when: date, business: tuple[str, str, str], paragraphs: Sequence[str],
                      rng: random.Random) -> Doc:
    """A hardship letter typed on the letterhead of the borrower's own small business: the shop's name and trade in a
    ruled band, its address and phone at the foot."""
    s = Sheet()
    name, trade, street = business
    s.circle(96, 62, 22, width=1.6)
    s.text(96, 68, "".join(w[0] for w in name.split() if w[0].isalpha())[:2], 16, "serif-b", 0.0, "c")
    s.text(128, 60, name, 19, "serif-b")
    s.text(128, 76, trade, 9, "serif-i", 0.3)
    s.line(72, 92, 540, 92, 1.4)
    s.line(72, 95, 540, 95, 0.4)
    y = 130
    s.text(72, y, long_date(when), 10.5, "serif")
    y += 30
    for line in (f"{FAIRHAVEN[0]}", "Homeowner Assistance", "PO Box 7720", "Harrisburg, PA 17106"):
        s.text(72, y, line, 10.5, "serif")
        y += 13.5
    y += 16
    s.text(72, y, f"Re: hardship letter, loan number {app.loan}, {app.address.one_line}", 10.5, "serif-b")
    y += 26
    s.text(72, y, "To the Homeowner Assistance team:", 10.5, "serif")
    y += 22
    for paragraph in paragraphs:
        y = s.wrap(72, y, paragraph, 468, 10.5, "serif", 15) + 9
    s.text(72, y + 6, "Sincerely,", 10.5, "serif")
    s.signature(rng, 80, y + 44, 140, 20, gray=0.1)
    s.text(72, y + 60, app.borrower.name, 10.5, "serif")
    s.text(72, y + 73, f"Owner, {name}", 10, "serif-i", 0.2)
    s.line(72, 740, 540, 740, 0.4)
    s.text(306, 752, f"{street}, {app.address.last_line}  {DOT}  {app.phone}", 8, "serif", 0.3, "c")
    return Doc("hardship_letter", {"letter_date": when}, [s])


# --- delivery shapes -------------------------------------------------------------------------------------------


@dataclass
class SnapshotDoc(hj.PhoneScanDoc):
    """Pages photographed one by one and sent as separate JPEGs, then joined into one PDF by a "JPG to PDF" tool that
    keeps each photo's own size: every page framed a little differently (a sliver cropped off some edges) and shot at
    its own distance, so no two pages have the same size."""

    framing: tuple[float, ...] = (1.0,)

    def images(self, dpi: int) -> list[Image.Image]:
        out = []
        for n, img in enumerate(super().images(dpi)):
            rng = random.Random(self.seed * 29 + n)
            w, h = img.size
            box = (round(w * rng.uniform(0, 0.025)), round(h * rng.uniform(0, 0.02)),
                   w - round(w * rng.uniform(0, 0.025)), h - round(h * rng.uniform(0, 0.006)))
            img = img.crop(box)
            scale = self.framing[n % len(self.framing)] * rng.uniform(0.97, 1.03)
            out.append(img.resize((round(img.width * scale), round(img.height * scale)), Image.Resampling.LANCZOS))
        return out


def snapshots(doc: Doc, seed: int, framing: tuple[float, ...]) -> SnapshotDoc:
    return SnapshotDoc(doc.type, doc.fields, doc.sheets, doc.pdf, doc.facts, seed=seed, framing=framing)


def reversed_pages(doc: Doc) -> Doc:
    """The document's pages fed to the fax last page first."""
    return replace(doc, delivered_order=list(range(doc.page_count))[::-1])


def write_packet(packet: Packet, root: Path) -> dict[str, Any]:
    """holdout_packets_o's writer (and through it n's, m's, l's, j's, i's and f's)."""
    return ho.write_packet(packet, root)


def check(packet: Packet, expected: dict[str, Any]) -> list[str]:
    """holdout_packets_o's self-check, reading an application's comb boxes and pen answers as the whole values they
    spell (kept by the pens); a period start that a statement only implies is let through."""
    docs = []
    for doc in packet.docs:
        written = packet.app.facts.get("written", "") if packet.app is not None else ""
        if doc.type == "mortgage_assistance_application" and doc.pdf is None and written:
            record = Sheet()
            for line in written.split("\n"):
                record.text(0, 0, line)
            doc = replace(doc, sheets=[*doc.sheets, record])
        docs.append(doc)
    problems = ho.check(replace(packet, docs=docs), expected)
    implied = {f"{want['id']} {doc.type}.{name}=" for doc, want in zip(packet.docs, expected["documents"], strict=True)
               for name in doc.facts.get("implied", ())}
    return [p for p in problems if not any(p.startswith(i) for i in implied)]


# --- packets --------------------------------------------------------------------------------------------------------


def received_on(rng: random.Random) -> date:
    """A weekday between mid-August and mid-October 2030."""
    return hp.weekday_on_or_before(date(2030, 8, 19) + timedelta(days=rng.randint(0, 56)))


def fitting_address(rng: random.Random) -> Address:
    """A property address whose street and city fit the comb rows."""
    while True:
        home = hp.address(rng)
        if len(home.street) <= COMB_MAX and len(home.city) <= 20:
            return home


def _facts(app: GApplication, rng: random.Random, duration: str) -> None:
    """What the forms ask beyond the checklist."""
    savings = Decimal(rng.randrange(20000, 480000)) / 100
    app.facts.update(duration=duration, household=str(rng.randint(1, 5)), savings=money(savings),
                     savings_amount=savings, cash=money(Decimal(rng.randrange(3000, 60000)) / 100),
                     payment=Decimal(rng.randrange(110000, 240000)) / 100)


def packet_fairhaven_typed_emoji(seed: int) -> Packet:
    """FLS-40 typed into its comb fields by a couple, both signing on a signature pad: his two bilingual semi-monthly
    stubs from the landscaping firm, her Social Security "Your new benefit amount" notice (retirement), a typed hardship
    letter; loose born-digital files whose names carry emoji. Complete."""
    rng = random.Random(seed * 8111 + 1)
    received = received_on(rng)
    loan = hp.digits(rng, 10, 2)
    borrower = Person("Rodrigo", "A.", "Villaseñor")
    co = Person("Margarita", None, "Villaseñor")
    home = fitting_address(rng)
    rate = Decimal(rng.randrange(2150, 3100)) / 100
    pays = talavera_run(rng, borrower, home, received, rate, 2)
    emp_id = f"TL-{rng.randint(1000, 9999)}"
    stubs = [st.doc([stub_bilingual(st, ot, rate, emp_id)]) for st, ot in pays]
    co_ssn4 = hp.digits(rng, 4)
    gross = Decimal(rng.randrange(118000, 214000)) / 100
    notice = ssa_new_amount(co, co_ssn4, home, received - timedelta(days=rng.randint(15, 50)), gross,
                            Decimal("185.00"), "retirement")
    signed_on = received - timedelta(days=rng.randint(1, 4))
    wages = cents(pays[-1][0].gross * 24 / 12)
    app = g_app([("wages", wages, "B"), ("benefits_taxable", gross, "C")], loan=loan, borrower=borrower,
                ssn4=hp.digits(rng, 4), address=home, occupancy="primary_residence", hardships=["reduction_in_income"],
                hardship_start=received - timedelta(days=rng.randint(60, 160)), signed=True, signed_on=signed_on,
                co_borrower=co, co_ssn4=co_ssn4, co_signed=True, co_signed_on=signed_on, phone=hp.phone(rng),
                email=hj._email(borrower, rng))
    _facts(app, rng, "long")
    app_doc = Doc("mortgage_assistance_application", {}, fairhaven_form(app, "typed", rng))
    letter = ho.block_letter(app, signed_on, FAIRHAVEN[0], [
        "The nursery where I have worked for eleven years lost its two biggest contracts this spring. My regular "
        "hours were kept, but the overtime that used to make up a third of my pay is mostly gone.",
        "My wife Margarita retired last year and her Social Security is our other income. Together it is no longer "
        "enough for the mortgage payment and our other bills.",
        "We would like to be reviewed for a modification so that we can stay in our home."], rng)
    docs = [app_doc, *stubs, notice, letter]
    files = [ho.OFile(f"\U0001f3e0 {loan} solicitud - application.pdf", [app_doc])]
    files += [ho.OFile(f"\U0001f4b5 recibo {st.pay_date:%m-%d} {loan}.pdf", [d])
              for (st, _), d in zip(pays, stubs, strict=True)]
    files.append(ho.OFile(f"\U0001f474\U0001f3fd SSA carta {loan} \u2705.pdf", [notice]))
    files.append(ho.OFile(f"{loan} hardship \u270d\ufe0f letter.pdf", [letter]))
    return Packet("p1-fairhaven-comb-column-typed-bilingual-stubs-ssa-new-amount-emoji-names", received, app, docs,
                  files, loan, [])


def packet_fairhaven_hand_scan(seed: int) -> Packet:
    """FLS-40 printed blank and hand-printed in capitals by a baker who owns her shop, signed and dated; two consecutive
    statements of her online-only bank (CSV-style transactions carrying the shop's card-sales payouts), a hardship
    letter on the bakery's letterhead; one 240 dpi grayscale JPEG scan. Self-employment claimed, no 4506-C. Incomplete:
    irs_form_4506c."""
    rng = random.Random(seed * 8111 + 2)
    received = received_on(rng)
    loan = hp.digits(rng, 10, 1)
    borrower = Person("Henrietta", "J.", "Okonkwo")
    home = fitting_address(rng)
    payouts = [Decimal(rng.randrange(90000, 160000)) / 100 for _ in range(4)]

    def deposits(start: date) -> list[tuple[int, str, Decimal]]:
        return [(4 + 7 * k, f"SQUARE PAYOUT CRUMB AND KETTLE {k + 1}", payouts[k]) for k in range(4)]

    sts = hf.statements(rng, KITEBIRD, borrower, home, _months(received), hp.digits(rng, 4), deposits, n_debits=13)
    statements = [st.doc(statement_kitebird(st)) for st in sts]
    net = cents(sum(payouts, Decimal(0)) * Decimal("0.42"))
    storm = received - timedelta(days=rng.randint(50, 120))
    signed_on = received - timedelta(days=rng.randint(2, 6))
    app = g_app([("self_employment", net, "B")], loan=loan, borrower=borrower, ssn4=hp.digits(rng, 4), address=home,
                occupancy="primary_residence", hardships=["disaster", "increase_in_housing_expenses"],
                hardship_start=storm, signed=True, signed_on=signed_on, phone=hp.phone(rng), email="")
    _facts(app, rng, "short")
    app_doc = Doc("mortgage_assistance_application", {}, fairhaven_form(app, "hand", rng))
    shop = ("Crumb & Kettle Bakery", "Breads, pastries and wedding cakes since 2019",
            f"{rng.randint(10, 400)} Market Street")
    letter = letterhead_letter(app, signed_on, shop, [
        f"On {long_date(storm)} a flash flood filled the basement of my bakery and of my home. The shop was closed "
        "for five weeks while the ovens and the wiring were replaced, and my sales have not come back yet.",
        "At the same time my flood insurance premium and my property taxes went up, so my escrow payment rose by "
        "more than two hundred dollars a month.",
        "I am asking for a temporary reduction of my payment until the bakery is back to its usual sales."], rng)
    docs = [app_doc, *statements, letter]
    scan = Scan(240, skew=0.3, noise=0.0003, blur=0.35, paper=244, seed=seed + 21)
    files = [ho.OFile(f"{loan}_Okonkwo_scan_240.pdf", docs, scan, jpeg=45)]
    return Packet("p2-fairhaven-comb-hand-capitals-online-bank-csv-bakery-letterhead-240dpi-no-4506c", received, app,
                  docs, files, loan, ["irs_form_4506c"])


def packet_beacon_email_typed(seed: int) -> Packet:
    """Beacon Hollow's e-mail application answered as a reply (questions quoted, answers typed after the colons, "[X]"
    choices, "/s/" signature) and printed from webmail to one PDF with the attachments after the message (two bilingual
    stubs, a typed hardship letter) and an empty last page; the file's name carries no loan number. Complete."""
    rng = random.Random(seed * 8111 + 3)
    received = received_on(rng)
    loan = hp.digits(rng, 10, 1)
    borrower = Person("Tobias", None, "Lindqvist-Marsh")
    home = hp.address(rng)
    rate = Decimal(rng.randrange(2300, 3300)) / 100
    pays = talavera_run(rng, borrower, home, received, rate, 2)
    emp_id = f"TL-{rng.randint(1000, 9999)}"
    stubs = [st.doc([stub_bilingual(st, ot, rate, emp_id)]) for st, ot in pays]
    replied = received - timedelta(days=rng.randint(1, 3))
    sent = replied - timedelta(days=rng.randint(3, 9))
    app = g_app([("wages", cents(pays[-1][0].gross * 24 / 12), "B")], loan=loan, borrower=borrower,
                ssn4=hp.digits(rng, 4), address=home, occupancy="primary_residence",
                hardships=["reduction_in_income", "increase_in_housing_expenses"],
                hardship_start=received - timedelta(days=rng.randint(45, 150)), signed=True, signed_on=replied,
                phone=hp.phone(rng), email=hj._email(borrower, rng))
    _facts(app, rng, "long")
    app_doc = Doc("mortgage_assistance_application", {}, beacon_form(app, "typed", rng, sent, replied))
    letter = hb.typed_letter(app, replied, BEACON, [
        "My crew's hours were cut from fifty-five to about forty a week after the company lost a large contract, so "
        "the overtime I counted on is gone.",
        "This year our homeowner's insurance renewed at almost twice the old premium and the escrow shortage raised "
        "my mortgage payment. I am asking for a modification to bring the payment back within reach."], rng)
    docs = [app_doc, *stubs, letter]
    files = [ho.OFile("Mail - RE_ Your mortgage assistance application - reply with your answers.pdf",
                      [app_doc, *stubs, letter, hc.blank_page()])]
    return Packet("p3-beacon-email-reply-quoted-typed-printed-with-attachments-empty-last-page", received, app, docs,
                  files, loan, [])


def packet_beacon_hand_fax_reversed(seed: int) -> Packet:
    """Beacon Hollow's e-mail printed and filled in pen, the hardship's start date left blank; two weekly statements of
    the staffing agency (assignments at several clients) and a handwritten hardship letter; one 200 dpi fax with the
    machine's header line whose application pages went through last page first. Incomplete:
    application_field:hardship_start_date."""
    rng = random.Random(seed * 8111 + 4)
    received = received_on(rng)
    loan = hp.digits(rng, 10, 2)
    borrower = Person("Desmond", "K.", "Abernathy")
    home = hp.address(rng)
    pays = staffing_run(rng, borrower, home, received, 2)
    associate = f"{rng.randint(400000, 499999)}"
    stubs = [st.doc([stub_staffing(st, shifts, associate)]) for st, shifts in pays]
    signed_on = received - timedelta(days=rng.randint(1, 3))
    average = cents(sum((st.gross for st, _ in pays), Decimal(0)) / len(pays) * 52 / 12)
    app = g_app([("wages", average, "B")], loan=loan, borrower=borrower, ssn4=hp.digits(rng, 4), address=home,
                occupancy="primary_residence", hardships=["unemployment", "reduction_in_income"], hardship_start=None,
                signed=True, signed_on=signed_on, phone=hp.phone(rng), email=hj._email(borrower, rng))
    _facts(app, rng, "short")
    sent = signed_on - timedelta(days=rng.randint(5, 12))
    app_doc = reversed_pages(Doc("mortgage_assistance_application", {}, beacon_form(app, "hand", rng, sent, sent)))
    letter = hb.handwritten_letter(app, signed_on, [
        "I was laid off from my warehouse job in the spring when the company moved. Since then I have worked "
        "through a temp agency at different places each week.",
        "The pay is lower and the hours change every week, so I fell behind on the mortgage. Please help me with a "
        "lower payment while I look for a full time job."], rng)
    docs = [app_doc, *stubs, letter]
    header = (f"{signed_on:%m/%d/%Y} {rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}  FROM: PRINT-N-SHIP #2214  "
              "P.{page:02d}/{pages:02d}")
    files = [ho.OFile(f"FAX_{received:%Y%m%d}_{rng.randint(100, 999)}_{loan}.pdf", docs,
                      Scan(200, skew=0.4, noise=0.0008, blur=0.3, fax=True, seed=seed + 41), header=header)]
    return Packet("p4-beacon-email-printed-pen-filled-staffing-agency-stubs-fax-pages-reversed-no-start-date",
                  received, app, docs, files, loan, ["application_field:hardship_start_date"])


def packet_form710_photos_sizes(seed: int) -> Packet:
    """The real Form 710 filled through its AcroForm by a couple and signed after printing; his two weekly staffing
    agency statements, her Social Security disability "Your new benefit amount" notice and her handwritten hardship
    letter; every page photographed on its own and joined into one PDF of colour JPEG pages of different sizes.
    Complete."""
    rng = random.Random(seed * 8111 + 5)
    received = received_on(rng)
    loan = hp.digits(rng, 10, 1)
    borrower = Person("Quentin", None, "Haverford")
    co = Person("Noor", "E.", "Haverford")
    home = hp.address(rng)
    pays = staffing_run(rng, borrower, home, received, 2)
    associate = f"{rng.randint(400000, 499999)}"
    stubs = [st.doc([stub_staffing(st, shifts, associate)]) for st, shifts in pays]
    co_ssn4 = hp.digits(rng, 4)
    gross = Decimal(rng.randrange(98000, 176000)) / 100
    notice = ssa_new_amount(co, co_ssn4, home, received - timedelta(days=rng.randint(10, 40)), gross,
                            Decimal("185.00"), "disability")
    signed_on = received - timedelta(days=rng.randint(2, 5))
    sick = received - timedelta(days=rng.randint(150, 300))
    average = cents(sum((st.gross for st, _ in pays), Decimal(0)) / len(pays) * 52 / 12)
    app = g_app([("wages", average, "B"), ("benefits_taxable", gross, "C")], loan=loan, borrower=borrower,
                ssn4=hp.digits(rng, 4), address=home, occupancy="primary_residence",
                hardships=["disability_or_illness"], hardship_start=sick, signed=True, signed_on=signed_on,
                co_borrower=co, co_ssn4=co_ssn4, co_signed=True, co_signed_on=signed_on, phone=hp.phone(rng),
                email=hj._email(borrower, rng))
    _facts(app, rng, "long")
    app.facts.update(co_email=hj._email(co, rng), co_phone=hp.phone(rng))
    form = Doc("mortgage_assistance_application", {}, pdf=hj.form710_filled(app, rng), facts={"form710": True})
    letter = hb.handwritten_letter(app, signed_on, [
        "Last year I was diagnosed with multiple sclerosis and had to leave my job as a school librarian. I now "
        "receive Social Security disability.",
        "My husband Quentin works through a staffing agency but his hours change every week. We are behind on the "
        "mortgage and need a payment we can keep up with."], rng)
    framing = ((1.0, 0.78, 1.16, 0.9), (0.84,), (1.1,), (0.7,), (0.95,))
    shot = [snapshots(d, seed + 50 + k, framing[k]) for k, d in enumerate([form, *stubs, notice, letter])]
    files = [ho.OFile(f"JPG2PDF {loan} (8 photos).pdf", shot, Scan(150, paper=255, seed=seed + 51), jpeg=62,
                      tint=True)]
    return Packet("p5-form710-acroform-photographed-page-by-page-jpeg-pages-of-different-sizes-ssdi-notice",
                  received, app, shot, files, loan, [])


def packet_fairhaven_ink_bw_scan(seed: int) -> Packet:
    """FLS-40 typed into its PDF by a couple, printed, signed and dated in pen by both; two consecutive credit union
    statements that print only their closing date (his pay and her child support deposited), a typed hardship letter
    about his employer moving his job; one 300 dpi black-and-white scan under a name with emoji and accents. Relocation
    claimed without a transfer letter. Incomplete: hardship_doc:relocation."""
    rng = random.Random(seed * 8111 + 6)
    received = received_on(rng)
    loan = hp.digits(rng, 10, 1)
    borrower = Person("Anselm", "T.", "Brandt")
    co = Person("Paloma", None, "Ruiz-Ortega")
    home = fitting_address(rng)
    net = Decimal(rng.randrange(160000, 245000)) / 100
    support = Decimal(rng.randrange(40000, 90000, 500)) / 100

    def deposits(start: date) -> list[tuple[int, str, Decimal]]:
        fridays = hj._weekdays(start, 4)[rng.randint(0, 1)::2]
        return [*((d, "DIRECT DEP CORVANE MFG PAYROLL", net) for d in fridays),
                (rng.randint(2, 9), "ACH CREDIT PA SCDU CHILD SUPP", support)]

    sts = hf.statements(rng, HEARTHSTONE, borrower, home, _months(received), hp.digits(rng, 4), deposits, n_debits=13)
    statements = []
    for st in sts:
        doc = st.doc(statement_closing(st, co))
        doc.facts["implied"] = ("period_start",)
        statements.append(doc)
    signed_on = received - timedelta(days=rng.randint(2, 6))
    moved = received - timedelta(days=rng.randint(60, 140))
    app = g_app([("wages", cents(net * 26 / 12 / Decimal("0.76")), "B"), ("other", support, "C")], loan=loan,
                borrower=borrower, ssn4=hp.digits(rng, 4), address=home, occupancy="primary_residence",
                hardships=["relocation"], hardship_start=moved, signed=True, signed_on=signed_on, co_borrower=co,
                co_ssn4=hp.digits(rng, 4), co_signed=True, co_signed_on=signed_on, phone=hp.phone(rng),
                email=hj._email(borrower, rng))
    _facts(app, rng, "long")
    app_doc = Doc("mortgage_assistance_application", {}, fairhaven_form(app, "ink", rng))
    letter = hb.typed_letter(app, signed_on, FAIRHAVEN[0], [
        f"On {long_date(moved)} Corvane Manufacturing closed the plant where I work and moved my job to its plant "
        "two hundred and forty miles away. I now rent a room near the new plant during the week.",
        "Paying rent there and the mortgage here, with the child support Paloma receives, is more than we can "
        "manage. We want to keep the house for the children and ask for a modification."], rng)
    docs = [app_doc, *statements, letter]
    scan = Scan(300, skew=0.2, noise=0.0002, blur=0.4, fax=True, seed=seed + 61)
    files = [ho.OFile(f"Escaneo \U0001f4c4 préstamo {loan} – Brandt & Ruiz-Ortega.pdf", docs, scan)]
    return Packet("p6-fairhaven-comb-typed-then-inked-credit-union-closing-date-only-bw-300dpi-no-transfer-letter",
                  received, app, docs, files, loan, ["hardship_doc:relocation"])


PACKETS = (packet_fairhaven_typed_emoji, packet_fairhaven_hand_scan, packet_beacon_email_typed,
           packet_beacon_hand_fax_reversed, packet_form710_photos_sizes, packet_fairhaven_ink_bw_scan)


def main() -> None:
    hb.run(__doc__.splitlines()[0], PACKETS, 16710, write_packet, check)


if __name__ == "__main__":
    main()
