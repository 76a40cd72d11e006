"""Pay stub fields: employer, employee, dates, gross and net pay, frequency, and the checks a stub's own
figures allow (a year to date that does not add up, a net pay that is not gross less deductions)."""

from __future__ import annotations

import dataclasses
import re
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from rapidfuzz import fuzz

from lossmit_docs.model import Field, Page, TextMethod
from lossmit_docs.reading.document_text import DocumentText, Ref, beside_label, labelled_money, labels_of
from lossmit_docs.reading.page_text import box_of, locate, row_under, skew, whole_row
from lossmit_docs.reading.paper_names import (
    dotted_heading,
    firm_over_address,
    fuller_firm,
    heading_firm,
    initialled_name,
    labelled_firm,
    person_name,
    person_over_address,
    provider_heading,
)
from lossmit_docs.reading.table_money import TableAmounts, under
from lossmit_docs.reading.values import (
    amounts_in,
    date_range,
    dates_in,
    find_label,
    first_date,
    label_matches,
    own_figures,
    periods_in,
    squash,
    without_dates,
)

PERIODS_A_YEAR = {"weekly": 52, "biweekly": 26, "semimonthly": 24, "monthly": 12}
YTD_TOLERANCE = Decimal("0.15")
AGREED = 0.9  # a value two independent readings of the page agree on
UNSURE_PERIOD = 0.5  # a pay period read ending before it begins: one of its dates is another's
PAID_WITHIN = 90  # days after its period begins that a stub is paid at the latest (a monthly stub paid late)
LONE_PERIOD = 0.85  # a range standing alone, no caption, that the pay date closes
UNSURE_PAY_DATE = 0.5  # a pay date further off its period: a misread year, for a person to check


def _money_or_row(reader: DocumentText, labels: list[str], not_after: list[str] | None = None,
                  either_column: bool = False, headings: list[str] | None = None
                  ) -> tuple[Decimal | None, int | None, Page | None, float | None]:
    """A labelled amount from its line of text, else from the label's row of word boxes (a scan's table
    read column by column) or the column it heads: the amount, the label's line, and the page and OCR
    score of the row when the amount came from one. `either_column` takes the year-to-date figure when
    there is no current one; `headings` as `labelled_money` takes them."""
    value, line = labelled_money(reader, labels, not_after=not_after, headings=headings)
    own = value is not None and not _year_figure_off_label(reader, line, labels, value)
    if own and (line is None or len(amounts_in(reader.lines[line], cents_required=True)) < 2):
        return value, line, None, None  # one amount on its line: no table's year figure before it to look up
    row = beside_label(reader, labels) or under(reader.pages, labels, labels_of("pay_stub")["ytd_words"])
    if own and not _year_first(reader, line, value, row):
        return value, line, None, None
    if value is not None and (row is None or row.current is None):
        return value, line, None, None
    value = row and (row.ytd if row.current is None and either_column else row.current)
    return (value, line, row.page, row.read) if row and value is not None else (None, line, None, None)


def _year_first(reader: DocumentText, line: int | None, value: Decimal, row: TableAmounts | None) -> bool:
    """Whether the line's first amount is the year to date of a table that prints it before the current
    period's ("Deductions Total  1,208.78  237.30" under "YTD  Current"): the row's columns put the year's
    figure first and the current one after it on the same line."""
    if line is None or row is None or row.current is None or row.ytd != value or row.current == value:
        return False
    amounts = amounts_in(reader.lines[line], cents_required=True)
    return value in amounts and row.current in amounts[amounts.index(value) + 1 :]


def _year_figure_off_label(reader: DocumentText, line: int | None, labels: list[str], value: Decimal) -> bool:
    """Whether an amount was taken off a scan's line that is not its label's and is the year-to-date figure
    of another row ("Net pay year to date 14,840.26"): OCR read the block of labels and the block of figures
    apart, and the line after "Net pay this period" holds the year's; the label's row of word boxes says
    which is its own."""
    if line is None or reader.line_page[line].method != TextMethod.OCR \
            or any(True for _ in label_matches([reader.lines[line]], labels)):
        return False
    page = reader.line_page[line]
    ytd = [squash(w) for w in labels_of("pay_stub")["ytd_words"]]
    for word in page.words:
        if amounts_in(word.text, cents_required=True) == [value]:
            said = squash(" ".join(w.text for w in whole_row(page, word.box, skew(page)) if w.box[2] <= word.box[0]))
            if any(w in said for w in ytd):
                return True
    return False


