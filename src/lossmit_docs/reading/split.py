"""Cut one file's pages into logical documents.

Separator sheets cut first (and are dropped, as are fax cover sheets). Between them, a page begins a new
document when its type differs from the document being built and its cues are strong, when its own
numbering says so ("Page 1 of 2", a bare "PAGE 1"), or when it is a one-page document type (a pay stub, a
letter). A page with weak cues joins the document before it as a continuation, also when its weak cues
point elsewhere but it carries the document's own, or when it marks itself a later page ("pg 2"); a page
without words (a duplex scan's empty back) is one by itself and ends none. A document's pages are put in
its own page order when they carry "Page x of y" numbers, whatever order they arrived in. A scanned page
where OCR read no word surely is a page without words too: the back of a duplex sheet shows the front's
print through the paper, faint and mirrored, and OCR reads that as scattered letters.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from datetime import date

from lossmit_docs.model import Page, TextMethod
from lossmit_docs.reading.classify import (
    FAX_COVER,
    OTHER,
    SEPARATOR,
    PageType,
    back_of,
    carries,
    classify_document,
    classify_page,
    is_document,
    single_page,
)
from lossmit_docs.reading.spreads import PAGE_BREAK
from lossmit_docs.reading.values import dates_in, periods_in

STATEMENT = "bank_statement"
PAY_STUB = "pay_stub"
APPLICATION = "mortgage_assistance_application"

# OCR reads a lone "1" as "l", "I" or "|" ("Page lof3"), a speck after it as "." or "]" ("Page 2. of 2");
# some banks number "Sheet 1 of 2", a Spanish statement "Página 1 de 2"
_PAGE_OF = re.compile(r"\b(?:page|sheet|p[aá]gina)\s*:?\s*(\d{1,3}|[lI|](?=[.\]]?\s*of))[.\]]?\s*(?:of|de|/)\s*"
                      r"(\d{1,3})\b"
                      r"|(?<![\d/])(\d{1,2}) / (\d{1,2})[ \t]*$"  # a footer's "1 / 2"
                      r"|^[ \t]*(\d{1,2})[ \t]*of[ \t]*(\d{1,2})[ \t]*$"  # "1of2" alone
                      # a browser's footer after the page's address, a letterhead's after the firm's web site
                      r"|(?:https?://|www\.)\S+\s+(\d{1,2})/(\d{1,2})[ \t]*$"
                      r"|\bpage[ \t]+(\d{1,2})[ \t]+(\d{1,2})[ \t]*$",  # "Page 2 2" at a line's end: OCR lost the "of"
                      re.IGNORECASE | re.MULTILINE)
# a page's own bare marker of a later page, on its first or last line: "pg 2", "Page 3", "- 2 -", "p. 2"
_LATER_PAGE = re.compile(r"^\W*(?:pg\.?|page|p\.)\s*([2-9]|1\d)\W*$|^\s*-\s*([2-9]|1\d)\s*-\s*$", re.IGNORECASE)


# a pay stub's own dates' captions, not a column's "THIS PERIOD"
_STUB_DATES = re.compile(r"pay\s*date|check\s*date|pay\s*period|period\s*(?:start|end|begin|from)|^\W*period\b",
                         re.IGNORECASE | re.MULTILINE)
_FIRST_PAGE = re.compile(r"^\W*page\s*1\W*$", re.IGNORECASE | re.MULTILINE)  # "PAGE 1" on a line of its own


def later_page(page: Page) -> bool:
    """Whether the page marks itself a later page of something ("pg 2" atop a handwritten letter's second
    sheet) without saying of how many."""
    lines = [line for line in page.text.splitlines() if line.strip()]
    return bool(lines) and any(_LATER_PAGE.match(line) for line in (lines[0], lines[-1]))


@dataclass
class Part:
    """A logical document's pages (1-based page numbers of the file, in the document's own order)."""

    type: str
    confidence: float
    pages: list[int]
    page_types: list[PageType] = field(default_factory=list)


def page_numbering(page: Page, file_pages: int = 0) -> tuple[int, int] | None:
    """The page's own "Page x of y", when printed and sensible. A fax machine's "PAGE 05/06" in the header
    it prints counts the file's pages (x is the page's place in a file of `file_pages`), not the
    document's, and says nothing of where one document ends."""
    for match in _PAGE_OF.finditer(page.text):
        # a document's own "2 / 2" at a line's end, or its "Page 1 of 2" on a line with no figure but it (a fax
        # machine's stamp prints its time and number beside its count), not a fax machine's stamp
        line = page.text[page.text.rfind("\n", 0, match.start()) + 1 : (page.text + "\n").find("\n", match.end())]
        footer = match.group(1) is None or not re.search(r"\d", line.replace(match.group(), " "))
        pair = next(pair for pair in ((1, 2), (3, 4), (5, 6), (7, 8), (9, 10)) if match.group(pair[0]) is not None)
        number, total = (int(group) if group.isdigit() else 1 for group in match.group(*pair))
        if 1 <= number <= total <= 200 and (footer or (number, total) != (page.number, file_pages)):
            return number, total
    return None


