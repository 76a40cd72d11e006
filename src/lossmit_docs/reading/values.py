"""Money, dates and labelled values read out of page text, shared by every extractor.

Labels come from the rules files and are matched case-blind with any spacing, because text layers of
real forms often run words together ("Borrower'sname") and OCR adds or drops spaces.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from functools import cache, lru_cache
from importlib import resources
from itertools import pairwise
from typing import Any

import yaml


def _month_numbers(names_by_month: list[tuple[str, ...]]) -> dict[str, int]:
    return {name: number for number, names in enumerate(names_by_month, start=1) for name in names}


_ENGLISH_MONTHS = _month_numbers(
    [("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",), ("jun", "june"),
     ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"), ("oct", "october", "0ct"), ("nov", "november"),
     ("dec", "december")])
# a Spanish letter's or a farm payroll's day-first dates ("6 de abril de 2046", "15-DIC-2045"); never month-first,
# where "ago" would be a month in "two years ago 12, 2045"
_SPANISH_MONTHS = _month_numbers(
    [("ene", "enero"), ("febrero",), ("marzo",), ("abr", "abril"), ("mayo",), ("junio",), ("julio",),
     ("ago", "agosto"), ("septiembre", "setiembre"), ("octubre",), ("noviembre",), ("dic", "diciembre")])
MONTHS = {**_ENGLISH_MONTHS, **_SPANISH_MONTHS}
_MONTH_NAMES = "|".join(sorted(_ENGLISH_MONTHS, key=len, reverse=True))
_CAPITAL_MONTHS = "|".join(name.upper() for name in _ENGLISH_MONTHS if len(name) == 3 and name.isalpha())
_DAY_FIRST_MONTHS = "|".join(sorted(MONTHS, key=len, reverse=True))
_DATE_RE = re.compile(
    r"(?P<iso>(?P<iy>(?:19|20)\d\d)-(?P<im>\d\d?)-(?P<id>\d\d?))"
    # no year that is the next date's month: "04/27 - 05/03/2036" holds no date "04/27 - 05"
    r"|(?P<num>(?<!\d)(?P<m>\d\d?)\s?[/.-]\s?(?P<d>\d\d?)\s?[/.-]\s?(?P<y>(?:19|20)?\d\d)(?!\d|/\d))"
    rf"|(?P<named>\b(?P<mn>{_MONTH_NAMES})[.:;]?\s+(?P<nd>\d\d?)(?:st|nd|rd|th)?(?:,\s*|\s+)(?P<ny>(?:19|20)\d\d)\b)"
    # "28 February 2030", a payroll system's "28-FEB-2030" or "28-FEB-30", and "6 de abril de 2046"
    rf"|(?P<dmy>\b(?P<dd>\d\d?)(?:\s+de)?(?:\s+|-)(?P<dm>{_DAY_FIRST_MONTHS})\.?,?(?:\s+de)?(?:\s+|-\s?)"
    r"(?P<dy>(?:19|20)\d\d|(?<=-)\d\d)\b)"
    # a form's date in labelled pieces: "Month 06 Day 28 Year 2030"
    r"|(?P<pieces>\bmonth\W{0,3}(?P<pm>\d\d?)\W{0,3}day\W{0,3}(?P<pd>\d\d?)\W{0,3}year\W{0,3}(?P<py>(?:19|20)\d\d)\b)"
    # a deed's or certificate's "this 22nd day of November, 2030", its year's century printed ("20 30")
    rf"|(?P<ordinal>\b(?P<od>\d\d?)(?:st|nd|rd|th)?\s+day\s+of\s+(?P<om>{_MONTH_NAMES})\.?\s*,?\s*"
    r"(?P<oy>(?:19|20)\s?\d\d)\b)"
    # a military pay statement's day, month in capitals and two-figure year ("DEPOSITED 01 OCT 46")
    rf"|(?P<caps>(?-i:\b(?P<cd>\d\d) (?P<cm>{_CAPITAL_MONTHS}) (?P<cy>\d\d)\b))",
    re.IGNORECASE,
)
_MONEY_RE = re.compile(
    r"(?<![\d.,/])(?P<neg>-|\()?\s?\$?\s?(?P<neg2>-)?(?P<int>\d{1,3}(?:,\d{3})+|\d+)(?P<cents>\.\d{2})?(?![\d/%]|\.\d)"
)


@cache
def rules(name: str) -> dict[str, Any]:
    """A rules file of the package, by stem (`document_types`, `field_labels`)."""
    text = resources.files("lossmit_docs.rules").joinpath(f"{name}.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(text)


_UNDECOMPOSED = str.maketrans({"ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ø": "o", "Ø": "O", "ß": "ss", "æ": "ae",
                                "Æ": "AE", "œ": "oe", "Œ": "OE", "ı": "i"})


def folded(text: str) -> str:
    """The text with its accents taken off ("Nguyễn Thị Lan" -> "Nguyen Thi Lan"): OCR's English model
    reads a name without them, a typed document prints them."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_UNDECOMPOSED))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def plain_words(text: str) -> list[str]:
    """The text's words of letters, lower case and without accents: names compared whatever the print."""
    return re.findall(r"[a-z]+", folded(text).lower())


