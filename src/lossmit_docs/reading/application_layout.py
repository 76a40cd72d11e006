"""Where an application's answers sit on the page, found by word boxes, shared by its three readers.

Answers, checkboxes and signatures are all read beside their printed labels, so finding a label (one
misread letter forgiven), following its row across a skewed scan and taking the words beside, above or
under it live here once. A value is read from its label's own row, as a clerk would, whatever order OCR
wrote the columns in; its confidence is that of the words it was read from, so unreadable handwriting
goes to review instead of into a decision.
"""

from __future__ import annotations

import re
import statistics
import weakref
from collections.abc import Callable, Iterator, Sequence
from functools import cache
from itertools import pairwise, takewhile
from typing import Any

from PIL import Image

from lossmit_docs.model import Page, PageRef, TextMethod, Word
from lossmit_docs.reading.ink import (
    SIGNATURE_INK,
    Box,
    dotted_between,
    ink_share,
    ruled_across,
    ruled_between,
    under_header_band,
)
from lossmit_docs.reading.page_text import (
    landscape,
    median_height,
    points,
    row_right_of,
    skew,
    text_rows,
    type_height,
    word_space,
)
from lossmit_docs.reading.page_text import one_row as same_row
from lossmit_docs.reading.values import amount_shaped, plain_words, rules, squash

Ref = Callable[[int], PageRef]
LONG_LABEL = 10  # letters (squashed) from which a label is still found with one letter misread
UNREADABLE = 0.3  # confidence of a value written where OCR read nothing (handwriting)
PEN_IDENTITY = 0.7  # most a handwritten name, address or number read by the second reader is sure of
SPECK_DOUBT = 0.5  # below this a lone mark with no letter or digit is dust on the scan, not ink of an answer
BEFORE_ACROSS = 0.65  # page widths an answer printed before its caption may stand off it (a column of answers)
FAR_ACROSS = 0.33  # page widths from an open caption to its row's first word: on a landscape page, another panel
UNDER_REACH = 0.02  # page heights under a small label its answer may start (a quarter inch on a letter page)


def application_labels() -> dict[str, Any]:
    return rules("field_labels")["application"]


def occurrences(page: Page, label: str, fillers: bool = False) -> Iterator[tuple[Box, int, int]]:
    """Every place words of one row spell `label` (spaces, case and punctuation ignored, but a label's own
    colon or "#" kept; a long label may have one letter misread or lost, "ignature of borrower"): box, first, end
    index. With `fillers`, a question's "your" or "the" inside the label's words is passed over ("Last 4
    digits of your Social Security number"), as is a note in parentheses ("Borrower (successor) signature");
    an option's words are not looked for so, or prose would hold them ("an increase in your housing
    expenses")."""
    target = squash(label)
    fuzzy = len(target) >= LONG_LABEL
    colon = label.endswith(":")  # a bare word asked as a label ("Homeowner:"), not the word in prose
    hashed = label.endswith("#")  # "Loan #" is no "LOAN SERVICING": its sign is no letter, but it is asked
    pronoun = "i" in label.lower().split()  # "I live here", read "| live here"
    words = page.words
    for i in range(len(words)):
        if not _letters(words[i].text, pronoun):
            continue
        joined = ""
        opening = 0
        skipped = False  # a filler passed over: the rest must then be spelt exactly
        note = False  # inside a note in parentheses ("Borrower (successor) signature")
        for j in range(i, min(i + 12, len(words))):
            if j > i and not same_row(words[j - 1].box, words[j].box):
                break
            word = _letters(words[j].text, pronoun)
            if fillers and j > i and (note or words[j].text.startswith("(")) and target.startswith(joined) \
                    and joined != target:
                note = not words[j].text.rstrip(".,:;").endswith(")")
                skipped = True
                continue
            if fillers and j > i and word in _FILLERS and target.startswith(joined) \
                    and not target.startswith(joined + word):
                skipped = True
                continue
            joined += word if j > i else _GLUED_NUMBER.sub("", word)
            opening = opening or len(joined)
            if near_spelling(joined, target, fuzzy and not skipped, opening):
                if colon and not words[j].text.endswith(":"):
                    j = _colon_after_note(words, j)  # "Borrower (stockholder of record): ..."
                    if j is None:
                        break
                if hashed and "#" not in words[j].text and not (j + 1 < len(words) and words[j + 1].text.startswith("#")
                                                                 and same_row(words[j].box, words[j + 1].box)):
                    break
                boxes = [w.box for w in words[i : j + 1]]
                yield (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes),
                       max(b[3] for b in boxes)), i, j + 1
                break
            if len(joined) > len(target) + fuzzy:
                break


NOTE_WORDS = 6  # words a note in parentheses between a bare word and its colon may run to


def _colon_after_note(words: tuple[Word, ...], j: int) -> int | None:
    """The word closing a note in parentheses right after words[j] with the label's colon ("Borrower
    (stockholder of record):"), on its row; None when no such note follows."""
    if j + 1 >= len(words) or not words[j + 1].text.startswith("(") or not same_row(words[j].box, words[j + 1].box):
        return None
    for k in range(j + 1, min(j + 1 + NOTE_WORDS, len(words))):
        if not same_row(words[j].box, words[k].box) or squash(words[k].text) in _other_question_words():
            return None  # "Co-borrower (employer):", "Borrower (if self-employed, business name):": another's
        if words[k].text.endswith("):"):
            return k
        if ")" in words[k].text:
            return None
    return None


@cache
def _other_question_words() -> frozenset[str]:
    return frozenset(squash(word) for word in application_labels()["other_question_notes"])


_GLUED_NUMBER = re.compile(r"^\d{1,2}(?=[a-z])")  # OCR glues a question's number to it: "1.Mynameis"


def _letters(text: str, pronoun: bool) -> str:
    """A word squashed as labels are compared; OCR's "|" for the word "I" is that word ("| live here") in a
    label that has the word `pronoun` (a table's border before "Investment property" is none)."""
    return "i" if text == "|" and pronoun else squash(text)


# a question's number: "12.", "3)", "Q3.", "4b."
_NUMBERED = r"(?:Q\s?)?[1-9]\d?[a-z]?"  # a question's or a cell's number ("Q8", "12", "1c")
QUESTION_NUMBER = re.compile(rf"{_NUMBERED}[.)]")  # no question is numbered 0: an initial O misread
ROW_NUMBER = re.compile(r"\d{1,2}(?:\.\d{1,2})*[.)]?")  # a table row's own number before its caption: "1.1", "36"
_Q_NUMBER = re.compile(r"Q\s?\d{1,2}[a-z]?[.)]")
_FILLERS = frozenset(("your", "the", "my", "our", "this"))  # words a question adds inside a label's wording


def near_spelling(text: str, target: str, fuzzy: bool, opening: int = 0) -> bool:
    """Whether `text` starts with `target`, or (`fuzzy`) is `target` with one letter changed, lost or added,
    or two neighbours read as one (or one as two) inside a word: at the start of `text`, its first word
    (`opening` letters) must go on past them; a box read as "LJ" before "rent it to others" is no "I".
    Checked in one pass: this runs for every run of words on a page against every label variant."""
    if text.startswith(target):
        return True
    if not fuzzy or abs(len(text) - len(target)) > 1:
        return False
    same = 0
    while same < min(len(text), len(target)) and text[same] == target[same]:
        same += 1
    if target[same : same + 1].isdigit():
        return False  # a label's figure tells it apart, "Homeowner 1" from "Homeowner 2": never misread
    if len(text) == len(target):
        return text[same + 1 :] == target[same + 1 :]
    # a letter's stand-in is a letter: "3borrowersname" is question 3's "Borrower's name", not "Co-borrower's"
    misread = same < len(text) and text[same].isalpha() and (same > 0 or opening > 2)
    if len(text) > len(target):  # a letter added, or one read as two ("m" as "rn")
        return text[same + 1 :] == target[same:] or (misread and text[same + 2 :] == target[same + 1 :])
    # a letter lost, or two read as one ("rn" as "m", "Lo" as "a")
    return text[same:] == target[same + 1 :] or (misread and text[same + 1 :] == target[same + 2 :])


def first_label(page: Page, variants: list[str]) -> Box | None:
    """The first variant (in priority order) found on the page; not one inside another label's note
    ("Mailing address (if different from property address)"), nor one the second person's word opens
    ("Joint homeowner:", "Co-borrower's SSN, last 4 digits" for "Homeowner:" and "SSN (last 4)")."""
    for fillers in (False, True):  # a question's wording only where no label is printed as listed ("Please
        for variant in variants:  # write the last 4 digits of your SSN" is no match beside "SSN:")
            for box, start, end in occurrences(page, variant, fillers):
                if _in_parentheses(page, start, end) or _second_persons(page, start) \
                        or _inside_a_sentence(page, start, variant):
                    continue
                return box
    rows = text_rows(page.words)
    return next((box for variant in variants if (box := _wrapped_question(rows, variant)) is not None), None)


def _wrapped_question(rows: list[list[Word]], variant: str) -> Box | None:
    """A question whose label runs from the end of one row onto the start of the next, where the question
    ends ("... what is the co-borrower's full" / "name? (Leave blank if there is none.)  Renee A. Greer"): the
    box of the label's words on the second row, after which its answer stands."""
    target = squash(variant)
    for row, after in pairwise(rows):
        line = max(w.box[3] - w.box[1] for w in row)
        if not 0 <= min(w.box[1] for w in after) - max(w.box[3] for w in row) <= WRAP_GAP * line \
                or not row[0].box[0] - 0.01 <= after[0].box[0] <= row[0].box[0] + WRAP_INDENT:
            continue
        for tail in range(1, min(len(row), WRAP_WORDS) + 1):
            opening = squash(" ".join(w.text for w in row[-tail:]))
            if not opening or not target.startswith(opening) or opening == target:
                continue
            for head in range(1, min(len(after), WRAP_WORDS) + 1):
                if squash(" ".join(w.text for w in after[:head])) == target[len(opening) :] \
                        and after[head - 1].text.endswith(("?", ":")):
                    words = after[:head]
                    return (words[0].box[0], min(w.box[1] for w in words), words[-1].box[2],
                            max(w.box[3] for w in words))
    return None


WRAP_GAP = 1.2  # line heights between a question's row and the row it wraps onto at the most
WRAP_INDENT = 0.06  # page widths right of the question's row start the wrapped row may start
WRAP_WORDS = 4  # words of a label on either side of its wrap at the most


def _inside_a_sentence(page: Page, start: int, variant: str) -> bool:
    """Whether a label opening with "your" or "my" ("Your name") follows a word of a sentence a word space
    before it on its row ("Should your name be written as it is on your ID?"): prose, no caption. A sentence
    of a sworn statement that asks it ("... premises. My full name is ____") opens after the last one's end."""
    before = _word_just_before(page, start)
    return variant.split()[0].lower() in _POSSESSIVES and before is not None \
        and re.search(r"[A-Za-z]{2}", before.text) is not None and not before.text.endswith((".", ";"))


_POSSESSIVES = frozenset(("your", "my", "our"))


def _second_persons(page: Page, start: int) -> bool:
    """Whether the word before `start`, a word space off on its row, names the second person."""
    before = _word_just_before(page, start)
    return before is not None and squash(before.text) in _second_person_words()