@dataclass
class _Run:
    type: str
    pages: list[int] = field(default_factory=list)
    kinds: list[PageType] = field(default_factory=list)
    numbers: dict[int, tuple[int, int]] = field(default_factory=dict)
    periods: set[tuple[date, date]] = field(default_factory=set)  # the statement periods its pages print
    dates: frozenset[date] = frozenset()  # the dates its first page prints
    lines: frozenset[str] = frozenset()  # and its lines

    def accepts(self, page: Page, kind: PageType, numbering: tuple[int, int] | None,
                periods: set[tuple[date, date]]) -> bool:
        if self.numbers and not numbering and len(self.pages) >= max(t for _, t in self.numbers.values()):
            return False  # its own numbering says the document is whole
        if self.type == kind.type == STATEMENT and self.periods and periods and not periods & self.periods:
            return False  # a statement of another period: a run of one-page monthly statements
        if numbering and self.numbers:
            totals = {total for _, total in self.numbers.values()}
            taken = {number for number, _ in self.numbers.values()}
            same_series = totals == {numbering[1]} and numbering[0] not in taken and len(taken) < numbering[1]
            # "Page 2 of 4" after "Page 1 of 4" whose notices read a little more like another paper ("returned
            # deposited item fee") but enough like this one: one document (not a fax's stamps on every page)
            follows = numbering[0] == max(taken) + 1 and any(name == kind.type for name, _ in self.kinds[0].scores)
            return same_series and (kind.type in (self.type, OTHER) or not kind.strong or follows)
        if (numbering and numbering[0] == 1) or (not numbering and _FIRST_PAGE.search(page.text)):
            return False  # its own first page: the next statement of a run of them
        if later_page(page) and (not kind.strong or kind.type == self.type):  # a letter's "pg 2": its second sheet
            return True
        if numbering and numbering[0] == numbering[1] == len(self.pages) + 1 and kind.type in (OTHER, self.type) \
                and not kind.strong:
            return True  # "Page 2 of 2" under a letter whose first page printed no number: its second sheet
        if len(self.pages) == 1 and single_page(self.type) and back_of(page, self.type) and not kind.strong:
            return True  # a check's endorsement side after its front (the next check's front is no back)
        if self.type == kind.type == PAY_STUB and self.dates and _continues_stub(page, self.dates, self.lines):
            return True  # the stub's later screen or sheet (a payroll app's pay details scrolled): no date but its own
            # (not the next stub, its dates unread, nor the same stub sent twice)
        if (kind.type in (OTHER, self.type) or carries(page, self.type)) and not kind.strong:
            return not single_page(self.type)  # a weak page that also reads as this type continues it
        if numbering and numbering[0] > 1 and kind.type == self.type:
            return True
        return kind.type == self.type and not single_page(self.type)