@lru_cache(maxsize=65536)  # a page's words are squashed again for every label looked for on it
def squash(text: str) -> str:
    """Lower-case letters and digits only, the form cues and labels are compared in; an accented letter
    counts as its plain one ("Número de préstamo" is "numerodeprestamo")."""
    return _NOT_LETTER_OR_DIGIT.sub("", (text if text.isascii() else folded(text)).lower())


_NOT_LETTER_OR_DIGIT = re.compile(r"[^a-z0-9]")


@cache
def label_pattern(label: str) -> re.Pattern[str]:
    """A label that matches with any spacing between its characters, not inside a longer word, nor as the
    name of a tax ("NJ gross income tax 53.11" is no gross income)."""
    chars = [re.escape(c) for c in label if not c.isspace()]
    tax = r"(?!\s*tax(?:es)?\b)" if squash(label).endswith("income") else r"(?!\s*income\s*tax(?:es)?\b)"
    return re.compile(r"(?<![A-Za-z-])" + r"\s*".join(chars) + tax, re.IGNORECASE)


def label_matches(lines: list[str], labels: list[str], start: int = 0) -> Iterator[tuple[int, int, int]]:
    """Every (line index, start, end) where one of `labels` is found: the first label's matches first."""
    for label in labels:
        pattern = label_pattern(label)
        for index in range(start, len(lines)):
            for match in pattern.finditer(lines[index]):
                yield index, match.start(), match.end()


def find_label(lines: list[str], labels: list[str], start: int = 0) -> tuple[int, int] | None:
    """(line index, end offset) of the first of `labels` (in priority order) found in `lines`."""
    for index, _, end in label_matches(lines, labels, start):
        return index, end
    return None


LEADER = re.compile(r"(?:(?:\.\s?){3,}|…+)(?=\s|$)")  # not a masked number's dots ("Account ...4521")


def after_leader(text: str) -> str:
    """What follows a dot leader: the words between a label and its leader are the label's own
    ("Street address of the home . . . . 12 Elm St")."""
    return LEADER.split(text)[-1]


def value_after(lines: list[str], labels: list[str], same_line_only: bool = False) -> tuple[str, int] | None:
    """The text after a label on its line, else on the next non-blank line; with the line index."""
    return next(values_after(lines, labels, same_line_only), None)


def values_after(lines: list[str], labels: list[str], same_line_only: bool = False) -> Iterator[tuple[str, int]]:
    """`value_after` for every place a label is found, so a caller can pass over values that do not fit."""
    for index, _, end in label_matches(lines, labels):
        after = after_leader(lines[index][end:]).strip(" \t:#-_|")
        if not re.match(r"[.…]{2,}\d", after):  # a masked number keeps its dots ("...4521")
            after = after.strip(" \t:#.-_|")
        if after or same_line_only:
            yield after, index
            continue
        following = next((i for i in range(index + 1, min(index + 3, len(lines))) if lines[i].strip()), None)
        if following is not None:
            yield lines[following].strip(" \t:_|"), following