def _word_just_before(page: Page, start: int) -> Word | None:
    """The word before the word at `start` when it stands on its row at most a word space before it."""
    if not start:
        return None
    before, word = page.words[start - 1], page.words[start]
    near = same_row(before.box, word.box) and word.box[0] - before.box[2] <= word_space(page, word.box)
    return before if near else None


@cache
def _second_person_words() -> frozenset[str]:
    return frozenset(squash(word) for word in application_labels()["second_person_words"])


def _in_parentheses(page: Page, start: int, end: int) -> bool:
    """Whether the word at `start` stands inside a note: after a "(" and words its row has not closed ("(if
    different from property address)"), or a note the label opens after a heading's words ("MEMBER (primary
    borrower)"); a note that opens with the label ("Applicant (full name)") names it, and a caption in
    brackets alone under a line ("(Borrower's name)") is one."""
    opened, index, left = 0, start - 1, page.words[start].box
    space = word_space(page, left)
    while index >= 0 and same_row(page.words[index].box, left) and left[0] - page.words[index].box[2] <= space:
        text = page.words[index].text  # (back along the label's own phrase: another cell's "(" is not its)
        opened += text.count("(") - text.count(")")
        left = page.words[index].box
        index -= 1
    after_words = index < start - 1
    # (a note the label opens and closes before its own last word names it: "Debtor (borrower) name")
    closed_inside = any(")" in w.text for w in page.words[start : end - 1])
    return opened > 0 or (after_words and page.words[start].text.startswith("(") and not closed_inside)


def labels_on_row(page: Page, variants: list[str], row: Box) -> list[Box]:
    """Every place one of `variants` is printed on `row`'s line, left to right."""
    return sorted((found for variant in variants for found, _, _ in occurrences(page, variant)
                   if same_row(found, row)), key=lambda found: found[0])


def twin_on_row(page: Page, box: Box, variants: list[str]) -> Box | None:
    """The same question asked again further along its label's row: on a form that answers each person
    side by side ("Full name  Evander ...   Full name  Mireille ..."), where the second person's cell
    starts, whatever the column headings over it are centred on."""
    return next((found for found in labels_on_row(page, variants, box) if found[0] > box[2]), None)


def _stretched_on_row(word: Word, reference: Box, share: float) -> bool:
    """Whether a word of letters taller than the row's last word, centred on it, shares `share` of that word's
    height: a word whose box a scan's speck stretched up is still on its row (a smaller caption set lower is
    not, nor a speck read as a letter or two)."""
    box = word.box
    centre = (box[1] + box[3]) / 2
    shared = min(box[3], reference[3]) - max(box[1], reference[1])
    return reference[1] <= centre <= reference[3] and shared >= share * (reference[3] - reference[1]) \
        and re.search(r"[A-Za-z]{3}", word.text) is not None


def row_words(page: Page, box: Box, right: float = 1.0, left: float | None = None,
               loose: bool = False, share: float = 0.45) -> list[Word]:
    """Words on the label's row right of it (from `left`, up to `right`), in reading order.

    A word belongs to the row when it overlaps the previous word of the row (the label first) by a
    third of its height, so a row is followed across a slightly skewed scan and a neighbouring row's
    checkbox words are left out (`share` of a word's height must be shared, or of the previous word's by a
    taller word centred on it: a word whose box a scan's speck stretched up is still on its row). `loose` takes any word
    centred within the label's height and a half, for amounts that sit anywhere beside a label printed on
    two lines (the page's tilt taken out: on a scan turned by a degree the amount at the far right sits
    most of a row off its label's line).
    """
    start = box[2] - 0.002 if left is None else left
    row: list[Word] = []
    reference = box
    tilt = skew(page) if loose else 0.0
    for word in sorted((w for w in page.words if w.box[0] >= start and w.box[2] <= right), key=lambda w: w.box[0]):
        shared = min(word.box[3], reference[3]) - max(word.box[1], reference[1])
        centre = (word.box[1] + word.box[3]) / 2 - tilt * ((word.box[0] + word.box[2]) / 2 - box[2])
        height = box[3] - box[1]
        # (a pen's tall word written first after the label, centred near its middle, is on its row however little
        # of it the label spans, and the row follows it; not a question's number a column away, "11)")
        penned = not row and word.box[3] - word.box[1] >= TALL_PEN * height \
            and abs(centre - (box[1] + box[3]) / 2) <= PEN_OFF * height \
            and word.box[0] - box[2] <= PEN_NEAR * height and not QUESTION_NUMBER.fullmatch(word.text)
        if (box[1] - 0.6 * height <= centre <= box[3] + 0.6 * height) if loose else \
                shared >= share * (word.box[3] - word.box[1]) or penned \
                or (shared > 0 and _stretched_on_row(word, reference, share)):
            row.append(word)
            if word.box[3] - word.box[1] >= 0.6 * (box[3] - box[1]) and re.search(r"\w", word.text):
                reference = word.box  # not a dot, a dash or a colon: a colon sits low on its row
    return row


TALL_PEN = 1.3  # label heights a pen's word stands at the least, taller than the print beside it
PEN_OFF = 0.7  # label heights a pen's word's middle may stand off the label's middle on its row
PEN_NEAR = 4  # label heights past the label a pen's first word starts at most


def words_above(page: Page, box: Box, right: float, rows: float = 3.0) -> list[Word]:
    """Words written over a label printed under its line (a value above "Date signed")."""
    height = box[3] - box[1]
    found = [w for w in page.words
             if w.box[2] > box[0] and w.box[0] < right and box[1] - rows * height <= w.box[3] <= box[1] + 0.1 * height]
    return sorted(found, key=lambda w: (round(w.box[1] / height), w.box[0]))


def read_words(words: list[Word], page: Page, identity: bool = False) -> tuple[str, float]:
    """The words' text and how sure OCR was of the least sure of them (a text layer is sure).

    A name, address or number (`identity`) the handwriting reader read is a doubt however high its score:
    on the samples' pens it misspelt two in five. The case's typed documents may confirm it later
    (judging.reconcile); a date or an amount is checked by its own shape and the form's total instead.
    """
    if page.method != TextMethod.OCR:
        return " ".join(w.text for w in words), 0.97
    words = [w for w in words if not _speck(w)]
    text = " ".join(w.text for w in words)
    # (a mark between an answer's words, OCR's "|" for "I" in "Primary residence - | live here", or a fill-in
    # line's underscores, weighs on no written choice or figure; a name or number's every character counts)
    # (a middle initial among a name's words, a letter OCR is never sure of alone, does not make the name a doubt)
    counted = [w for w in words if not _INITIAL.fullmatch(w.text)] if len(words) > 2 else words
    confidence = min((w.confidence for w in counted if identity or re.search(r"[^\W_]", w.text)),
                     default=page.confidence)
    if identity and any(w.second_reader for w in words):
        confidence = min(confidence, PEN_IDENTITY)
    return text, confidence


_INITIAL = re.compile(r"[A-Z]\.?")
_DUST = frozenset((".", ",", "'", "`", ":", ";", "‘", "’"))  # never an answer, however sure OCR is of it


def _speck(word: Word) -> bool:
    """A fax's or scanner's dust that OCR read as a full stop or a comma, unsure of it: not an answer."""
    return word.confidence < SPECK_DOUBT and not re.search(r"\w", word.text)


_JOINING = {"and", "&"}


def person_columns(page: Page, above: float = 1.0) -> float | None:
    """Where the co-borrower's column starts on a form that answers in two columns under "Applicant |
    Co-Applicant" (or "Borrower | Co-Borrower"): the second header's left edge; None for one column. Under
    a given row (`above`), its nearest headings over it (a page's income table, then its signature boxes)."""
    numbered = _numbered_people(page, above)  # "APPLICANT 1 (BORROWER)  APPLICANT 2": at its number's word
    if numbered is not None:
        return numbered
    labels = application_labels()
    first_person = {squash(t) for t in labels["first_person"]}
    table: float | None = None  # under a table's heading row
    headings = [box for heading in labels["co_borrower_section"] for box, _, _ in occurrences(page, heading)
                if box[1] < above]
    for box in sorted(headings, key=lambda found: -found[1]) if above < 1.0 else headings:
        beside = [w for w in page.words if same_row(w.box, box) and not inside(w.box, box)]
        row = _outside_notes(beside)
        first = [w for w in row if w.box[2] <= box[0] and squash(w.text) in first_person]
        # a section's title naming both ("1. APPLICANT AND CO-APPLICANT") heads no columns
        joined = any(w.text.lower() in _JOINING for w in row if first and first[-1].box[2] <= w.box[0] < box[0])
        if first and len(row) <= 3 and not joined:  # (its note, "Co-applicant (leave blank if none)", aside)
            return box[0] - 0.01
        if first and not joined and table is None and _table_heading(row, first[-1], box):
            table = _second_column(page, box, box[0])  # (headings centred over their columns)
        # each column's own name with its role in a note: "PRIMARY MEMBER (BORROWER)  JOINT MEMBER
        # (CO-BORROWER)"; the second column starts at its name
        noted = [w for w in beside if w not in row and w.box[2] <= box[0] and squash(w.text) in first_person]
        if noted and len(row) <= 4:
            return _second_column(page, box, whole_phrase(page, box)[0])
    return table


def answers_mirrored(page: Page) -> bool:
    """Whether the form asks each question in a middle column, the borrower answering left of it and the
    co-borrower right of it ("BORROWER  QUESTION  CO-BORROWER"); decided once a page."""
    return _once(page, _mirrored)


def _mirrored(page: Page) -> bool:
    """The borrower's heading, a column's heading of its own well apart from it ("QUESTION", "MONTHLY
    INCOME"), then the co-borrower's; not "BORROWER INFORMATION  CO-BORROWER INFORMATION"."""
    labels = application_labels()
    first_person = {squash(t) for t in labels["first_person"]}
    for heading in labels["co_borrower_section"]:
        for box, _, _ in occurrences(page, heading):
            row = sorted(_outside_notes([w for w in page.words if same_row(w.box, box) and w.box[2] <= box[0]]),
                         key=lambda w: w.box[0])
            middle = row[1:]  # (print read surely, no speck OCR made words of)
            if row and squash(row[0].text) in first_person and 1 <= len(middle) <= MIDDLE_HEADING \
                    and all(w.confidence >= SURE_HEADING and len(squash(w.text)) >= 3 for w in middle) \
                    and not any(squash(w.text) in first_person or w.text.lower() in _JOINING for w in middle) \
                    and middle[0].box[0] - row[0].box[2] > MIRROR_GAP * (box[3] - box[1]):
                return True
    return False


MIDDLE_HEADING = 3  # words of the questions' column's heading between the people's
SURE_HEADING = 0.8  # OCR's confidence in a heading's word at the least
MIRROR_GAP = 4.0  # heading heights between the borrower's heading and the questions', set apart as columns


def _table_heading(row: list[Word], first: Word, second: Box) -> bool:
    """Whether a row naming both people heads a table's columns: the two side by side, at most the
    question's own headings before them ("ROW  QUESTION  BORROWER  CO-BORROWER"), and after them only a
    column of both people's figures ("... TOTAL", "BOTH"); not a title's "for a borrower and a co-borrower"."""
    totals = {squash(t) for t in application_labels()["total_column"]}
    before = [w for w in row if w.box[2] <= first.box[0]]
    between = [w for w in row if first.box[2] <= w.box[0] and w.box[2] <= second[0]]
    after = [w for w in row if w.box[0] >= second[2]]
    if after and squash(after[0].text) in _other_people():  # a third person's column ("OTHER ADULT WHO ...")
        return not between and len(before) <= QUESTION_HEADINGS
    return not between and len(before) <= QUESTION_HEADINGS and len(after) <= TOTAL_HEADINGS \
        and all(squash(w.text) in totals for w in after[:1])


