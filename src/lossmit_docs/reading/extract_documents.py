"""Fields of the supporting documents: pay stubs, bank statements, letters, P&L, tax returns, 4506-C."""

from __future__ import annotations

import calendar
import dataclasses
import re
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from functools import cache
from itertools import pairwise
from typing import Any

from rapidfuzz import fuzz

from lossmit_docs.model import Field, Page, PageRef, TextMethod, Word
from lossmit_docs.reading.ink import Box, InkProbe, dark_band, ink_under, signature_ink, signature_reading, with_words
from lossmit_docs.reading.page_text import (
    before_gap,
    box_of,
    caption_cell,
    line_confidence,
    line_top,
    locate,
    one_row,
    row_right_of,
    row_under,
    skew,
    type_height,
    whole_row,
)
from lossmit_docs.reading.table_money import REPAIRED, TableAmounts, beside, under
from lossmit_docs.reading.values import (
    MONTHS,
    amounts_in,
    before_another_row,
    clean_name,
    date_range,
    dates_in,
    find_label,
    first_amount,
    first_date,
    label_matches,
    label_pattern,
    own_figures,
    periods_in,
    repair_ocr_money,
    rules,
    squash,
    value_after,
    values_after,
    without_dates,
)

Ref = Callable[[int], PageRef]
PERIODS_A_YEAR = {"weekly": 52, "biweekly": 26, "semimonthly": 24, "monthly": 12}
YTD_TOLERANCE = Decimal("0.15")
AGREED = 0.9  # a value two independent readings of the page agree on
BOTH_SAY_SIGNED = 0.85  # a signature's ink near the threshold, confirmed by the words read on its line
FOUND = 0.95  # a value a rule found where its label says, before OCR's own doubt
NOT_FOUND = 0.3  # a value a rule did not find: perhaps blank, perhaps unread
HEADING_LINES = 4  # top lines that may carry an unlabelled employer's name
HEADING_DATE_LINES = 15  # a letter with no salutation found: where its date may stand
SIGNATURE_REACH = 2  # lines between a signature label (or a certification) and the signature
NAME_JOINERS = {"and", "of", "the", "&"}
UNSURE_PERIOD = 0.5  # a pay period read ending before it begins: one of its dates is another's
PAID_WITHIN = 90  # days after its period begins that a stub is paid at the latest (a monthly stub paid late)
UNSURE_PAY_DATE = 0.5  # a pay date further off its period: a misread year, for a person to check
NAME_GOES_ON = NAME_JOINERS | {"n.a.", "na", "company", "co.", "association"}  # words that carry a bank's
# name on past its bank word ("... Savings and Trust Company")
_NAME_ENDS = {"n.a", "na", "company", "co", "association"}  # ... and end it there
NAME_PARTICLES = {"de", "da", "del", "della", "di", "du", "la", "le", "van", "von", "der", "den", "bin", "al", "y"}


class _Reader:
    """One document's text with where each line came from, so every field names its page.

    OCR lines have their money misreadings put right ("S1,903<_85"); a value read off a repaired line
    carries less confidence, so a clerk sees it when it decides anything.
    """

    def __init__(self, pages: list[Page], ref: Ref, received_on: date | None = None) -> None:
        self.received_on = received_on or date.today()  # what a date written on the pages can be after
        self.lines: list[str] = []
        self.line_page: list[Page] = []
        self.repaired: set[int] = set()
        for page in pages:
            for line in page.text.splitlines():
                if page.method == TextMethod.OCR:
                    line, changed = repair_ocr_money(line)
                    if changed:
                        self.repaired.add(len(self.lines))
                self.lines.append(line)
                self.line_page.append(page)
        self.pages = pages
        self.ref = ref

    @property
    def first_page_lines(self) -> int:
        """How many of the lines are the first page's."""
        return sum(1 for page in self.line_page if page is self.pages[0])

    def field(self, value: Any, line: int | None, confidence: float | None = None, method: str | None = None,
              page: Page | None = None, base: float | None = None) -> Field:
        """A value with its confidence: the rule's own, times how well OCR read the line (or `base`).

        A value not found is not known to be blank (the label may be there and its value unread), so unless
        the rule says how sure it is, it is put up for review rather than passed on as a confident blank.
        """
        if confidence is None:
            confidence = FOUND if value is not None else NOT_FOUND
        if page is None:
            page = self.line_page[line] if line is not None and self.lines else self.pages[0]
        base = self._read_confidence(page, line) if base is None else base
        return Field(value, round(confidence * base, 3), self.ref(page.number), method or page.method)

    def _read_confidence(self, page: Page, line: int | None) -> float:
        if page.method != TextMethod.OCR:
            return 1.0
        if line in self.repaired:
            return page.confidence * REPAIRED
        own = line_confidence(page, self.lines[line]) if line is not None else None
        return own if own is not None else page.confidence

    def after(self, labels: list[str], same_line_only: bool = False) -> tuple[str, int] | None:
        return value_after(self.lines, labels, same_line_only)

    def first(self, labels: list[str], accept: Callable[[str], Any], same_line_only: bool = False
              ) -> tuple[Any, int | None]:
        """The first labelled value `accept` makes something of, passing over labels that head other text."""
        for text, line in values_after(self.lines, labels, same_line_only):
            if _opens_title(text):  # a title's word, no label ("EMPLOYEE EARNINGS STATEMENT" over the firm)
                continue
            value = accept(text)
            if value:
                page = self.line_page[line]
                if page.words and find_label([self.lines[line]], labels) is None:
                    # the label ended a row of headings ("Employee  Pay Period  Pay Date"): the value under
                    # its own heading, not the line's first
                    value = self.on_row(labels, accept, [page])[0] or value
                return value, line
            below = next((i for i in range(line + 1, min(line + 3, len(self.lines))) if self.lines[i].strip()), None)
            if below is None or same_line_only:
                continue
            # a header row of labels ("PAY BEGIN DATE  CHECK DATE") with its values underneath: the value
            # under the label's own column where word boxes show it, else the first on the line below
            page = self.line_page[line]
            value = (self.on_row(labels, accept, [page])[0] if page.words else None) or accept(self.lines[below])
            if value:
                return value, below
        return None, None

    def under_caption(self, captions: list[str], accept: Callable[[str], Any], second_rows: list[str]
                      ) -> tuple[Any, Page | None]:
        """A value in the row under a caption that stands alone in its cell ("COMPANY" over "Sandhill Dental
        Group"), or under the caption's second row of `second_rows` words ("Company" over "Name"): a bare word
        is a caption only with nothing beside it on either hand."""
        second = {squash(word) for word in second_rows}
        for page in self.pages:
            for caption in captions if page.words else ():
                hit = locate(page, caption)
                while hit is not None:
                    if _alone(page, hit[0]) and _alone_left(page, hit[0]) and not _heads_entries(page, hit[0]):
                        under = row_under(page, hit[0])
                        if under and all(squash(w.text) in second for w in under):
                            under = row_under(page, box_of(under))  # the caption's second row ("Company" / "Name")
                        value = accept(" ".join(w.text for w in under))
                        if value:
                            return value, page
                    hit = locate(page, caption, hit[1])
        return None, None

    def on_row(self, labels: list[str], accept: Callable[[str], Any], pages: list[Page] | None = None
               ) -> tuple[Any, Page | None]:
        """A labelled value from the label's row of word boxes: a scanned two-column header ("Check Date:",
        "Period Beginning:" in one block, their dates in the next) that no line of text keeps together."""
        for page in pages or self.pages:
            for label in labels if page.words else ():
                hit = locate(page, label)
                first = True
                while hit is not None:  # past a title's word ("Employee Pay Summary"), a caption alone in its cell
                    # (the second row of a caption, "Company" over "Name", is no label of its own)
                    beside = row_right_of(page, hit[0])
                    right = " ".join(w.text for w in beside)
                    if not _second_row(page, hit[0], beside) and not _opens_title(right) \
                            and (first or _alone(page, hit[0])):
                        value = accept(right)
                        if not value:  # a header band: the value in the label's column, on the row under it
                            value = accept(" ".join(w.text for w in row_under(page, caption_cell(page, hit[0]))))
                        if value:
                            return value, page
                    first, hit = False, locate(page, label, hit[1])
        return None, None


def _alone(page: Page, box: Box) -> bool:
    """Whether a label stands alone in its cell: nothing on its row within two of its heights to its right."""
    right = row_right_of(page, box)
    return not right or right[0].box[0] - box[2] > 2 * (box[3] - box[1])


def _opens_title(text: str) -> bool:
    """Whether the words after a label's match open a stub's title or its portal's name: the label was the
    title's first word ("EMPLOYEE EARNINGS STATEMENT", "Employee Self-Service")."""
    said = squash(text[:TITLE_LETTERS])
    labels = _labels("pay_stub")
    return any(said.startswith(squash(title)) for title in labels["title_words"] + labels["portal_words"])


TITLE_LETTERS = 40


def _heads_entries(page: Page, box: Box) -> bool:
    """Whether a caption heads a column of a table of entries (a dispatch log's "EMPLOYER" over a shift a
    row, each with its hours and pay), not one cell: two rows or more under it carry decimal figures."""
    counted, row = 0, row_under(page, box)
    for _ in range(ENTRY_ROWS):
        if not row:
            break
        counted += any(_DECIMAL.fullmatch(w.text) for w in whole_row(page, box_of(row), skew(page)))
        row = row_under(page, box_of(row))
    return counted >= 2


ENTRY_ROWS = 4
_DECIMAL = re.compile(r"-?\$?[\d,]*\d\.\d+")


def _second_row(page: Page, box: Box, beside: list[Word]) -> bool:
    """Whether a label's words stand right under a caption alone in its cell, set flush with it, with no
    figure beside them: "Name" under "Company" is the caption's second row (a column of labels, "Associate"
    over "Week worked  03/29/2038 to 04/04/2038", has its values beside them)."""
    height = box[3] - box[1]
    if any(re.search(r"\d", w.text) for w in beside):
        return False
    return any(abs(w.box[0] - box[0]) < 0.5 * height and 0 <= box[1] - w.box[3] < 0.8 * height
               and not re.search(r"\d", w.text) and _alone(page, w.box) for w in page.words)