def to_date(match: re.Match[str]) -> date | None:
    try:
        if match.group("iso"):
            return date(int(match.group("iy")), int(match.group("im")), int(match.group("id")))
        if match.group("num"):
            year = int(match.group("y"))
            year += 2000 if year < 100 else 0
            return date(year, int(match.group("m")), int(match.group("d")))
        if match.group("named"):
            return date(int(match.group("ny")), MONTHS[match.group("mn").lower()], int(match.group("nd")))
        if match.group("pieces"):
            return date(int(match.group("py")), int(match.group("pm")), int(match.group("pd")))
        if match.group("ordinal"):
            year = int(match.group("oy").replace(" ", ""))
            return date(year, MONTHS[match.group("om").lower()], int(match.group("od")))
        if match.group("caps"):
            return date(2000 + int(match.group("cy")), MONTHS[match.group("cm").lower()], int(match.group("cd")))
        year = int(match.group("dy"))
        return date(year + (2000 if year < 100 else 0), MONTHS[match.group("dm").lower()], int(match.group("dd")))
    except ValueError:
        return None


def dates_in(text: str) -> list[date]:
    text = _CAPTIONED_PARTS.sub(r"\1/\2/\3", text)
    return [d for d in (to_date(m) for m in _DATE_RE.finditer(_zero_years(text))) if d is not None]


# a date written in boxes captioned by its parts: "MM 01 DD 20 YYYY 2049"
# ("MM | 03 | DD | 19 | YYYY | 2049": the boxes' sides read as bars)
_CAPTIONED_PARTS = re.compile(r"\bMM[\s:.|]*(\d{1,2})[\s|]+DD[\s:.|]*(\d{1,2})[\s|]+YY(?:YY)?[\s:.|]*"
                              r"(\d{2}(?:\d\d)?)\b", re.IGNORECASE)


def _zero_years(text: str) -> str:
    """OCR's slips in written dates undone: a letter O for a zero in the year ("June 24, 2O30"), a year run
    into the next word ("May 1, 2030through"), a hand-written day parted in two ("01/1 5/2030"), a month's
    capital parted from its name ("N ovember 18, 2036"), a dot leader run into the date ("..05/12/2037")."""
    text = _LEADER_DOTS.sub(" ", text)
    text = _PARTED_MONTH.sub(lambda m: m[1] + m[2] if (m[1] + m[2]).lower() in MONTHS else m[0], text)
    text = _OCR_YEAR.sub(lambda m: m[1] + m[2].replace("O", "0").replace("o", "0"), text)
    text = _PARTED_DAY.sub(r"\1\2", text)
    return _GLUED_YEAR.sub(r"\1 ", text)


_LEADER_DOTS = re.compile(r"\.{2,}(?=\d)")
_PARTED_MONTH = re.compile(r"\b([A-Z]) ([a-z]{2,8})(?= \d)")
_PARTED_DAY = re.compile(r"(?<![\d/.-])(\d\d?/\d) (\d/(?:19|20)\d\d)(?![\d/])")


_GLUED_YEAR = re.compile(r"(?<![\d/.-])((?:19|20)\d\d)(?=[a-z]{2})")
# a written date's year with OCR's letter O for a zero ("June 24, 2O30")
_OCR_YEAR = re.compile(r"([A-Za-z]{3}\.? \d{1,2}, )([12][0-9Oo]{3})\b")


_DESCRIBED = re.compile(r"\s*[A-Za-z#&'.-]*[A-Za-z]{2,}[A-Za-z#&'.-]*\s+[A-Za-z#&'.-]*[A-Za-z]{2,}")


def before_another_row(text: str) -> str:
    """`text` up to a dated row of another column that the text layer ran onto it: a date followed by two
    words ("BEGINNING BALANCE 09/19/2030 POS FRESHWAY MARKET 89.84" on a statement with a sidebar). A date
    right before the figure ("Balance on 09/01/2030 $2,087.68") is the label's own. A ledger's row may
    date itself by month and day alone ("Ending balance 08/05 MORTGAGE PMT - PARTIAL 348.69")."""
    for match in _DATE_RE.finditer(text):
        if to_date(match) is not None and _DESCRIBED.match(text, match.end()):
            return text[: match.start()]
    for match in _MONTH_DAY.finditer(text):
        if 1 <= int(match[1]) <= 12 and 1 <= int(match[2]) <= 31 and _DESCRIBED.match(text, match.end()):
            return text[: match.start()]
    return text