def extract_pay_stub(pages: list[Page], ref: Ref) -> tuple[dict[str, Field], list[str]]:
    """Pay stub fields and the review notes its own figures raise (a YTD that does not add up). A sheet
    printed with two stubs, one under the other (two periods on perforated stock), is read as its latest."""
    halves = _two_stubs(pages[0]) if len(pages) == 1 else None
    if halves is None:
        return _stub_fields(pages, ref)
    read = [_stub_fields([half], ref) for half in halves]
    # each half a stub of its own: dated and paid (a check under its stub repeats the firm's name, no pay)
    dated = [(fields["pay_date"].value, -index) for index, (fields, _) in enumerate(read)
             if isinstance(fields["pay_date"].value, date) and fields["gross_current"].value is not None]
    if len(dated) < len(read):
        return _stub_fields(pages, ref)
    fields, notes = read[-max(dated)[1]]  # the latest; on a tie the first
    for name in ("employer", "employee_name"):  # the sheet's own heading, over its first stub
        if read[0][0][name].value is not None:
            fields[name] = read[0][0][name]
    return fields, notes


def _two_stubs(page: Page) -> list[Page] | None:
    """The two halves of a page whose heading line is printed again further down (a second stub under the
    first), each with its own lines and words; None when no heading repeats."""
    lines = page.text.splitlines()
    heading = next((i for i, line in enumerate(lines) if len(re.findall(r"[A-Za-z]{3,}", line)) >= 2), None)
    if heading is None:
        return None
    again = next((i for i in range(heading + 3, len(lines))
                  if fuzz.ratio(squash(lines[i]), squash(lines[heading])) >= SAME_HEADING), None)
    if again is None:
        return None
    cut = None
    if page.words:  # where the second heading's words stand: the words under it are the second stub's
        # (by the heading's longest word printed twice: a logo's letter stands taller than its line)
        twice = next((tops for token in sorted(lines[heading].split(), key=len, reverse=True)
                      if len(tops := sorted(w.box[1] for w in page.words if w.text == token)) == 2), None)
        if twice is None:
            return None
        cut = twice[1] - 0.002
    top = dataclasses.replace(page, text="\n".join(lines[:again]),
                              words=tuple(w for w in page.words if cut is None or w.box[1] < cut))
    bottom = dataclasses.replace(page, text="\n".join(lines[again:]),
                                 words=tuple(w for w in page.words if cut is None or w.box[1] >= cut))
    return [top, bottom]


SAME_HEADING = 90  # similarity (0-100) of a line to the page's heading from which it repeats it