def _alone_left(page: Page, box: Box) -> bool:
    """Whether nothing on a label's row stands within two of its heights to its left."""
    near = 2 * (box[3] - box[1])
    return not any(one_row(w.box, box) and box[0] - near < w.box[2] <= box[0] + 0.001 and w.box[0] < box[0]
                   for w in page.words)


def _labels(kind: str) -> dict[str, Any]:
    return rules("field_labels")[kind]


def _qualified(line: str, start: int, words: list[str], end: int | None = None) -> bool:
    """Whether a label is another figure's, by the word just before it ("YTD Net Pay", "Weekly benefit") or,
    given the label's `end`, just after it ("Net to date", "Gross YTD")."""
    before = squash(line[max(0, start - 14) : start])
    after = squash(line[end : end + 24]) if end is not None else ""
    return any(before.endswith(squash(w)) or (after and after.startswith(squash(w))) for w in words)


def _money(reader: _Reader, labels: list[str], not_after: list[str] | None = None, at_line_start: bool = False,
           same_line_first: bool = False) -> tuple[Decimal | None, int | None]:
    """The first amount after a label (same line, else the next non-blank line). `same_line_first` looks
    for a labelled line with its amount first: a summary box's header row ("Opening Balance  Money In ...
    Closing Balance") has its figures underneath in an order no line of text keeps."""
    if same_line_first:
        for index, start, end in label_matches(reader.lines, labels):
            amounts = _own_amounts(reader.lines[index][end:], not_after)
            if amounts and not (not_after and _qualified(reader.lines[index], start, not_after, end)):
                return abs(amounts[0]), index
    fallback: int | None = None
    for index, start, end in label_matches(reader.lines, labels):
        line = reader.lines[index]
        if (not_after and _qualified(line, start, not_after, end)) or (at_line_start and line[:start].strip(" |-_.:")):
            continue
        amounts = _own_amounts(line[end:], not_after)
        if amounts:
            return abs(amounts[0]), index
        following = next((i for i in range(index + 1, min(index + 3, len(reader.lines))) if reader.lines[i].strip()),
                         None)
        if following is not None and _another_amount_label(reader.lines[following], labels):
            # a box's caption over its figure, another labelled figure printed between them ("NET PAY" /
            # "Gross pay YTD $73,853.30" / "$2,696.99"): the figure is the first line after that one
            after = following + 1
            following = after if after < len(reader.lines) and reader.lines[after].strip() \
                and not re.search(r"[A-Za-z]", reader.lines[after]) else None
        below = _own_amounts(reader.lines[following], not_after) if following is not None else []
        if len(below) >= 2:  # a header row over its figures: the word boxes say which one is this column's
            column = under([reader.line_page[index]], [line[start:end]], _labels("pay_stub")["ytd_words"])
            if column is not None and column.current is not None:
                return column.current, following
        if below:
            return abs(below[0]), following
        fallback = index if fallback is None else fallback
    return None, fallback


def _own_amounts(text: str, others: list[str] | None) -> list[Decimal]:
    """The amounts after a label, less the one a caption of another figure (`others`: "YTD", "annual")
    inside the row owns when the label's own follows it ("NET PAY   Calendar YTD net $16,144.20   $3,228.84");
    a lone amount after such a word is the label's ("... prior to deductions is $1,850.00")."""
    amounts = amounts_in(before_another_row(text), cents_required=True)
    inside = min((m.start() for word in others or [] for m in label_pattern(word).finditer(text)), default=None)
    if inside is None:
        return amounts
    after = amounts_in(before_another_row(text[inside:]), cents_required=True)
    return amounts_in(before_another_row(text[:inside]), cents_required=True) or (after[1:] if len(after) >= 2
                                                                                   else after)


def _another_amount_label(line: str, labels: list[str]) -> bool:
    """Whether the line opens with a stub's label of another amount than `labels`."""
    stub = _labels("pay_stub")
    others = [label for name in AMOUNT_LABELS for label in stub[name] if label not in labels]
    return any(not line[:start].strip(" |-_.:$") for _, start, _ in label_matches([line], others))


AMOUNT_LABELS = ("gross", "gross_ytd", "net", "deductions", "taxes")


def _money_or_row(reader: _Reader, labels: list[str], not_after: list[str] | None = None, either_column: bool = False
                  ) -> tuple[Decimal | None, int | None, Page | None, float | None]:
    """A labelled amount from its line of text, else from the label's row of word boxes (a scan's table
    read column by column) or the column it heads: the amount, the label's line, and the page and OCR
    score of the row when the amount came from one. `either_column` takes the year-to-date figure when
    there is no current one."""
    value, line = _money(reader, labels, not_after=not_after)
    if value is not None and not _year_figure_off_label(reader, line, labels, value):
        return value, line, None, None
    row = _beside(reader, labels) or under(reader.pages, labels, _labels("pay_stub")["ytd_words"])
    if value is not None and (row is None or row.current is None):
        return value, line, None, None
    value = row and (row.ytd if row.current is None and either_column else row.current)
    return (value, line, row.page, row.read) if row and value is not None else (None, line, None, None)


def _year_figure_off_label(reader: _Reader, line: int | None, labels: list[str], value: Decimal) -> bool:
    """Whether an amount was taken off a scan's line that is not its label's and is the year-to-date figure
    of another row ("Net pay year to date 14,840.26"): OCR read the block of labels and the block of figures
    apart, and the line after "Net pay this period" holds the year's; the label's row of word boxes says
    which is its own."""
    if line is None or reader.line_page[line].method != TextMethod.OCR \
            or any(True for _ in label_matches([reader.lines[line]], labels)):
        return False
    page = reader.line_page[line]
    ytd = [squash(w) for w in _labels("pay_stub")["ytd_words"]]
    for word in page.words:
        if amounts_in(word.text, cents_required=True) == [value]:
            said = squash(" ".join(w.text for w in whole_row(page, word.box, skew(page)) if w.box[2] <= word.box[0]))
            if any(w in said for w in ytd):
                return True
    return False


def _beside(reader: _Reader, labels: list[str]) -> TableAmounts | None:
    pay_stub = _labels("pay_stub")
    return beside(reader.pages, labels, pay_stub["columns"], pay_stub["ytd_words"])


_NEXT_LABEL = re.compile(r"\s(?=\S+\s?#|\S+:|[A-Z][a-z]+\s:\s|[A-Z]\w+\s+(?:No\.?|#):"
                         r"|[A-Z]\w+\s+(?i:no\.|number)\s+[A-Z]?-?\d"  # "Registration no. B-290318"
                         r"|(?i:emp|empl|employee|badge|clock|file)\.?\s+(?i:no\.?|#|id)\b"
                         r"|(?i:dept|department)\.?\s)")  # "Imani W. Moreau  Dept  Nursing - 2 West"


def _person(text: str) -> str | None:
    """A person's name, or nothing when the text is another label ("EMPLOYEE ID PAY PERIOD"). The name
    ends where the next label on its line begins ("Advice #:", "ID:", "Driver No.:", "EMP NO 437"): no name has a
    colon or a "#"."""
    if re.match(r"\s*[A-Za-z][\w.]*:", text):  # the next label's line ("Agency: Water Resources")
        return None
    # "Driver No.:", and without its colon before its figure ("EMP NO 437")
    text = _date_labels().split(re.split(_NEXT_LABEL, text)[0])[0]
    text = _NAME_CAPTION.sub("", text)  # its caption without a colon, in a column of captions ("Name  Hannah ...")
    name = clean_name(re.sub(r"\*", "", text))
    if not name:
        return None
    words = _name_words(_less_next_label(_surname_last(name).replace(",", " ").split()))
    legal = _words_of("legal_suffixes")
    if not 2 <= len(words) <= 5 or any(squash(w) in _words_of("not_name_words") or squash(w) in legal for w in words):
        return None  # another label, or a firm ("Brightfield Contact Solutions, LLC")
    return " ".join(words)


_NAME_CAPTION = re.compile(r"^\s*(?:employee\s+)?name\s+(?=[A-Z])", re.IGNORECASE)


def _surname_last(name: str) -> str:
    """A payroll system's "OCAMPO, MARISELA T" in the order people write it: "MARISELA T OCAMPO". A
    suffix after the comma ("Lee Park, Jr.") is no given name."""
    match = _SURNAME_FIRST.fullmatch(name)
    if match is None:
        return name
    given = _name_words([match.group("surname").split()[0], *match.group("given").split()])[1:]
    if not 1 <= len(given) <= 3 or squash(given[0]) in _SUFFIXES:
        return name
    return f"{' '.join(given)} {match.group('surname')}"


_SURNAME_FIRST = re.compile(r"(?P<surname>[^\s,]+(?: [^\s,]+)?),\s*(?P<given>[^\s,]+(?: [^\s,]+)*)")
_SUFFIXES = frozenset(("jr", "sr", "ii", "iii", "iv"))


def _name_words(words: list[str]) -> list[str]:
    """A name's words up to where OCR's specks run on after it ("Noor Nakagawa. Mee ies es"): a full stop
    after a word of three letters or more ends it ("Jr." and initials are shorter), and so does a word in
    lower case that is no name particle ("van", "de"), or in a name in capitals any word with small letters."""
    capitals = bool(words) and len(re.sub(r"[^A-Za-z]", "", words[0])) >= 2 and words[0].isupper()
    for index, word in enumerate(words):
        if capitals and index and re.search(r"[a-z]", word) and word.lower() not in NAME_PARTICLES:
            return words[:index]  # a name in capitals ends at the next label's word ("OCAMPO, MARISELA T Payroll")
        if word.endswith(".") and len(re.sub(r"[^A-Za-z]", "", word)) >= 3:
            return [*words[:index], word.rstrip(".")]
        if word[:1].islower() and word.lower() not in NAME_PARTICLES:
            return words[:index]
    return words


@cache
def _date_labels() -> re.Pattern[str]:
    """The stub's date labels, where a name sharing their row ends ("Desmond Quillen  Advice Date")."""
    labels = _labels("pay_stub")
    texts = {v.rstrip(":").lower() for key in ("pay_date", "period_start", "period_end", "period") for v in labels[key]}
    return re.compile(r"\s(?:" + "|".join(re.escape(t) for t in sorted(texts, key=len, reverse=True)) + r")\b",
                      re.IGNORECASE)


@cache
def _words_of(kind: str) -> frozenset[str]:
    """One of the pay stub's word lists (field_labels.yaml), squashed."""
    return frozenset(squash(w) for w in _labels("pay_stub")[kind])