_MONTH_DAY = re.compile(r"(?<![\d/.-])(\d{1,2})/(\d{1,2})(?![\d/])")


def own_figures(text: str, keep: list[str] | None = None) -> str:
    """`text` up to the first word after one of its figures, the next label of a row holding several
    ("1,287.69  Federal Income Tax 5,277.00"): the figures after it are that label's. A phrase in `keep`
    ("YTD", "Year to date") labels this row's own next figure and does not end it."""
    kept = [squash(phrase) for phrase in keep or [] if squash(phrase)]
    tokens = list(re.finditer(r"\S+", text))
    figure, index = False, 0
    while index < len(tokens):
        word = tokens[index].group()
        if figure and re.search(r"[A-Za-z]{2}", word) and not re.search(r"\d", word):
            after = _kept_phrase_end(tokens, index, kept)
            if after is None:
                return text[: tokens[index].start()]
            index = after
            continue
        figure = figure or bool(amounts_in(word))
        index += 1
    return text


def _kept_phrase_end(tokens: list[re.Match[str]], index: int, kept: list[str]) -> int | None:
    """The index past a kept phrase of whole words starting at `index` ("Year to date"), None when none starts
    there ("YTDGross" is a word of its own)."""
    for phrase in kept:
        consumed, end = "", index
        while end < len(tokens) and len(consumed) < len(phrase):
            consumed += squash(tokens[end].group())
            end += 1
        if consumed == phrase:
            return end
    return None