def _stub_fields(pages: list[Page], ref: Ref) -> tuple[dict[str, Field], list[str]]:
    labels = labels_of("pay_stub")
    reader = DocumentText(pages, ref)
    fields: dict[str, Field] = {}
    employer, name, heading_line = dotted_heading(reader)
    employer_line = name_line = heading_line
    labelled, name_page = employer is not None, None
    employer_page = None
    if employer is None:
        employer, employer_line = reader.first(labels["employer"], labelled_firm, same_line_only=True)
        if employer is None:  # a caption over its cell ("COMPANY" over the firm's name and address)
            employer, employer_page = reader.under_caption(labels["employer_caption"], labelled_firm,
                                                           labels["caption_second_rows"])
        labelled = employer is not None
        name, name_line = reader.first(labels["employee_name"], person_name)
    if name is None:  # "Name:" in a scanned block of labels, the name in the next block: by the label's row
        name, name_page = reader.on_row(labels["employee_name"], person_name)
    if name is None:
        name, name_page = reader.under_caption(labels["employee_caption"], person_name, labels["caption_second_rows"])
    if not labelled:
        employer, employer_line = heading_firm(reader, name)
        if employer is not None:
            employer, employer_line = fuller_firm(reader, employer, employer_line)
    if name is None:
        name, name_line = person_over_address(reader, employer)
    if name is None:
        name, name_line = initialled_name(reader, employer)
    if employer is None:
        employer, employer_line = firm_over_address(reader, name)
    elif not labelled and provider_heading(reader, employer_line):
        # a payroll service's brand over its slip ("TALLY BRIDGE HR pay slip"): the employer's own block
        over, over_line = firm_over_address(reader, name)
        if over is not None and over_line != employer_line:  # (the heading's own line over the address is its)
            employer, employer_line = over, over_line
    fields["employer"] = reader.field(employer, employer_line, (0.9 if labelled else 0.8) if employer else 0.3,
                                      page=employer_page)
    fields["employee_name"] = reader.field(name, name_line, 0.85 if name else 0.3, page=name_page)
    pay_date, pay_line = reader.first(labels["pay_date"], first_date)
    fields["pay_date"] = reader.field(pay_date, pay_line, 0.95 if pay_date else 0.3)
    start, end = _period(reader, labels)
    fields["period_start"] = reader.field(start[0], start[1])
    fields["period_end"] = reader.field(end[0], end[1])
    for name in ("pay_date", "period_start", "period_end"):
        if fields[name].value is None and (found := reader.on_row(labels[name], first_date))[1] is not None:
            fields[name] = reader.field(found[0], None, 0.95, page=found[1])
    if fields["period_start"].value is None or fields["period_end"].value is None:
        # (one end found alone may be the range's own "through 05/31/2027", read by its word)
        period, period_page = reader.on_row(labels["period"], _two_dates)
        if not period:  # a tile's caption alone ("WEEK"), over a period written as one
            period, period_page = reader.on_row(labels["period_caption"], _written_period)
        if not period:  # captions of two rows: "Pay Period" over "Begin", "Pay Period" over "End"
            period, period_page = _stacked_period(reader, labels)
        if period:
            for name, when in zip(("period_start", "period_end"), period, strict=True):
                fields[name] = reader.field(when, None, 0.95, page=period_page)
        elif (lone := _lone_period(reader, fields["pay_date"].value))[0]:
            for name, when in zip(("period_start", "period_end"), lone[0], strict=True):
                fields[name] = reader.field(when, lone[1], LONE_PERIOD)
    if fields["period_start"].value and fields["period_end"].value and \
            fields["period_start"].value > fields["period_end"].value:  # another date of the stub's taken for one
        for name in ("period_start", "period_end"):
            fields[name] = dataclasses.replace(fields[name], confidence=min(fields[name].confidence, UNSURE_PERIOD))
    paid_on, began = fields["pay_date"].value, fields["period_start"].value
    if isinstance(paid_on, date) and isinstance(began, date) and not 0 <= (paid_on - began).days <= PAID_WITHIN:
        # a year misread ("03/27/2032" for a period from 03/16/2031): no stub pays that far off its period; in
        # the period's year the day may fit it ("06/04/2043" read of "06/04/2049" paying 05/16 - 05/29/2049)
        fitted = _in_year(paid_on, began.year)
        fields["pay_date"] = dataclasses.replace(
            fields["pay_date"], value=fitted if fitted and 0 <= (fitted - began).days <= PAID_WITHIN else paid_on,
            confidence=min(fields["pay_date"].confidence, UNSURE_PAY_DATE))
    start, end = ((fields[name].value, None) for name in ("period_start", "period_end"))
    _gross(reader, labels, fields)
    # (not a section's heading: "Adjustments to Net Pay" over "Health Ins (pre-tax)  -46.00")
    net, net_line, page, read = _money_or_row(reader, labels["net"], labels["ytd_words"],
                                              headings=labels["net_headings"])
    sure = 0.95
    gross = fields["gross_current"].value
    if net is None and gross is not None:
        # the net pay's one figure set under the year-to-date column: less than this period's gross, it is this
        # period's net (a year's net is as much only on the year's first stub, where the two are one)
        alone, alone_line, alone_page, alone_read = _money_or_row(reader, labels["net"], labels["ytd_words"],
                                                                  either_column=True, headings=labels["net_headings"])
        if alone is not None and alone < gross:
            net, net_line, page, read, sure = alone, alone_line, alone_page, alone_read, 0.85
    fields["net_current"] = reader.field(net, None if page else net_line, sure if net else 0.3, page=page, base=read)
    frequency, frequency_line = _frequency(reader, labels, start[0], end[0])
    printed = frequency_line is not None
    fields["frequency"] = reader.field(frequency, frequency_line, 0.95 if printed else 0.8)
    if not printed and (on_row := reader.on_row(labels["frequency"], _printed_frequency))[0]:
        frequency, printed = on_row[0], True
        fields["frequency"] = reader.field(frequency, None, 0.95, page=on_row[1])
    ytd = fields["gross_ytd"].value
    paid = fields["pay_date"].value if isinstance(fields["pay_date"].value, date) else None
    notes = _ytd_check(gross, ytd, frequency, paid or end[0]) if gross is not None and frequency else []
    implied, exact = _period_frequency(start[0], end[0])
    # two readings that agree: the printed frequency and the period's length, or the length and the
    # year-to-date gross counted in periods of it
    if frequency and implied == frequency and exact and (printed or (gross and ytd and not notes)):
        fields["frequency"] = dataclasses.replace(fields["frequency"], confidence=max(fields["frequency"].confidence,
                                                                                      AGREED))
    if gross is not None and frequency:
        monthly = (gross * PERIODS_A_YEAR[frequency] / 12).quantize(Decimal("0.01"), ROUND_HALF_UP)
        fields["monthly_gross"] = Field(monthly, min(fields["gross_current"].confidence,
                                                     fields["frequency"].confidence),
                                        fields["gross_current"].source, "computed")
    else:
        fields["monthly_gross"] = reader.field(None, None, 0.2, "computed")
    return fields, notes + _net_check(reader, labels, fields, net_line)