def _less_next_label(words: list[str]) -> list[str]:
    """A name's words less those that begin the next cell's label on its row ("Pay period:")."""
    while words and squash(words[-1]) in _words_of("not_name_words"):
        words = words[:-1]
    return words


def firm_name(text: str) -> str | None:
    """A firm's name cut from a heading line: before "Page 1 of 2", a rule or a wide gap, less OCR specks."""
    text = re.sub(r"^\s*\(\w{1,2}\)\s+", "", text)  # a logo's letter in a circle, read "(w)"
    text = re.sub(r"^\s*([A-Z])\s+(?=\1[a-zA-Z])", "", text)  # or a monogram, the name's initial: "C Castlegate"
    speck = re.match(r"\s*([a-z|!]{1,2})\s+(?=[A-Z])", text)  # or a speck of it: "il Commonwealth Keystone"
    if speck and speck.group(1) not in NAME_PARTICLES:  # not "de Vries Plumbing"
        text = text[speck.end() :]
    while (junk := re.match(r"\s*(\S{1,2})\s+(?=\S)", text)) and junk.group(1) not in NAME_PARTICLES \
            and (junk.group(1).islower() or not junk.group(1).isalnum()):
        text = text[junk.end() :]  # a seal's specks before the name: "E> c COUNTY OF WEXCOMBE"
    text = re.split(r"\bpage\s*\d|\||\s{3,}|\$|\d", text, flags=re.IGNORECASE)[0]
    for word in _labels("pay_stub")["title_words"]:
        text = re.sub(re.escape(word), " ", text, flags=re.IGNORECASE)
    words = (clean_name(text) or "").split()
    capitalised = bool(words) and words[0][:1].isupper()
    popped = 0
    while capitalised and len(words) > 1 and words[-1].islower() and words[-1] not in NAME_JOINERS:
        words.pop()
        popped += 1
    if popped and len(words) == 1:  # a sentence ("Keep this slip for your records"), not a name
        return None
    formed = next((i for i, word in enumerate(words) if i and squash(word) in _words_of("legal_forms")
                   and squash(words[i + 1] if i + 1 < len(words) else "") not in _NAME_GOES_ON_AFTER_FORM), None)
    if formed is not None:  # the name ends with its legal form: "CIMARRON CROSSING TRANSPORT, INC." of a title
        words = words[: formed + 1]  # "... INC. DRIVER EARNINGS STATEMENT"
    name = " ".join(words).strip(" ,&-")
    return name if len(re.sub(r"[^A-Za-z]", "", name)) >= 3 else None


def _labelled_firm(text: str) -> str | None:
    """A firm's name after its label, not the prose a label's words may open ("... paid by employer to the
    trust funds"): a name does not begin with a label's word, nor speaks to the reader."""
    name = firm_name(text)
    if name and _PROSE_WORD.search(name):  # "CONTRIBUTIONS PAID BY THE EMPLOYERS - NOT PART OF YOUR GROSS PAY"
        return None
    return name if name and squash(name.split()[0]) not in _words_of("not_name_words") else None


_PROSE_WORD = re.compile(r"\b(?:you|your|not|are|is|above|below)\b", re.IGNORECASE)  # a sentence's, no firm's name


_STREET = re.compile(r"^\s*\d{2,6}\s+[A-Za-z][\w .'-]*\b(?:st|street|ave|avenue|rd|road|blvd|dr|drive|ln|lane|way|ct|"
                     r"court|cir|circle|pkwy|parkway|hwy|highway|pl|place|ter|trail|trl)\b", re.IGNORECASE)


def _firm_over_address(reader: _Reader, person: str | None) -> tuple[str | None, int | None]:
    """A name printed over a street address that is not the employee's: the employer's own block."""
    filled = [i for i, line in enumerate(reader.lines) if line.strip()]  # OCR leaves blank lines between
    for above_index, index in pairwise(filled):
        above = _before_label(reader.lines[above_index])
        if _STREET.match(reader.lines[index]) and not re.search(r"\d", above):
            name = " ".join(_less_next_label((firm_name(above) or "").split())) or None
            if name and (person is None or squash(name) != squash(person)):
                return name, above_index
    return None, None


_ZIP_AT_END = re.compile(r"\b[A-Z]{2}\s+\d{5}(?:-\d{4})?\b")


def _person_over_address(reader: _Reader, employer: str | None) -> tuple[str | None, int | None]:
    """An employee named by no label, as a mailing window shows them: a person's name over a street and a
    city, state and ZIP code ("Evander R. Ashby-Kwan" / "4711 Cobblestone Ct" / "Flagstaff, AZ 86013"); not
    the employer's block over its own address: its heading's name, a firm's word, or, when the heading named
    no employer, the first such block (a firm's name in capitals reads like a person's)."""
    firm_words = _words_of("firm_words")
    filled = [i for i, line in enumerate(reader.lines) if line.strip()]
    blocks = []
    for above_index, index, after_index in zip(filled, filled[1:], filled[2:], strict=False):
        street, city = reader.lines[index], reader.lines[after_index]
        if _STREET.match(street) and (_ZIP_AT_END.search(street) or _ZIP_AT_END.search(city)):
            blocks.append((_person(_before_label(reader.lines[above_index])), above_index))
    firm_block = any(squash(w) in firm_words for _, index in blocks for w in reader.lines[index].split())
    # (a block whose name has a firm's word is the employer's; a lone block named with a middle initial is a
    # person's, as no firm's name is)
    lone_person = len(blocks) == 1 and blocks[0][0] is not None and _INITIALLED.fullmatch(blocks[0][0])
    if employer is None and not firm_block and not lone_person:
        blocks = blocks[1:]
    for name, index in blocks:
        if name and not any(squash(w) in firm_words for w in name.split()) and not (
                employer and squash(name) in squash(employer)):
            return name, index
    return None, None


def _initialled_name(reader: _Reader, employer: str | None) -> tuple[str | None, int | None]:
    """An employee named by no label on a line of the stub's head, before the labels that share its row
    ("Bethany A. Okafor   Check Date: 02/06/2031"): a name with a middle initial, as no firm's is, and
    not the employer's own (a sole proprietor's heading, "Gerald T. Whitfield")."""
    for index, line in enumerate(reader.lines[: min(reader.first_page_lines, HEAD_LINES)]):
        name = _person(_before_label(line))
        firm = name is not None and any(squash(w) in _words_of("firm_words") for w in name.split())
        if name and _INITIALLED.fullmatch(name) and not firm and not (employer and squash(name) in squash(employer)):
            return name, index
    return None, None


HEAD_LINES = 8  # lines of a stub's head an unlabelled employee's name may stand on
_INITIALLED = re.compile(r"[A-Z][A-Za-z'-]+ [A-Z]\.? [A-Z][A-Za-z'-]+(?: (?:Jr|Sr|II|III|IV)\.?)?")


def _before_label(line: str) -> str:
    """A line up to the label that starts its next cell ("Pinecrest Auto Group ... Check No:"): a header's
    firm name shares its row with the stub's own labels; a line that starts with a label has none."""
    cut = re.search(r"\S+\s?[:#]", line)
    return line[: cut.start()] if cut else line


_HEADING_PARTS = re.compile(r"\s+[·•|]\s+")
DOTTED_HEADING_LINES = 10  # top lines a portal's "Employer · Employee · Title · ID" line may stand on


def _dotted_heading(reader: _Reader) -> tuple[str | None, str | None, int | None]:
    """An HR portal's heading line of parts set off by dots or bars ("Halsey Drug Stores, Inc. · Ines M.
    Blaylock · Pharmacy Technician II · Employee ID E979601"): the employer is the part a firm's word ends,
    the employee the first part after it that is a person's name. Both, or neither."""
    firm_words = _words_of("firm_words")
    for index, line in enumerate(reader.lines[:DOTTED_HEADING_LINES]):
        parts = [part.strip() for part in _HEADING_PARTS.split(line)]
        if len(parts) < 3:
            continue
        firm = next((i for i, part in enumerate(parts) if squash((part.split() or [""])[-1]) in firm_words), None)
        if firm is None:
            continue
        for part in parts[firm + 1 :]:
            person = _person(part)
            if person and not any(squash(word) in firm_words for word in person.split()):
                return parts[firm].strip(" ,"), person, index
    return None, None, None


# one figure before a line of words with no other figure, no street's ("5 Industrial Way" is an address)
_LOGO_FIGURE = re.compile(r"^\s*\d\s+(?=[A-Z][^\d]*$)(?!.*\b(?:st|street|ave|avenue|rd|road|blvd|dr|drive|ln|lane"
                          r"|way|ct|court|pkwy|parkway|hwy|highway|pl|place)\b)", re.IGNORECASE)


def fax_header_row(page: Page) -> float | None:
    """Where a fax machine's header line stands (its top): the row at the page's top holding a time of day
    ("APR 20 2038 09:14  MARLOW FALLS PUB LIB  3155550177  P. 07/09"); None without one."""
    times = [w.box[1] for w in page.words if w.box[1] < FAX_BAND and _TIME_OF_DAY.search(w.text)]
    return min(times) if times else None


# a word that is a time of day ("09:14", "7:05PM"), or ends with one ("14:15.", "MAR-29-2044-14:15" as OCR joins it)
_TIME_OF_DAY = re.compile(r"(?:^|[-\s])\d{1,2}:\d{2}(?:[AaPp][Mm])?[.,]?$")
_CLOCK = re.compile(r"\b\d{1,2}:\d{2}\b")  # a time of day in a line of text
FAX_BAND = 0.05  # page heights from the top a fax header line is printed in
FAX_ROW = 0.01  # page heights between the tops of two words of the header's row (a slightly tilted fax)