def option_words(labels: dict[str, Any], group: str) -> dict[str, list[str]]:
    """A question's options by their labels, and for hardships also by the words that name each one."""
    words = labels.get("hardship_words", {}) if group == "hardship" else {}
    return {code: list(dict.fromkeys([*variants, *words.get(code, [])])) for code, variants in labels[group].items()}


def says_no_one(answer: str) -> bool:
    """Whether an answer says there is no second person ("None", "No one else", "Just me")."""
    said = plain_words(answer)
    return bool(said) and any(said[: len(words)] == words for words in
                              map(plain_words, application_labels()["no_co_borrower_answers"]))


def _other_people() -> frozenset[str]:
    return frozenset(squash(word) for word in application_labels()["other_person_column"])


def third_column(page: Page, split: float) -> float:
    """Where a column for another household member starts right of the co-borrower's, whose column starts at
    `split` ("BORROWER | CO-BORROWER | OTHER ADULT"): that member's name and figures are no co-borrower's;
    past the page's edge when there is none."""
    labels = application_labels()
    for heading in labels["co_borrower_section"]:
        for box, _, _ in occurrences(page, heading):
            if abs(box[0] - split) > CO_HEADING_REACH:
                continue
            other = min((w for w in page.words if same_row(w.box, box) and w.box[0] > box[2]
                         and squash(w.text) in _other_people()), key=lambda w: w.box[0], default=None)
            if other is not None:
                return _second_column(page, other.box, other.box[0])
    return 2.0


CO_HEADING_REACH = 0.1  # page widths between the co-borrower's heading and where its column was found to start


QUESTION_HEADINGS = 5  # words of the questions' headings before the people's ("ROW  MONTHLY INCOME, GROSS")
TOTAL_HEADINGS = 2  # words of the both people's column's heading after theirs ("HOUSEHOLD TOTAL")


def _numbered_people(page: Page, above: float = 1.0) -> float | None:
    """The second column's left edge under headings that number the people ("Applicant 1 | Applicant 2
    (if any)"): the same word with 1, then with 2, alone on their row (each heading followed on its own:
    a scan's tilt may part the second's figure from the first's row). Under headings centred over their
    columns, whose answers start left of the second heading, the columns part midway between the headings."""
    people = {squash(t) for t in application_labels()["numbered_people"]}
    words = page.words
    numbered = [(i, squash(words[i].text), words[i + 1].text) for i in range(len(words) - 1)
                if squash(words[i].text) in people and words[i + 1].text in ("1", "2")
                and same_row(words[i].box, words[i + 1].box)]
    # (in reading order; under a given row, the nearest heading over it first)
    for first, word, number in sorted(numbered, key=lambda found: -words[found[0]].box[1]) if above < 1.0 else numbered:
        if number != "1" or words[first].box[1] >= above:
            continue
        heading = words[first].box
        row = _outside_notes([w for w in words if same_row(w.box, heading)])
        second = [words[i] for i, other, figure in numbered if figure == "2" and other == word
                  and same_row(words[i].box, heading) and words[i].box[0] > words[first + 1].box[2]]
        # (the questions' own headings before them: "NO.  ITEM  APPLICANT 1 (BORROWER)  APPLICANT 2")
        before = [w for w in row if w.box[2] <= heading[0]]
        if second and len(before) <= QUESTION_HEADINGS and len(row) - len(before) <= 4:
            return _second_column(page, heading, second[0].box[0])
    return None


def _second_column(page: Page, heading: Box, start: float) -> float:
    """Where the second person's column starts, given where its heading starts: just before it, or, under
    headings centred over their columns (the second column's answers start left of its heading), midway
    between the first heading's end and the second's start."""
    first_end = max((w.box[2] for w in page.words if same_row(w.box, heading) and w.box[2] < start), default=start)
    middle = (first_end + start) / 2
    line = heading[3] - heading[1]
    below = [w for w in page.words if heading[3] < w.box[1] < heading[3] + COLUMN_ROWS * line]
    # (a word that opens a cell: nothing of its row ends just before it, as a long first answer's words do)
    opening = [w for w in below if middle <= w.box[0] < start - 0.01 and not any(
        same_row(o.box, w.box) and 0 <= w.box[0] - o.box[2] < line for o in page.words)]
    # (not the first column's figures set flush right against the second's: "2281" and "06084" end as one)
    figures = [w for w in page.words if w.box[1] > heading[3] and _FIGURE_CELL.fullmatch(w.text)]
    flush = [w for w in opening if w in figures and any(
        abs(o.box[2] - w.box[2]) < FLUSH and abs(o.box[0] - w.box[0]) >= FLUSH for o in figures)]
    return middle if len(opening) > len(flush) else start - 0.01


_FIGURE_CELL = re.compile(r"[\d$,./()-]+")
FLUSH = 0.006  # page widths within which words' edges stand as one column's


COLUMN_ROWS = 12  # heading heights under people's column headings their answers are looked for


def _outside_notes(row: list[Word]) -> list[Word]:
    """The row's words less those inside parentheses."""
    kept, depth = [], 0
    for word in sorted(row, key=lambda w: w.box[0]):
        opened = depth > 0 or word.text.startswith("(")
        depth = max(0, depth + word.text.count("(") - word.text.count(")"))
        if not opened:
            kept.append(word)
    return kept


def total_column(page: Page, row: Box) -> float | None:
    """Where a "Total" column starts right of the co-borrower's on a form that answers in two columns
    ("Source | Borrower | Co-borrower | Total", or "| Household"): its figures are the household's, not the
    co-borrower's. The columns part midway between the two headings' middles: a figure may be set flush
    left or flush right under its heading, or start left of it.
    The header is the nearest such row over the `row`: a form that heads its applicants' section "Borrower |
    Co-borrower" too sets that table's columns elsewhere."""
    labels = application_labels()
    first_person = {squash(t) for t in labels["first_person"]}
    totals = {squash(t) for t in labels["total_column"]}
    headers = []
    for heading in labels["co_borrower_section"]:
        for box, _, _ in occurrences(page, heading):
            beside = [w for w in page.words if same_row(w.box, box)] if box[3] <= row[1] else []
            total = [w.box for w in beside if w.box[0] > box[2] and squash(w.text) in totals]
            if total and any(w.box[2] <= box[0] and squash(w.text) in first_person for w in beside):
                first = min(total)
                headers.append((box[1], (box[0] + box[2] + first[0] + first[2]) / 4))
    return max(headers)[1] if headers else None


def in_column(words: list[Word], split: float | None, second: bool) -> list[Word]:
    if split is None:
        return words
    return [w for w in words if ((w.box[0] + w.box[2]) / 2 >= split) == second]


def value_words(page: Page, box: Box, image: Image.Image | None = None) -> list[Word]:
    """The answer to a label: on its row; else written a little above the line (a pen on a ruled form);
    else, when the label has no colon, the words right under it (a label-over-field layout: portals,
    modern forms). A note printed after the label ("(print):", "(if any)") is the label's, not the answer.
    In a box whose label is printed over its answer, the row goes on past the box's side (`image` shows
    it) into the next box's label, so the answer under the label comes first. On a page that prints its
    answers before or over their captions (`captions_after`, `captions_under`) the answer is looked for there."""
    own = [w for w in page.words if inside(w.box, box)]
    open_label = bool(own) and not own[-1].text.rstrip().endswith(":")
    if open_label and captions_after(page):
        # nothing before the caption nor after it but its note (wrapped or not: "(if"): a blank answer
        before = answer_before(page, box)
        after = without_label_note(row_words(page, box))
        if before or not _has_text([w for w in after if not w.text.startswith("(")]):
            return before
    if image is not None and open_label:
        row = row_words(page, box)
        kept = _own_box(row, box, image)
        rest = without_label_note(kept)
        if len(kept) < len(row) and (not _has_text(rest) or _labels_only(rest, own)) \
                and not _answered_past_side(page, box, row, row[len(kept):], own, image):
            below = words_below(page, whole_phrase(page, box))
            top = min((w.box[1] for w in below), default=box[3])
            if below and not ruled_across(image, (box[0], box[3], box[2], top)) and not a_caption(below) \
                    and not all(_DATE_FORMAT.fullmatch(w.text.lower()) for w in below):  # in the label's own box
                return below  # (not a date's format printed under its question: "Month / day / year", nor the
                # next label: "Mailing address (if different)" under a label whose answer is past a leader's dots)
            if under_header_band(image, box, box[2]):  # or in the white cell under a band of captions, the row
                below = words_below(page, whole_phrase(page, box), HEADER_CELL_REACH)  # beside it the next ones
                if below and _captions_beside(row, own, box, below):
                    return below
    # on a landscape page of panels, what stands a third of the page off a caption is the next panel's
    reach = whole_phrase(page, box)[2] + FAR_ACROSS if open_label and landscape(page) else 1.0
    # an answer centred in a box whose label sits at the box's top shares less of the label's height
    raw = row_words(page, box)
    level = bool(without_label_note(raw))  # (or words sharing a little of the label's height only)
    if not level:  # (or nothing but the label's note: a note wrapped under it beside the answer)
        raw = row_words(page, box, share=BOXED_ANSWER_SHARE) or raw
    row = without_label_note(raw)
    copula = bool(row) and row[0].text in _COPULAS
    if copula:  # the sentence's verb after its label ("... full name is"): the label's, and the answer on
        row = row[1:]  # the line under it when nothing follows
    # the label inside a sentence that runs to its line's end, its blank the next line's start ("... full name
    # is" / "Maria L. Ferreira and the last four ..."; "other owner who signed the note or mortgage and joins in
    # this affidavit is" / "Halina M. Wierzbicki, whose ...")
    if open_label and (_prose_to_line_end(row) if row else copula or own[-1].text.lower() in _RUNS_ON):
        run_on = _next_line_start(page, box)
        if run_on:
            return run_on
    if _next_columns_question(page, box, row):
        row = []  # the next column's question level with the label ("Did a borrower lose a job?  X")
    if open_label and row and _far_off(page, box, row) \
            and (not level or _under_question(page, row) or _in_a_column(page, row) or _in_options_list(page, row)):
        # a form of two columns of labels over answers: what stands level with the label far off answers the
        # next column's question over it ("Co-borrower - full name" ... "06/14/2047"), the answer is under the label
        below = _answer_under(page, box, row)
        if below:
            return below
    if open_label and captions_under(page):  # the caption's row beside it holds the next captions, so
        return answer_above(page, box)  # nothing over the caption is a blank
    # "BORROWER - FULL NAME   LAST 4 OF SOCIAL SECURITY NO." over "Beatriz A. Haverford   4003"; a table's
    # header row of captions ("Full name  SSN - last 4  Phone") stands a cell's padding over its rows
    if open_label and row and (next_caption(row, own) or _labels_only(row, own)):
        below = words_below(page, whole_phrase(page, box)) or words_below(page, whole_phrase(page, box),
                                                                          HEADER_CELL_REACH)
        if below and abs(below[0].box[0] - box[0]) < CAPTION_INDENT and _names_no_field(below):
            return below
    # the label is words of a question asked in a sentence ("6. What is the street address of the home this
    # loan is on?"): answered on the line under it, not by the rest of the question
    if open_label and (_question_goes_on(row) or _caption_goes_on(page, box, row)
                       or _INSTRUCTION.match(" ".join(w.text for w in row))):
        return _under_caption(page, box)  # (or by its instruction: "If you have a P.O. box, ...")
    # the next cell's label further along the row ("Full name  Mireille S. Ashby-Kwan") is not the answer's
    answer = before_next_label(row)  # (nothing before the next cell's caption and its letter: "c SSN - last four")
    if len(answer) == 1 and QUESTION_NUMBER.fullmatch(answer[0].text):
        answer = []  # the next question's number opening its label further along ("4. Soc. Sec. No."): no answer
    if _has_text(row) and row[0].box[0] < reach and answer and not _labels_only(answer, own) \
            and not _into_options(row, raw):
        return _within_reach(row, reach, box)  # (not the next panel's words level with it)
    centre = (box[1] + box[3]) / 2  # pen above the line, never the next question's row below it
    # within the label's own cell: the row's next caption begins the next cell ("CITY" a panel away)
    cell = min([reach, *(w.box[0] for w in row if re.search(r"\w", w.text))])
    near = row_words(page, box, loose=True)  # the row and a little over and under it
    loose = without_label_note(_without_doubles([w for w in sorted({*near, *resting_over(page, box)},
                                                                   key=lambda w: w.box[0])
                                                 if (w.box[1] + w.box[3]) / 2 <= centre and w not in raw
                                                 and w.box[2] <= cell]))
    if _has_text(loose) and not _labels_only(loose, own) and not _next_columns_question(page, box, loose):
        # (the next column's words a little over the label's row, the answer under the label: no pen's)
        return (open_label and _far_off(page, box, loose) and _answer_under(page, box, loose)) or loose
    if open_label and own[-1].text.endswith("?"):  # a question answered a column away, set a little low
        low = [w for w in near if w.box[0] > box[2] + 0.01 and w not in raw
               and (w.box[1] + w.box[3]) / 2 > centre and w.box[2] <= reach]
        if _has_text(low) and not _labels_only(low, own) and not _asks(low):
            return low
    if open_label:
        phrase = whole_phrase(page, box)
        below = _under_caption(page, box)
        # and an answer under a caption there starts under it, not across in the next panel
        return [] if below and reach < 1.0 and below[0].box[0] >= phrase[2] else below
    return []


