"""Which case (loan) each document belongs to, in the spec's order of trust.

1. the separator sheet before it in the file; 2. the inbox sub-folder named as a loan number; 3. a loan
number in the file name; 4. the document's own text; then the file's one separator sheet when it was
scanned last, after all its documents; then, for a combined file, the one loan the file's other documents
name; 5. the borrower's name against open cases, a file's other documents that name the same borrower
(misread) following the one loan its names placed. Anything else stays unassigned for a person to place: a
guessed case is worse than none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import PurePosixPath

from ..model import Document
from ..reading.values import plain_words

LOAN_RE = re.compile(r"(?<!\d)(\d{6,15})(?!\d)")
# In a file name, digits glued to letters ('FAX92477622', 'IMG_0042', 'MFP2502047241') are a device's job
# or image counter unless the letters say "loan": 'LN6022716913', 'Loan#0012345678'.
NAME_LOAN_RE = re.compile(r"(?:(?<![A-Za-z0-9])|(?<=LN)|(?<=LOAN)|(?<=LOAN#)|(?<=LOANNO))(\d{6,15})(?![0-9])",
                          re.IGNORECASE)


# "[Loan 0202460177]", "LN_6022716913", "loan no 0012345678": a run the name itself calls the loan
LABELLED_LOAN_RE = re.compile(r"(?<![A-Za-z])(?:loan|ln)\s*(?:no\.?|number|#)?\s*[-_#:]?\s*(\d{6,15})(?!\d)",
                              re.IGNORECASE)

STAMP_DIGITS = 6  # a time of day (HHMMSS) or a counter after a scanner's date stamp


@dataclass(frozen=True)
class Assignment:
    loan_number: str | None
    # separator_sheet | folder | file_name | document_text | separator_after | same_file | borrower_name
    # | same_file_name | unassigned
    how: str


def _looks_like_date(digits: str) -> bool:
    """20250430 in 'scan_20250430.pdf' is a date, not a loan number."""
    if len(digits) != 8:
        return False
    for fmt in ((0, 4, 4, 6, 6, 8), (4, 8, 0, 2, 2, 4)):  # YYYYMMDD, MMDDYYYY
        y, m, d = int(digits[fmt[0]:fmt[1]]), int(digits[fmt[2]:fmt[3]]), int(digits[fmt[4]:fmt[5]])
        try:
            if 1900 <= y <= 2100:
                date(y, m, d)
                return True
        except ValueError:
            continue
    return False


def loan_in_file_name(relative_path: str) -> str | None:
    """One loan-number-shaped run of digits in the name; none or several different ones say nothing.
    A short run right after a date stamp is the device's time of day or counter: 'scan20250902_711534',
    'IMG_20250902_143015', 'Scan_2027-03-26_131328'; a run after the stamp's time is the device's too, a
    fax server's sending number ('FAX_20300624_128836_5555550142', or a telephone number before the stamp:
    'FAX_2075550188_20390718142205'); so is, in a fax's name, a time of day
    after a month and day ('RFAX_0223_154411', 'RX_0418_1005_5415550166', the sender's number after it), and
    the job number or sender's number a fax server names its file by
    ('fax_0000418827', '2047-09-10_FAX_8025550171'), or the number it says it came from ('Incoming fax
    2038-11-16 from 6125550101'). A run that is the last piece of a dashed reference
    ('HSN-41-0207718', a program's case number) belongs to that reference. A run the name labels as the loan
    wins over the unlabelled ones: a mail robot's '061726 [Loan 0202460177] 1 of 5' puts its time of day first."""
    return _loan_in_name(PurePosixPath(relative_path).stem)


def _loan_in_name(stem: str) -> str | None:
    labelled = {match.group(1) for match in LABELLED_LOAN_RE.finditer(stem)}
    if len(labelled) == 1:
        return labelled.pop()
    candidates = {match.start(1) for match in NAME_LOAN_RE.finditer(stem)}
    date_ends = {match.end() for match in _WRITTEN_DATE.finditer(stem)}  # 'Scan_2027-03-26_131328'
    time_ends: set[int] = set()
    day_ends: set[int] = set()
    # "FAX_", "RFAX_", "RXFAX_", and a fax server's received ("RX_") and sent ("TX_") files
    fax = re.search(r"(?<![A-Za-z])(?:[A-Za-z]{0,2}fax|[RT]X(?=[_-]))", stem, re.IGNORECASE) is not None
    found: set[str] = set()
    for run in re.finditer(r"\d+", stem):
        digits = run.group()
        # a date with the device's time or counter run on ("fax_20280413289818"): a stamp, not a loan
        dated = _looks_like_date(digits) or (12 <= len(digits) <= 14 and _looks_like_date(digits[:8]))
        if dated:
            date_ends.add(run.end())
        if _month_and_day(digits):
            day_ends.add(run.end())
        joined = stem[run.start() - 1 : run.start()] in ("_", "-")
        # after a full date its time or counter; in a fax server's name, after a month and day, a time of day
        # ('RFAX_0223_154411')
        stamped = joined and len(digits) <= STAMP_DIGITS and (
            run.start() - 1 in date_ends or (fax and run.start() - 1 in day_ends and _time_of_day(digits)))
        if stamped:
            time_ends.add(run.end())
        device = joined and fax and run.start() - 1 in time_ends  # after a fax's stamp and time: its sender
        # or before its stamp: 'FAX_2075550188_20390718142205', the sending machine's number first (a fax
        # server's name may say no "fax": '7022550188_20470724_1047')
        sender = _PHONE.fullmatch(digits) is not None and stem[run.end() : run.end() + 1] in ("_", "-") \
            and _stamp_follows(stem[run.end() + 1 :])
        # the serial of a case number ('HSN-41-0207718'), though not a loan after a dashed date
        reference = _DASHED_PIECE.search(stem[: run.start()]) is not None and run.start() - 1 not in date_ends
        # 'fax_0000418827': the server's job number; '2047-09-10_FAX_8025550171': the sender's number
        job = _FAX_JOB.search(stem[: run.start()]) is not None
        # 'Incoming fax 2038-11-16 from 6125550101': the number the file says it came from
        caller = _PHONE.fullmatch(digits) is not None and _SENT_FROM.search(stem[: run.start()]) is not None
        # a scanner's or camera's count of its images ('CentroCampesino_scan_021947', 'IMG_004512'): short
        counter = len(digits) <= COUNTER_DIGITS and _DEVICE_WORD.search(stem[: run.start()]) is not None
        if run.start() in candidates and not (dated or stamped or device or sender or reference or job or caller
                                                        or counter):
            found.add(digits)
    return found.pop() if len(found) == 1 else None


COUNTER_DIGITS = 7  # a device's image counter at the longest; a loan number after "scan_" is longer
_DEVICE_WORD = re.compile(r"(?<![A-Za-z])(?:scan|img|image|dsc|pxl|doc|copy|page)[_ -]$", re.IGNORECASE)
_PHONE = re.compile(r"1?[2-9]\d\d[2-9]\d{6}")  # a North American telephone number: area code, exchange, line
_DASHED_PIECE = re.compile(r"(?<!\d)\d{1,4}-$")  # 'HSN-41-' or '2041-' before a case number's serial
# a fax server's word for its file, the job or the sender's number right after it
_FAX_JOB = re.compile(r"(?<![A-Za-z])[A-Za-z]{0,2}fax[_-]$", re.IGNORECASE)
_SENT_FROM = re.compile(r"(?<![A-Za-z])(?:from|sender|caller|tel|phone)[\s_#:-]*$", re.IGNORECASE)


def _stamp_follows(rest: str) -> bool:
    """Whether a name goes on with a date stamp, with or without its time run on ('20390718142205')."""
    digits = re.match(r"\d+", rest)
    return digits is not None and (_looks_like_date(digits.group()) or (
        12 <= len(digits.group()) <= 14 and _looks_like_date(digits.group()[:8])))


def _month_and_day(digits: str) -> bool:
    """'0223' in a fax server's 'RFAX_0223_154411': a month and day (MMDD)."""
    return len(digits) == 4 and 1 <= int(digits[:2]) <= 12 and 1 <= int(digits[2:]) <= 31


def _time_of_day(digits: str) -> bool:
    """'154411' or '1412': a time of day (HHMMSS, HHMM)."""
    return len(digits) in (4, 6) and int(digits[:2]) < 24 and all(int(digits[i : i + 2]) < 60
                                                                  for i in range(2, len(digits), 2))


_WRITTEN_DATE = re.compile(r"(?<!\d)(?:\d{4}[-_.]\d{2}[-_.]\d{2}|\d{2}[-_.]\d{2}[-_.]\d{4})(?!\d)")


def loan_in_folder(relative_path: str) -> str | None:
    """The loan the inbox sub-folders are named for: a folder's whole name ('0024917871'), or a loan number
    of eight digits or more in a name staff gave a borrower's folder ('Zeller - 0024917871'), read as a
    file name is. A date or a device's counter names none; folders naming two loans say nothing."""
    found = set()
    for part in PurePosixPath(relative_path).parent.parts:
        name = part.strip()
        if LOAN_RE.fullmatch(name) and not _looks_like_date(name[:8]) and len(name) >= FOLDER_LOAN_DIGITS:
            found.add(name)
        elif (loan := _loan_in_name(name)) and len(loan) >= FOLDER_LOAN_DIGITS:
            found.add(loan)
    return found.pop() if len(found) == 1 else None


FOLDER_LOAN_DIGITS = 8  # shorter runs in a folder's name are batch counters and times of day ('Batch 104522')


def _name_tokens(name: str) -> tuple[str, ...]:
    words = plain_words(name)
    return (words[0], words[-1]) if len(words) >= 2 else ()


def loan_by_name(document: Document, open_cases: dict[str, list[str]]) -> str | None:
    """The one open case whose borrower's first and last name both appear in the document's text."""
    text_words = set(plain_words(document.text))
    matches = {
        loan
        for loan, names in open_cases.items()
        for name in names
        if (tokens := _name_tokens(name)) and all(t in text_words for t in tokens)
    }
    return matches.pop() if len(matches) == 1 else None


def _trailing_sheet(documents: list[Document], separator_loans: dict[int, str]) -> str | None:
    """The loan of a file's only separator sheet when it ends the file: a stack fed face up, cover last."""
    last_page = max((p.page for d in documents for p in d.pages), default=0)
    if len(separator_loans) == 1 and min(separator_loans) > last_page:
        return next(iter(separator_loans.values())) or None
    return None


def assign(
    relative_path: str,
    documents: list[Document],
    separator_loans: dict[int, str],
    open_cases: dict[str, list[str]],
) -> dict[str, Assignment]:
    """An assignment for every document of one file, keyed by document id."""
    folder, file_name = loan_in_folder(relative_path), loan_in_file_name(relative_path)
    own = {d.loan_number for d in documents if d.loan_number}
    same_file = own.pop() if len(own) == 1 else None
    trailing = _trailing_sheet(documents, separator_loans)
    result: dict[str, Assignment] = {}
    for doc in documents:
        first_page = min((p.page for p in doc.pages), default=0)
        sheets = [n for n in separator_loans if n < first_page]
        if sheets:
            result[doc.id] = Assignment(separator_loans[max(sheets)], "separator_sheet")
        elif folder:
            result[doc.id] = Assignment(folder, "folder")
        elif file_name:
            result[doc.id] = Assignment(file_name, "file_name")
        elif doc.loan_number:
            result[doc.id] = Assignment(doc.loan_number, "document_text")
        elif trailing:  # a sheet after the pages is inferred, not read before them: it comes after their own
            result[doc.id] = Assignment(trailing, "separator_after")
        elif same_file:
            result[doc.id] = Assignment(same_file, "same_file")
    rest = [doc for doc in documents if doc.id not in result]
    result.update(placed_by_name(rest, open_cases, follow=len(rest) == len(documents)))
    return {doc.id: result[doc.id] for doc in documents}


def placed_by_name(documents: list[Document], open_cases: dict[str, list[str]], follow: bool
                   ) -> dict[str, Assignment]:
    """Documents placed by their borrower's name; with `follow` (no document of their file placed
    otherwise), a document of the file naming that borrower in part follows the one case the names
    placed: a rent check whose payee OCR misspelt ("Percival Pettiqrew") belongs with the one beside it."""
    found = {doc.id: loan_by_name(doc, open_cases) for doc in documents}
    loans = {loan for loan in found.values() if loan}
    rest = loans.pop() if follow and len(loans) == 1 else None
    result = {}
    for doc in documents:
        if found[doc.id]:
            result[doc.id] = Assignment(found[doc.id], "borrower_name")
        elif rest and _names_part_of(doc, open_cases[rest]):
            result[doc.id] = Assignment(rest, "same_file_name")
        else:
            result[doc.id] = Assignment(None, "unassigned")
    return result


def _names_part_of(document: Document, names: list[str]) -> bool:
    """Whether the document names one of the case's borrowers in part (the first or the last name): the
    rest misread, not another person's."""
    text_words = set(plain_words(document.text))
    return any(token in text_words for name in names for token in _name_tokens(name))