def _heading_firm(reader: _Reader) -> tuple[str | None, int | None]:
    """The firm heading a page: the first top line that is a name, not a label, an address or a number."""
    column_words = _words_of("heading_columns")
    # the top lines that are printed, less a fax machine's header line over them (a date and a time of day)
    header = fax_header_row(reader.pages[0])  # (OCR may part its sender's name from its date and time)
    printed = [i for i, line in enumerate(reader.lines[: reader.first_page_lines])
               if line.strip() and not (_CLOCK.search(line) and first_date(line))
               and not (header is not None and (top := line_top(reader.pages[0], line)) is not None
                        and abs(top - header) < FAX_ROW)]
    top = _top_down(reader, printed[:TOP_DOWN_LINES])[:HEADING_LINES]
    headings = [sum(squash(w) in column_words for w in reader.lines[i].split()) >= 2 for i in top]
    for place, index in enumerate(top):
        line = _LOGO_FIGURE.sub("", reader.lines[index])  # a round logo OCR read as a figure ("6 Jefferson Bay ...")
        if re.search(r"[:#]", line) or re.match(r"\s*\d", line) or headings[place] or (place and headings[place - 1]):
            continue  # a row of column headings ("CO. FILE DEPT. CLOCK") and the codes under it
        if _imprint(line):
            continue
        name = firm_name(before_gap(reader.line_page[index], line))
        if name and len(name.split()) == 1 and (_has_word(line, _labels("pay_stub")["title_words"])
                                                or squash(name) in _words_of("not_name_words")
                                                or squash(name) in column_words):
            continue  # a title's word left from "DRIVER PAYROLL STATEMENT" or "PayrollDepartment", or a column's
            # heading OCR set on a line of its own ("PAGE"), not a firm
        if name and all(squash(word) in _words_of("not_name_words") for word in name.split()):
            continue  # a title in a heading's words ("EARNINGS REMITTANCE"), not a firm
        if name and squash(name) in MONTHS:
            continue  # a date's month ("November 13, 2026" under the heading's "Pay Date"), no firm
        if _has_word(line, _labels("pay_stub")["portal_words"]):
            continue  # the portal's own line it was printed from ("PayHarbor Employee Self-Service")
        if _has_word(line, _labels("pay_stub")["voucher_words"]):
            continue  # a deposit voucher's notice ("DIRECT DEPOSIT - NON-NEGOTIABLE"), no firm
        if name and not name[0].islower():  # a payroll service's lower-case brand line is no employer
            return name, index
    return None, None


def _imprint(line: str) -> bool:
    """Whether a line is a scanner's endorser imprint ("BRHL DMR  ENV 0173  IMG 004"): short codes and two
    numbers or more, no word."""
    tokens = line.split()
    return sum(t.isdigit() for t in tokens) >= 2 and all(len(t) <= IMPRINT_CODE and not t.islower() for t in tokens)


IMPRINT_CODE = 4  # letters of an imprint's longest code


def _fuller_firm(reader: _Reader, name: str, index: int | None) -> tuple[str, int | None]:
    """The firm's whole name where the stub prints it, when its heading gave a brand or a seal's lettering
    ("BuildRight" over "HOME CENTERS, INC."; "WEXC OMBE" round a seal): the shortest run of a line's words
    that holds the heading's letters and ends in a firm's legal form ("BuildRight Home Centers, Inc.") or
    names a government ("COUNTY OF WEXCOMBE")."""
    letters = squash(name)
    parted = len(name.split()) > 1  # a seal's lettering parted ("WEXC OMBE"): one word where printed whole
    forms, governments = _words_of("legal_forms"), _words_of("government_words")
    banks = {squash(word) for word in _labels("bank_statement")["bank_words"]}  # a bank's name is not the firm's
    for at, tokens, start, end in _name_runs(reader):
        run = tokens[start:end]
        spelt = squash(" ".join(run))
        formed = spelt.startswith(letters) and squash(run[-1]) in forms and not any(
            re.search(r"\d", token) or squash(token) in banks for token in tokens[start : end + 1])
        governed = squash(run[0]) in governments and squash(run[1]) == "of" and spelt.endswith(letters)
        if (formed or governed) and (not parted or any(letters in squash(token) for token in run)):
            return " ".join(run).strip(" ,-"), at  # ("Pelican Air" over "Pelican Air, Inc." is whole)
    return _name_over_rest(reader, name, index) or (name, index)


def _name_runs(reader: _Reader) -> Iterator[tuple[int, list[str], int, int]]:
    """Each run of two to FIRM_WORDS words of every line, where a firm's whole name may stand: the line's
    index, its words, and the run's start and end among them."""
    for at, line in enumerate(reader.lines):
        tokens = line.split()
        for start in range(len(tokens)):
            for end in range(start + 2, min(len(tokens), start + FIRM_WORDS) + 1):
                yield at, tokens, start, end


def _name_over_rest(reader: _Reader, name: str, index: int | None) -> tuple[str, int] | None:
    """A logo's word over the rest of the firm's name ("LAURELWOOD" over "REGIONAL MEDICAL CENTER"), either
    of them the heading found, where the stub prints the two together elsewhere ("Laurelwood Regional Medical
    Center - Payroll Services")."""
    if index is None:
        return None
    wholes = []
    page = reader.line_page[index]
    filled = [i for i, line in enumerate(reader.lines) if line.strip() and reader.line_page[i] is page]
    at = filled.index(index) if index in filled else None
    for other, first in ((filled[at - 1] if at else None, True),
                         (filled[at + 1] if at is not None and at + 1 < len(filled) else None, False)):
        if other is not None:  # (OCR leaves blank lines between)
            part = firm_name(before_gap(reader.line_page[other], reader.lines[other]))
            if part and not re.search(r"\d", part):
                wholes.append(squash(f"{part} {name}" if first else f"{name} {part}"))
    for at, tokens, start, end in _name_runs(reader):
        if squash(" ".join(tokens[start:end])) in wholes:
            return " ".join(tokens[start:end]).strip(" ,-"), at
    return None


FIRM_WORDS = 6  # words of a firm's whole name at the most
_NAME_GOES_ON_AFTER_FORM = {"of", "and"}  # "Consolidated Edison Company of New York, Inc."


def _top_down(reader: _Reader, indices: list[int]) -> list[int]:
    """The first page's lines in the order they stand on it: OCR lists a page's blocks in an order of its own,
    and a letterhead set apart from a boxed body may come last. Lines of about one height (a firm's name
    beside the stub's title) keep OCR's order; a line no row of words spells stays after the one before it."""
    page = reader.pages[0]
    if page.method != TextMethod.OCR or not page.words:
        return indices
    tops: dict[int, float] = {}
    last = 0.0
    for index in indices:
        found = line_top(page, reader.lines[index])
        last = found if found is not None else last
        tops[index] = last
    ordered: list[list[int]] = []
    for index in sorted(indices, key=lambda index: tops[index]):
        if ordered and tops[index] - tops[ordered[-1][0]] < SAME_HEIGHT:
            ordered[-1].append(index)
        else:
            ordered.append([index])
    return [index for band in ordered for index in sorted(band)]


SAME_HEIGHT = 0.03  # page heights: lines whose tops are this close stand side by side
TOP_DOWN_LINES = 60  # lines of OCR's order a letterhead read after the body may be among (each is looked up)


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
    labels = _labels("pay_stub")
    reader = _Reader(pages, ref)
    fields: dict[str, Field] = {}
    employer, name, heading_line = _dotted_heading(reader)
    employer_line = name_line = heading_line
    labelled, name_page = employer is not None, None
    employer_page = None
    if employer is None:
        employer, employer_line = reader.first(labels["employer"], _labelled_firm, same_line_only=True)
        if employer is None:  # a caption over its cell ("COMPANY" over the firm's name and address)
            employer, employer_page = reader.under_caption(labels["employer_caption"], _labelled_firm,
                                                           labels["caption_second_rows"])
        labelled = employer is not None
        name, name_line = reader.first(labels["employee_name"], _person)
    if name is None:  # "Name:" in a scanned block of labels, the name in the next block: by the label's row
        name, name_page = reader.on_row(labels["employee_name"], _person)
    if name is None:
        name, name_page = reader.under_caption(labels["employee_caption"], _person, labels["caption_second_rows"])
    if not labelled:
        employer, employer_line = _heading_firm(reader)
        if employer is not None:
            employer, employer_line = _fuller_firm(reader, employer, employer_line)
    if name is None:
        name, name_line = _person_over_address(reader, employer)
    if name is None:
        name, name_line = _initialled_name(reader, employer)
    if employer is None:
        employer, employer_line = _firm_over_address(reader, name)
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
    if fields["period_start"].value and fields["period_end"].value and \
            fields["period_start"].value > fields["period_end"].value:  # another date of the stub's taken for one
        for name in ("period_start", "period_end"):
            fields[name] = dataclasses.replace(fields[name], confidence=min(fields[name].confidence, UNSURE_PERIOD))
    paid_on, began = fields["pay_date"].value, fields["period_start"].value
    if isinstance(paid_on, date) and isinstance(began, date) and not 0 <= (paid_on - began).days <= PAID_WITHIN:
        # a year misread ("03/27/2032" for a period from 03/16/2031): no stub pays that far off its period
        fields["pay_date"] = dataclasses.replace(fields["pay_date"], confidence=min(fields["pay_date"].confidence,
                                                                                    UNSURE_PAY_DATE))
    start, end = ((fields[name].value, None) for name in ("period_start", "period_end"))
    _gross(reader, labels, fields)
    net, net_line, page, read = _money_or_row(reader, labels["net"], labels["ytd_words"])
    fields["net_current"] = reader.field(net, None if page else net_line, 0.95 if net else 0.3, page=page, base=read)
    frequency, frequency_line = _frequency(reader, labels, start[0], end[0])
    printed = frequency_line is not None
    fields["frequency"] = reader.field(frequency, frequency_line, 0.95 if printed else 0.8)
    if not printed and (on_row := reader.on_row(labels["frequency"], _printed_frequency))[0]:
        frequency, printed = on_row[0], True
        fields["frequency"] = reader.field(frequency, None, 0.95, page=on_row[1])
    gross, ytd = fields["gross_current"].value, fields["gross_ytd"].value
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
    return fields, notes + _net_check(reader, labels, fields)


def _net_check(reader: _Reader, labels: dict[str, Any], fields: dict[str, Field]) -> list[str]:
    """Gross less the stub's own total of deductions should be its net pay, and never less than it; when it
    is not, a figure was misread (a 3 for an 8 on a fax), and the net pay goes to review with it."""
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
    line = _money(reader, labels["net"], not_after=labels["ytd_words"])[1]
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