def _under_caption(page: Page, box: Box) -> list[Word]:
    """The answer under a caption; further under a small caption than an answer usually stands when typed
    larger than it: a grid's cell, its caption in its top corner and its answer low in it."""
    phrase = whole_phrase(page, box)
    below = words_below(page, phrase)
    if below:
        return below
    further = words_below(page, phrase, HEADER_CELL_REACH)
    return further if further and median_height(further) >= ANSWER_TYPE * (box[3] - box[1]) else []


BOXED_ANSWER_SHARE = 0.15


def _without_doubles(words: list[Word]) -> list[Word]:
    """Words less those a longer word's box holds: a second reading of part of a pen's word ("a" inside
    "opal"), no word of its own."""
    return [w for w in words if not any(
        o is not w and len(o.text) > len(w.text) and o.box[0] <= w.box[0] and w.box[2] <= o.box[2]
        and min(o.box[3], w.box[3]) - max(o.box[1], w.box[1]) > 0.5 * (w.box[3] - w.box[1]) for o in words)]


def resting_over(page: Page, box: Box, right: float = 1.0) -> list[Word]:
    """Words right of a label (up to `right`) that rest on its line from above, their feet over the label's
    middle and no higher than RESTING over its top: a typewriter's or a filling tool's answer set a line too
    high, taller than the label's print (a pen's answer centred over the line is on the label's row, loosely)."""
    height = box[3] - box[1]
    over = [w for w in page.words if w.box[0] >= box[2] - 0.002 and w.box[2] <= right
            and box[1] - RESTING * height <= w.box[3] <= (box[1] + box[3]) / 2]
    # (not a line of the form's own over the label's, its print before the label's end: "Alternate phone
    # number ... [ ] Cell [ ] Home" over "Co-borrower's name")
    found = sorted((w for w in over if not any(same_row(o.box, w.box) and o.box[2] < box[2]
                                               and not same_row(o.box, box) for o in page.words)),
                   key=lambda w: w.box[0])
    # an answer typed on the line starts near the line's start, not a column away (a skewed scan's next row up)
    return found if found and found[0].box[0] - box[2] <= RESTING_START * height else []


RESTING = 0.35  # label heights over a label's top the feet of an answer typed over its line stand at most
RESTING_START = 6  # label heights past the label's end such an answer starts at most


def _within_reach(row: list[Word], reach: float, label: Box) -> list[Word]:
    """The row's words that start within reach of the label, and those that go on from them a word space
    away: an answer that starts within reach is read whole ("Thaddeus R. Ellery"), a panel further on not."""
    kept: list[Word] = []
    space = WORD_GAP * (label[3] - label[1])
    for word in row:
        if word.box[0] < reach or (kept and word.box[0] - kept[-1].box[2] < space):
            kept.append(word)
        else:
            break
    return kept


def sentence_runs_on(page: Page, box: Box) -> list[Word]:
    """The answer to a label that ends its line mid-sentence ("... in the city or town of" / "Ondaga, State
    NY"): the next line's start; none when the label's last word does not leave its sentence open."""
    own = [w for w in page.words if inside(w.box, box)]
    return _next_line_start(page, box) if own and own[-1].text.lower() in _RUNS_ON else []


def _prose_to_line_end(row: list[Word]) -> bool:
    """Whether the words after a label are a sentence's lower-case words that leave it open at the line's end."""
    return all(w.text.isalpha() and w.text.islower() for w in row) and row[-1].text in _RUNS_ON


def _next_line_start(page: Page, box: Box) -> list[Word]:
    """The blank of a sworn statement's sentence whose label ends its line ("... My full name is" / "Maria L.
    Ferreira and the last four digits ..."): the next line's words from its start up to where the sentence
    goes on (a comma, or a joining word in lower case)."""
    rows = [row for row in text_rows(page.words) if _has_text(row)]  # (a comma set low is no row)
    at = next((i for i, row in enumerate(rows) if any(inside(w.box, box) for w in row)), len(rows))
    if at + 1 >= len(rows) or min(w.box[1] for w in rows[at + 1]) - box[3] > RUN_ON_GAP * (box[3] - box[1]):
        return []
    taken: list[Word] = []
    row = rows[at + 1]
    for index, word in enumerate(row):
        if taken and (word.text in _GOES_ON or word.text.startswith(",") or _place_caption(row[index:])):
            break
        taken.append(word)
        if word.text.endswith(","):
            break
    return taken


def _place_caption(words: list[Word]) -> bool:
    """Whether words open a state's or ZIP code's caption ("State NY ZIP code 13204" after a town)."""
    labels = application_labels()
    return squash(" ".join(w.text for w in words)).startswith(
        tuple(squash(v) for v in (*labels["state_label"], *labels["zip_label"])))


RUN_ON_GAP = 2.5  # label heights from a sentence's line to the next at the most
_RUNS_ON = frozenset(("is", "are", "of"))  # a label's last word when its blank may be the next line's start
_GOES_ON = frozenset(("and", "whose", "who", "which", "in", "at", "residing", "with"))


WORD_GAP = 1.5  # label heights between two words of one answer at the most (a typewriter's spaces are wide)
_COPULAS = frozenset(("is", "are"))


def _answered_past_side(page: Page, box: Box, row: list[Word], past: list[Word], own: list[Word],
                        image: Image.Image) -> bool:
    """Whether the words past a box's side on a label's row are its answer: past the side of a box round
    the label (or of a table's cell, its caption over its answer) they are the next cell's caption, but a
    label standing in the page's margin outside a grid of answers (no box's side before it), its dot leader
    running to them, is answered in the grid, and so is one whose leader fills its own cell; never by another
    column's question ("Q13 What ...?"): "Hardship began (mm/dd/yyyy) | . . . . 02/20/2038"."""
    words = [w for w in without_label_note(past) if re.search(r"\w", w.text)]
    if not words or _asks(words) or _labels_only(without_label_note(past), own):
        return False
    start = max([whole_phrase(page, box)[2], *(w.box[2] for w in row if w.box[2] <= words[0].box[0]
                                               and not _LEADER_WORD.fullmatch(w.text))])  # (past its note)
    led = any(_LEADER_WORD.fullmatch(w.text) for w in row) \
        or dotted_between(image, start + 0.005, words[0].box[0] - 0.005, box)
    # (a table of labels and answers, each label's cell filled with its leader: "Loan number . . . . | 2290417735")
    filled = any(_LEADER_WORD.fullmatch(w.text) for w in row if w not in past)
    return led and (filled or not ruled_between(image, max(0.0, box[0] - MARGIN_SIDE), box[0] - 0.002, box))


MARGIN_SIDE = 0.05  # page widths before a label a box's side around it would stand
_LEADER_WORD = re.compile(r"[.·…]{3,}")  # a dot leader's dots, joined into one word (comb_fields)
CAPTION_INDENT = 0.02  # page widths an answer under its caption may stand off the caption's left edge


WRAPPED_CAPTION = 12  # letters of a caption's first line that name it when the caption wraps


def next_caption(row: list[Word], own: list[Word]) -> bool:
    """Whether the words after a caption are the next cell's caption, no answer: in capitals like the
    caption's own (its note in parentheses aside), naming a field ("LAST 4 OF SOCIAL SECURITY NO."; an
    answer typed in capitals names none), or in any case opening with a field's label, the person's word
    before it aside ("Full legal name  Last 4 of SSN  Email" over a portal card's answers, "Borrower's SSN -
    last 4 digits")."""
    letters = [c for w in own for c in w.text if c.isalpha()]
    text = _CELL_NUMBER.sub("", re.sub(r"\([^)]*\)", "", " ".join(w.text for w in row)))  # "1c SSN - last 4"
    after = [c for c in text if c.isalpha()]
    words = text.split()
    # "Borrower's SSN - last 4 digits", "Co-borrower - last 4 digits of SSN" (a dash after the person's word)
    while words and (squash(words[0]).removesuffix("s") in _person_words() or not squash(words[0])):
        words = words[1:]
    if any(squash(said).startswith(label) or (len(squash(said)) >= WRAPPED_CAPTION and label.startswith(squash(said)))
           for said in (text, " ".join(words)) for label in _caption_openings()):
        return True  # (or a caption's first line, wrapped: "Co-borrower - last 4 digits of Social" / "Security")
    return len(letters) >= 3 and all(c.isupper() for c in letters) and len(after) >= 3 \
        and all(c.isupper() for c in after) and any(label in squash(text) for label in _all_labels())


CAPTION_OPENS = 6  # letters of a label a row of captions opens with at the least ("SSN" alone may be an answer's)
_CELL_NUMBER = re.compile(rf"^\s*{_NUMBERED}[.)]?\s+(?=[A-Za-z])")  # a cell's own number before its caption