def _lines(page: Page) -> frozenset[str]:
    return frozenset(line.strip().lower() for line in page.text.splitlines() if len(line.strip()) > 3)


def _continues_stub(page: Page, dates: frozenset[date], lines: frozenset[str]) -> bool:
    """Whether a page goes on the stub whose first page printed `dates` and `lines`: no date but the stub's, no
    pay date or period caption of its own if it prints no date, and no copy of that first page."""
    own = set(dates_in(page.text))
    return own <= dates and (bool(own) or not _STUB_DATES.search(page.text)) and not _repeats(page, lines)


def _repeats(page: Page, lines: frozenset[str]) -> bool:
    """Whether most of a page's lines are an earlier page's: a copy of it, not its next screen."""
    own = _lines(page)
    return bool(own) and len(own & lines) >= REPEATED_SHARE * len(own)


REPEATED_SHARE = 0.8  # a scrolled screen repeats a few of the last screen's lines, a copy nearly all


def split(pages: list[Page]) -> tuple[list[Part], dict[int, str]]:
    """Logical documents of one file, and page number -> loan number for every separator sheet."""
    separators: dict[int, str] = {}
    runs: list[_Run] = []
    current: _Run | None = None
    previous: Page | None = None  # the current run's last page
    for page in pages:
        if not page.readable:
            current = None
            continue
        if not (page.text.strip() and _words_read(page)) and not page.barcodes and not page.form_fields:
            # a page without words (a photo, a duplex scan's empty back) is a document of its own, and no
            # end to the one it is found inside
            runs.append(_Run(OTHER, [page.number], [classify_page(page)]))
            continue
        kind = classify_page(page)
        if kind.type == SEPARATOR:
            separators[page.number] = kind.loan_number or ""
            current = None
            continue
        if kind.type == FAX_COVER or not is_document(kind.type):
            current = None
            continue
        numbering = page_numbering(page, len(pages))
        periods = periods_in(page.text)
        if current is None or not (
                current.accepts(page, kind, numbering, periods)
                or _same_form(previous, current.kinds[-1], page, kind, current.pages[0], len(pages))):
            stub = kind.type == PAY_STUB  # (what a later screen of it is compared with)
            current = _Run(kind.type, dates=frozenset(dates_in(page.text)) if stub else frozenset(),
                           lines=_lines(page) if stub else frozenset())
            runs.append(current)
        previous = page
        current.pages.append(page.number)
        current.kinds.append(kind)
        current.periods |= periods
        if numbering:
            current.numbers[page.number] = numbering
    return [_finish(run) for run in _rejoined(runs, pages, separators)], separators


def _rejoined(runs: list[_Run], pages: list[Page], separators: dict[int, str]) -> list[_Run]:
    """An application's pages parted by other papers stacked between them (its income and signature pages
    after the pay stubs) made one again: a later run of the same form, no separator sheet between, that
    names no loan of its own, is the earlier one's rest."""
    text = {page.number: page.text for page in pages}
    kept: list[_Run] = []
    for run in _sandwiches_joined(runs, text, separators):
        earlier = next((k for k in reversed(kept) if k.type == run.type == APPLICATION), None)
        if earlier is not None and not any(earlier.pages[-1] < s < run.pages[0] for s in separators) \
                and _forms(earlier, text) & _forms(run, text) \
                and not any(_LOAN_GIVEN.search(text[n]) for n in run.pages) \
                and not set(earlier.numbers.values()) & set(run.numbers.values()):
            earlier.pages += run.pages
            earlier.kinds += run.kinds
            earlier.numbers.update(run.numbers)
            continue
        kept.append(run)
    return kept