def _gross(reader: _Reader, labels: dict[str, Any], fields: dict[str, Field]) -> None:
    """Current and YTD gross: from the table's columns on a scan, else from the labelled line."""
    row = _beside(reader, labels["gross"]) or under(reader.pages, labels["gross"], labels["ytd_words"])
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
        return
    gross, gross_line = _money(reader, labels["gross"], not_after=labels["ytd_words"])
    ytd, ytd_line = _money(reader, labels["gross_ytd"])
    if ytd is None and gross_line is not None:
        line = reader.lines[gross_line]
        label_end = next((end for _, _, end in label_matches([line], labels["gross"])), 0)
        row = amounts_in(own_figures(line[label_end:], labels["ytd_words"]), cents_required=True)
        ytd, ytd_line = (abs(row[-1]), gross_line) if len(row) >= 2 and abs(row[-1]) >= (gross or 0) else (None, None)
    if ytd is None and gross is not None:
        ytd, ytd_line = _year_to_date_row(reader, labels, gross)
    fields["gross_current"] = reader.field(gross, gross_line, 0.95 if gross else 0.3)
    fields["gross_ytd"] = reader.field(ytd, ytd_line, 0.9 if ytd is not None else 0.6)


def _gross_line_ytd(reader: _Reader, labels: dict[str, Any], current: Decimal) -> tuple[Decimal | None, int | None]:
    """The year to date on the earnings table's gross line ("Gross Pay  $926.80  $23,381.04"), when the
    current gross was read from a summary box above it (the same words over "$926.80"): the line's first
    amount is that gross, its last the year to date (the same on the year's first check)."""
    for index, _, end in label_matches(reader.lines, labels["gross"]):
        amounts = amounts_in(own_figures(reader.lines[index][end:], labels["ytd_words"]), cents_required=True)
        if len(amounts) >= 2 and amounts[0] == current and amounts[-1] >= current:
            return amounts[-1], index
    return None, None


def _year_to_date_row(reader: _Reader, labels: dict[str, Any], current: Decimal) -> tuple[Decimal | None, int | None]:
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


_CURRENT_ROW = re.compile(r"\b(?:current|this\s+period|this\s+pay)\b", re.IGNORECASE)  # "Gross pay" / "This period ..."


YTD_SECTION_LINES = 4  # lines under a "Year to date" heading its gross line may be


def _ytd_section(reader: _Reader, labels: dict[str, Any]) -> tuple[Decimal | None, int | None]:
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


def _period(reader: _Reader, labels: dict[str, Any]) -> tuple[tuple[date | None, int | None], ...]:
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


def _stacked_period(reader: _Reader, labels: dict[str, Any]) -> tuple[tuple[date, date] | None, Page | None]:
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
    return next((code for code, words in _labels("pay_stub")["frequencies"].items()
                 if any(squash(w) in squashed for w in words)), None)


def _frequency(reader: _Reader, labels: dict[str, Any], start: date | None,
               end: date | None) -> tuple[str | None, int | None]:
    code, line = reader.first(labels["frequency"], _printed_frequency)
    if code:
        return code, line
    return _period_frequency(start, end)[0], None


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


def extract_bank_statement(pages: list[Page], ref: Ref) -> dict[str, Field]:
    labels = _labels("bank_statement")
    reader = _Reader(pages, ref)
    fields: dict[str, Field] = {}
    bank = next(((_bank_name(line, labels["bank_words"]), i) for i, line in enumerate(reader.lines[:8])
                 if _has_word(line, labels["bank_words"]) and firm_name(line)), (None, None))
    sure = 0.85
    if bank[0] is None:  # a logo's words heading the page, the bank's whole name in the footer's legal line
        bank, sure = _footer_bank(reader, labels["bank_words"]), 0.8
    fields["bank_name"] = reader.field(_fuller_name(bank[0], bank[1], reader.lines, labels["bank_words"]), bank[1],
                                       sure if bank[0] else 0.2)
    fields["account_last4"] = _account_last4(reader, labels["account"])
    if fields["account_last4"].value is None:
        fields["account_last4"] = _account_last4(reader, labels["member"])
    period = reader.after(labels["period"])
    found = dates_in(period[0]) if period else []
    line_of_period = period[1] if period else None
    if period and not found:  # "Statement period" heading a row of column headings: its dates under it
        line_of_period = next((i for i in range(period[1] + 1, min(period[1] + 3, len(reader.lines)))
                               if reader.lines[i].strip()), period[1])
        found = dates_in(reader.lines[line_of_period])
    if period and len(found) == 1:  # "Sep 1, 2027 –" closing its line, "Sep 30, 2027" opening the next
        found += _range_end(reader.lines, line_of_period, found[0])
    if len(found) < 2:  # "for March 1, 2025 to March 31, 2025" under the account's name, unlabelled (on the
        # first page: OCR may read a heading's right-hand column after the page's activity)
        heading = reader.lines[:max(15, reader.first_page_lines)]
        line_of_period, found = next(((i, dates) for i, dates in enumerate(_heading_dates(t) for t in heading)
                                      if _one_period(dates)), (None, []))
    if len(found) >= 2:
        fields["period_start"] = reader.field(found[0], line_of_period)
        fields["period_end"] = reader.field(found[1], line_of_period)
    else:  # "Statement from Jun 20, 2025" and "Statement to Jul 19, 2025" on lines of their own
        for name in ("period_start", "period_end"):
            day, line = reader.first(labels[name], first_date, same_line_only=True)
            fields[name] = reader.field(day, line)
    balances = ("beginning_balance", "ending_balance")
    run_on = {name: _runs_into_another_row(reader, labels[name]) for name in balances}
    if _several_accounts(reader, labels["beginning_balance"], run_on["beginning_balance"]):
        fields.update(_transaction_account(reader, labels))
        return fields
    for name in balances:
        value, line = _money(reader, labels[name], not_after=labels["other_balances"], same_line_first=True)
        on_its_line = value is not None and find_label([reader.lines[line or 0]], labels[name]) is not None
        # OCR read the figures as another block; but not when the label's row runs into another column's rows
        row = None if on_its_line or run_on[name] else _beside(reader, labels[name])
        if row is not None and row.current is not None:
            fields[name] = reader.field(row.current, None, 0.95, page=row.page, base=row.read)
        else:
            fields[name] = reader.field(value, line, 0.95 if value is not None else 0.3)
    _balances_in_sentences(reader, fields)
    return fields


def _balances_in_sentences(reader: _Reader, fields: dict[str, Field]) -> None:
    """Balances a statement writes out ("On June 1, 2028 your balance was $974.79.") or labels by their day
    ("Balance on 08/01/2027  3,629.03"), where no label found them: the one on the period's first day opens
    it, the one on its last day closes it."""
    said = [(when, amounts_in(match.group("amount"))[0], index) for index, line in enumerate(reader.lines)
            for pattern in (_BALANCE_SENTENCE, _BALANCE_ON) for match in pattern.finditer(line)
            if (when := first_date(match.group("when")))]
    days = {"beginning_balance": fields["period_start"].value, "ending_balance": fields["period_end"].value}
    for name, day in days.items():
        found = next(((amount, index) for when, amount, index in said if when == day), None)
        if found is not None and fields[name].value is None:
            fields[name] = reader.field(found[0], found[1], 0.95)


_BALANCE_SENTENCE = re.compile(
    r"\b(?:on|as of)\s+(?P<when>[A-Za-z]{3,9}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}/\d{1,2}/\d{2,4}),?"
    r"\s+(?:your|the)\s+(?:account\s+)?balance\s+(?:was|is|of)\s+(?P<amount>\$?[\d,]+\.\d\d)", re.IGNORECASE)


_BALANCE_ON = re.compile(r"\bbalance\s+(?:on|as of)\s+"
                         r"(?P<when>[A-Za-z]{3,9}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}/\d{1,2}/\d{2,4})"
                         r"\s*:?\s+(?P<amount>\$?[\d,]+\.\d\d)\b", re.IGNORECASE)


def _runs_into_another_row(reader: _Reader, labels: list[str]) -> bool:
    """Whether a label's line goes on into a dated row of another column: the figures right of the label on
    its row of words are that row's, and the label's own stand under it (a statement's sidebar)."""
    return any(before_another_row(rest := reader.lines[index][end:]) != rest
               for index, _, end in label_matches(reader.lines, labels))


def _range_end(lines: list[str], index: int, start: date) -> list[date]:
    """The period's last day when its range breaks after the dash: the date opening the next line, no more
    than two months after the first."""
    parts = re.split(r"[–—]|\s-(?:\s|$)|\bto\b|\bthrough\b", lines[index], maxsplit=1)
    if len(parts) < 2 or dates_in(parts[1]) or not dates_in(parts[0]):
        return []
    following = next((line for line in lines[index + 1 : index + 3] if line.strip()), "")
    ends = dates_in(following[:20])
    return ends[:1] if ends and 0 < (ends[0] - start).days <= 62 else []


def _several_accounts(reader: _Reader, labels: list[str], run_on: bool) -> bool:
    """Whether the statement opens more than one balance: a credit union's savings and checking. `run_on`:
    a label's line runs on into another column's dated row (`_runs_into_another_row`)."""
    opening = {amounts[0] for text, _ in values_after(reader.lines, labels, same_line_only=True)
               if (amounts := amounts_in(before_another_row(text), cents_required=True))}
    carried = _carried_forward(reader.lines, labels)
    if run_on:  # the figures on the label's row of words are another column's
        return len(opening - carried) >= 2
    for page in reader.pages:  # a scan read column by column: the figures on each label's row of words
        for label in labels:
            start = 0
            while (found := locate(page, label, start)) is not None:
                box, start = found
                row = [a for w in row_right_of(page, box) for a in amounts_in(w.text, cents_required=True)]
                opening.update(row[:1])
    return len(opening - carried) >= 2


def _carried_forward(lines: list[str], labels: list[str]) -> set[Decimal]:
    """Opening balances that only carry a ledger over a page ("BALANCE FORWARD 1,096.76" on page 2, the
    running balance the page before ended on): one account's, not a second account's opening."""
    carried: set[Decimal] = set()
    last: Decimal | None = None  # the last figure of the last line that printed one
    for line in lines:
        amounts = amounts_in(line, cents_required=True)
        if amounts and last is not None and amounts[0] == last and find_label([line], labels) is not None:
            carried.add(amounts[0])
        if amounts:
            last = amounts[-1]
    return carried