def _names_no_field(row: list[Word]) -> bool:
    """Whether a row under a caption row is its answers, not more captions nor the next label's row
    ("Telephone (802) 555-0185"): written in any case ("Beatriz A. Haverford   4003"), or in capitals naming
    no field ("ANTHONY R. DELVECCHIO   7714" typed in combs)."""
    text = " ".join(w.text for w in row)
    opening = squash(row[0].text)
    if opening in label_words() or opening.endswith("phone"):  # ("Telephone", "Cellphone")
        return False
    return any(c.islower() for c in text) or not any(
        label in squash(text) for label in _all_labels() if len(label) >= CAPTION_OPENS)


_DATE_PART = r"(?:mm|dd|yy|yyyy|month|day|year)"
_DATE_FORMAT = re.compile(rf"[(\[]?{_DATE_PART}(?:[/.-]{_DATE_PART})*[)\]]?|[/.-]")


# an option's box: "[ X ] My pay was cut", "☐ Rental", its words run together ("[X]"), or split ("[" "X" "]")
_OPTION_BOX = re.compile(r"^(\[|[☐☑☒□])")
_BOX_OPENING = re.compile(r"^(\[\s*[xX✓✔]?\s*\]|[xX✓✔]\]|[☐☑☒□])")  # a row starting in a box: "[X]", "[]", "X]"
_BOX_CLOSING = re.compile(r"(\[[xX✓✔]?\]?|[☐☑☒□])$")  # what a label's note ends with when it took a box along


def _into_options(row: list[Word], raw: list[Word]) -> bool:
    """Whether a label's row goes on into another question's options ("[ X ] My pay was cut" across a
    two-column questionnaire): a box is never a typed answer. The label's note stripped off the `raw` row
    ("(first, middle, last)") may have taken the box's brackets along."""
    note = "".join(w.text for w in raw[: len(raw) - len(row)])
    head = "".join(w.text for w in row[:3])
    return bool(_BOX_CLOSING.search(note) or _BOX_OPENING.match(head))


_FIGURES = {"loan_number": r"\d{6,15}", "ssn": r"\d{4}"}  # answers a caption's place can be told by


# (page id, question) -> (the page, weakly held so its render is not kept alive; the answer): a page's
# layout is asked about for every label on it
_DECIDED: dict[tuple[int, str], tuple[weakref.ref[Page], bool]] = {}


def _once(page: Page, question: Callable[[Page], bool]) -> bool:
    seen = _DECIDED.get((id(page), question.__name__))
    if seen is not None and seen[0]() is page:
        return seen[1]
    if len(_DECIDED) > 128:
        _DECIDED.clear()
    decided = question(page)
    _DECIDED[(id(page), question.__name__)] = (weakref.ref(page), decided)
    return decided


def captions_under(page: Page) -> bool:
    """Whether the form prints each caption under its answer; decided once a page."""
    return _once(page, _captions_under)


def captions_after(page: Page) -> bool:
    """Whether the form prints each caption after its answer on the row ("00065895008  Mortgage loan
    number"): the first loan number or SSN caption asked without a colon has its number right before it; on
    a page asking for neither (a form's income page), every income line found has its amount before its
    caption, none after, two lines at least; decided once a page."""
    return _once(page, _captions_after)


def _open_figure_captions(page: Page) -> Iterator[tuple[Box, str]]:
    """The loan number and SSN captions asked without a colon, with the shape of their answer: where a
    form puts its answers is told by where these figures stand."""
    for name, shape in _FIGURES.items():
        box = first_label(page, application_labels()[name])
        own = [w for w in page.words if box is not None and inside(w.box, box)]
        if box is not None and own and not own[-1].text.rstrip().endswith(":"):
            yield box, shape


def _shaped(words: list[Word], shape: str) -> bool:
    return any(re.fullmatch(shape, re.sub(r"[\s-]", "", w.text)) for w in words)


def _captions_after(page: Page) -> bool:
    for box, shape in _open_figure_captions(page):  # (a figure after it may be the co-borrower's column's)
        # the figure alone before it ("member number 7741093, ask for help with loan no." is a sentence's)
        before = answer_before(page, box)
        return _shaped(before, shape) and not any(re.search(r"[A-Za-z]{2}", w.text) for w in before)
    labels = application_labels()
    captions = [found for variants in [*labels["income"].values(), labels["income_total"]]
                if (found := first_label(page, variants)) is not None]
    before = [box for box in captions if _shaped(answer_before(page, box), _AMOUNT)]
    return len(before) >= 2 and not any(_figure_after(page, box) for box in captions)


def _figure_after(page: Page, box: Box) -> bool:
    return any(re.search(r"\d", w.text) for w in row_words(page, box))


_AMOUNT = r"\$?\d{1,3}(?:,?\d{3})*\.\d\d"


def answer_before(page: Page, box: Box) -> list[Word]:
    """The words run together before a caption on its row (its own column of answers, left of a column
    of captions), back to the first gap wider than a word space: the answer on a form that prints it
    before its caption."""
    line = box[3] - box[1]
    edge, left = _caption_start(page, box)
    if not left or edge - left[0].box[2] > BEFORE_ACROSS:
        return []
    # the answer's word nearest the caption; the rest followed along the answer's own line both ways (it is
    # typed a little off the caption's baseline, so a word of it may not share the caption's row)
    run = [left[0]]
    width, height = points(page)  # a word space of the answer's type, not the caption's, in page widths
    space = ANSWER_SPACE * max(line, left[0].box[3] - left[0].box[1], type_height(page)) * height / width
    while nearer := [w for w in page.words if w not in run and w.box[2] <= run[0].box[0] + 0.002
                     and same_row(w.box, run[0].box)
                     and re.search(r"\w", w.text) and run[0].box[0] - w.box[2] <= space]:
        run.insert(0, max(nearer, key=lambda w: w.box[2]))
    while further := [w for w in page.words if w not in run and w.box[0] >= run[-1].box[2] - 0.002 and w.box[2] <= edge
                      and same_row(w.box, run[-1].box) and re.search(r"\w", w.text)
                      and w.box[0] - run[-1].box[2] <= space]:
        run.append(min(further, key=lambda w: w.box[0]))
    return run


def _caption_start(page: Page, box: Box) -> tuple[float, list[Word]]:
    """Where a caption begins, with its own first words ("Date the" of "Date the hardship began") and its
    item code in a narrow column of its own ("A1  Loan number"), and the row's words before that, nearest
    first. Gaps are in the page's type height where the caption is smaller (a scan's tiny italics)."""
    line = max(box[3] - box[1], type_height(page))
    left = sorted((w for w in page.words if _beside_caption(w.box, box, line) and w.box[2] <= box[0] + 0.002
                   and re.search(r"\w", w.text)), key=lambda w: -w.box[2])
    edge = box[0]
    while left and ((edge - left[0].box[2] <= 1.5 * line and not re.search(r"\d", left[0].text))
                    or (edge - left[0].box[2] <= CODE_GAP * line and _item_code(left[0].text))):
        edge = left.pop(0).box[0]
    return edge, left


def cell_before(page: Page, box: Box) -> Box:
    """The space before a caption on its row, where a form that prints its captions after its answers has
    the answer (and the signature) written."""
    line = box[3] - box[1]
    edge = _caption_start(page, box)[0]
    return max(0.0, edge - BEFORE_ACROSS), box[1] - 1.2 * line, edge - 0.01, box[3] + 1.5 * line


def written_before(page: Page, box: Box, image: Image.Image) -> bool:
    """Whether a pen inked the cell before a caption (`cell_before`): an answer or a date OCR did not read."""
    return ink_share(image, cell_before(page, box)) > SIGNATURE_INK


def _item_code(text: str) -> bool:
    return _ITEM_CODE.fullmatch(text.strip("_.:;,")) is not None  # (a scan's "A2_")


_ITEM_CODE = re.compile(r"[A-Z](?:\d|[lI|](?=\d?$))\d?\.?")  # a caption's row code: "A1", "D12"; OCR's "Al"
CODE_GAP = 4.0  # caption heights an item code may stand before its caption


def _beside_caption(word: Box, caption: Box, line: float) -> bool:
    """Whether a word stands on a caption's row: an answer centred in its cell sits up to a `line` (the
    caption's or the page's type, the taller; not a tall scrawl's) and a bit lower than the small caption
    printed at the cell's top."""
    return same_row(word, caption) or abs((word[1] + word[3]) - (caption[1] + caption[3])) / 2 < CELL_DROP * line


CELL_DROP = 1.3
ANSWER_SPACE = 2.0  # type heights between the words of one answer (a fax's Courier spaces them wide)


def _captions_under(page: Page) -> bool:
    """Whether the form prints each caption under its answer ("Write each answer above its title"): the
    first loan number or SSN label asked without a colon and not answered on its row has its number over
    it and none under it. Read locally, a row between two captions belongs as well to the one above (a
    grid of boxes) as to the one below (answer lines over captions). A figure answered on its caption's row
    says the page answers beside its captions, whatever one box over a caption does ("0216622267 FOR
    OFFICE USE" over "Loan number", then "SSN (last 4) 5415")."""
    if _ANSWER_ABOVE.search(page.text):  # the form says so: "Write each answer on the line above its caption"
        return True
    # a letterhead's "Loan number" box with the number under it says nothing of the form's body
    captions = sorted(_open_figure_captions(page), key=lambda caption: caption[0][1] < LETTERHEAD)
    rows = [without_label_note(row_words(page, box)) for box, _ in captions]
    if any(_shaped(row, shape) for row, (_, shape) in zip(rows, captions, strict=True)):
        return False
    for row, (box, shape) in zip(rows, captions, strict=True):
        if any(re.search(r"\d", w.text) for w in row):
            continue
        return _shaped(answer_above(page, box), shape) and not _shaped(
            words_below(page, whole_phrase(page, box)), shape)
    return False


LETTERHEAD = 0.12  # page heights at the top where a form's letterhead stands
_ANSWER_ABOVE = re.compile(r"\banswers?\s+(?:\w+\s+){0,3}?(?:above|over)\s+(?:its|each|the)\s+(?:caption|title|label)",
                           re.IGNORECASE)


def answer_above(page: Page, box: Box) -> list[Word]:
    """The answer written over a caption ("Write each answer above its title"): the first row above the
    label, within its cell (between its neighbours on the caption's row), past a caption of the same
    size right over it (a second language's); none when that row is a caption itself."""
    line = box[3] - box[1]
    phrase = whole_phrase(page, box)
    # (the row followed along the scan's tilt: a caption a column away sits higher or lower on a skewed page)
    row = [w for w in page.words if same_row(w.box, box)] + row_words(page, box, left=0.0, loose=True)
    left = max((w.box[2] for w in row if w.box[2] < phrase[0] - 1.5 * line), default=0.0)
    right = min((w.box[0] for w in row if w.box[0] > phrase[2] + 1.5 * line), default=1.0)
    top = box[1]
    for _ in range(2):
        above = [w for w in page.words if top - 3 * line <= w.box[3] <= top + 0.2 * line
                 and left <= w.box[0] and w.box[2] <= right and re.search(r"\w", w.text)]
        if not above:
            return []
        nearest = max(above, key=lambda w: w.box[3])
        tilted = row_words(page, nearest.box, right, left, loose=True)  # its row followed along the tilt
        found = sorted((w for w in above if same_row(w.box, nearest.box) or w in tilted), key=lambda w: w.box[0])
        flush = abs(found[0].box[0] - box[0]) < 0.5 * line
        if _small(found, line) and flush and top - nearest.box[3] < 0.8 * line:
            top = min(w.box[1] for w in found)  # the caption's other language, right over it and flush with it
            continue
        found = _from_caption_column(found, phrase)
        close = top - nearest.box[3] < CLOSE_OVER * line  # typed on the caption's own line, right over it
        return [] if not found or _caption_like(found, line, close) or _labels_only(found, []) else found
    return []