_RANGE_RE = re.compile(
    rf"\b(?P<m1>{_MONTH_NAMES})\.?\s+(?P<d1>\d\d?)(?:st|nd|rd|th)?\s*(?:-|–|to|through)\s*"
    rf"(?:(?P<m2>{_MONTH_NAMES})\.?\s+)?(?P<d2>\d\d?)(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)


_FIGURES_RANGE_RE = re.compile(r"(?<![\d/])(?P<m1>\d\d?)/(?P<d1>\d\d?)\s*(?:-|–|to|through|thru)\s*"
                               r"(?P<m2>\d\d?)/(?P<d2>\d\d?)/(?P<y>(?:19|20)\d\d)\b", re.IGNORECASE)


# a military pay statement's period, its days first and its month in capitals ("1-30 SEP 46")
_DAYS_RANGE_RE = re.compile(rf"(?<![\d/-])(?P<d1>\d\d?)-(?P<d2>\d\d?) (?P<m1>{_CAPITAL_MONTHS}) "
                            r"(?P<y>(?:19|20)?\d\d)\b")


def _month_number(name: str) -> int:
    return int(name) if name.isdigit() else MONTHS[name.lower()]


def date_range(text: str) -> tuple[date, date] | None:
    """A period written with its year once ("Jun 1 - Jun 15, 2025", "March 1-15, 2025", "04/27 - 05/03/2036");
    None if none."""
    match = _RANGE_RE.search(text) or _FIGURES_RANGE_RE.search(text) or _DAYS_RANGE_RE.search(text)
    if not match:
        return None
    year = int(match.group("y"))
    year += 2000 if year < 100 else 0
    first = _month_number(match.group("m1"))
    second = _month_number(match["m2"]) if match.groupdict().get("m2") else first
    try:
        start = date(year - (1 if second < first else 0), first, int(match.group("d1")))
        return start, date(year, second, int(match.group("d2")))
    except ValueError:
        return None


def periods_in(text: str) -> set[tuple[date, date]]:
    """Every period the text prints: "July 1 - 31, 2030" and two whole dates joined by a dash, "to" or
    "through" ("July 1, 2030 - July 31, 2030", "07/01/2030 to 07/31/2030")."""
    found = {period for pattern in (_RANGE_RE, _FIGURES_RANGE_RE, _DAYS_RANGE_RE) for match in pattern.finditer(text)
             if (period := date_range(match.group())) is not None}
    dates = [(match, to_date(match)) for match in _DATE_RE.finditer(text)]
    for (first, start), (second, end) in pairwise(dates):
        if start and end and start < end and _RANGE_JOIN.fullmatch(text[first.end() : second.start()]):
            found.add((start, end))
    return found


_RANGE_JOIN = re.compile(r"\s*(?:-|–|—|to|through|thru|al)\s*", re.IGNORECASE)  # ("03-DIC-2045 al 09-DIC-2045")


def without_dates(text: str) -> str:
    """The text with its dates taken out (to see what else a dated line says)."""
    return _DATE_RE.sub(" ", _zero_years(text))


_MONTH_YEAR = re.compile(rf"(?<![\d/.-])(?:(?P<m>0?[1-9]|1[0-2])\s?[/.-]\s?(?P<y>(?:19|20)\d\d)"
                         rf"|\b(?P<mn>{_MONTH_NAMES})\.?,?\s+(?:of\s+)?(?P<ny>(?:19|20)\d\d))(?![\d/.-])",
                         re.IGNORECASE)


def boxed_date(text: str) -> date | None:
    """A date written in three boxes captioned MM, DD and YYYY, that print no slashes between them: an
    answer opening "10 01 2045"."""
    found = _BOXED_DATE.match(text)
    if found is None:
        return None
    try:
        return date(int(found[3]), int(found[1]), int(found[2]))
    except ValueError:
        return None


_BOXED_DATE = re.compile(r"\s*(\d{1,2})\s+(\d{1,2})\s+((?:19|20)\d\d)\b")


def month_start(text: str) -> date | None:
    """The first day of a month given without its day ("03/2026", "March 2026"): a hardship asked for as
    "approximately when" is often answered so."""
    found = _MONTH_YEAR.search(text)
    if found is None:
        return None
    if found.group("m"):
        return date(int(found.group("y")), int(found.group("m")), 1)
    return date(int(found.group("ny")), MONTHS[found.group("mn").lower()], 1)


def first_date(text: str) -> date | None:
    found = dates_in(text)
    return found[0] if found else None


def amounts_in(text: str, cents_required: bool = False) -> list[Decimal]:
    """Money amounts in reading order; `(12.00)` and `-12.00` are negative."""
    result = []
    for match in _MONEY_RE.finditer(text):
        if cents_required and not match.group("cents"):
            continue
        value = Decimal(match.group("int").replace(",", "") + (match.group("cents") or ""))
        negative = match.group("neg") or match.group("neg2")
        result.append(-value if negative else value)
    return result


_DOLLAR_DIGIT = re.compile(r"^\$\d$")  # "$0": the sign makes a lone digit an amount
_AMOUNT_SHAPE = re.compile(r"^[$S§]?(?:\d{1,3}(?:,\d{3})+|\d{2,}|\d(?=\.))(?:\.\d\d)?$")


def amount_shaped(text: str) -> bool:
    """Whether a written word looks like a money amount: digits with optional thousands separators and
    cents, a "$" (or OCR's "S" for it) before it. A lone digit is not, unless a "$" stands before it: on
    a scan it is a bullet, a speck or a box's corner."""
    text = _FULL_STOP_AFTER_CENTS.sub("", text.strip(" )}]|;:,"))  # a speck after the cents read as "."
    return bool(_AMOUNT_SHAPE.match(text.lstrip("$")) or _DOLLAR_DIGIT.match(text))


_FULL_STOP_AFTER_CENTS = re.compile(r"(?<=\.\d\d)\.$")


def first_amount(text: str, cents_required: bool = False) -> Decimal | None:
    found = amounts_in(text, cents_required)
    return found[0] if found else None


def clean_name(text: str) -> str | None:
    """A person's or firm's name cut from a line: letters, spaces and name punctuation, title case kept; it
    ends before the first word with a digit ("SZABO E1100": an employee number glued on)."""
    text = re.split(r"\s{3,}|\$", text)[0]
    # an initial between two names read as a zero ("Reginald 0. Ashworth") is the letter O
    parts = text.split()
    words = [("O" + w[1:] if 0 < i < len(parts) - 1 and re.fullmatch(r"0\.?", w) else w) for i, w in enumerate(parts)]
    text = " ".join(words[: next((i for i, w in enumerate(words) if re.search(r"\d", w)), len(words))])
    text = re.sub(r"[^\w.,'&\- ]|[\d_]", " ", text)  # any alphabet's letters: Núñez, Wiśniewska, Nguyễn
    text = re.sub(r"\s+", " ", text).strip(" ,.-")
    return text or None


_OCR_DOLLAR = re.compile(r"(?<![A-Za-z0-9])[S§](?=\d{1,3}(?:,\d{3})*[.,<_;']{1,3}\d{2}(?!\d))")
_OCR_CENTS = re.compile(r"(?P<int>(?:\$|(?<![\d,]))\d{1,3}(?:,\d{3})+|\$\d+)"
                        r"(?P<junk>[.,]?[<_;'][.,<_;']?)(?P<cents>\d{2})(?![\d,])")

# A dollar amount never has three decimals: "$1.070" is a comma read as a point.
_SPACED_THOUSANDS = re.compile(r"(?<![\d,.])(\d{1,3}), (\d{3}\.\d{2})(?![\d,])")  # a pen's "66, 000.00"
_SPLIT_THOUSANDS = re.compile(r"(?<![\d,.])(\d{1,3}),(\d{1,2}) (\d{1,2})(?=\.\d{2}(?![\d,]))")  # "1,31 1.06"
_OCR_THOUSANDS = re.compile(r"(?<=\$)(\d{1,3})\.(\d{3})(?![\d.,])")


def repair_ocr_money(text: str) -> tuple[str, bool]:
    """OCR's misreadings of money ("S1,903<_85", "$1.070" for $1,070) and a pen's gaps in its figures ("66,
    000.00", "1,31 1.06") put right where only one reading fits; says if it did."""
    repaired = _OCR_CENTS.sub(lambda m: f"{m.group('int')}.{m.group('cents')}", _OCR_DOLLAR.sub("$", text))
    repaired = _OCR_THOUSANDS.sub(r"\1,\2", repaired)
    repaired = _SPACED_THOUSANDS.sub(r"\1,\2", repaired)
    repaired = _SPLIT_THOUSANDS.sub(lambda m: f"{m[1]},{m[2]}{m[3]}" if len(m[2] + m[3]) == 3 else m[0], repaired)
    return repaired, repaired != text


_QUARTERS = ("first", "second", "third", "fourth")
_QUARTER = re.compile(r"\bQ([1-4])\s*[-/,]?\s*(\d{4})\b"
                      r"|\b(first|second|third|fourth)\s+quarter,?\s+(?:of\s+)?(\d{4})\b", re.IGNORECASE)
_MONTHS_THROUGH = re.compile(r"\b([A-Za-z]{3,9})\.?(?:\s+(\d{4}))?\s*(?:through|thru|to|-|–)\s*"
                             r"([A-Za-z]{3,9})\.?,?\s+(\d{4})\b", re.IGNORECASE)


def months_through(text: str) -> tuple[date, date] | None:
    """A period of whole months named by the months ("January through May 2046"), or a calendar quarter ("Q1
    2053", "first quarter of 2053"): its first and last day."""
    match = _MONTHS_THROUGH.search(text)
    if match is not None and match[1].lower() in MONTHS and match[3].lower() in MONTHS:
        first, last, year = MONTHS[match[1].lower()], MONTHS[match[3].lower()], int(match[4])
        start_year = int(match[2]) if match[2] else (year if first <= last else year - 1)
        return date(start_year, first, 1), date(year, last, calendar.monthrange(year, last)[1])
    quarter = _QUARTER.search(text)
    if quarter is None:
        return None
    last = 3 * (int(quarter[1]) if quarter[1] else _QUARTERS.index(quarter[3].lower()) + 1)
    year = int(quarter[2] or quarter[4])
    return date(year, last - 2, 1), date(year, last, calendar.monthrange(year, last)[1])