def _transaction_account(reader: _Reader, labels: dict[str, Any]) -> dict[str, Field]:
    """The balances of the account money comes in and goes out of (checking), from its row of the account
    summary ("Free Checking  10  1,284.79  1,492.94": opening, then closing), else from its own part of the
    statement; when neither is read, the balances are left for a person to pick, never taken from whichever
    account comes first."""
    wanted = {squash(word) for word in labels["transaction_accounts"]}
    for page in reader.pages:
        for word in page.words:
            if squash(word.text) not in wanted:
                continue
            amounts = [a for w in row_right_of(page, word.box) for a in amounts_in(w.text, cents_required=True)]
            if len(amounts) >= 2:
                opening, closing = _opening_and_closing(amounts)
                return {"beginning_balance": reader.field(abs(opening), None, 0.85, page=page),
                        "ending_balance": reader.field(abs(closing), None, 0.85, page=page)}
    return _account_part(reader, labels, wanted) or \
        {name: reader.field(None, None, 0.3) for name in ("beginning_balance", "ending_balance")}


def _account_part(reader: _Reader, labels: dict[str, Any], wanted: set[str]) -> dict[str, Field] | None:
    """A statement that heads each account's part ("CHECKING - Account ...7869") and prints its balances
    on lines of their own under the heading ("Balance Forward 1,897.92" ... "Ending Balance 2,711.76"): the
    first of each after the transaction account's heading, both or neither."""
    start = next((i for i, line in enumerate(reader.lines) if _account_heading(line, wanted)), None)
    if start is None:
        return None
    others = {squash(word) for word in labels["other_accounts"]}
    end = next((i for i in range(start + 1, len(reader.lines)) if _account_heading(reader.lines[i], others)),
               len(reader.lines))
    found: dict[str, Field] = {}
    for name in ("beginning_balance", "ending_balance"):
        for text, line in values_after(reader.lines[start:end], labels[name], same_line_only=True):
            if amounts := amounts_in(before_another_row(text), cents_required=True):
                found[name] = reader.field(abs(amounts[0]), start + line, 0.85)
                break
    return found if len(found) == 2 else None


def _account_heading(line: str, accounts: set[str]) -> bool:
    """Whether the line heads an account's part: it opens with the account's kind, or names it after a
    product's one word in a line of no figure ("Everyday Checking summary", not a wrapped purchase's "SAM'S
    CLUB #8123"), and prints no amount."""
    after_product = squash(" ".join(line.split()[1:])) if not re.search(r"\d", line) else ""
    return any(squash(line).startswith(word) or after_product.startswith(word) for word in accounts) \
        and not amounts_in(line, cents_required=True)


def _opening_and_closing(amounts: list[Decimal]) -> tuple[Decimal, Decimal]:
    """An account's opening and closing balances from its summary row: the four figures that add up
    (opening + deposits - withdrawals = closing, "518.00  2,613.17  2,522.56  608.61") where the row has
    them, else its last two."""
    for i in range(len(amounts) - 3):
        opening, deposits, withdrawals, closing = (abs(a) for a in amounts[i : i + 4])
        if opening + deposits - withdrawals == closing:
            return opening, closing
    return amounts[-2], amounts[-1]


def _heading_dates(line: str) -> list[date]:
    """A heading line's dates, a range printing its year once ("June 1 - June 30, 2030") as two."""
    dates = dates_in(line)
    written = date_range(line) if len(dates) < 2 else None
    return list(written) if written else dates


def _one_period(dates: list[date]) -> bool:
    """Two dates a statement's month apart, in order: its period."""
    return len(dates) == 2 and 20 <= (dates[1] - dates[0]).days <= 40


_MEMBER_FDIC = re.compile(r"member\s+fdic", re.IGNORECASE)


def _footer_bank(reader: _Reader, bank_words: list[str]) -> tuple[str | None, int | None]:
    """The bank named in a footer's legal line ("Commonwealth Crest Bank, N.A. · Member FDIC · Equal Housing
    Lender"): the part before "Member FDIC" that has a bank's word."""
    for index, line in enumerate(reader.lines):
        found = _MEMBER_FDIC.search(line)
        before = _HEADING_PARTS.split(line[: found.start()].strip(" ·|•,"))[0] if found else ""
        if before and _has_word(before, bank_words):
            return _bank_name(before, bank_words), index
    return None, None


def _bank_name(line: str, bank_words: list[str]) -> str | None:
    """The bank's name from its heading line, ending at its last bank word unless the name goes on from
    it ("Bank of ..."): a title or a web page's menu runs on after it ("... Credit Union Member Statement",
    "Lumen Direct Bank  Accounts Transfers Log out")."""
    name = firm_name(line)
    if not name:
        return name
    ends = [m.end() for w in bank_words for m in re.finditer(rf"\b{re.escape(w)}\b", name, re.IGNORECASE)]
    if ends:
        rest = name[max(ends):].replace(",", " ").split()  # "Lumio Bank, N.A."
        first = rest[0].lower().rstrip(".") if rest else ""
        if rest and first not in {word.rstrip(".") for word in NAME_GOES_ON}:
            name = name[: max(ends)].strip(" ,")
        elif first in _NAME_ENDS:  # "Continental Summit Bank, N.A. Statement": the name ends with it
            name = name[: name.index(rest[0], max(ends)) + len(rest[0])]
    return name


def _fuller_name(name: str | None, line: int | None, lines: list[str], bank_words: list[str]) -> str | None:
    """The bank's name in full when its logo's first word stands on the line above the rest ("Lumen" over
    "Direct Bank") and the small print joins them ("Issued by Lumen Direct Bank, N.A."), or when the line
    read is a bank's words alone ("Sawtooth Valley  Member number XXXX7725" over "CREDIT UNION")."""
    if not name or not line:
        return name
    own = {squash(word) for word in name.split()}
    logo = [word for word in lines[line - 1].split() if squash(word)]
    if squash(name) in {squash(word) for word in bank_words} and len(logo) == 1:
        # a lower-case logo's word over its bank word ("fernleaf" over "bank"): the name as the page prints it
        # elsewhere ("Statement - August 2036 | Fernleaf Bank")
        printed = re.search(rf"\b{re.escape(logo[0])}\s+{re.escape(name)}\b", " ".join(lines), re.IGNORECASE)
        if printed is not None and printed.group()[:1].isupper():
            return printed.group()
    if any(squash(word) in own for word in logo):  # the line above repeats the name's own word: an account's
        # product name, no logo; the small print may give the name its charter ("Pinnacle National Bank, N.A.")
        chartered = re.search(rf"\b{re.escape(name)},?\s+N\.\s?A\.", " ".join(lines), re.IGNORECASE)
        return f"{name}, N.A." if chartered else name
    above = set(lines[line - 1].split()) - set(name.split())
    titles = {squash(word) for word in _labels("bank_statement")["statement_titles"]}
    for fuller in re.finditer(rf"((?:[A-Z][A-Za-z&'.-]*\s+){{1,3}}){re.escape(name)}\b", " ".join(lines)):
        words = fuller.group(1).split()
        while words and words[0] not in above:
            words.pop(0)
        if words and not any(squash(word) in titles for word in words):
            return f"{' '.join(words)} {name}"  # (an app's title bar over the name, "Statements", is no part of it)
    if _only_bank_words(name, bank_words):
        # the logo's line, up to the page's title beside it ("HARBORSTONE  Account Statement" over "BANK"), past
        # a line between them that names no bank: a title's other language ("ESTADO DE CUENTA" over "Account
        # statement"), the statement's period ("IRONWOOD  Combined Statement" / "Statement period ..." / "NATIONAL")
        for above in lines[max(0, line - LOGO_LINES) : line][::-1]:
            logo = _leading_name(above.split())
            logo = logo[: next((i for i, word in enumerate(logo) if squash(word) in titles), len(logo))]
            if logo:
                return f"{' '.join(logo)} {name}"
    return name


LOGO_LINES = 2  # lines over a bank's kind ("NATIONAL BANK") its logo's name may stand


def _only_bank_words(name: str, bank_words: list[str]) -> bool:
    """Whether a name is a bank's kind alone ("Bank", "Federal Credit Union", "Direct Bank"), its own words
    in the logo."""
    rest = name.lower()
    for word in sorted([*bank_words, *_labels("bank_statement")["bank_kinds"]], key=len, reverse=True):
        rest = re.sub(rf"\b{re.escape(word)}\b", " ", rest)
    return not rest.strip(" ,.")


def _leading_name(words: list[str]) -> list[str]:
    """A line's first capitalised words, up to a caption that follows them ("Sawtooth Valley  Member number");
    none when the line opens with a caption ("Page 1 of 2")."""
    kept: list[str] = []
    joiners = {"of", "and"} | NAME_PARTICLES  # "Puerta del Sol"
    for word, after in zip(words, [*words[1:], ""][: len(words)], strict=True):  # (a blank line has none)
        joined = kept and word in joiners and after[:1].isupper()
        if not (re.fullmatch(r"[A-Z][A-Za-z&'.-]*", word) or joined) or (after[:1].islower() and after not in joiners):
            break
        if after[:1].isdigit():  # "Page 1", "Account 5520": a caption and its figure
            return []
        kept.append(word)
    return kept


def _has_word(text: str, words: list[str]) -> bool:
    lowered = text.lower()
    return any(re.search(rf"\b{re.escape(word.lower())}\b", lowered) for word in words)


_ACCOUNT_NAME = re.compile(r"\b(?:checking|savings|share|draft|account|acct)\b", re.IGNORECASE)
# a masked number: its hidden digits as marks, or "Account" and one bullet (printed, or a glyph the font
# left unmapped, "(cid:127)"), then the last four
_MASKED = re.compile(r"(?:[*xX•#+.…]{2,}|(?:(?<=account )|(?<=acct ))(?:•|\(cid:\d+\))+(?=\d)|ending\s+in)"
                     r"[\s-]*(\d{4})\b", re.IGNORECASE)


# a statement's activity line: its date first, its amount last
_TRANSACTION_ROW = re.compile(r"\s*\d{1,2}/\d{1,2}\b.*\d\.\d\d\s*-?\s*$")


_ENDING_IN = re.compile(r"\bending(?:\s+in)?\W{0,3}(\d{4})\b", re.IGNORECASE)