def _in_year(day: date, year: int) -> date | None:
    try:
        return day.replace(year=year)
    except ValueError:  # the 29th of February
        return None


def _net_check(reader: DocumentText, labels: dict[str, Any], fields: dict[str, Field], line: int | None
               ) -> list[str]:
    """Gross less the stub's own total of deductions should be its net pay, and never less than it; when it
    is not, a figure was misread (a 3 for an 8 on a fax), and the net pay goes to review with it. `line`: the
    net pay label's."""
    gross, net = fields["gross_current"].value, fields["net_current"].value
    if gross is not None and net is not None and net > gross:  # a net pay is what is left of the gross
        fields["net_current"] = dataclasses.replace(fields["net_current"],
                                                    confidence=min(fields["net_current"].confidence, 0.5))
        return [f"the net pay {net} read is more than the gross pay {gross}"]
    deductions = _money_or_row(reader, labels["deductions"], labels["ytd_words"])[0]
    if gross is None or net is None or deductions is None or gross - deductions == net:
        return []
    taxes = _money_or_row(reader, labels["taxes"], labels["ytd_words"])[0]  # totalled apart from deductions
    if taxes is not None and gross - deductions - taxes == net:
        return []
    if line is not None and any(gross - deductions in amounts_in(text, cents_required=True)
                                for text in reader.lines[line : line + NET_ROWS]):
        # a band of captions ("GROSS PAY  TOTAL DEDUCTIONS  NET PAY") over its figures: the line's first
        # figure was the gross's; the one the stub's own sum gives stands under the net's caption
        fields["net_current"] = dataclasses.replace(fields["net_current"], value=gross - deductions)
        return []
    fields["net_current"] = dataclasses.replace(fields["net_current"],
                                                confidence=min(fields["net_current"].confidence, 0.5))
    return [f"gross {gross} less deductions {deductions} is {gross - deductions}, not the net pay {net} read"]


NET_ROWS = 3  # lines from the net pay's label to the figures under it