CLOSE_OVER = 1.2  # caption heights over a caption its answer stands at most, typed on the line right over it


def _from_caption_column(row: list[Word], caption: Box) -> list[Word]:
    """An answer's row less the words a column's gap before it that end left of its caption: a section's
    name in the margin on the answer's row ("2 Borrower    Simone A. Rutherford"), not its answer."""
    for i in range(len(row) - 1, 0, -1):
        gap = row[i].box[0] - row[i - 1].box[2]
        if gap >= (row[i].box[3] - row[i].box[1]) and row[i - 1].box[2] < caption[0] <= row[i].box[2]:
            return row[i:]
    return row


def _captions_beside(row: list[Word], own: list[Word], box: Box, below: list[Word]) -> bool:
    """Whether the label's row beside it holds the next captions, not its answer: nothing, labels, or words
    in the label's own type where the answers under the captions are set larger."""
    line = box[3] - box[1]
    if median_height(below) < ANSWER_TYPE * line:  # the next band's captions, or a caption's second line
        return False
    return not _has_text(row) or _labels_only(before_next_label(row), own) or median_height(row) <= 1.25 * line


ANSWER_TYPE = 1.3  # answers typed larger than their captions, by this much at least
HEADER_CELL_REACH = 0.04  # page heights under a header band's caption its cell's answer may start


def _small(row: list[Word], line: float) -> bool:
    return median_height(row) < 1.35 * line  # descenders and OCR boxes vary a caption's height


def _caption_like(row: list[Word], line: float, close: bool = False) -> bool:
    """Whether a row is printed as small as a caption of `line` height and spells no figure: set apart
    over a blank answer, the previous field's caption. A town's name typed a size up from its captions
    right over them ("Meridian" over "City  State  ZIP code", `close`) is as tall as a caption with a
    descender: there a row is a caption only when it asks for something (a label's word)."""
    if not _small(row, line) or any(c.isdigit() for w in row for c in w.text):
        return False
    return not close or any(squash(w.text) in label_words() for w in row)


def _own_box(row: list[Word], box: Box, image: Image.Image | None) -> list[Word]:
    """The row's words up to the first box side after the label."""
    if image is None:
        return row
    left = box[2]
    for index, word in enumerate(row):
        if word.box[0] > left and ruled_between(image, left, word.box[0], box):
            return row[:index]
        left = max(left, word.box[2])
    return row


def _labels_only(row: list[Word], own: list[Word]) -> bool:
    """Whether the words beside a label are the next labels of a header row ("FULL LEGAL NAME  SSN (LAST 4)"):
    a known label; a question table's "YES NO" headings; the words questions are made of ("Co-borrower SSN -
    last 4 digits", "City  State  ZIP code": two of them, or one with no digit); or capitals without a digit
    beside a label in capitals. The next question's number opening the row ("2  YOUR SSN (LAST 4 ONLY)") is
    the next label's; numbered "Q3." it opens the next question whatever follows ("Q3. Last 4 digits of ...";
    a written answer may count its own points "1. Lost my job ...")."""
    if len(row) > 2 and _Q_NUMBER.fullmatch(row[0].text) and row[1].text[:1].isupper():
        return True
    if len(row) > 1 and _CELL_ID.fullmatch(row[0].text) and row[1].text[:1].isupper():
        row = row[1:]
        if row[-1].text.endswith("?") and all(w.text.isupper() for w in row if re.search(r"[A-Za-z]", w.text)):
            return True  # "11 WILL IT LAST MORE THAN 6 MONTHS?": the next question, figures and all
    if _next_label(row) or [w.text.strip(" .:").lower() for w in row] == ["yes", "no"]:
        return True  # (or a question table's "YES  NO" column headings, in the next column of the page)
    noted = re.sub(r"\([^)]*\)", "", " ".join(w.text for w in row))  # "(last 4)" is the label's note
    if sum(squash(w.text) in label_words() for w in row) == 1 and not any(c.isdigit() for c in noted) \
            and not _TOWN.search(noted):
        return True
    capitals = [w.text for w in own if any(c.isalpha() for c in w.text)]
    if squash(" ".join(w.text for w in row)) in blank_answers():  # "JOINT MEMBER, IF ANY...  NONE": an answer
        return False
    return bool(capitals) and all(t.isupper() for t in capitals) and all(
        w.text.isupper() and not any(c.isdigit() for c in w.text) for w in _first_cell(row, own)
        if re.search(r"\w", w.text))


@cache
def blank_answers() -> frozenset[str]:
    """The answers that say a blank's question does not apply ("N/A", "None")."""
    return frozenset(squash(answer) for answer in application_labels()["blank_answers"])


_TOWN = re.compile(r"\b[A-Z][a-z]+\s+City\b")  # a town's name, not a caption: "Grove City", "Kansas City"


def _first_cell(row: list[Word], own: list[Word]) -> list[Word]:
    """The row's words up to the first gap wider than three letters' height: the next cell's caption, not
    the prose of a panel beside it on a landscape form ("CITY ... my pay or hours were cut")."""
    line = max((w.box[3] - w.box[1] for w in own), default=0.0)
    for index in range(1, len(row)):
        if line and row[index].box[0] - row[index - 1].box[2] > 3 * line:
            return row[:index]
    return row


def _has_text(words: list[Word]) -> bool:
    """Whether any word has a letter or a figure: a blank's underscores are no text."""
    return any(re.search(r"[^\W_]", w.text) for w in words)


def inside(word: Box, box: Box) -> bool:
    return box[0] - 0.002 <= (word[0] + word[2]) / 2 <= box[2] + 0.002 and box[1] <= (word[1] + word[3]) / 2 <= box[3]


NOTE_WORDS = 12  # words of a label's note in parentheses at the most ("(Leave blank if there is no co-borrower.)")


def without_label_note(row: list[Word]) -> list[Word]:
    """The row less a note printed after its label: "(first, middle, last):", also when OCR glued its
    first words to the label ("name(first," then "middle, last):"), ", if any", and less the label's words
    up to a dot leader."""
    leader = _leader_end(row)
    if leader:
        row = row[leader:]
    start = 0
    if row and row[0].text.startswith(("(", "{")):  # (OCR reads a bracket "{")
        close = next((i for i, w in enumerate(row[:NOTE_WORDS]) if re.search(r"[)}\]]", w.text)), None)  # OCR: "any}"
        # a note that wraps onto the label's next line ("(street, city, state," / "ZIP)"): its lower-case words
        # and the captions' words it names ("(street, city, state and ZIP" / "code)")
        wrapped = next((i for i, w in enumerate(row[:NOTE_WORDS]) if not re.match(r"\(?[a-z]", w.text)
                        and squash(w.text) not in label_words()), min(len(row), NOTE_WORDS))
        start = wrapped if close is None else close + 1
    elif row and _NOTE_END.fullmatch(row[0].text):  # the rest of a note the label's words opened: "(last 4" "only)"
        start = 1
    else:
        start = next((i + 1 for i, w in enumerate(row[:3]) if w.text.endswith("):") and "(" not in w.text), 0)
    while start < len(row) and not re.search(r"\w", row[start].text):
        start += 1
    if squash(" ".join(w.text for w in row[start : start + 2])) in _NOTES:  # "Co-borrower's name, if any"
        start += 2
    return row[start:]


_NOTES = frozenset(("ifany", "ifapplicable", "ifnone"))  # a label's note after a comma, not its answer
_NOTE_END = re.compile(r"[a-z]+\):?")  # a note's last word, opened in the label's own words ("(last 4" "only)")


def _leader_label(words: list[Word]) -> int | None:
    """Where the words a dot leader follows begin, back to the gap before them; None without a leader."""
    runs = _leader_runs(words)
    return _label_before(words, runs[0][0]) if runs else None


def _label_before(words: list[Word], lead: int) -> int:
    """Where the label the leader starting at `lead` follows begins, back to the gap before it."""
    start = lead
    while start > 0 and words[start].box[0] - words[start - 1].box[2] < WORD_GAP * _height(words[start - 1]):
        start -= 1
    if start == 0 and lead > 2:  # cells set close: the label begins after the row's gap twice as wide as
        gaps = {i: words[i].box[0] - words[i - 1].box[2] for i in range(1, lead)}
        widest = max(gaps, key=gaps.__getitem__)  # the others ("Tamsin Okafor   City, state and ZIP")
        if gaps[widest] >= 2 * statistics.median(gap for i, gap in gaps.items() if i != widest):
            start = widest
    return start


WORD_GAP = 1.5  # word heights between a label's words and its leader at the most (a column's gap is more)


def _worded_cell(words: list[Word]) -> int | None:
    """Where a cell of label words begins a column's gap after the answer's words ("City, state and ZIP")."""
    for index in range(1, len(words)):
        if words[index].box[0] - words[index - 1].box[2] < CELL_GAP * _height(words[index - 1]):
            continue
        cell = words[index:]
        end = next((i for i in range(1, len(cell)) if cell[i].box[0] - cell[i - 1].box[2]
                    >= CELL_GAP * _height(cell[i - 1])), len(cell))
        if _answer_like(words[:index]) and _next_label(cell[:end]):
            return index
    return None


def _next_label(cell: list[Word]) -> bool:
    """Whether a cell is a label: one the rules know (a field's, or another question's the service does not
    read: "Date of birth"), or two words questions are made of ("City, state and ZIP"); one alone may be a
    town's ("Salt Lake City")."""
    text = squash(" ".join(w.text for w in cell))
    return any(text.startswith(label) for label in (*_all_labels(), *_other_captions())) \
        or sum(squash(w.text) in label_words() for w in cell) >= 2


@cache
def _other_captions() -> tuple[str, ...]:
    return tuple(squash(v) for v in application_labels()["other_captions"])


CELL_GAP = 2.0  # word heights between the answer's last word and the next cell's


def _answer_like(words: list[Word]) -> bool:
    """Whether words read as an answer, not as the rest of a row of captions ("Date of"): a figure in them,
    or a name's capitalised words; a question's number ("Q3.") alone is none."""
    texts = [w.text for w in words if re.search(r"\w", w.text)]
    if not texts or all(QUESTION_NUMBER.fullmatch(text) for text in texts):
        return False
    return any(c.isdigit() for text in texts for c in text) or all(text[:1].isupper() for text in texts)


def _height(word: Word) -> float:
    return word.box[3] - word.box[1]


def leader_end(page: Page, box: Box) -> float:
    """Where a label's own dot leader ends on its row, its answer past it ("Date signed . . . . | 03/11/2048");
    the label's end when it has none."""
    row = row_words(page, box)
    leader = _leader_end(row)
    return row[leader - 1].box[2] if leader else box[2]