def _sandwiches_joined(runs: list[_Run], text: dict[int, str], separators: dict[int, str]) -> list[_Run]:
    """An application's page read as another paper between two runs of the application (a photographed
    income page whose words name bank statements and benefits) is the application's, where its words read
    nearly as much like the application's and name no loan of their own: the three runs made one."""
    joined: list[_Run] = []
    index = 0
    while index < len(runs):
        run = runs[index]
        after = runs[index + 1] if index + 1 < len(runs) else None
        before = joined[-1] if joined else None
        if before is not None and after is not None and before.type == after.type == APPLICATION != run.type \
                and len(run.pages) == 1 and _reads_as_application(run.kinds[0]) \
                and not _LOAN_GIVEN.search(text[run.pages[0]]) \
                and not any(before.pages[-1] < s < after.pages[0] for s in separators) \
                and not set(before.numbers.values()) & set(after.numbers.values()):  # (two forms, each whole)
            before.pages += run.pages + after.pages
            before.kinds += run.kinds + after.kinds
            before.numbers.update({**run.numbers, **after.numbers})
            index += 2
            continue
        joined.append(run)
        index += 1
    return joined


def _reads_as_application(kind: PageType) -> bool:
    """Whether the page's words read nearly as much like an application's as like its best type's."""
    scores = dict(kind.scores)
    return scores.get(APPLICATION, 0.0) >= max(MIN_SANDWICH_SCORE, SANDWICH_SHARE * kind.score)


MIN_SANDWICH_SCORE = 4  # an application's score a page between its parts needs at the least
SANDWICH_SHARE = 0.75  # ... and its share of the page's best type's score


def _forms(run: _Run, text: dict[int, str]) -> set[str]:
    """The form numbers a run's pages print ("Form GP-40", Fannie Mae's "Form 710")."""
    found = {form.upper() for n in run.pages for form in _FORM_NUMBER.findall(text[n])}
    return found | {"710" for n in run.pages if _FORM_710.search(text[n])}


_FORM_710 = re.compile(r"\bForm\s*710\b", re.IGNORECASE)
_LOAN_GIVEN = re.compile(r"\bloan\s*(?:number|no\.?|#)\s*[:#]?\s*\d{6,15}", re.IGNORECASE)


def _same_form(previous: Page | None, previous_kind: PageType, page: Page, kind: PageType, run_start: int,
               file_pages: int) -> bool:
    """Whether the page is a later page of the paper the page before it is: both print the same form number
    ("Form FM-220"), or the same line that numbers this one, and this one is a later page ("Page 2 of 2"),
    even where that numbering counts the file's pages as a fax machine's would, and the page's words read
    more like another paper (income lines that name benefits, a bank's check images). A booklet's sheet needs
    only the form number. A line that counts the file's pages ("Exported 08/19/2047 | Page 9 of 12", stamped on
    every page of a merged export) speaks for the paper only when the paper began on the file's first page (and
    is no one-page paper, as an export's index is)."""
    if previous is None:
        return False
    numbering = page_numbering(page)
    spread = PAGE_BREAK in page.text  # a booklet's later sheet: its pages' bare numbers count no pages
    form = (found.group(1).upper() if (found := _FORM_NUMBER.search(page.text)) else None)
    previous_forms = [found.upper() for found in _FORM_NUMBER.findall(previous.text)]  # in the order printed
    same = form in previous_forms
    # (an application's later page needs no number: its income page reads like a benefit letter, and a
    # photo may lose its "Page 2"; the form it names first is the application's own, not a form the
    # application asks for, "attach Form 4506-C")
    own_form = form is not None and previous_forms[:1] == [form]
    if (numbering is None or numbering[0] < 2) and not spread and not _form_page_after(set(previous_forms), page) \
            and not (own_form and previous_kind.type == APPLICATION):
        return False
    if (own := page_numbering(page, file_pages)) is not None and own[0] == 1:
        return False  # its own "Page 1 of 2" under an export's count of the file's pages: a paper's first page
    if same:
        return True
    # or the line that numbers it, its number aside, stands on the page before too: a form's "FDP-7, Rev.
    # 01/2039  Page 2 of 2", a bank's address line "... Member FDIC  Page 2 of 2" over its check images
    # (a line that names a form, "FDP-7", or follows a bank statement's page, whose address line it is; not a
    # fax machine's header, which numbers every page of the file beside the time it was sent or its sender,
    # nor a merging tool's stamp)
    # (or a page read as the same paper as the one before: a two-page pay stub's address line "... WI 53546
    # Page 2 of 2" over its taxes)
    same_paper = previous_kind.type in (STATEMENT, kind.type)  # as the split already classified it
    # (a line counting the file's pages only for a paper of several pages the file opens with)
    whole_file = run_start == 1 and not single_page(previous_kind.type)
    own = {_unnumbered(line) for line in page.text.splitlines()
           if not _TIME_OF_DAY.search(line) and not _FAX_HEADER.search(line) and (same_paper or _FORM_CODE.search(line))
           and (found := page_numbering(dataclasses.replace(page, text=line))) is not None and found[0] >= 2
           and (whole_file or not _counts_the_file(found, page, file_pages))}
    before = {_unnumbered(line) for line in previous.text.splitlines()}
    return any(len(line) >= SAME_LINE_LETTERS and line in before for line in own)