def _gross(reader: DocumentText, labels: dict[str, Any], fields: dict[str, Field]) -> None:
    """Current and YTD gross: from the table's columns on a scan, else from the labelled line."""
    row = beside_label(reader, labels["gross"]) or under(reader.pages, labels["gross"], labels["ytd_words"])
    if row is not None and row.current is not None:
        page, read, ytd = row.page, row.read, row.ytd
        fields["gross_current"] = reader.field(row.current, None, 0.95, page=page, base=read)
        fields["gross_ytd"] = reader.field(ytd, None, 0.9 if ytd is not None else 0.6, page=page, base=read)
        if ytd is None:  # a year-to-date box of its own ("Gross to date 25,704.00"), under whichever header
            ytd, ytd_line, where, read_as = _money_or_row(reader, labels["gross_ytd"], either_column=True)
            if ytd is not None:
                fields["gross_ytd"] = reader.field(ytd, None if where else ytd_line, 0.9, page=where, base=read_as)
        if fields["gross_ytd"].value is None and (found := _ytd_section(reader, labels))[0] is not None:
            fields["gross_ytd"] = reader.field(found[0], found[1], 0.9)
        if fields["gross_ytd"].value is None and (found := _gross_line_ytd(reader, labels, row.current))[0]:
            fields["gross_ytd"] = reader.field(found[0], found[1], 0.9)
        if fields["gross_ytd"].value is None and (found := _year_to_date_row(reader, labels, row.current))[0]:
            fields["gross_ytd"] = reader.field(found[0], found[1], 0.85)
        if fields["gross_ytd"].value is None and (found := _slashed_year_to_date(reader, row.current))[0]:
            fields["gross_ytd"] = reader.field(found[0], found[1], 0.85)
        return
    gross, gross_line = labelled_money(reader, labels["gross"], not_after=labels["ytd_words"])
    ytd, ytd_line = labelled_money(reader, labels["gross_ytd"])
    if gross is None and ytd is None and (total := _earnings_total(reader, labels)) is not None:
        fields["gross_current"] = reader.field(total[0], total[2], 0.85)
        fields["gross_ytd"] = reader.field(total[1], total[2], 0.85)
        return
    if ytd is None and gross_line is not None:
        line = reader.lines[gross_line]
        label_end = next((end for _, _, end in label_matches([line], labels["gross"])), 0)
        row = amounts_in(own_figures(line[label_end:], labels["ytd_words"]), cents_required=True)
        ytd, ytd_line = (abs(row[-1]), gross_line) if len(row) >= 2 and abs(row[-1]) >= (gross or 0) else (None, None)
    if ytd is None and gross is not None:
        ytd, ytd_line = _year_to_date_row(reader, labels, gross)
    fields["gross_current"] = reader.field(gross, gross_line, 0.95 if gross else 0.3)
    fields["gross_ytd"] = reader.field(ytd, ytd_line, 0.9 if ytd is not None else 0.6)


def _earnings_total(reader: DocumentText, labels: dict[str, Any]) -> tuple[Decimal, Decimal, int] | None:
    """The earnings table's total row that prints no label ("Earnings and Hours  Qty  Rate  Current  YTD" ...
    "82:00  1,804.00  12,570.25"): the first row of figures alone under its rows, this period's pay and the
    year's; none when another heading comes first."""
    found = find_label(reader.lines, labels["earnings_heading"])
    if found is None:
        return None
    for index in range(found[0] + 1, min(found[0] + EARNINGS_ROWS, len(reader.lines))):
        line = reader.lines[index]
        figures = amounts_in(line, cents_required=True)
        if re.search(r"[A-Za-z]", line):
            if not figures:
                return None  # the next table's heading ("Taxes  Current  YTD Amount")
            continue
        if len(figures) >= 2:
            return abs(figures[-2]), abs(figures[-1]), index
    return None


EARNINGS_ROWS = 12  # lines an earnings table runs to under its heading


def _gross_line_ytd(reader: DocumentText, labels: dict[str, Any], current: Decimal
                    ) -> tuple[Decimal | None, int | None]:
    """The year to date on the earnings table's gross line ("Gross Pay  $926.80  $23,381.04"), when the
    current gross was read from a summary box above it (the same words over "$926.80"): the line's first
    amount is that gross, its last the year to date (the same on the year's first check)."""
    for index, _, end in label_matches(reader.lines, labels["gross"]):
        amounts = amounts_in(own_figures(reader.lines[index][end:], labels["ytd_words"]), cents_required=True)
        if len(amounts) >= 2 and amounts[0] == current and amounts[-1] >= current:
            return amounts[-1], index
    return None, None