def _leader_end(row: list[Word]) -> int:
    """Index just past the label's own dot leader, the row's first ("of the home . . . . ."); 0 when it has
    none. A later one, or one after an answer's words, is the next column's label's ("Loan number . . .
    0552960047   Street address . . . 6676 ...", "Full name  Quentin Okafor   City, state and ZIP . . .")."""
    runs = _leader_runs(row)
    if not runs or _answer_like(row[: _label_before(row, runs[0][0])]):
        return 0
    return runs[0][1]


def _leader_runs(words: list[Word]) -> list[tuple[int, int]]:
    """(first, past last) index of each run of dot leader pieces: three full stops or more, or two pieces
    or more of a dotted rule OCR read as flat letters (one such word alone may be a pen's underline)."""
    line = max((_height(w) for w in words), default=0.0)
    runs: list[tuple[int, int]] = []
    start = None
    for index in range(len(words) + 1):
        if index < len(words) and _dotted(words[index], line):
            start = index if start is None else start
            continue
        if start is not None:
            pieces = [w.text.strip() for w in words[start:index]]
            stops = sum(p.count(".") + 3 * p.count("…") + p.count("·") for p in pieces)
            if stops >= 3 or sum(bool(p.strip(".…·")) for p in pieces) >= 2:
                runs.append((start, index))
        start = None
    return runs


def _dotted(word: Word, line: float) -> bool:
    """A piece of a dot leader: full stops, or what OCR made of a dotted rule ("sees eee ene"), letters far
    flatter than the row's type and unsure."""
    text = word.text.strip()
    flat = word.confidence < LEADER_DOUBT and _height(word) < FLAT * line and any(c.isalpha() for c in text)
    return bool(text) and (not text.strip(".…·") or flat)  # (a blank's rule read "___" is no leader)


LEADER_DOUBT = 0.3  # OCR's confidence in a dotted rule's "letters"
FLAT = 0.4  # the row's type heights a dotted rule's "letters" stand at the most


def words_below(page: Page, box: Box, reach: float = UNDER_REACH, caption: bool = True) -> list[Word]:
    """The first row of words under a label, from its left edge up to the next label on its row, no
    further down than `reach` page heights (or two and a half of its lines), past a caption printed under
    a blank ("(number and street)"); none when that row is itself labels (a blank field, then the next
    question)."""
    line = box[3] - box[1]
    # the next labels of its row, followed along a scan's tilt: their row droops below the label's on a
    # page turned a degree, and is not the answer
    # (and the next column's words level with the label, set in a larger type whose row it does not overlap)
    beside = _past_own_note(page, box, [w for w in (*row_right_of(page, box), *row_words(page, box, loose=True))
                                        if w.box[0] > box[2] + 0.01])
    right = min((w.box[0] for w in beside), default=0.98)
    across = [w for w in page.words if box[0] - 0.01 <= w.box[0] < right - 0.005 and w not in beside
              and box[3] - 0.2 * line <= w.box[1] and not _speck(w) and w.text.strip() not in _DUST]
    under = [w for w in across if w.box[1] <= box[3] + max(2.5 * line, reach)]
    if not under:
        return []
    # a row is taken whole: the reach's edge may pass between the words of a name written a little aslant (a
    # table's rule "|" reached is no word of a row, the next row's caption "Phone" no answer)
    seeds = [u for u in under if re.search(r"[A-Za-z0-9]", u.text) and squash(u.text) not in label_words()]
    under += [w for w in across if w not in under and any(same_row(w.box, u.box) for u in seeds)]
    # a row wholly right of the label that asks, names fields or stands over a row under the label itself is
    # the next column's, level with the gap between the label and its answer ("Borrower's full name" ... "Do
    # you expect the hardship to last ...?" ... "Dale R. Kowalczyk"); an amount flush right in its box is not
    while True:
        top = min(under, key=lambda w: w.box[1])
        row = _before_next_column(sorted((w for w in under if same_row(w.box, top.box)), key=lambda w: w.box[0]),
                                  box)
        later = [w for w in under if not same_row(w.box, top.box) and w.box[1] > top.box[1]]
        noted = re.fullmatch(r"\(.*\)", " ".join(w.text for w in row))  # "(number and street)" under a blank
        aside = row[0].box[0] > box[2] + 0.01 and not noted and (
            _asks(row) or _labels_only(row, []) or any(w.box[0] <= box[2] for w in later))
        if not (aside and later):
            break
        under = later
    if caption and noted:
        return words_below(page, (box[0], top.box[1], box[2], max(w.box[3] for w in row)), reach, caption=False)
    # a label's colon follows a word ("Date:"); an initial's full stop read as one ("Marguerite A: D'Souza") is no label
    if any(w.text.rstrip().endswith(":") and re.search(r"[A-Za-z]{2}|\)", w.text) for w in row) \
            or _labels_only(row, []) or _over_label(page, row, box) or _asks(row):
        return []
    return row


def _in_options_list(page: Page, row: list[Word]) -> bool:
    """Whether a row is one of a list of options, a line each, under the next column's question ("13. What
    caused the hardship? Mark all that apply." over "Loss of a job" / "Lower pay or fewer hours" / ...): each
    line up to the question opens at the row's left edge (after its mark, if any)."""
    left = row[0].box[0]
    line = max(w.box[3] - w.box[1] for w in row)
    top = min(w.box[1] for w in row)
    for above in reversed(text_rows(w for w in page.words if w.box[0] >= left - OPTION_MARK_WIDTH
                                    and w.box[3] <= top + 0.2 * line)):
        if top - max(w.box[3] for w in above) > LIST_GAP * line:
            return False  # (the list ended before any question)
        if _asks(above):
            return True
        if not any(abs(w.box[0] - left) < COLUMN_EDGE for w in above):
            return False
        top = min(w.box[1] for w in above)
    return False


OPTION_MARK_WIDTH = 0.05  # page widths left of an option's words its box or mark may stand
LIST_GAP = 2.5  # line heights between two lines of one list at the most


def _under_question(page: Page, row: list[Word]) -> bool:
    """Whether the row of words right above `row` asks a question ("When did your hardship start?"): the
    row answers it."""
    top = min(w.box[1] for w in row)
    line = max(w.box[3] - w.box[1] for w in row)
    above = [w for w in page.words if top - ABOVE_LINES * line < w.box[3] <= top
             and w.box[0] < row[-1].box[2] and row[0].box[0] - 0.02 < w.box[2]]
    if not above:
        return False
    nearest = max(above, key=lambda w: w.box[3])
    return _asks([w for w in page.words if same_row(w.box, nearest.box) and w.box[0] >= row[0].box[0] - 0.05])


ABOVE_LINES = 3  # line heights over an answer its question may end


def _past_own_note(page: Page, box: Box, beside: list[Word]) -> list[Word]:
    """The words right of a label less the rest of the note in brackets the label opened ("Total monthly
    income of each member (add 13 | through 20)"): the note is the label's, no next label."""
    opened = sum(w.text.count("(") - w.text.count(")") for w in page.words if inside(w.box, box))
    note: set[int] = set()
    for word in sorted(beside, key=lambda w: w.box[0])[:OWN_NOTE_WORDS]:
        if opened <= 0:
            break
        note.add(id(word))
        opened -= word.text.count(")") - word.text.count("(")
    # a note that does not close ("(wages, overtim..." cut short in a grid's cell) is no guide to the row
    return [w for w in beside if id(w) not in note] if opened <= 0 else beside


OWN_NOTE_WORDS = 6  # words a label's note in brackets runs on to past the label's phrase


def _before_next_column(row: list[Word], label: Box) -> list[Word]:
    """The row up to a wide gap after which, well right of the label, the next column's question or labels
    stand level with it ("$ 6,425.00      spouse of a service member?"); an answer's own words run on."""
    line = label[3] - label[1]
    for index in range(len(row) - 1, 0, -1):  # the gap nearest the next column: an amount may stand
        rest = row[index:]  # (flush right in its box, off its "$")
        # (or nearer, the next column's own caption: "06/03/2053      It will last: [X] 6 months or less")
        captioned = any(w.text.endswith(":") and re.search(r"[A-Za-z]{2}", w.text) for w in rest[:CAPTION_WORDS])
        apart = row[index].box[0] - row[index - 1].box[2] > 3 * line \
            and (row[index].box[0] > label[2] + NEXT_COLUMN or captioned)
        if apart and (_asks(rest) or _labels_only(rest, []) or captioned
                      or (len(rest) == 1 and _CELL_ID.fullmatch(rest[0].text))):
            return row[:index]  # (or the next column's question number alone: its words stand past the reach)
    return row


CAPTION_WORDS = 3  # words of a caption before its colon


_CELL_ID = re.compile(r"[A-Z]?\d{1,2}[a-z]?[.)]?")  # a question's number, its part's letter first: "B5", "12."


NEXT_COLUMN = 0.1  # page widths right of a label's end the next column's words stand at the least


def _next_columns_question(page: Page, label: Box, words: list[Word]) -> bool:
    """Whether words on a label's row are the next column's question, well right of the label's words."""
    return bool(words) and _far_off(page, label, words) and _asks(words)


_INSTRUCTION = re.compile(r"(?:If you|See |Do not|Don't|Attach|Include|Please |Leave |Skip )[^.]*\.", re.IGNORECASE)


def _far_off(page: Page, box: Box, row: list[Word]) -> bool:
    """Whether words on a label's row start well right of its words: in the next column."""
    return row[0].box[0] > whole_phrase(page, box)[2] + NEXT_COLUMN


def _answer_under(page: Page, box: Box, row: list[Word]) -> list[Word]:
    """The answer under a label, flush with its left edge and ending before the words far off on its row; not
    the next label under it ("Mailing address (if different)": the words far off are the answer)."""
    phrase = whole_phrase(page, box)  # (from the phrase's first word: "Street" before "address of ...")
    below = words_below(page, phrase)
    # (flush with the question's number or with its words: "2. Borrower's full name" / "Dolores M. Whitcomb")
    worded = next((w.box[0] for w in page.words if inside(w.box, box) and re.search(r"[A-Za-z]", w.text)), box[0])
    flush = bool(below) and min(abs(below[0].box[0] - phrase[0]), abs(below[0].box[0] - worded)) < CAPTION_INDENT
    return below if flush and below[-1].box[2] < row[0].box[0] and not a_caption(below) else []


def a_caption(words: list[Word]) -> bool:
    """Whether words are a label, the mailing address's among them (the property's neighbour)."""
    return _next_label(words) or next_caption(words, []) \
        or squash(" ".join(w.text for w in words)).startswith(_caption_openings())


def _caption_goes_on(page: Page, box: Box, row: list[Word]) -> bool:
    """Whether the words after a label, a word space off it, go on with its caption to the row's end ("Street
    address" / "of the home this loan is on"): a lower-case joining word opens no answer; a colon or a figure
    after it ("started on (mm/dd/yyyy): 06/01/2047") is the answer's."""
    return bool(row) and row[0].text in _JOINING_WORDS \
        and row[0].box[0] - whole_phrase(page, box)[2] < WORD_GAP * (box[3] - box[1]) \
        and not any(w.text.endswith(":") or re.search(r"\d", w.text) for w in row)


_JOINING_WORDS = frozenset(("of", "for", "on", "in", "at", "where", "that", "which", "you", "we"))