def _form_page_after(forms: set[str], page: Page) -> bool:
    """Whether the page's form line numbers it a later page, bare, of one of the `forms` the page before prints
    ("Form AMS-UI2 (Rev. 01-2049)  Page 2", as tax forms do)."""
    return any(_BARE_LATER_PAGE.search(line) and forms & {form.upper() for form in _FORM_NUMBER.findall(line)}
               for line in page.text.splitlines())


_BARE_LATER_PAGE = re.compile(r"\bpage\s+(?:[2-9]|1\d)\b(?!\s*(?:of|de|/))", re.IGNORECASE)
_TIME_OF_DAY = re.compile(r"\b\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AP]\.?M\.?)?(?![\d:])", re.IGNORECASE)
_FAX_HEADER = re.compile(r"\b(?:from|to|fax)\b\s*:", re.IGNORECASE)
_FORM_CODE = re.compile(r"\b[A-Z]{1,5}-\d{1,4}[A-Z]?\b|\b(?:Form|Rev)\b\.?")
SAME_LINE_LETTERS = 12  # letters and figures of a numbering line at the least to tell one paper's own
FILE_COUNT_PAGES = 3  # a file from which "Page x of y" matching the page's place may be the file's count


def _counts_the_file(numbering: tuple[int, int], page: Page, file_pages: int) -> bool:
    """Whether a "Page x of y" is the page's place in a file of several pages, as an export stamps it."""
    return file_pages >= FILE_COUNT_PAGES and numbering == (page.number, file_pages)


def _unnumbered(line: str) -> str:
    return re.sub(r"[^a-z0-9]", "", _PAGE_OF.sub("", line).lower())


# "Form FM-220", "Form HP-310", "Form MS-14", "Form GSB-HA2": capitals and figures, at least one of each
_FORM_NUMBER = re.compile(r"\bForm\s+((?=[A-Z\d-]*[A-Z])(?=[A-Z\d-]*\d)[A-Z\d]{1,6}(?:-[A-Z\d]{1,6})?)\b")


SURE_WORD = 0.8  # OCR's confidence in a word of print; show-through and speckle never reach it


def _words_read(page: Page) -> bool:
    """Whether the page holds a word: any of a text layer's, or one OCR read surely (three letters or more;
    a page whose text comes without OCR's word boxes is taken at its text)."""
    return page.method != TextMethod.OCR or not page.words or any(
        word.confidence >= SURE_WORD and len(re.findall(r"[A-Za-z]", word.text)) >= 3 for word in page.words)


def _finish(run: _Run) -> Part:
    order = list(range(len(run.pages)))
    if run.numbers and len(run.numbers) == len(run.pages):
        order.sort(key=lambda i: run.numbers[run.pages[i]][0])
    kinds = [run.kinds[i] for i in order]
    type_code, confidence = classify_document(kinds)
    return Part(type_code, confidence, [run.pages[i] for i in order], kinds)