def _year_to_date_row(reader: DocumentText, labels: dict[str, Any], current: Decimal
                      ) -> tuple[Decimal | None, int | None]:
    """A summary of a row per span under "Gross Pay  Deductions  Net Pay" ("Current  2,750.00  703.23 ..."
    over "Year to Date  41,250.00  10,548.45", or "This period" over "Year to date" under "Gross pay", a column
    of captions beside them on a scan's lines): the gross is the current row's first amount, and the
    year-to-date row's first amount is the gross's."""
    for index, line in enumerate(reader.lines):
        row = _CURRENT_ROW.search(line)
        if row is None or amounts_in(line[row.end() :], cents_required=True)[:1] != [current]:
            continue
        for below in range(index + 1, min(index + 4, len(reader.lines))):
            found = next((m for m in label_matches([reader.lines[below]], labels["ytd_words"])), None)
            if found is not None:
                figures = amounts_in(reader.lines[below][found[2] :], cents_required=True)
                return (figures[0], below) if figures and figures[0] > current else (None, None)
    return None, None


def _slashed_year_to_date(reader: DocumentText, current: Decimal) -> tuple[Decimal | None, int | None]:
    """Each figure printed with its year to date after a slash under a caption that says so ("GROSS PAY -
    CURRENT / YEAR TO DATE" over "1,664.66 / 13,720.08"): the figure after the current gross's."""
    if not any(_CURRENT_SLASH_YTD.search(line) for line in reader.lines):
        return None, None
    for index, line in enumerate(reader.lines):
        for first, second in _SLASHED_PAIR.findall(line):
            pair = amounts_in(f"{first} {second}", cents_required=True)
            if len(pair) == 2 and pair[0] == current and pair[1] >= current:
                return pair[1], index
    return None, None


_CURRENT_SLASH_YTD = re.compile(r"\bcurrent\s*/\s*(?:year\s*to\s*date|ytd)\b", re.IGNORECASE)
_SLASHED_PAIR = re.compile(r"(\d[\d,]*\.\d{2})\s*/\s*(\d[\d,]*\.\d{2})")
_CURRENT_ROW = re.compile(r"\b(?:current|this\s+period|this\s+pay)\b", re.IGNORECASE)  # "Gross pay" / "This period ..."
YTD_SECTION_LINES = 4  # lines under a "Year to date" heading its gross line may be


def _ytd_section(reader: DocumentText, labels: dict[str, Any]) -> tuple[Decimal | None, int | None]:
    """The gross under a "Year to date" heading of its own line, for a payslip whose year-to-date figures
    are a section of their own ("Year to date" / "Gross pay $23,929.56")."""
    headings = {squash(w) for w in labels["ytd_words"]}
    for index, line in enumerate(reader.lines):
        if squash(line) not in headings:
            continue
        below = reader.lines[index + 1 : index + 1 + YTD_SECTION_LINES]
        found = find_label(below, labels["gross"])
        if found is not None:
            amounts = amounts_in(below[found[0]][found[1] :], cents_required=True)
            if amounts:
                return abs(amounts[0]), index + 1 + found[0]
    return None, None


def _period(reader: DocumentText, labels: dict[str, Any]) -> tuple[tuple[date | None, int | None], ...]:
    start = reader.after(labels["period_start"], same_line_only=True)
    end = reader.after(labels["period_end"], same_line_only=True)
    if start and end and first_date(start[0]) and first_date(end[0]):
        return (first_date(start[0]), start[1]), (first_date(end[0]), end[1])
    period = reader.after(labels["period"])
    found = dates_in(period[0]) if period else []
    ranges = periods_in(period[0]) if period else set()
    if len(ranges) == 1:  # written as a range: not the pay date beside it ("08/20/2030 08/01/2030 - 08/15/2030")
        found = list(next(iter(ranges)))
    elif period and len(found) < 2 and (written := date_range(period[0])):
        found = list(written)
    if len(found) >= 2:
        return (found[0], period[1]), (found[1], period[1])  # type: ignore[index]
    return (None, None), (None, None)


def _lone_period(reader: DocumentText, paid_on: object) -> tuple[tuple[date, date] | None, int | None]:
    """A range on a line of its own ("07/11/2049 to 07/24/2049") that the pay date closes: a photo's OCR reads
    a stub's values as a column apart from their captions."""
    if not isinstance(paid_on, date):
        return None, None
    for index, line in enumerate(reader.lines):
        period = _two_dates(line)
        if period and not _RANGE_JOINERS.sub("", without_dates(line)) and period[0] < period[1] <= paid_on \
                and (paid_on - period[0]).days <= PAID_WITHIN:
            return period, index
    return None, None