def _in_a_column(page: Page, row: list[Word]) -> bool:
    """Whether a row opens in lower case where words of the rows over and under it start too: a column of the
    next part's options ("my second or vacation home" over "rented out / an investment"), no answer to a
    label level with it in the part beside (a column of answers, each to the label on its row, opens with a
    capital or a figure)."""
    first = row[0]
    if not first.text[:1].islower():
        return False
    line = first.box[3] - first.box[1]
    return sum(1 for w in page.words if abs(w.box[0] - first.box[0]) < COLUMN_EDGE and w is not first
               and 0 < abs(w.box[1] - first.box[1]) < COLUMN_LINES * line) >= 2


COLUMN_LINES = 3.5  # line heights over or under a row its column's other words stand


def _question_goes_on(row: list[Word]) -> bool:
    """Whether the words after a label finish the question it stands in: the first lower-case, the last
    ending in a question mark."""
    return bool(row) and row[0].text[:1].islower() and _asks(row[-1:])


def _asks(row: list[Word]) -> bool:
    """Whether a row is the next question ("How long do you expect it to last?"), no answer."""
    return any(re.search(r"[A-Za-z]{2}\?$", w.text) for w in row)


def _over_label(page: Page, row: list[Word], label: Box) -> bool:
    """Whether a row sits closer over a label under it than under `label`: on a form that prints each
    label under its answer line, that row is the next label's answer, and `label`'s was left blank."""
    top, bottom = min(w.box[1] for w in row), max(w.box[3] for w in row)
    under = [w for w in page.words if bottom <= w.box[1] < bottom + (top - label[3])
             and w.box[0] < row[-1].box[2] and row[0].box[0] < w.box[2]]
    if not under:
        return False
    first = min(under, key=lambda w: w.box[1])
    next_row = sorted((w for w in under if same_row(w.box, first.box)), key=lambda w: w.box[0])
    text = squash(" ".join(w.text for w in next_row))
    # (a row about as near both is the label's above: "Client (borrower) full name" / "Rosalind T. Achterberg" /
    # "Co-client (co-borrower) full name", a tight grid of labels over answers)
    return any(text.startswith(known) for known in _all_labels()) and first.box[1] - bottom < CLEARLY_CLOSER * (
        top - label[3])


CLEARLY_CLOSER = 0.7  # share of its gap to the label above a row's gap to the next label must be under


@cache
def label_words() -> frozenset[str]:
    return frozenset(squash(word) for word in application_labels()["label_words"])


def before_next_label(words: list[Word]) -> list[Word]:
    """An answer up to the next field's label printed on its row without a colon ("Lars E. Magnusson
    Borrower SSN (last 4)"), less the person's word that opens it ("Borrower", "Co-applicant"), or up to
    the words a dot leader follows, or a column's gap after the answer then words questions are made of,
    a label in any wording ("Quentin Okafor   City, state and ZIP . . .", its leader lost to a scan), or
    up to a sworn statement's sentence going on to its next blank ("38 Elm Avenue, in the city or town of")."""
    found = [_label_at(words, [label for label in _all_labels() if len(label) >= 3], 0.0), _leader_label(words),
             _worded_cell(words), next((at for at in range(1, len(words)) if _prose_to_line_end(words[at:])), None)]
    cut = min((at for at in found if at is not None), default=None)
    while cut is not None and cut > 1 and words[cut - 1].text == ",":  # (the sentence's comma before it goes on)
        cut -= 1
    while cut is not None and cut > 1 and squash(words[cut - 1].text) in _person_words():
        cut -= 1
    if cut and re.fullmatch(r"[a-z][.)]?", words[cut - 1].text):  # the next box's letter ("e SSN")
        cut -= 1
    elif cut and cut > 1 and _numbers_next_label(words[cut - 2 : cut + 1]):  # the next column's question number
        cut -= 1  # ("518830274      9 Property street address")
    return words if cut is None else words[:cut]


def _numbers_next_label(three: list[Word]) -> bool:
    """Whether the middle of three words is a bare number standing with the label after it, a column's gap
    off the answer before it: the next question's number, no part of the answer ("Unit 9 City" is)."""
    before, number, label = three
    apart, close = number.box[0] - before.box[2], label.box[0] - number.box[2]
    return bool(re.fullmatch(rf"{_NUMBERED}[.)]?", number.text)) and apart > max(2 * close, COLUMN_APART)


COLUMN_APART = 0.02  # page widths between an answer and the next column's question number at the least


def before_next_income_line(words: list[Word], label: Box | None = None) -> list[Word]:
    """An income line's row up to the next line's label a column's gap along it ("Social Security $
    TOTAL $3,400.06", "Pay from job(s) $3,400.06    Rent from tenants $"), or the label of the expenses or
    assets printed in the next column ("Gross wages $    First Mortgage Payment $ 1,117.04"): its amount
    is that line's. A label's own words run on at a word space ("Wages, salary, overtime, tips"). Words
    a column's gap after the line's amount are the next column's too ("$ 2,180.92    Maintenance $ 11.98",
    the end of a label wrapped from the line above). Given the line's `label`, a row that opens a column's
    gap after it with the next line's label is blank ("Unemployment benefits    SS / pension $1,486.00")."""
    if label is not None and words and words[0].box[0] - label[2] >= 1.5 * (words[0].box[3] - words[0].box[1]) \
            and any(squash(" ".join(w.text for w in words)).startswith(known) for known in _income_labels()):
        return []
    cut = _label_at(words, _income_labels(), 1.5)
    words = words if cut is None else words[:cut]
    for i in range(1, len(words)):
        gap = words[i].box[0] - words[i - 1].box[2]
        if amount_shaped(words[i - 1].text) and re.search(r"[A-Za-z]{2}", words[i].text) \
                and gap >= 1.5 * (words[i].box[3] - words[i].box[1]):
            return words[:i]
    return words


def expenses_beside(page: Page, words: list[Word], label: Box) -> list[Word]:
    """An income line's row up to the line of the expenses table printed beside the income table, its own
    label's words then its figure ("f. Self-employment (net)    Food and household  1,150.00"): a column of
    labels a column's gap along the row, headed or closed by an "EXPENSES" caption ("TOTAL MONTHLY EXPENSES").
    A description column's words (an employer's name before the line's amount) head no such column."""
    ends = [label[2], *(w.box[2] for w in words)]
    for i, word in enumerate(words):
        if word.box[0] - ends[i] >= 1.5 * (word.box[3] - word.box[1]) and _line_of_its_own(words[i:]) \
                and _expenses_column(page, word.box[0]):
            return words[:i]
    return words


def _expenses_column(page: Page, left: float) -> bool:
    """Whether a column of labels starting at `left` holds an "EXPENSES" caption's row."""
    for word in page.words:
        if squash(word.text) in _EXPENSE_WORDS:
            row = [w for w in page.words if same_row(w.box, word.box) and w.box[2] <= word.box[0] + 0.001]
            start = word
            for other in sorted(row, key=lambda w: -w.box[2]):  # the caption's row back to its first word
                if start.box[0] - other.box[2] < 2 * (start.box[3] - start.box[1]):
                    start = other
            if abs(start.box[0] - left) < COLUMN_EDGE:
                return True
    return False


_EXPENSE_WORDS = frozenset(("expense", "expenses"))
COLUMN_EDGE = 0.015  # page widths within which a column's labels start


def _line_of_its_own(words: list[Word]) -> bool:
    """Whether words open a line of their own: its label's words, then its figure; a period's words ("Per
    month  $ 900.00") are the income line's own."""
    lead = list(takewhile(lambda w: not amount_shaped(w.text), words))
    named = [w for w in lead if re.search(r"[A-Za-z]{3}", w.text)]
    return len(lead) < len(words) and len(named) >= 2 and lead[0].text[:1].isupper() \
        and not any(w.text.lower().strip(".,:()") in _PERIOD_WORDS for w in lead)


_PERIOD_WORDS = frozenset(("per", "month", "monthly", "week", "weekly", "year", "yearly", "annual", "annually",
                           "gross", "net", "before", "after", "taxes"))


def _label_at(words: list[Word], labels: Sequence[str], gap: float) -> int | None:
    """The first word after the first that opens one of `labels` (squashed), `gap` word heights or more
    after the word before it."""
    for cut in range(1, len(words)):
        if gap and words[cut].box[0] - words[cut - 1].box[2] < gap * (words[cut].box[3] - words[cut].box[1]):
            continue
        rest = squash(" ".join(w.text for w in words[cut:]))
        if any(rest.startswith(label) for label in labels):
            return cut
    return None


@cache
def _income_labels() -> tuple[str, ...]:
    labels = application_labels()
    return tuple(squash(v) for v in (*(v for variants in labels["income"].values() for v in variants),
                                     *labels["income_total"], "Total", *labels["beside_income"])
                 if len(squash(v)) >= 4)


@cache
def _person_words() -> frozenset[str]:
    labels = application_labels()
    return frozenset(squash(w) for w in (*labels["first_person"], *labels["co_borrower_section"]))


def label_taken_for_answer(text: str | None) -> bool:
    """Whether a one-word "answer" is the opening of a question's label ("Borrower's" from the next row's
    "Borrower's Social Security number"): a label's word read where the answer was not."""
    words = (text or "").split()
    return len(words) == 1 and len(squash(words[0])) >= 3 and any(
        label.startswith(squash(words[0])) for label in _all_labels())


@cache
def _all_labels() -> tuple[str, ...]:
    labels = application_labels()
    # a bare word asked with its colon ("Borrower:") would make every row opening with the word a label
    # (nor one asked with its "#": squashed, "Loan #" would be every "loan")
    return tuple(squash(v) for name in ("loan_number", "borrower_name", "co_borrower_name", "ssn",
                                        "property_address", "hardship_start_date") for v in labels[name]
                 if not v.endswith((":", "#")))


@cache
def _caption_openings() -> tuple[str, ...]:
    """Labels a row of captions may open with, long enough not to be an answer's word; the mailing address's
    too, the property's neighbour in a row of portal cards ("Property address  Mailing address" over
    "12 Elm St ...  Same as property")."""
    mailing = tuple(squash(v) for v in application_labels()["mailing_address"])
    return tuple(label for label in (*_all_labels(), *mailing) if len(label) >= CAPTION_OPENS)


def whole_phrase(page: Page, box: Box) -> Box:
    """The label's box widened over the words it is printed with, left ("SOC. SEC. / PENSION" for
    "Pension") and right up to a figure ("Joint applicant — full legal name"): a cell's answer starts
    under the cell's first word, and the label's own words are no next label bounding it."""
    space = word_space(page, box)
    left, right = box[0], box[2]
    row = [w for w in page.words if same_row(w.box, box)]
    for word in sorted((w for w in row if w.box[2] <= box[0]), key=lambda w: -w.box[2]):
        if (QUESTION_NUMBER.fullmatch(word.text) or re.fullmatch(r"[a-z]_?", word.text)) \
                and left - word.box[2] <= 3 * space:  # the question's number or its box's letter ("i City"):
            left = word.box[0]  # its answer is indented under it ("Q8. Address ...")
            break
        if left - word.box[2] > space:  # a word space, not the gap to the next cell
            break
        left = word.box[0]
    for word in sorted((w for w in row if w.box[0] >= box[2]), key=lambda w: w.box[0]):
        if word.box[0] - right > space or re.search(r"\d", word.text) or _OPTION_BOX.match(word.text):
            break  # a next cell, a figure, or the next column's option box close by
        right = word.box[2]
    return (left, box[1], right, box[3])