def _account_last4(reader: _Reader, labels: list[str]) -> Field:
    """Last four of the account: a masked number ("******5259") is trusted over digits OCR may have split."""
    masked: list[tuple[str, int]] = []
    loose: list[tuple[str, int]] = []
    for text, line in values_after(reader.lines, labels, same_line_only=True):
        if _TRANSACTION_ROW.match(reader.lines[line]):  # "09/15 Transfer to bank account ****9059": another's
            continue
        hit = _MASKED.search(text) or _ENDING_IN.search(reader.lines[line])  # "ending in 8316" says last four too
        if hit:
            masked.append((hit.group(1), line))
            continue
        digits = re.sub(r"\D", "", re.split(r"\s{2,}|[A-Za-z]{3,}", text)[0][:30])
        if len(digits) >= 4:
            loose.append((digits[-4:], line))
    chosen = masked or loose
    if not chosen:  # no label: a masked number printed by the account's name ("SHARE DRAFT CHECKING ****5771")
        unlabelled = [(hit.group(1), i) for i, line in enumerate(reader.lines[:HEADING_LINES * 3])
                      if (hit := _MASKED.search(line)) and not re.search(r"\bssn\b|social", line, re.IGNORECASE)]
        if not unlabelled:  # or by the account's name anywhere on the first page ("Everyday Checking .... 0333",
            # read after the page's activity when OCR takes its columns one by one)
            unlabelled = [(hit.group(1), i) for i, line in enumerate(reader.lines[:reader.first_page_lines])
                          if (hit := _MASKED.search(line)) and _ACCOUNT_NAME.search(line[: hit.start()])]
        if len({value for value, _ in unlabelled}) == 1:
            return reader.field(unlabelled[0][0], unlabelled[0][1], 0.85)
        return reader.field(None, None, 0.3)
    agree = len({value for value, _ in chosen}) == 1
    if not agree:  # a combined statement's accounts: the one it calls its primary account is the statement's
        primary = [(hit.group(1), line) for text, line in values_after(reader.lines, _labels("bank_statement")
                                                                       ["primary_account"], same_line_only=True)
                   if (hit := _MASKED.search(text))]
        if len({value for value, _ in primary}) == 1:
            return reader.field(primary[0][0], primary[0][1], 0.9)
    return reader.field(chosen[0][0], chosen[0][1], (0.95 if masked else 0.7) if agree else 0.5)


def extract_letter(pages: list[Page], ref: Ref, benefit: bool) -> dict[str, Field]:
    labels = _labels("letter")
    reader = _Reader(pages, ref)
    letter_date, line, confidence = _letter_date(reader, labels)
    fields = {"letter_date": reader.field(letter_date, line, confidence)}
    if benefit:
        text = " ".join(reader.lines)
        kind = next((rule["code"] for rule in labels["benefit_types"] if _has_word(text, rule["words"])), None)
        fields["benefit_type"] = reader.field(kind, None, 0.85 if kind else 0.3)
        amount, amount_line = _money(reader, labels["monthly_amount"], not_after=labels["not_monthly_words"])
        row_page, read = None, None
        if amount is None and amount_line is not None:  # the label found, its figure not on its line of text: a
            # scan of a statement's label column beside its figure column reads the two apart; the label's row says
            found = label_matches([reader.lines[amount_line]], labels["monthly_amount"])
            row = _beside(reader, [reader.lines[amount_line][start:end] for _, start, end in found][:1])
            if row is not None and row.current is not None:
                amount, row_page, read = row.current, row.page, row.read
        if amount is None:
            weekly, amount_line = _money(reader, labels["weekly_amount"])
            amount = (weekly * 52 / 12).quantize(Decimal("0.01")) if weekly else None
        if amount is None:
            for index, text in enumerate(reader.lines):
                if re.search(r"per month|each month|a month|monthly", text, re.IGNORECASE):
                    amount, amount_line = first_amount(text, cents_required=True), index
                    if amount:
                        break
        fields["monthly_amount"] = reader.field(amount, None if row_page else amount_line, 0.85 if amount else 0.3,
                                                page=row_page, base=read)
    return fields


# "Jean-Baptiste R. Lefèvre": two to five words of letters (any alphabet), each capitalised, no figures
_NAME_BEFORE_DATE = re.compile(r"(?:[^\W\d_](?:[^\W\d_]|['.-])*\s+){1,4}[^\W\d_](?:[^\W\d_]|['.-])*")
_DATE_CAPTION_WORDS = re.compile(r"\b(?:date|dated|received|effective|issued|since|from|through|until|due|as of|"
                                 r"by|ending|ended|beginning|begins|period|worked|paid|no|number|case|day)\b",
                                 re.IGNORECASE)


def _letter_date(reader: _Reader, labels: dict[str, Any]) -> tuple[date | None, int | None, float]:
    """The date the letter was written: its own date label (opening a line or its cell, or after the
    letterhead's capitals), else the date standing alone on a line of the heading, else the first date of
    the heading that is no fax header's (sure when every date there is the same day); never a date of the
    body."""
    for index, start, end in label_matches(reader.lines, labels["date"]):
        found = first_date(reader.lines[index][end:])
        before = reader.lines[index][:start]
        letterhead = index < HEADING_DATE_LINES and before.strip().isupper()  # "SOCIAL SECURITY ... Date:"
        if found and (start == 0 or squash(before) == "" or before.rstrip().endswith(("|", "  ")) or letterhead):
            return found, index, 0.9
    for index, _, end in label_matches(reader.lines, labels["date_anywhere"]):
        found = first_date(reader.lines[index][end:])
        if found:
            return found, index, 0.9
    for index, _, _ in label_matches(reader.lines, labels["date_over_caption"]):
        # a form's "Physician's signature  Date signed" under the line it was signed and dated on
        over = _line_before(reader.lines, index)
        above = dates_in(reader.lines[over]) if over is not None and not first_date(reader.lines[index]) else []
        if len(above) == 1:
            return above[0], over, 0.85
    salutation = next((i for i, text in enumerate(reader.lines)
                       if re.match(labels["salutation"], text.strip(), re.IGNORECASE)), None)
    heading = range(min(salutation if salutation is not None else HEADING_DATE_LINES, len(reader.lines)))
    fax = re.compile(labels["fax_header"], re.IGNORECASE)
    # a date of birth, on its caption's line or under it, is the person's, never the letter's
    born = re.compile(labels["birth"], re.IGNORECASE)
    heading = [i for i in heading if not born.search(reader.lines[i])
               and not ((over := _line_before(reader.lines, i)) is not None and born.search(reader.lines[over]))]
    stamp = re.compile(labels["print_stamp"], re.IGNORECASE)
    for index in heading:
        text = reader.lines[index]
        found = first_date(text)
        if found and not fax.search(text) and not stamp.search(text) \
                and len(re.sub(r"[^A-Za-z]", "", without_dates(text))) <= 3:
            return found, index, 0.9
    dated = [(found, index) for index in heading
             if (found := first_date(reader.lines[index])) and not fax.search(reader.lines[index])]
    # a printed e-mail: the message's own date and time sent, not its print stamp's (a portal's page printed
    # has no date of its own but the stamp's)
    sent = [(found, index) for found, index in dated if not stamp.search(reader.lines[index])
            and _CLOCK.search(reader.lines[index])]
    if sent and any(stamp.search(reader.lines[index]) for _, index in dated):
        return sent[0][0], sent[0][1], 0.85
    if dated:  # an e-mail printed from the browser dates its page header and its message alike
        agreed = len(dated) >= 2 and len({found for found, _ in dated}) == 1
        # or the heading's first date ends a line that holds only the addressee's name before it: the
        # dateline set beside the address block ("Jean-Baptiste R. Lefevre        February 15, 2027")
        text = reader.lines[dated[0][1]].strip()
        before = without_dates(text).rstrip()
        beside = text.startswith(before) and bool(_NAME_BEFORE_DATE.fullmatch(before)) \
            and all(word[0].isupper() for word in before.split()) \
            and not _DATE_CAPTION_WORDS.search(before)  # "Date Received", "Effective" caption their own date
        return dated[0][0], dated[0][1], 0.85 if agreed or beside else 0.5
    return None, None, 0.3


def _line_before(lines: list[str], index: int) -> int | None:
    """The printed line over `index`, past the blank lines OCR leaves between a form's blocks."""
    return next((i for i in range(index - 1, max(-1, index - 5), -1) if lines[i].strip()), None)


def extract_profit_and_loss(pages: list[Page], ref: Ref, ink: InkProbe | None = None,
                            received_on: date | None = None) -> dict[str, Field]:
    labels = _labels("profit_and_loss_statement")
    reader = _Reader(pages, ref, received_on)
    fields: dict[str, Field] = {}
    period = reader.after(labels["period"])
    found = dates_in(period[0]) if period else []
    if len(found) < 2:
        found = next((d for d in (dates_in(t) for t in reader.lines[:10]) if len(d) >= 2), found)
    if len(found) < 2:  # an accounting program's report heading: "January through May 2046" (which OCR may
        # read after the report's columns)
        found = next((list(months) for text in reader.lines if (months := _months_through(text))), found)
    fields["period_start"] = reader.field(found[0] if len(found) >= 2 else None, period[1] if period else None)
    fields["period_end"] = reader.field(found[1] if len(found) >= 2 else None, period[1] if period else None)
    row = _beside(reader, labels["net_income"])
    if row is not None and row.current is not None:
        fields["net_income"] = reader.field(row.current, None, 0.9, page=row.page, base=row.read)
    else:
        net, line = _money(reader, labels["net_income"], at_line_start=True)
        fields["net_income"] = reader.field(net, line, 0.9 if net is not None else 0.3)
    fields["signed"] = _signed(reader, ink, labels["signature"], labels["certification"])[0]
    return fields


_MONTHS_THROUGH = re.compile(r"\b([A-Za-z]{3,9})\.?(?:\s+(\d{4}))?\s*(?:through|thru|to|-|–)\s*"
                             r"([A-Za-z]{3,9})\.?,?\s+(\d{4})\b", re.IGNORECASE)


def _months_through(text: str) -> tuple[date, date] | None:
    """A period of whole months named by the months ("January through May 2046"): its first and last day."""
    match = _MONTHS_THROUGH.search(text)
    if match is None or match[1].lower() not in MONTHS or match[3].lower() not in MONTHS:
        return None
    first, last, year = MONTHS[match[1].lower()], MONTHS[match[3].lower()], int(match[4])
    start_year = int(match[2]) if match[2] else (year if first <= last else year - 1)
    end = date(year, last, calendar.monthrange(year, last)[1])
    return date(start_year, first, 1), end