_RANGE_JOINERS = re.compile(r"[\s\-\u2013\u2014]|\b(?:to|through|thru)\b", re.IGNORECASE)  # what joins a range


def _stacked_period(reader: DocumentText, labels: dict[str, Any]) -> tuple[tuple[date, date] | None, Page | None]:
    """A header band whose captions take two rows ("Pay Period" over "Begin", "Pay Period" over "End"):
    each end of the period is the date under its own pair."""
    parts = {key: {squash(word) for word in words} for key, words in labels["period_parts"].items()}
    for page in reader.pages:
        found: dict[str, date] = {}
        for label in labels["period"] if page.words else ():
            hit = locate(page, label)
            while hit is not None:
                sub = row_under(page, hit[0])
                said = squash(" ".join(w.text for w in sub))
                key = next((key for key, words in parts.items() if sub and said in words), None)
                if key is not None:
                    when = first_date(" ".join(w.text for w in row_under(page, box_of(sub))))
                    if when is not None:
                        found.setdefault(key, when)
                hit = locate(page, label, hit[1])
        if "start" in found and "end" in found and found["start"] <= found["end"]:
            return (found["start"], found["end"]), page
    return None, None


def _written_period(text: str) -> tuple[date, date] | None:
    """A period written as one ("04/27 - 05/03/2036"), not two dates that happen to share a row ("Week
    ending 05/03/2036  Pay date 05/09/2036")."""
    return min(periods_in(text), default=None)  # (which holds every range written with its year once)


def _two_dates(text: str) -> tuple[date, date] | None:
    """A period's first and last day written on one row ("06/01/2026 to 06/15/2026")."""
    found = dates_in(text)
    if len(found) < 2 and (written := date_range(text)):
        found = list(written)
    return (found[0], found[1]) if len(found) >= 2 else None


def _printed_frequency(text: str) -> str | None:
    squashed = squash(text)
    return next((code for code, words in labels_of("pay_stub")["frequencies"].items()
                 if any(squash(w) in squashed for w in words)), None)


def _frequency(reader: DocumentText, labels: dict[str, Any], start: date | None,
               end: date | None) -> tuple[str | None, int | None]:
    code, line = reader.first(labels["frequency"], _printed_frequency)
    if code:
        return code, line
    # a frequency on a line of its own ("Bi-weekly"): a photo's OCR reads values apart from their captions
    lone = next(((code, index) for index, text in enumerate(reader.lines) for code, words in
                 labels["frequencies"].items() if squash(text) in {squash(w) for w in words}), None)
    return lone or (_period_frequency(start, end)[0], None)


def _period_frequency(start: date | None, end: date | None) -> tuple[str | None, bool]:
    """The frequency the pay period's length says, and whether the length says it alone (a half-month
    that starts mid-month, the 16th to the 28th, is told from two weeks by its first day only)."""
    if start and end:
        days = (end - start).days + 1
        month_end = (end + timedelta(days=1)).day == 1
        if start.month == end.month and ((start.day, end.day) == (1, 15) or (start.day == 16 and month_end)):
            return "semimonthly", True  # a month's halves: February's second is 13 days, no two weeks
        for code, low, high in (("weekly", 6, 8), ("biweekly", 13, 14), ("semimonthly", 15, 16),
                                ("monthly", 28, 31)):
            if low <= days <= high:
                return code, True
        if 12 <= days <= 17:
            return ("semimonthly" if start.day in (1, 16) else "biweekly"), False
    return None, False


def _ytd_check(gross: Decimal, ytd: Decimal | None, frequency: str, through: date | None) -> list[str]:
    """YTD / periods elapsed should be close to the current gross; a gap goes to review. Year-to-date
    counts by the day paid: a period ending December 30 paid on January 3 is the new year's first."""
    if ytd is None or through is None:
        return []
    elapsed = max(1, round((through.timetuple().tm_yday / 365) * PERIODS_A_YEAR[frequency]))
    expected = gross * elapsed
    if expected and abs(ytd - expected) / expected > YTD_TOLERANCE + Decimal(1) / elapsed:
        return [f"year-to-date gross {ytd} does not match {elapsed} {frequency} periods of {gross}"]
    return []