def extract_tax_return(pages: list[Page], ref: Ref, ink: InkProbe | None = None,
                       received_on: date | None = None) -> dict[str, Field]:
    """Year, form, and whether it is signed: the checklist accepts only a signed return for
    self-employment income."""
    reader = _Reader(pages, ref, received_on)
    text = " ".join(reader.lines[:40])
    years = [int(y) for y in re.findall(r"\b(20\d\d)\b", text)]
    year = max(set(years), key=years.count) if years else None
    squashed = squash(text)
    labels = _labels("tax_return")
    form = next((code for code, words in labels["forms"].items() if any(squash(w) in squashed for w in words)), None)
    # the form's own title with its year on one line ("U.S. Individual Income Tax Return 2027"): both printed
    titled = next((int(found[0]) for line in reader.lines[:40] if form and any(
        squash(w) in squash(line) for w in labels["forms"][form]) and (found := re.findall(r"\b(20\d\d)\b", line))),
        None)
    year = titled or year
    signed, signed_on = _signed(reader, ink, labels["signature"], labels["certification"])
    fields = {"tax_year": reader.field(year, None, (0.95 if titled else 0.8) if year else 0.3),
              "form": reader.field(form, None, (0.95 if titled else 0.85) if form else 0.3), "signed": signed}
    if signed_on.value is not None:  # the checklist does not date a return's signature: no review for its absence
        fields["signed_on"] = signed_on
    return fields


def extract_rent_check(pages: list[Page], ref: Ref) -> dict[str, Field]:
    """The date a tenant's check was deposited (the bank's "Posted" on its image printout) or written: how
    recent the rent it proves is. A date with no label is the page's first, for a person to confirm."""
    reader = _Reader(pages, ref)
    day, line = reader.first(_labels("rent_check")["check_date"], first_date, same_line_only=True)
    if day is not None:
        return {"check_date": reader.field(day, line, 0.9)}
    day, line = next(((found, index) for index, text in enumerate(reader.lines) if (found := first_date(text))),
                     (None, None))
    return {"check_date": reader.field(day, line, 0.7 if day is not None else 0.3)}


def extract_4506c(pages: list[Page], ref: Ref, ink: InkProbe | None = None,
                  received_on: date | None = None) -> dict[str, Field]:
    reader = _Reader(pages, ref, received_on)
    labels = _labels("irs_form_4506c")
    signed, signed_on = _signed(reader, ink, labels["signature"], labels["certification"])
    return {"signed": signed, "signed_on": signed_on}


def _signed(reader: _Reader, ink: InkProbe | None, labels: list[str], certification: list[str]
            ) -> tuple[Field, Field]:
    """`signed` and its date: a signature is ink on the signature line, measured when the pages can be
    rendered, so a clear one is sure either way; without the pages, guessed from text, never sure."""
    by_text = _signed_by_text(reader, labels, certification)
    found = _signature_by_ink(reader, ink, labels, certification) if ink is not None else None
    if found is None:
        return by_text
    page, caption, present, confidence = found
    if by_text[0].value is present:  # ink near its threshold, and words written on the line say the same
        confidence = max(confidence, BOTH_SAY_SIGNED)
    # the date by the signature line; an unsigned line takes none from the text around the attestation
    # (the tax year asked for, over it)
    signed_on = _date_by_signature(reader, page, caption, certification) or (
        by_text[1] if present else reader.field(None, None, confidence, page=page))
    return Field(present, confidence, reader.ref(page.number), page.method), signed_on


def _signature_caption(page: Page, labels: list[str]) -> Box | None:
    """The first of `labels` (in priority order) printed as a caption, not as words of the attestation's
    sentences: "Signature of taxpayer(s). I declare that I am ..." opens a paragraph, "... within 120 days of
    the" / "signature date." wraps one; the real Form 4506-C's line is captioned "Signature for Line 1a"."""
    for text in labels:
        start = 0
        while (hit := locate(page, text, start)) is not None:
            box, start = hit
            if not _in_sentence(page, box) and not _second_persons(page, box):
                return box
    return None


def _second_persons(page: Page, box: Box) -> bool:
    """Whether a caption is the second person's ("Spouse's signature (required if listed on Line 2a)"): the
    word just before it names them. Their line left empty says nothing of the first person's signature."""
    height = box[3] - box[1]
    before = [w for w in whole_row(page, box, skew(page)) if w.box[2] <= box[0] + 0.001]
    return bool(before) and box[0] - before[-1].box[2] < 1.5 * height \
        and squash(before[-1].text) in {squash(word) for word in _labels("application")["second_person_words"]}


SENTENCE_RUN = 8  # words running on from a label without a gap: the label opens a sentence


def _in_sentence(page: Page, box: Box) -> bool:
    """Whether a label's words stand inside a sentence: after a lower-case word ("... of the signature
    date."), wrapped to a line's start and ending it ("signature date."), or running on into one
    ("Signature of taxpayer(s). I declare that I am ...")."""
    height = box[3] - box[1]
    row = whole_row(page, box, skew(page))
    before = [w for w in row if w.box[2] <= box[0] + 0.001]
    after = [w for w in row if w.box[0] >= box[2] - 0.001]
    first = next((w for w in row if abs(w.box[0] - box[0]) < 0.001), None)
    if first is not None and first.text[:1].islower():
        if before and box[0] - before[-1].box[2] < 2 * height and before[-1].text.isalpha() \
                and before[-1].text.islower():
            return True
        if not before and after and after[0].text.endswith("."):
            return True
    run, right = 0, box[2]
    for word in after:
        if word.box[0] - right > 2 * height:
            break
        run, right = run + 1, word.box[2]
    return run >= SENTENCE_RUN


def _signature_by_ink(reader: _Reader, ink: InkProbe, labels: list[str], certification: list[str]
                      ) -> tuple[Page, Box | None, bool, float] | None:
    """(page with its words, the signature's caption, signed, confidence) from the signature line by its
    caption, else (no caption) the first line under the certification; None when neither is found on a page
    with word boxes."""
    for page in reversed(reader.pages):
        page = with_words(page, ink)
        if not page.words:
            continue
        label = _signature_caption(page, labels)
        if label is not None:  # the page image is asked for only where a signature may stand
            dated = [w.box[0] for w in row_right_of(page, label) if squash(w.text).startswith("date")]
            right = min([0.97, *dated]) - 0.005
            image = ink.image(page.number, page.rotation)
            return page, label, *signature_reading(signature_ink(image, label, right, skew(page), type_height(page),
                                                                 band=dark_band(image, label, right)))
        for text in certification:
            hit = locate(page, text)
            share = ink_under(ink.image(page.number, page.rotation), hit[0], hit[0][3] - hit[0][1],
                              skew(page)) if hit else None
            if share is not None:
                return page, None, *signature_reading(share)
    return None


def _date_by_signature(reader: _Reader, page: Page, label: Box | None, certification: list[str]) -> Field | None:
    """The date written by a signature: the first date on its caption's row or the few rows above it (a
    date line printed over its "Date" label), or under it (a caption heading the cells to sign and date
    in), else (no caption) in the few rows under the certification; as sure as the words that spell it (not
    the scrawl beside them)."""
    if label is not None:
        line = label[3] - label[1]
        top, bottom = label[1] - 4 * line, label[3] + 3 * line
    else:
        statement = next((hit[0] for hit in (locate(page, text) for text in certification) if hit), None)
        if statement is None:
            return None
        line = type_height(page) or statement[3] - statement[1]
        top, bottom = statement[3], statement[3] + 6 * line
    near = sorted((w for w in page.words if top <= (w.box[1] + w.box[3]) / 2 <= bottom),
                  key=lambda w: (round(w.box[1] / (2 * line)), w.box[0]))
    for start in range(len(near)):
        words = near[start : start + 3]
        found = first_date(" ".join(w.text for w in words))
        if found is not None:
            used = [w for w in words if re.search(r"\d", w.text)]
            read = 1.0 if page.method != TextMethod.OCR else min(w.confidence for w in used)
            return reader.field(found, None, 0.95, page=page, base=_plausible_date(found, read, reader.received_on))
    return None


def _plausible_date(value: date, read: float, received_on: date) -> float:
    """A date that parses to a real calendar day of recent years, up to the year after the papers came in,
    is half as doubtful as its OCR score (judged by the receipt, not the clock: a batch run for a past
    day reads as it did that day)."""
    return 1 - (1 - read) / 2 if 1990 <= value.year <= received_on.year + 1 else read * 0.5


def _signed_by_text(reader: _Reader, labels: list[str], certification: list[str]) -> tuple[Field, Field]:
    """Signed when a handwritten-looking mark sits on the signature line: a short run of words that is no
    printed label, just above the signature label or just below the certification; with the date there.

    A scanned signature reads as a few odd words ("Gassidy sohnsory"); a blank signature line reads as
    nothing, or as the printed name and "Date:" line only. Ink is not measured here, so the confidence
    stays moderate and a deciding value goes before a clerk.
    """
    found = find_label(reader.lines, labels)
    if found is not None:
        window = list(range(max(0, found[0] - SIGNATURE_REACH), found[0] + 1))
    else:
        certified = find_label(reader.lines, certification) if certification else None
        if certified is None:
            return reader.field(False, None, 0.4), reader.field(None, None, 0.3)
        window = list(range(certified[0] + 1, min(len(reader.lines), certified[0] + 1 + SIGNATURE_REACH + 1)))
    marks = [i for i in window if _looks_signed(reader.lines[i])]
    dated = next(((first_date(reader.lines[i]), i) for i in window if first_date(reader.lines[i])), (None, None))
    anchor = marks[0] if marks else window[-1]
    return (reader.field(bool(marks), anchor, 0.6),
            reader.field(dated[0], dated[1], 0.8 if dated[0] else 0.3))


def _looks_signed(line: str) -> bool:
    if amounts_in(without_dates(line), cents_required=True):
        return False  # a figure of the statement above the signature line
    words = re.findall(r"[A-Za-z]{2,}", without_dates(line))
    printed = {squash(w) for w in _labels("irs_form_4506c")["printed_words"]}
    return 2 <= len(words) <= 5 and not any(squash(w) in printed for w in words)
