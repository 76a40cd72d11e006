"""The application's answers: from the AcroForm when it was filled on a computer, else from its text.

The one entry the document reader calls: it picks the path, then has the signatures read and the income
totalled. Read from text, each answer is taken beside its label through the word boxes of
application_layout (OCR words, or the text layer's words through the ink probe) and the ticked boxes come
from application_checkboxes; an income line written but not read, or lines that do not add up to the
form's own total, go to review instead of into a decision.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from itertools import combinations, dropwhile, pairwise, takewhile
from typing import Any

from PIL import Image

from lossmit_docs.model import REVIEW_NOTE, Field, Page, TextMethod, Word
from lossmit_docs.reading.application_answer_sheet import answer_sheets
from lossmit_docs.reading.application_blanks import captioned_blanks
from lossmit_docs.reading.application_checkboxes import UNMARKED, checked
from lossmit_docs.reading.application_circles import circled_answer
from lossmit_docs.reading.application_income_codes import coded_income
from lossmit_docs.reading.application_income_matrix import income_by_person_rows
from lossmit_docs.reading.application_layout import (
    BOXED_ANSWER_SHARE,
    FAR_ACROSS,
    QUESTION_NUMBER,
    ROW_NUMBER,
    UNREADABLE,
    Ref,
    a_caption,
    answer_above,
    answer_before,
    answers_mirrored,
    application_labels,
    before_next_income_line,
    before_next_label,
    blank_answers,
    captions_after,
    captions_under,
    expenses_beside,
    first_label,
    in_column,
    inside,
    label_taken_for_answer,
    label_words,
    labels_on_row,
    next_caption,
    occurrences,
    option_words,
    person_columns,
    read_words,
    resting_over,
    row_words,
    same_row,
    says_no_one,
    sentence_runs_on,
    third_column,
    total_column,
    twin_on_row,
    value_words,
    whole_phrase,
    without_label_note,
    words_below,
    written_before,
)
from lossmit_docs.reading.application_legends import (
    LETTER_ENTRY,
    code_letter_beside,
    key_from,
    legend_answer,
    letter_entries,
    written_numbers,
)
from lossmit_docs.reading.application_name_parts import names_in_parts
from lossmit_docs.reading.application_question_table import question_table_page
from lossmit_docs.reading.application_row_names import names_by_row_caption
from lossmit_docs.reading.application_signatures import signatures
from lossmit_docs.reading.application_yes_no import answered
from lossmit_docs.reading.comb_fields import uncombed
from lossmit_docs.reading.fill_and_sign import onto_rows
from lossmit_docs.reading.ink import (
    SIGNATURE_INK,
    Box,
    InkProbe,
    blank_after,
    ink_share,
    ink_span,
    overlap,
    stroke_height,
    table_cells,
    with_words,
)
from lossmit_docs.reading.page_columns import columns
from lossmit_docs.reading.page_text import box_of, landscape, row_right_of, skew, text_rows
from lossmit_docs.reading.paper_names import NAME_PARTICLES, surname_last
from lossmit_docs.reading.spreads import PAGE_BREAK, spread_halves
from lossmit_docs.reading.translated_captions import without_translations
from lossmit_docs.reading.values import (
    MONTHS,
    amount_shaped,
    amounts_in,
    boxed_date,
    clean_name,
    find_label,
    first_date,
    folded,
    month_start,
    repair_ocr_money,
    rules,
    squash,
    value_after,
)

_DATE_SHAPED = re.compile(r"\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4}")
_ZIP = re.compile(r"\b\d{5}(?:-\d{4})?\b")
_STREET_ZIP = re.compile(r"(?<!^)\b\d{5}(?:-\d{4})?\b")  # a ZIP code after the street: "27418 466th Avenue" has none
SURE_SHORT_WORD = 0.5  # an address part's figure or mark of one or two characters OCR is less sure of is a border
ADDS_UP = 0.9  # confidence of scanned income figures that add up to the form's own total
_OCR_DIGITS = str.maketrans({"O": "0", "o": "0", "D": "0", "I": "1", "l": "1", "|": "1", "S": "5", "B": "8"})
_WELL_FORMED_AMOUNT = re.compile(r"^(\d{1,3}(,\d{3})+|\d+)\.\d\d$")
_GROUP_FIELD = {"occupancy": "occupancy", "duration": "hardship_duration", "hardship": "hardship_types"}


def extract_application(pages: list[Page], ref: Ref, ink: InkProbe | None = None) -> dict[str, Field]:
    acro = rules("field_labels")["form710_acroform"]
    worded = [without_translations(onto_rows(with_words(page, ink))) for page in pages]  # (a bilingual form's)
    pages = [_numbered_people_ones(_pipes_read_as_i(_unglued(uncombed(page)))) for page in worded]
    filled = {k: v for p in pages for k, v in p.form_fields.items()}
    acroform = any(name in filled for name in acro["text"])
    # a table of questions and answers is read from its answers written out as labelled lines, a form in two
    # columns a column at a time; the signatures, from the page as it is
    # (an answer sheet's answers first: its booklet's questions print the labels with no answers)
    sheets = answer_sheets(pages)
    asked = [*sheets.values(), *(column for at, page in enumerate(pages) if at not in sheets
                                 for column in _as_read(page))]
    fields = _from_acroform(pages, ref) if acroform else _from_text(asked, ref, ink)
    signatures(pages, ref, ink, fields)
    _total_income(fields)
    return fields


def _as_read(page: Page) -> list[Page]:
    """The page as the text reader reads it: a question table's answers as lines, or each of its columns; a
    booklet's sheet, a page of it at a time."""
    read: list[Page] = []
    # (the reading stage marked a booklet's sheet with its page break: its fold is not looked for again elsewhere)
    for half in (spread_halves(page) if PAGE_BREAK in page.text else None) or [page]:
        table = question_table_page(half)
        read += [table] if table is not None else columns(half)
    return read


_GLUED = re.compile(r"^([a-z]{2,})(\d{3,}\S*)$")
# a label's colon with its answer run on ("Homeowner:Mercedes", "(last 4):1797", past a dot leader's last dots:
# "(mm/dd/yyyy):..05/12/2037"), not a time ("9:10") or a URL
_COLON_GLUED = re.compile(r"^(\S*[A-Za-z)]:\.*)([A-Za-z0-9$(]\S*)$")
# a cell's number run into its caption by OCR: "B2City", "C4.5Disability"
_NUMBER_GLUED = re.compile(r"^([A-Z]\d{1,2}(?:\.\d{1,2})?)([A-Za-z]{3,}\S*)$")


def _unglued(page: Page) -> Page:
    """Words split where a label ran into its answer: OCR's "The home is at3554", a text layer's
    "Homeowner:Mercedes". The label is then found whole and its answer keeps its first letters."""
    def glue(word: Word) -> re.Match[str] | None:
        return (page.method == TextMethod.OCR and (_GLUED.match(word.text) or _NUMBER_GLUED.match(word.text))) \
            or _COLON_GLUED.match(word.text)

    if not any(glue(w) for w in page.words):
        return page
    words: list[Word] = []
    for word in page.words:
        glued = glue(word)
        if glued is None:
            words.append(word)
            continue
        x0, y0, x1, y1 = word.box
        cut = x0 + (x1 - x0) * len(glued[1]) / len(word.text)
        words += [dataclasses.replace(word, text=glued[1], box=(x0, y0, cut, y1)),
                  dataclasses.replace(word, text=glued[2], box=(cut, y0, x1, y1))]
    return dataclasses.replace(page, words=tuple(words))


# OCR's "|" for the word "I" between two lower-case words: "where | live", "a family member | care for"
_PIPE_FOR_I = re.compile(r"(?<=[a-z] )\|(?= [a-z])")


def _pipes_read_as_i(page: Page) -> Page:
    """A scan's "where | live" read as the form prints it, "where I live": an option's label is found whole."""
    if page.method != TextMethod.OCR or not _PIPE_FOR_I.search(page.text):
        return page
    rows = [sorted((w for w in page.words if same_row(w.box, word.box)), key=lambda w: w.box[0])
            for word in page.words if word.text == "|"]
    pipes = {id(row[i]) for row in rows for i in range(1, len(row) - 1) if row[i].text == "|"
             and row[i - 1].text[-1:].islower() and row[i + 1].text[:1].islower()}
    words = tuple(dataclasses.replace(w, text="I") if id(w) in pipes else w for w in page.words)
    return dataclasses.replace(page, text=_PIPE_FOR_I.sub("I", page.text), words=words)


def _numbered_people_ones(page: Page) -> Page:
    """OCR's "Homeowner |" for "Homeowner 1": a stroke read as a bar or a letter right after a word that
    numbers the people of a form ("Applicant 1 | Applicant 2") is the figure one."""
    if page.method != TextMethod.OCR:
        return page
    people = {squash(t) for t in application_labels()["numbered_people"]}
    words = list(page.words)
    for i in range(1, len(words)):
        if words[i].text in _ONE_MISREAD and squash(words[i - 1].text) in people \
                and same_row(words[i - 1].box, words[i].box):
            words[i] = dataclasses.replace(words[i], text="1")
    return dataclasses.replace(page, words=tuple(words))


_ONE_MISREAD = frozenset(("|", "l", "I", "]", "[", "!"))


def _page_of(pages: list[Page], name: str) -> Page:
    return next((p for p in pages if name in p.form_fields), pages[0])


def _from_acroform(pages: list[Page], ref: Ref) -> dict[str, Field]:
    acro = rules("field_labels")["form710_acroform"]
    filled = {k: v.strip() for p in pages for k, v in p.form_fields.items()}
    fields: dict[str, Field] = {}

    def put(name: str, value: Any, source: str) -> None:
        fields[name] = Field(value, 0.99, ref(_page_of(pages, source).number), TextMethod.FORM_FIELD)

    for widget, name in acro["text"].items():
        raw = filled.get(widget, "")
        if name in ("hardship_start_date", "signed_on", "co_borrower_signed_on"):
            put(name, first_date(raw), widget)
        elif name == "ssn_last4":
            digits = re.sub(r"\D", "", raw)
            put(name, digits[-4:] if len(digits) >= 4 else None, widget)
        else:
            put(name, raw or None, widget)
    ticked = {k for k, v in filled.items() if v and v.lower() not in ("off", "no", "false", "0")}
    occupancy = [code for widget, code in acro["occupancy"].items() if widget in ticked]
    put("occupancy", occupancy[0] if len(occupancy) == 1 else None, next(iter(acro["occupancy"])))
    duration = [code for widget, code in acro["duration"].items() if widget in ticked]
    put("hardship_duration", duration[0] if duration else None, next(iter(acro["duration"])))
    put("hardship_types", [code for widget, code in acro["hardship"].items() if widget in ticked],
        next(iter(acro["hardship"])))
    for group in ("income", "assets"):
        for widget, code in acro[group].items():
            amount = amounts_in(filled.get(widget, ""))
            if amount and amount[0] > 0:
                key = f"{group}.{code}"
                previous = fields[key].value if key in fields else Decimal(0)
                put(key, previous + amount[0], widget)
    for widget, who in acro["signatures"].items():
        if filled.get(widget):  # a typed or certificate signature in the signature field itself
            put(f"{who}_signature_field", True, widget)
    return fields


# --- answers read from text -------------------------------------------------------------------------


def _labelled(page: Page, lines: list[str], ink: InkProbe | None,
              variants: list[str], identity: bool = False, column: tuple[float | None, bool] = (None, False)
              ) -> tuple[str, float] | None:
    """The text on a label's own row, with its confidence; None when the label is not on the page.

    A row where OCR read nothing but the pen left ink is unreadable handwriting, not a blank answer."""
    if page.words:
        box = first_label(page, variants)
        if box is None:
            return None
        twin = twin_on_row(page, box, variants) if column[0] is not None else None
        if twin is not None:  # each person's cell starts at its own label
            box, column = (twin if column[1] else box), (twin[0] - 0.005, column[1])
        image = ink.image(page.number, page.rotation) if ink is not None else None
        # (the answer on the line under its label, after the leader's dots: "9 Property street address" /
        # ". . . . . 3914 Laguna Shores Road")
        words = in_column(value_words(page, box, image), *column)
        words = list(dropwhile(lambda w: _LEADER_DOT.fullmatch(w.text), words)) or words  # (a leader alone: blank)
        if column[0] is not None and column[1]:  # (not a third member's column after the co-borrower's)
            end = third_column(page, column[0])
            words = [w for w in words if (w.box[0] + w.box[2]) / 2 < end]
        if column[0] is not None and answers_mirrored(page):  # the borrower's answer left of the question, the
            # co-borrower's right of it, set flush right in its column
            words = value_words(page, box, image) if column[1] else answer_before(page, box)
        if not words and column[0] is not None and column[1] and landscape(page):
            # the second person's cell further off the label than a landscape page's panel reaches
            words = in_column(without_label_note(row_words(page, box)), *column)
        if image is not None:  # a sentence with blanks ("My name is ____ and my SSN ..."): the answer is on its line
            blank = blank_after(image, box, skew(page)) if words else None
            # the answer starts on it; a "blank" no longer than the first word is that word's own ink (bold type)
            if blank is not None and blank[0] <= words[0].box[0] < blank[2] and blank[2] > words[0].box[2] + 0.005:
                words = [w for w in words if w.box[0] < blank[2]]
            elif blank is not None and words[0].box[0] >= blank[2] and _SENTENCE_GOES_ON.match(words[0].text):
                # the blank left empty, the sentence's own print after it ("____ (leave blank if none), whose
                # Social Security ..."): its line's ink is no pen's; an answer typed too high rests on it
                over = [w for w in resting_over(page, box, blank[2] + 0.01) if w.box[0] >= blank[0] - 0.01]
                return read_words(over, page, identity) if over else ("", read_words(words, page)[1])
        text, confidence = read_words(before_next_label(_before_next_question(words)), page, identity)
        if words and squash(" ".join(w.text for w in words)) in blank_answers():  # "N/A" written: a blank,
            return "", read_words(words, page)[1]  # as sure as its letters, not ink nobody read
        if not re.search(r"\w", text) and ink is not None and column[0] is None and captions_after(page):
            written = written_before(page, box, ink.image(page.number, page.rotation))  # a pen's answer unread
            return ("", UNREADABLE) if written else (text, confidence)
        if not re.search(r"\w", text) and ink is not None and column[0] is None:
            line = box[3] - box[1]
            row = row_words(page, box)
            note = row[: len(row) - len(without_label_note(row))]  # "(if any):" is print, not pen
            start = max([whole_phrase(page, box)[2], *(w.box[2] for w in note)])  # past the label's own words
            # up to the next cell's label on the row: its print is no pen ("CO-BORROWER NAME  SSN (LAST 4)")
            # (on a landscape page of panels, no further than the panel: the next one's boxes are no pen)
            across = FAR_ACROSS if landscape(page) else 0.45
            # (on a text layer any word further along is print: "8. Social Security no." after a blank name)
            end = min([start + across, 0.97, *(w.box[0] - 0.005 for w in row_right_of(page, box)
                                                if w.box[0] > start and (squash(w.text) in label_words() or (
                                                    page.method != TextMethod.OCR and re.search(r"\w", w.text))))])
            region = (start + 0.005, box[1], end, box[3] + 0.5 * line)
            image = ink.image(page.number, page.rotation)
            # cell by cell where a table's column rules part it: a rule is no pen's stroke, and a leader's dots
            # filling the label's own cell are lower than any letter
            if any(_pen_in(image, part, line) for part in table_cells(image, region) or [region]):
                return "", UNREADABLE
        return text, confidence
    found = value_after(lines, variants, same_line_only=True)
    return None if found is None else (found[0], _text_sure(page))


# the words a sentence goes on with after its blank: a note or a lower-case word, no answer
_SENTENCE_GOES_ON = re.compile(r"[(a-z]")
WRITTEN_STROKE = 0.4  # label heights a pen's letters stand at the least: a dot leader's dots are lower


def _number_off_row(page: Page, variants: list[str]) -> tuple[str, float] | None:
    """A number under its caption in a row of captions ("Mortgage servicer  Loan number  Monthly payment"
    over "Lakeshore Home Loans  0645577362  $1,951.75"), else over it (an office box's "0216622267" printed
    above "Loan number" on a form that answers beside its captions), when the caption's own row spells no
    figure: a loan number is told by its shape wherever it stands."""
    box = first_label(page, variants)
    if box is None:
        return None
    for words in (words_below(page, whole_phrase(page, box)), answer_above(page, box)):
        if words and re.fullmatch(r"\d{6,15}", re.sub(r"[\s\-|()\[\]]", "", words[0].text)):  # a cell's side
            return read_words(words[:1], page, identity=True)
    return None


def _later_number(page: Page, variants: list[str], first: str) -> tuple[str, float] | None:
    """The number after a later mention of the label, when the first stands in an instruction, prose running
    on after it ("use the loan number printed on your statement" over "1.1 Our loan number is 0730418865");
    an empty field's label is no instruction (the next mention may be another lien's number)."""
    box = first_label(page, variants)
    if box is None or not _PROSE.match(first) or any(w.text.endswith(":") for w in page.words if inside(w.box, box)):
        return None
    for variant in variants:
        for box, _, _ in list(occurrences(page, variant))[1:]:
            text, sure = read_words(value_words(page, box), page, identity=True)
            if _leading_number(text):
                return text, sure
    return None


# "(507) 555-0164", "507-555-0164", or "555-0164" past its area code in brackets (a note's to a label's
# reader): a phone number is never a loan number
_PHONE = re.compile(r"^(?:\(\d{3}\)\s*|\d{3}[-.])?\d{3}-\d{4}(?!\d)")
_PROSE = re.compile(r"^[a-z]+ [a-z]+ [a-z]+")  # three lower-case words: a sentence running on past a label
# a form's note after a name's blank, of a few words in lower case: "(leave blank if none)", not "(née Ruiz)"
_FORM_NOTE = re.compile(r"\s\((?=[a-z]+(?:\s+[a-z]+){2,}[^)]*\))")


def _text_sure(page: Page, most: float = 1.0) -> float:
    """How sure a line of the page's text is: a text layer's as printed, OCR's as it scored the page (at
    `most`)."""
    return min(page.confidence, most) if page.method == TextMethod.OCR else 0.97


def _number_under(page: Page, variants: list[str]) -> tuple[str, float] | None:
    """A number written on the line under its label, the label's row holding only its note."""
    box = first_label(page, variants)
    under = words_below(page, whole_phrase(page, box)) if box is not None else []
    text, sure = read_words(under, page, identity=True) if under else ("", 0.0)
    return (text, sure) if len(_leading_number(text)) >= 6 else None


def _past_qualifier(text: str) -> str:
    """An answer past the few lower-case words that qualify its label ("with this bank", "(if known)")."""
    return _QUALIFIER.sub("", text, count=1)


_QUALIFIER = re.compile(r"^\s*(?:\([a-z ]+\)|[a-z]+(?:\s+[a-z]+){0,3})[\s:]+(?=\d)")


def _new_loan_number(lines: list[str], variants: list[str]) -> str:
    """The number written after a "New loan number" label, wherever on the page it is asked ("... write your
    new loan number:" in the question's sentence is passed over for the label with the number)."""
    for line in lines:
        for variant in variants:
            for found in re.finditer(re.escape(variant), line, re.IGNORECASE):
                number = _leading_number(line[found.end():].lstrip(" _:#|"))
                if 6 <= len(number) <= 15:
                    return number
    return ""


def _leading_number(text: str) -> str:
    """The number an answer opens with, in pieces ("071 6077709") and before what follows it on the row
    ("000405206105  Telephone (905) ..."); a sentence's full stop is not its."""
    pieces = []
    for token in text.split():
        core = token.strip(".,;:|()[]_+")  # a comb box's sides read as brackets ("6) 481142572"), a cell's as "+"
        if not pieces and not re.search(r"[A-Za-z0-9]", core):  # a speck or a rule before it ("_- 3306651187")
            continue
        if not (re.search(r"\d", core) and re.fullmatch(r"[\d-]+", core.translate(_OCR_DIGITS))):
            break
        pieces.append(core.replace("-", ""))
    return "".join(pieces)


def _first_figure(text: str) -> str:
    """The first figure of an SSN answer, masked or in pieces ("XXX-XX-5415", "123 45 6789"), past the rest
    of its label ("digits only 3004") and before a column gap or the next question on its row ("5415  Date of
    birth 09/07/1984"); a date is no SSN."""
    pieces: list[str] = []
    for token in re.sub(r"\([^)]*\)", " ", text.split("  ")[0]).split():  # less the label's "(last 4 only)"
        core = token.strip(".,;:|()[]")
        if re.fullmatch(r"[\dXx*#•-]+", core) and (pieces or re.search(r"\d", core)):
            pieces.append(core)
        elif pieces:
            break
    return "".join(pieces)


def _before_next_question(words: list[Word]) -> list[Word]:
    """An answer ends where the next numbered question on its row begins ("0029789336  2. Number of
    people ..."), at a check box (the next question's options), or where the next label's phrase does (a
    word space before its colon), or a "N/A" written for it ends it as no answer."""
    for i, word in enumerate(words):
        if i and QUESTION_NUMBER.fullmatch(word.text) and i + 1 < len(words) and words[i + 1].text[:1].isupper():
            return words[:i]
        if i and _MONEY.fullmatch(words[i - 1].text) and (_numbers_next(words[i:]) or _leads_on(words[i:])):
            return words[:i]  # (an amount, not a note's figure, then the next column's question or leader)
        if i and words[i - 1].text == "$" and _numbers_next(words[i:]):
            return words[:i]  # (the "$" of an amount left blank, the next column's question after it)
        if i and _OPTION_BOX_WORD.fullmatch(word.text):  # another question's options on the row: "[X] Temporary"
            return words[:i]
        # the next label on the row, set a column's gap off ("...de la Peña      SSN (last 4):"); not a lone
        # ":", nor a speck OCR read as a colon after the answer's last word ("Tomasz Szabo:")
        if i and word.text.endswith(":") and re.search(r"[A-Za-z]{2}|\)", word.text):
            gap = 1.5 * (word.box[3] - word.box[1])
            start = i
            while start > 1 and words[start].box[0] - words[start - 1].box[2] < gap:
                start -= 1
            if words[start].box[0] - words[start - 1].box[2] >= gap:
                return _before_next_question(words[:start])
    if squash(" ".join(w.text for w in words)) in blank_answers():
        return []
    return words


def _numbers_next(rest: list[Word]) -> bool:
    """Whether words after an answer open the next column's question: its bare number and its caption ("$
    2,385.00  30 Vehicle loan ...")."""
    return len(rest) > 1 and re.fullmatch(r"[1-9]\d?", rest[0].text) is not None and rest[1].text[:1].isupper()


def _leads_on(rest: list[Word]) -> bool:
    """Whether words after an amount are a dot leader running on to the next column's answer ("$ 5,694.00
    . . . . . $ 2,908.44")."""
    dots = "".join(w.text for w in takewhile(lambda w: _LEADER_DOT.fullmatch(w.text), rest[:LEADER_DOTS]))
    return len(dots) >= LEADER_DOTS


_MONEY = re.compile(r"\$?\d{1,3}(?:,\d{3})*\.\d{2}|\$?\d{1,3}(?:,\d{3})+|\$\d+")  # cents, thousands or "$"
LEADER_DOTS = 3  # dots after an amount (a word each, or run together) that lead on to another answer
_LEADER_DOT = re.compile(r"[.·…]+")


# a check box as OCR spells one, empty or marked: "[_]", "[X]", "[¥]", "(%)"; no letter or digit of an answer
_OPTION_BOX_WORD = re.compile(r"[\[(][\s_xX✓✔¥%/|]?[\])]")


def _name_row(page: Page, labels: dict[str, Any], split: float) -> Box | None:
    """A person table's "Name" row: its caption, alone in its phrase ("Name", not "Name of employer") but
    for a note ("Name (first, middle, last)"), opens its row left of the co-borrower's column, after its
    number at most ("1.1")."""
    for variant in sorted(labels["person_name_row"], key=len, reverse=True):
        for box, _, _ in occurrences(page, variant):
            phrase = [w for w in page.words if same_row(w.box, box) and box[2] < w.box[0] <= whole_phrase(page, box)[2]]
            if box[2] < split and (not phrase or phrase[0].text.startswith("(")) \
                    and not any(w.box[2] <= box[0] and same_row(w.box, box) and not ROW_NUMBER.fullmatch(w.text)
                                for w in page.words):
                return box
    return None


def _co_borrower_section(page: Page, labels: dict[str, Any], ink: InkProbe | None) -> tuple[str, float] | None:
    """The name asked for under a heading of its own ("Co-applicant", then "FULL LEGAL NAME" and the answer
    under it, or a dash for none), for forms that repeat one block per person. A scan's row left blank, no
    ink beside its label, names no one; ink there OCR did not read is a name unread."""
    if not page.words:
        return None
    for box, _, _ in (hit for heading in labels["co_borrower_section"] for hit in occurrences(page, heading)):
        row = [w for w in page.words if same_row(w.box, box)]
        below = [hit[0] for variant in labels["borrower_name"] for hit in occurrences(page, variant)
                 if box[3] <= hit[0][1] <= box[3] + SECTION_NAME_REACH]
        # a card's heading, its name caption right under it in its own column, whatever the other cards'
        # headings beside it on the row ("A BORROWER   B CO-BORROWER (IF ANY)   C PROPERTY")
        start = min([box[0], *(w.box[0] for w in row if w.box[2] <= box[0] and box[0] - w.box[2] < box[3] - box[1]
                                and _section_number(w, box))])
        carded = [label for label in below if abs(label[0] - start) < CARD_EDGE * (box[3] - box[1])]
        if any(w.text.endswith(":") for w in row) or "name" in squash(" ".join(w.text for w in row)) or (
                not carded and (any(w.box[2] <= box[0] and not _section_number(w, box) for w in row)
                                or _asks_more(row, box))):
            continue  # a heading opens its row ("Co-borrower on this loan  Edit"); "Applicant  Co-Applicant" heads
            # columns instead, and "Co-borrower (if any):" or "Co-applicant (full name)" asks for a name on its
            # own line (OCR may lose the colon), and "Co-applicant SSN (last four)" is another question
        below = carded or below
        if below:
            label = min(below, key=lambda b: b[1])
            words = value_words(page, label)
            # (not past the next cell's caption on the row: "Full name ____  Q10 SSN - last 4")
            words = words[: next((i for i, w in enumerate(words) if _next_cell(w)), len(words))]
            text = " ".join(w.text for w in words)
            if words and not re.search(r"[^\W_]", text):  # "—": none
                return "", 0.9
            asked = bool(words) and (squash(words[0].text) in label_words() or _no_name(clean_name(text)))
            # not the next label under a blank ("PHONE (651) 555-0182", "Borrower's"), nor its figures alone
            if words and re.search(r"[A-Za-z]", text) and not asked and not label_taken_for_answer(text):
                return read_words(words, page, identity=True)
            if page.method != TextMethod.OCR or ink is None:
                return None
            line = label[3] - label[1]
            # beside it, up to the next cell's caption on the row ("Q10 SSN - last 4" and its boxes: print)
            start = whole_phrase(page, label)[2] + 0.01
            end = min((w.box[0] - 0.005 for w in page.words if same_row(w.box, label) and w.box[0] > start
                       and _next_cell(w)), default=0.97)
            beside = (start, label[1] - 0.3 * line, end, label[3] + 0.3 * line)
            # and under it, where an answer may be written too, down to the next printed row
            right = min(0.97, label[0] + UNDER_WIDTH)
            next_row = min((w.box[1] for w in page.words if w.box[1] > label[3] + 0.2 * line
                            and w.box[0] < right and w.box[2] > label[0]), default=1.0)
            under = (label[0], label[3] + 0.2 * line, right, min(next_row, label[3] + UNDER_LINES * line) - 0.2 * line)
            image = ink.image(page.number, page.rotation)
            written = ink_share(image, beside) > SIGNATURE_INK or (  # a pen's word under it spans some width
                under[3] > under[1] and ink_span(image, under) * image.width > WRITTEN_WIDTH * line * image.height)
            return None if written else ("", 0.9 * page.confidence)
    return None


def _next_cell(word: Word) -> bool:
    """Whether a word opens the next cell on a row: its number ("Q10", "7.") or a caption's word ("SSN")."""
    return squash(word.text) in label_words() or bool(_CELL_NUMBER.fullmatch(word.text))


_CELL_NUMBER = re.compile(r"[A-Z]?\d{1,2}[.)]?")


def _asks_more(row: list[Word], heading: Box) -> bool:
    """Whether a person's heading goes on with another question on its row ("Co-applicant SSN (last four)"),
    not a note or a link ("(if any)", "on this loan  Edit", "(only if another person signed the note)")."""
    after = sorted((w for w in row if w.box[0] >= heading[2]), key=lambda w: w.box[0])
    if after and after[0].text.startswith("("):
        close = next((i for i, w in enumerate(after) if w.text.rstrip(".,:;").endswith(")")), None)
        after = after[close + 1 :] if close is not None else after
    return len(after) > HEADING_NOTE_WORDS or any(re.search(r"\d", w.text) for w in after) \
        or bool(after and squash(after[0].text) in label_words())


HEADING_NOTE_WORDS = 4  # words after a person's heading on its row at the most
CARD_EDGE = 2  # heading heights between a card's heading (or its letter) and its captions' left edge
SECTION_NAME_REACH = 0.08  # page heights under a person's heading the name's label may stand (past a question)
UNDER_WIDTH = 0.45  # page widths under a label a written answer may run
UNDER_LINES = 2.5  # label heights under it


def _section_number(word: Word, heading: Box) -> bool:
    """A section's number before its heading ("2  CO-BORROWER", "PART B - CO-BORROWER"), or OCR's guess at
    one printed white in a black square ("al", "|": taller than the heading's type, unsure or no letters)."""
    tall = word.box[3] - word.box[1] > 1.5 * (heading[3] - heading[1])
    blot = word.confidence < 0.7 or not word.text.isalnum()
    return bool(_SECTION_NUMBER.fullmatch(word.text)) or (tall and blot)


_SECTION_NUMBER = re.compile(r"\d{1,2}[.)]?|part|[A-Z][.)]?|[IVX]{1,4}[.)]?|[-–—:]", re.IGNORECASE)


def _role_row(page: Page, labels: dict[str, Any], ink: InkProbe | None) -> tuple[str, float] | None:
    """The co-borrower's name in a household table of one row per person ("Role | Full legal name | SSN"
    over "Applicant | Dolores E. Whitehorse | ..." and "Co-applicant | ..."): the words of their row under
    the name's column heading, an empty row saying there is none, ink nobody could read saying nothing."""
    if not page.words:
        return None
    heading = first_label(page, labels["borrower_name"])
    if heading is None:
        return None
    line = heading[3] - heading[1]
    following = [w.box[0] for w in row_right_of(page, heading) if w.box[0] > heading[2] + 1.5 * line]
    column = (heading[0] - 0.01, min(following, default=heading[2] + 0.25))
    for box, _, _ in (hit for role in labels["co_borrower_section"] for hit in occurrences(page, role)):
        if not (heading[3] < box[1] < heading[3] + ROLE_ROWS * line and box[2] <= column[0] + 0.01):
            continue
        words = [w for w in page.words if same_row(w.box, box) and column[0] <= w.box[0] < column[1]]
        if words:
            return read_words(words, page, identity=True)
        cell = (column[0], box[1], column[1], box[3])
        if page.method == TextMethod.OCR and ink is not None \
                and ink_share(ink.image(page.number, page.rotation), cell) > SIGNATURE_INK:
            return None  # written there, unread
        return "", 0.9 * (page.confidence if page.method == TextMethod.OCR else 1.0)
    return None


ROLE_ROWS = 8  # heading lines under a household table's heading its co-borrower's row may stand


def _no_co_borrower(pages: list[Page], ink: InkProbe | None, fields: dict[str, Field], ref: Ref) -> None:
    """No co-borrower, said in so many words: "Is there a co-applicant?  No", "No one else is on my loan", or by
    a box marked beside "There is no co-borrower on this loan"."""
    labels = application_labels()
    marked = checked(pages, {"none": labels["no_co_borrower_box"]}, ink)
    if marked is not None and marked[0] == ["none"]:
        page = marked[2]
        fields["co_borrower_name"] = Field(None, round(min(marked[1], 0.95), 3), ref(page.number), page.method)
        return
    for page in pages:
        found = _labelled(page, page.text.splitlines(), ink, labels["co_borrower_question"])
        if found and says_no_one(found[0]):
            fields["co_borrower_name"] = Field(None, round(min(found[1], 0.95), 3), ref(page.number), page.method)
            return


def _named(answer: str, words: dict[str, list[str]]) -> list[str]:
    """The codes whose words a written answer uses, each word whole ("other" is not in "another")."""
    text = folded(answer).lower()
    return [code for code, variants in words.items()
            if any(re.search(rf"(?<![a-z]){re.escape(v.lower())}(?![a-z])", text) for v in variants)]


def _hardships_in_words(pages: list[Page], ink: InkProbe | None, fields: dict[str, Field], ref: Ref) -> None:
    """Hardships written as the answer to their question ("What caused your hardship?  Moved for work",
    "Hardship reason: Pay cut, unemployment"), for forms that print the answer instead of ticking boxes."""
    labels = application_labels()
    for page in pages:
        codes: list[str] = []
        sure = 0.9
        lines = page.text.splitlines()
        options = option_words(labels, "hardship")
        # the question lists its options for the answer to repeat on the line under it
        legend = _written_from_legend(lines, labels["hardship_question"], options)
        if legend:
            sure = _text_sure(page)
            fields["hardship_types"] = Field(legend, round(sure, 3), ref(page.number), page.method)
            return
        if any(_options_follow(lines, question, options) for question in labels["hardship_question"]):
            continue  # the question's options listed a line each under it (a switch beside each): no written answer
        for question in labels["hardship_question"]:  # each asked apart: "Primary hardship", "Secondary ..."
            if _asks_for_ticks(page, question):  # "Reasons for the hardship (tick every reason that applies)":
                continue  # the options printed under it are no written answer
            found = _labelled(page, lines, ink, [question])
            named = _named(found[0], options) if found and found[0].strip() else []
            if named:
                codes += [code for code in named if code not in codes]
                sure = min(sure, found[1])
        if codes:
            fields["hardship_types"] = Field(codes, round(sure, 3), ref(page.number), page.method)
            return


def _occupancy_options(labels: dict[str, Any]) -> dict[str, list[str]]:
    """Each use of the home with the words a written answer names it by."""
    return {code: [*variants, *labels["occupancy_words"].get(code, [])]
            for code, variants in labels["occupancy"].items()}


def _written_from_legend(lines: list[str], questions: list[str], options: dict[str, list[str]]) -> list[str] | None:
    """The options written on the line under a question that lists them for the answer to repeat ("Write
    every one that applies: LOST JOB / LESS INCOME / ..." over "LESS INCOME, DIVORCE OR SEPARATION"): the
    codes named there, [] when nothing is written; None when no question (the first, in the order given,
    that does) lists options. The list may wrap onto lines of its own, its options parted by slashes."""
    found = next((hit for question in questions if (hit := find_label(lines, [question])) is not None
                  and len(_named(lines[hit[0]], options)) >= 2), None)
    if found is None or _MARKED_NOT_WRITTEN.search(lines[found[0]]):
        return None  # ("Circle one: Owner-occupied / Second home / Rental": options to mark, not to write)
    for line in lines[found[0] + 1 : found[0] + LEGEND_LINES]:
        named = _named(line, options)
        if not line.strip() or (named and line.count("/") >= 2):
            continue  # (the legend's next line)
        if _NEXT_QUESTION.match(line):
            return []
        return named
    return []


# an instruction to mark one of the options printed after it, not an answer written in words
_MARKED_NOT_WRITTEN = re.compile(r"\b(?:circle|tick|check)\s+(?:one|all|every|each|any)\b", re.IGNORECASE)
_NOT_A_LETTER = " \t\"'(:-\u2013\u2014"  # what may stand before the instruction ("- Circle one:", "(check one)")
LEGEND_LINES = 6  # lines from a question listing its options to the written answer, past the list's own
_NEXT_QUESTION = re.compile(r"\s*\d{1,2}[.,)]\s+[A-Z]")  # "8. On what date ...": the next numbered question


def _numbers_from_legends(pages: list[Page], fields: dict[str, Field], ref: Ref) -> None:
    """Occupancy and hardships answered by writing numbers or codes from the form's printed legend
    ("Number(s) of every reason that applies: 3, 10"; "H3" under "REASON CODE(S)"), where no box gave them."""
    labels = application_labels()
    words = {"occupancy": _occupancy_options(labels), "hardship": option_words(labels, "hardship")}
    for page in pages:
        lines = page.text.splitlines()
        for index, numbers in ((i, found) for i, line in enumerate(lines)
                               if (found := written_numbers(line, lines[i + 1] if i + 1 < len(lines) else ""))):
            for group, options in words.items():
                name = _GROUP_FIELD[group]
                if name in fields and fields[name].value not in (None, []):
                    continue
                codes = legend_answer(lines, index, numbers, lambda entry, options=options: _named(entry, options))
                if codes and (group == "hardship" or len(codes) == 1):
                    sure = _text_sure(page, 0.9)
                    value: Any = codes if group == "hardship" else codes[0]
                    fields[name] = Field(value, round(sure, 3), ref(page.number), page.method)


def _asks_for_ticks(page: Page, question: str) -> bool:
    """Whether the question asks for its options to be ticked, not for an answer in words: its own words
    or the note in parentheses after them say so (an answer after it may say "check stubs attached")."""
    box = first_label(page, [question]) if page.words else None
    if box is None:
        return False
    asked = [w.text for w in row_words(page, box, right=whole_phrase(page, box)[2] + 0.002, left=box[0])]
    after = row_words(page, whole_phrase(page, box))
    if after and after[0].text.startswith("("):
        note = next((i for i, w in enumerate(after) if ")" in w.text), len(after) - 1)
        asked += [w.text for w in after[: note + 1]]
    return bool(_TICK_WORDS.search(" ".join(asked)))


def _options_follow(lines: list[str], question: str, options: dict[str, list[str]]) -> bool:
    """Whether a question's next lines list its options, a line each (three or more naming one)."""
    found = find_label(lines, [question])
    if found is None:
        return False
    after = lines[found[0] + 1 : found[0] + 1 + LISTED_OPTIONS * 2]
    return sum(bool(_named(line, options)) for line in after) >= LISTED_OPTIONS


LISTED_OPTIONS = 3
_TICK_WORDS = re.compile(r"\b(?:tick|check|mark|circle)\b|\ball that apply|\bthat applies", re.IGNORECASE)
_LEGEND = re.compile(r"\([^)]*\)")  # a written answer's printed legend of the answers it may give


def _occupancy_in_words(pages: list[Page], ink: InkProbe | None, fields: dict[str, Field], ref: Ref) -> None:
    """Occupancy written as the answer to its question ("PROPERTY USE  Investment / rental property"), for
    forms that print the answer instead of ticking a box."""
    labels = application_labels()
    options = _occupancy_options(labels)
    for page in pages:
        lines = page.text.splitlines()
        legend = _written_from_legend(lines, labels["occupancy_question"], options)
        if legend is not None and len(legend) == 1:  # "How is the property used? Write one: PRIMARY RESIDENCE,
            # SECOND HOME, or ..." over its answer
            fields["occupancy"] = Field(legend[0], round(_text_sure(page), 3), ref(page.number), page.method)
            return
        found = _labelled(page, lines, ink, labels["occupancy_question"])
        if not found or not found[0].strip() or _MARKED_NOT_WRITTEN.match(found[0].lstrip(_NOT_A_LETTER)):
            continue  # (nothing written, or the options printed to be circled: "Circle one: Owner / Rental")
        written = _LEGEND.sub(" ", found[0])  # "Primary home (write PRIMARY HOME, SECOND HOME or RENTAL)"
        meaning = _letter_meaning(written)
        if meaning is None and len(letter_entries(written)) >= 2:  # the key printed, its letter in a box
            box = first_label(page, labels["occupancy_question"]) if page.words else None  # off its lines
            hit = find_label(lines, labels["occupancy_question"])
            keys = key_from(lines, hit[0]) if hit else {}
            letter = code_letter_beside(page, box, keys) if box else None
            if letter is None:
                continue  # (the key's words are print, not the answer: "S = second home" chooses nothing)
            meaning = keys[letter]  # (with its note: "our own home (principal residence)")
        written = meaning or written
        answer = squash(written)
        codes = [code for code, variants in labels["occupancy"].items() if any(squash(v) in answer for v in variants)]
        codes = codes or _named(written, labels["occupancy_words"])
        if len(codes) == 1:
            fields["occupancy"] = Field(codes[0], round(found[1], 3), ref(page.number), page.method)
            return


def _letter_meaning(written: str) -> str | None:
    """A letter written before the form's key of letters ("P   P = my primary residence  S = second home
    I = investment"), or after it ("P = primary home, S = second home, I = investment / rental   P"): the
    words its letter stands for; None when the answer is not a keyed letter."""
    keys = letter_entries(written)
    if len(keys) < 2:
        return None
    letter = written[: LETTER_ENTRY.search(written).start()].strip()
    after = re.search(r"\s([A-Z])$", written.rstrip()) if not letter else None
    if after:  # (the last entry runs on to it)
        letter = after[1]
        last = list(keys)[-1]
        keys[last] = keys[last].rstrip()[:-1]
    return keys.get(letter) if len(letter) == 1 else None


_YES_NO = re.compile(r"(?<![A-Za-z])yes(?![A-Za-z])(?P<between>.*?)(?<![A-Za-z])no(?![A-Za-z])", re.IGNORECASE)
_MARK_ON_BLANK = re.compile(r"(?<![A-Za-z])[xX][xXe]?(?![A-Za-z])|[☒☑✓✔]")
# the question's own mark, then its one letter (not a printed key "Y / N" or "Y  N" to circle one)
_TYPED_LETTER = re.compile(r"[^?\n]*\?\s*([YN])(?![\w/])(?!\s*[/|]?\s*[YN]\b)")


def _yes_or_no(after: str) -> bool | None:
    """A question's answer marked on one of its "Yes" / "No" blanks ("_X_ Yes  ___ No", "Yes  X No"), or
    typed as a letter in a small box right after the question ("primary residence? Y")."""
    typed = _TYPED_LETTER.match(after)
    if typed:
        return typed.group(1).upper() == "Y"
    found = _YES_NO.search(after)
    if not found:
        return None
    yes = bool(_MARK_ON_BLANK.search(after[: found.start()][-6:]))
    no = bool(_MARK_ON_BLANK.search(found.group("between")))
    return yes if yes != no else None


def _occupancy_by_questions(pages: list[Page], fields: dict[str, Field], ref: Ref, ink: InkProbe | None) -> None:
    """Occupancy asked as one Yes/No question per use ("Do you live in this home?", "Is it rented out?"):
    the one use answered Yes, marked on a blank or circled, or the one left unread when every other use is
    answered No. A scan's marks are as sure as its OCR only when every question has its answer."""
    questions = application_labels()["occupancy_questions"]
    for page in pages:
        lines = page.text.splitlines()
        answers: dict[str, bool | None] = {}
        for code, variants in questions.items():
            found = find_label(lines, variants)
            if found is not None:
                answers[code] = _yes_or_no(lines[found[0]][found[1]:])
            if answers.get(code) is None and ink is not None and page.words:
                box = first_label(page, variants)
                if box is not None:
                    answer, asked = circled_answer(page, ink.image(page.number, page.rotation), box)
                    if asked:
                        answers[code] = answer
        chosen = [code for code, yes in answers.items() if yes]
        unread = [code for code, yes in answers.items() if yes is None]
        if not chosen and len(unread) == 1 and len(answers) >= 3:  # every other use answered No
            chosen = unread
        if len(answers) >= 2 and not chosen and len(unread) == len(answers) and "occupancy" not in fields:
            # asked, and no answer read (a fax's boxes): for a person to read, not a blank answer
            fields["occupancy"] = Field(None, UNREADABLE, ref(page.number), page.method)
        # (or the home's one question, "Is the property your principal residence?", answered Yes)
        alone = answers == {"primary_residence": True}
        if (len(answers) < 2 and not alone) or len(chosen) != 1:
            continue
        whole = None not in answers.values()  # a use taken as the one not answered No is for a person to confirm
        sure = _text_sure(page, 0.9) if whole else 0.5
        fields["occupancy"] = Field(chosen[0], round(sure, 3), ref(page.number), page.method)
        return


NO_ZIP = 0.5  # a property address read without its ZIP code, or a sentence for its street: for a person to check
COLUMN_DATE = 0.9  # a date taken from under a column's caption, not beside a question of its own
COLUMN_ROWS = 30  # caption lines down a column its dates may stand (a row per reason, ten reasons)


def _under_hardship_heading(page: Page, lines: list[str], ink: InkProbe | None, variants: list[str]
                            ) -> tuple[str, float] | None:
    """A date's bare caption ("It began on", "Began on") right under the hardship part's heading ("4
    HARDSHIP"), or under its boxes, the first heading in capitals over it the hardship part's ("6 YOUR
    HARDSHIP"): the hardship's start, where on its own it might be a job's."""
    if not page.words:
        return None
    for variant in variants:
        for box, _, _ in occurrences(page, variant):
            line = box[3] - box[1]
            above = [w for w in page.words if box[1] - HEADING_OVER * line <= w.box[3] <= box[1] - 0.1 * line]
            nearest = max(above, key=lambda w: w.box[3], default=None)
            heading = [w for w in above if nearest is not None and same_row(w.box, nearest.box)]
            if (len(heading) <= HEADING_WORDS and any(squash(w.text) == "hardship" for w in heading)) \
                    or _in_hardship_part(page, box):
                return _labelled(page, lines, ink, [variant])
    return None


HEADING_OVER = 3.0  # caption heights over a caption its part's heading stands at the most
HEADING_WORDS = 3  # words of a part's heading ("4 HARDSHIP", "Part C Hardship") at the most
PART_OVER = 0.2  # page heights over a caption the heading of the part it is in may stand


def _in_hardship_part(page: Page, box: Box) -> bool:
    """Whether the nearest short row with a word in capitals over the caption ("6 YOUR HARDSHIP", a scan's
    "© your HARDSHIP"), within the part's reach, is the hardship part's heading."""
    line = box[3] - box[1]
    over = text_rows(w for w in page.words if box[1] - PART_OVER <= w.box[3] <= box[1] - 0.1 * line)
    for row in reversed(over):
        if len(row) <= HEADING_WORDS and any(w.text.isalpha() and w.text.isupper() and len(w.text) > 3 for w in row):
            return any(squash(w.text) == "hardship" for w in row)
    return False


def _date_under(page: Page, labels: dict[str, Any]) -> tuple[date, float] | None:
    """The hardship's start date written under its caption in a header row of captions ("Hardship began
    (mm/dd/yyyy) | Short-term ... | Long-term ..." over "02/09/2037   X")."""
    box = first_label(page, labels["hardship_start_date"]) if page.words else None
    phrase = whole_phrase(page, box) if box is not None else None
    words = words_below(page, phrase) if phrase is not None else []
    # a date opens the row, under the caption itself ("02/09/2037", "Jul 24, 2029"; not "Last payment
    # 01/01/2037" on the row below)
    opens = bool(words) and phrase[0] - 0.01 <= words[0].box[0] < phrase[2] and (
        words[0].text[:1].isdigit() or words[0].text.lower().rstrip(".") in MONTHS)
    when = first_date(" ".join(w.text for w in words[:3])) if opens else None
    return (when, read_words(words[:3], page)[1]) if when is not None else None


def _dates_under_caption(page: Page, variants: list[str]) -> list[date]:
    """The dates written down the column a caption heads ("What happened | Date it began" over a row per
    reason): each row's words that stand under the caption."""
    box = first_label(page, variants)
    if box is None:
        return []
    line = box[3] - box[1]
    under = [w for w in page.words if box[3] < w.box[1] <= box[3] + COLUMN_ROWS * line
             and box[0] - line <= (w.box[0] + w.box[2]) / 2 <= box[2] + line]
    return [when for w in under if (when := first_date(w.text)) is not None]


def _cell_text(page: Page, label: Box) -> str:
    """What is written right of a label on its row, less the row's other labels' words and the item numbers
    before them ("Kennewick  203 State WA  204 ZIP 99337")."""
    row = [w.text for w in row_words(page, label) if re.search(r"\w", w.text)]  # no cell's sides ("|")
    # captions in capitals beside it ("CITY Ocean City STATE MD"): a label's word otherwise set is the answer's
    capitals = all(w.text.isupper() for w in page.words if inside(w.box, label) and re.search(r"[A-Za-z]", w.text))
    labelled = [text.endswith(":") or (squash(text) in label_words() and (text.isupper() or not capitals))
                for text in row]
    # (a caption's joining word between its words is the caption's, "TOWN, STATE AND ZIP CODE"; not the answer
    # after a caption's colon, "State: OR ZIP code:")
    labelled = [off or (text.lower() in _JOINERS and 0 < i < len(row) - 1 and labelled[i - 1]
                        and not row[i - 1].endswith(":") and labelled[i + 1])
                for i, (text, off) in enumerate(zip(row, labelled, strict=True))]
    numbered = [bool(_ITEM_NUMBER.fullmatch(text)) and i + 1 < len(row) and labelled[i + 1]
                for i, text in enumerate(row)]
    return " ".join(text for text, off, number in zip(row, labelled, numbered, strict=True)
                    if not off and not number).strip(" _|")


def _cell_under(page: Page, variants: list[str], row: Box) -> tuple[float, float] | None:
    """Left and right edges of the column a caption on `row`'s line heads, up to the next caption."""
    caption = next(iter(labels_on_row(page, variants, row)), None)
    if caption is None:
        return None
    following = [w.box[0] for w in page.words if same_row(w.box, caption) and w.box[0] > caption[2] + 0.005]
    return caption[0] - 0.005, min(following, default=1.0) - 0.005


_GLUED_ZIP = re.compile(r"\b([A-Z]{2})(\d{5}(?:-\d{4})?)\b")  # "WI54524"
# after a street's name, not a unit's ("Unit P1")
_PLACE_MISREAD = re.compile(r"(?<=[A-Za-z] )(?<!unit )(?<!apt )(?<!apt\. )(?<!ste )(?<!suite )(?<!lot )(?<!bldg )"
                            r"(?<!# )P[I1|i](?=,|\s|$)", re.IGNORECASE)
_STATE_MISREAD = re.compile(r"(?<=\s)[|l1](?=[ADLN],?\s*\d{5}(?:-\d{4})?$)")  # "|A 52237": IA, ID, IL, IN
_ITEM_NUMBER = re.compile(r"[A-Z]?\d{1,3}[.)]?")  # a form's number for its next question ("12.", "B3"), no town's
_STATE_FIRST = re.compile(r"[A-Z]{2}\s+\S")  # a state's two letters, a printed note after them


def _address_parts(page: Page, city: Box) -> str:
    """City, state and ZIP code each asked by a caption of its own near the one before, in any arrangement
    ("CITY  STATE  ZIP" over their answers, "City* Bozeman  State* MT" over "ZIP Code* 59779", each on a
    row of its own), each answered right of its caption up to the next one, or under it when nothing is
    right of it."""
    labels = application_labels()
    line = city[3] - city[1]

    def caption(key: str, near: Box) -> Box | None:  # the nearest: a question's own words may name them too
        found = [box for variant in labels[key] for box, _, _ in occurrences(page, variant)
                 if near[1] - line <= box[1] <= near[3] + PARTS_APART * line and box[:2] != city[:2]]
        return min(found, key=lambda box: (abs(box[1] - near[1]) > 0.5 * line, abs(box[0] - near[2])), default=None)

    state = caption("state_label", city)
    zip_code = caption("zip_label", state or city)
    if zip_code is None:
        return ""
    if state is not None and _one_question(page, city, state, zip_code):  # "In what city or town, state and ZIP
        # code is the home?": one answer to all, on the line under the question
        start = min(w.box[0] for w in page.words if same_row(w.box, city) and w.box[0] <= city[0])
        below = words_below(page, (start, city[1], zip_code[2], city[3]))
        return _through_zip(" ".join(w.text for w in _not_border(below)))
    captions = [box for box in (city, state, zip_code, caption("county_label", city)) if box is not None]

    def right_of(box: Box) -> str:
        stop = min((other[0] for other in captions if same_row(other, box) and other[0] > box[2]), default=1.0)
        return " ".join(w.text for w in _not_border(row_words(page, box, right=stop))
                        if squash(w.text) not in label_words())

    def under(box: Box) -> str:  # from the caption's box's letter too ("i City")
        return " ".join(w.text for w in _not_border(words_below(page, (whole_phrase(page, box)[0], *box[1:]))))

    def over(box: Box) -> str:
        found = answer_above(page, box)
        if not found and box == state:  # a state's two capitals over its caption, printed as small as one
            found = [w for w in page.words if re.fullmatch(r"[A-Z]{2}", w.text) and w.box[3] <= box[1]
                     and box[1] - w.box[3] < STATE_OVER * line and w.box[0] < box[2] and w.box[2] > box[0]]
        return " ".join(w.text for w in _not_border(found))

    # over the captions on a form that prints its captions under their answers; else right of them, or under
    # them (what is right of them then being another panel's prose)
    for read in ((over,) if captions_under(page) else (right_of, under)):
        zipped = _ZIP.search(read(zip_code))
        if zipped is not None:
            town, region = read(city), read(state) if state is not None else ""
            if not town and read is right_of:  # "... in the city or town of" / "Ondaga, State NY, ZIP code 13204"
                town = " ".join(w.text for w in sentence_runs_on(page, city)).strip(",")
            region = region[:2] if _STATE_FIRST.match(region) else region  # "CO  2-letter abbreviation"
            if region in _JOINERS or not region:  # one caption for both, "State and ZIP code": its answer
                # "ME 04079" ("OR" is Oregon: a joiner is lower-case); or the state written over the ZIP's caption
                region = read(zip_code)[: zipped.start()].strip()
            return ", ".join(part for part in (town, f"{region} {zipped[0]}".strip()) if part).strip(" _|*")
    return ""


STATE_OVER = 3.0  # caption heights over a state's caption its answer may stand
PARTS_APART = 10  # caption heights under the city's caption the state's may stand (each caption over its answer)


def _through_zip(text: str) -> str:
    """An address's rest up to its ZIP code, "" without one: no address goes on past it (the next panel's
    caption does, "21740 HARDSHIP BEGAN (MM/DD/YYYY)")."""
    zipped = _ZIP.search(text)
    return text[: zipped.end()] if zipped else ""


def _one_question(page: Page, *captions: Box) -> bool:
    """Whether captions are words of one question: on one row a few words apart, the row asking ("... is the
    home?"); a row of captions over their cells ("CITY  STATE  ZIP") asks nothing."""
    line = captions[0][3] - captions[0][1]
    asks = any(w.text.endswith("?") for w in page.words
               if same_row(w.box, captions[-1]) and w.box[0] >= captions[-1][0])
    return asks and all(same_row(a, b) and 0 <= b[0] - a[2] < PHRASE_WORDS * line for a, b in pairwise(captions))


PHRASE_WORDS = 4.0  # caption heights between two words of one question at the most
_JOINERS = frozenset(("and", "&", "/", "or", "+"))


def _not_border(words: list[Word]) -> list[Word]:
    """A cell's border read as a stray figure or mark, unsure of it, is not part of the answer (a state's
    two letters, however unsure, are)."""
    return [w for w in words if squash(w.text) and (len(w.text) > 2 or w.confidence >= SURE_SHORT_WORD
                                                    or re.search(r"[A-Za-z]", w.text))]


CITY_UNDER = 6  # label heights under the street's answer the city's caption may stand (a card's roomy captions)
_LABEL_RUNS_ON = re.compile(r"^(?:[a-z]+ )+(?=[A-Z\d])")  # lower-case words before a place's name or a number


def _address_continued(page: Page, variants: list[str]) -> str:
    """The city, state and ZIP an address continues with: labelled on a line of their own ("City, State,
    ZIP"), in the cells beside the street's under a header row ("Street address  City  State  ZIP"), or
    on the line under its answer."""
    labels = application_labels()
    box = first_label(page, variants)
    if box is None or not page.words:
        return ""
    found = next((hit for variant in labels["city_state_zip"] for hit in occurrences(page, variant)), None)
    if found is not None and not captions_under(page):  # (there each part's caption is read over on its own)
        city, start, end = found
        # a form filled in an editor puts answers inside the label's span: "City: Muncie  State: IN  Zip Code: 47391"
        inside = [w for w in page.words if same_row(w.box, city) and city[0] < (w.box[0] + w.box[2]) / 2 < city[2]
                  and city[1] <= (w.box[1] + w.box[3]) / 2 <= city[3] and w not in page.words[start:end]]
        text = " ".join(w.text for w in [*inside, *value_words(page, city)]).strip(" _|")
        text = _LABEL_RUNS_ON.sub("", text)  # the label's own last words: "... ZIP code of the property Beaufort"
        if _ZIP.search(text):
            return _through_zip(text)
    street = words_below(page, whole_phrase(page, box))
    # the city's caption heads a cell of the label's row, or comes under the street's answer (under the
    # label when the street is beside it)
    lowest = max([box[3], *(w.box[3] for w in street)]) + CITY_UNDER * (box[3] - box[1])
    for city in (hit[0] for variant in labels["city_label"] for hit in occurrences(page, variant)):
        if box[3] <= city[1] <= lowest or (same_row(city, box) and city[0] > box[2]):  # "City: Yakima  State: WA"
            text = _cell_text(page, city)
            if _ZIP.search(text):
                return _through_zip(text)
            parts = _address_parts(page, city)
            if parts:
                return parts
    if street:  # the cells right of the street's, on its row, less the county's (no part of a postal address)
        county = _cell_under(page, labels["county_label"], box)
        rest = sorted((w for w in page.words if w.box[0] > street[-1].box[2] and same_row(w.box, street[0].box)
                       and not (county and county[0] <= (w.box[0] + w.box[2]) / 2 < county[1])),
                      key=lambda w: w.box[0])
        text = " ".join(w.text for w in rest).strip(" _|?")
        if _ZIP.search(text):
            return text
    value = value_words(page, box)
    if not value:
        return ""
    start = box_of(value)
    # under the label and its answer, or, in a table's answer cell, under the answer alone (the label's cell
    # holding the next label under it: "Address . . . . | 1418 Wexford Lane" / "| Allentown, PA 18104")
    for edge in (box[0], start[0]):
        under = words_below(page, (edge, start[1], start[2], start[3]))
        text = " ".join(w.text for w in under).strip(" _|")
        if _ZIP.search(text):
            return text
    return ""


def _from_text(pages: list[Page], ref: Ref, ink: InkProbe | None) -> dict[str, Field]:
    labels = application_labels()
    fields: dict[str, Field] = {}
    for page in pages:
        lines = page.text.splitlines()

        def put(name: str, value: Any, confidence: float, page: Page = page) -> None:
            if name not in fields or (fields[name].value in (None, []) and value not in (None, [])):
                fields[name] = Field(value, round(confidence, 3), ref(page.number), page.method)

        found = _labelled(page, lines, ink, labels["loan_number"], identity=True)
        if found and not _leading_number(found[0]) and len(_leading_number(_past_qualifier(found[0]))) >= 6:
            found = _past_qualifier(found[0]), found[1]  # "Mortgage loan number with this bank 4400718823"
        if found and not re.search(r"\d", found[0]) and page.words:  # the label's note on its row ("with
            found = _number_under(page, labels["loan_number"]) or found  # Pinecrest (shown on your ...)"), under it
        phone = bool(found and _PHONE.match(found[0].lstrip(" _|:")))  # the letterhead's, on a tilted scan's row
        if found and (phone or not _leading_number(found[0])) and page.words:  # (or "A2 People in household")
            found = _number_off_row(page, labels["loan_number"]) \
                or _later_number(page, labels["loan_number"], found[0]) or (("", found[1]) if phone else found)
        if found:
            raw = _leading_number(found[0]) or re.sub(r"[\s-]", "", found[0].split("  ")[0])[:20].rstrip(".,;:|")
            digits = re.sub(r"\D", "", raw.translate(_OCR_DIGITS))
            valid = 6 <= len(digits) <= 15
            # letters OCR may have made of digits, or a number too short or long for a loan number, are a
            # misread to check, not a blank
            sure = (raw.isdigit() and valid) or not raw
            put("loan_number", digits if valid else None, found[1] if sure else found[1] * 0.5)
        renewed = _new_loan_number(lines, labels["new_loan_number"])
        if renewed:  # written in for a loan transferred since the form was printed
            fields["loan_number"] = Field(renewed, round(_text_sure(page), 3), ref(page.number), page.method)
        split = person_columns(page) if page.words else None
        if "borrower_name" not in fields:  # both names from the page that has the borrower's
            for name in ("borrower_name", "co_borrower_name"):
                found = _labelled(page, lines, ink, labels[name], identity=True)
                if found:  # (the form's note after the blank is no part of the name)
                    found = (_FORM_NOTE.split(found[0])[0], found[1])
                if found and (label_taken_for_answer(clean_name(found[0])) or _no_name(clean_name(found[0]))):
                    # the next question's label, a caption or prose: for a person, unless the cell
                    # between the label and the next is clean paper (a blank answer)
                    put(name, None, BLANK_CELL if _clean_cell(page, labels[name], ink) else UNREADABLE)
                elif found:
                    put(name, clean_name(found[0]) or None, found[1])
            if split is not None and "borrower_name" in fields:  # one question, a column per person
                for name, second in (("borrower_name", False), ("co_borrower_name", True)):
                    found = _labelled(page, lines, ink, labels["borrower_name"], True, (split, second))
                    if found:
                        named = not _no_name(clean_name(found[0]))  # prose: for a person
                        fields[name] = Field(clean_name(found[0]) if named else None,
                                             round(found[1] if named else UNREADABLE, 3), ref(page.number),
                                             page.method)
            unnamed = "borrower_name" not in fields or fields["borrower_name"].value is None  # (or a bare "Borrower:"
            # OCR made of an option's "borrower / earner" named no one)
            if split is not None and unnamed and (row := _name_row(page, labels, split)):
                for name, second in (("borrower_name", False), ("co_borrower_name", True)):
                    text, sure = read_words(in_column(without_label_note(row_words(page, row)), split, second), page,
                                            identity=True)
                    written = clean_name(text)
                    if _no_name(written):  # prose or a caption's words: for a person
                        put(name, None, UNREADABLE)
                    else:
                        put(name, written or None, sure)
            if "borrower_name" in fields and "co_borrower_name" not in fields:
                found = _co_borrower_section(page, labels, ink) or _role_row(page, labels, ink)
                if found:
                    put("co_borrower_name", clean_name(found[0]), found[1])
        found = _labelled(page, lines, ink, labels["ssn"], True, (split, False))
        if found:
            digits = re.sub(r"\D", "", _first_figure(found[0]))
            put("ssn_last4", digits[-4:] if len(digits) >= 4 else None, found[1] * (1.0 if len(digits) >= 4 else 0.7))
        found = _labelled(page, lines, ink, labels["property_address"], identity=True)
        if found:
            # the rest of a longer label ("Street address of the home 12 Elm St") is lower-case; a street is not
            address = re.sub(r"^(?:[a-z]+:? )+(?=\d)", "", re.sub(r"\s+", " ", found[0].strip(" _|,")))
            if page.method == TextMethod.OCR:  # OCR reads a street's "Pl" (place) as "PI" or "P1", and runs a
                address = _STATE_MISREAD.sub("I", address)  # an "I" opening a state before its ZIP as "|",
                address = _GLUED_ZIP.sub(r"\1 \2", _PLACE_MISREAD.sub("Pl", address))  # a state run into its ZIP
            asked, confidence = labels["property_address"], found[1]
            if _says_same(address):  # "Same": the mailing address's answer, read as the property's would be
                mailing = _labelled(page, lines, ink, labels["mailing_address"], identity=True)
                asked = labels["mailing_address"]
                address, confidence = (mailing[0].strip(" _|"), min(confidence, mailing[1])) if mailing else ("", 0.0)
                if _says_same(address):  # the "mailing address" found was the property label's own note
                    address, confidence = "", 0.0
            more = _address_continued(page, asked) if address and not _STREET_ZIP.search(address) else ""
            whole = ", ".join(p for p in (address, more) if p)
            if whole and not _STREET_ZIP.search(whole):  # no ZIP code found for it: a street cut short, or wrong words
                confidence = min(confidence, NO_ZIP)
            prose = sum(squash(w) in labels["address_prose_words"] for w in whole.split(",")[0].split())
            if prose >= 2 or not re.search(r"[A-Za-z]{2}", whole):  # a sentence taken for the street ("10 our
                confidence = min(confidence, NO_ZIP)  # escrow went up 310 a month"), or a figure alone: no street
            put("property_address", whole or None, confidence)
        found = _labelled(page, lines, ink, labels["hardship_start_date"]) \
            or _under_hardship_heading(page, lines, ink, labels["hardship_section_date"])
        if found:
            written = re.sub(r"(?<=\d)\s*\|\s*(?=\d)", "", found[0])  # a comb's box sides: "03/09/2|027"
            # (the date as written first: a form's line-number box before it is no comb's, "12| 01/01/2046")
            when = first_date(found[0]) or first_date(written) or month_start(written) or boxed_date(written)
            confidence = found[1]
            if when is None and not _DATE_SHAPED.search(found[0]) and (under := _date_under(page, labels)):
                when, confidence = under  # a row of captions read as its answer: the date is under its own
            if when is None and _DATE_SHAPED.search(found[0]):  # a date, but no date ("92/08/2025": a misread
                confidence = UNREADABLE  # digit) is for a person to read, not a blank
            elif when is None and not re.search(r"\d", found[0]):  # words, no figure: the next question's
                confidence = max(confidence, page.confidence)
                column = _dates_under_caption(page, labels["hardship_start_date"])
                if column:  # a column captioned "Date it began" beside each reason: the hardship's first
                    when, confidence = min(column), min(page.confidence, COLUMN_DATE)
            put("hardship_start_date", when, confidence)
        _income_lines(page, lines, fields, ref, ink, split)
        _income_table(page, fields, ref)
        _coded_income(page, lines, fields, ref)
    if ink is not None:
        _from_blanks(pages, ink, fields, ref)
    for group, name in _GROUP_FIELD.items():
        words = labels.get(f"{group}_words")  # hardship_words, occupancy_words
        chosen = checked(pages, labels[group], ink, words if group == "hardship" else None, words)
        if chosen is not None:
            codes, confidence, page = chosen
            value: Any = codes if group == "hardship" else (codes[0] if len(codes) == 1 else None)
            fields[name] = Field(value, round(confidence, 3), ref(page.number), page.method)
    for group in ("hardship", "occupancy"):  # each option answered Yes or No in words: no boxes to read
        said = answered(pages, labels[group], labels[f"{group}_words"], ink)
        name = _GROUP_FIELD[group]
        held = fields.get(name)
        if said is None or (group == "occupancy" and (len(said[0]) != 1 or (held and held.value is not None))):
            continue  # one use of the home, where its boxes said none
        value = said[0] if group == "hardship" else said[0][0]
        fields[name] = Field(value, round(said[1], 3), ref(said[3].number), said[3].method)
    _numbers_from_legends(pages, fields, ref)
    if not (fields.get("hardship_types") and fields["hardship_types"].value):
        _hardships_in_words(pages, ink, fields, ref)
    occupancy = fields.get("occupancy")
    # boxes seen and none ticked: the options' print is no written answer; options printed with no box
    # beside them may be the legend of one ("Primary home (write PRIMARY HOME, SECOND HOME or RENTAL)")
    if occupancy is None or (occupancy.value is None and occupancy.confidence <= UNMARKED):
        _occupancy_in_words(pages, ink, fields, ref)
    if fields.get("occupancy") is None or fields["occupancy"].value is None:
        _occupancy_by_questions(pages, fields, ref, ink)
    names_by_row_caption(pages, fields, ref)
    names_in_parts(pages, fields, ref)
    if "co_borrower_name" not in fields and "borrower_name" in fields:  # the co-borrower's part on a sheet
        for page in pages:  # of its own, after the borrower's ("PART B - CO-BORROWER" / "FULL LEGAL NAME")
            found = _co_borrower_section(page, labels, ink)
            if found:
                fields["co_borrower_name"] = Field(clean_name(found[0]) or None, round(found[1], 3),
                                                   ref(page.number), page.method)
                break
    blank = fields.get("co_borrower_name")
    if blank is None or (blank.value is None and blank.confidence > UNREADABLE):  # (no name: said so, or not)
        _no_co_borrower(pages, ink, fields, ref)
    fields.setdefault("co_borrower_name", Field(None, 0.6, ref(pages[0].number), pages[0].method))
    _given_names_first(fields)
    return fields


def _given_names_first(fields: dict[str, Field]) -> None:
    """Names written surname first ("KOWALCZYK, STANLEY J" under "NAME (LAST, FIRST, MI)") in the order
    people write them; only where whole words stand either side of the comma, no comma OCR made of a point or
    a speck ("LORETTA M, BITTNER", "Claudia, T. Larson")."""
    for name in ("borrower_name", "co_borrower_name"):
        found = fields.get(name)
        value = found.value if found is not None and isinstance(found.value, str) else ""
        surname, _, given = value.partition(",")
        around = surname.split()[-1:] + given.split()[:1]
        if found is not None and len(around) == 2 and all(len(word.strip(".")) > 1 for word in around):
            fields[name] = dataclasses.replace(found, value=surname_last(value))


def _from_blanks(pages: list[Page], ink: InkProbe, fields: dict[str, Field], ref: Ref) -> None:
    """A form of sentences with blanks: the borrower's name and the home's address read off the blanks'
    captions ("full name"; "street", "city", "state", "ZIP"), where no label gave them."""
    for page in pages:
        blanks = captioned_blanks(page, ink)
        name = fields.get("borrower_name")
        text, sure = blanks.get("borrower_name", ("", 0.0))
        # (a blank read empty does not overrule a label's answer that was there but no name)
        if "borrower_name" in blanks and (name is None or (name.value is None and clean_name(text))):
            fields["borrower_name"] = Field(clean_name(text) or None, round(sure, 3), ref(page.number), page.method)
        address = fields.get("property_address")
        if {"street", "city", "zip"} <= blanks.keys() and (address is None or address.value is None):
            street, city, state, zip_code = (blanks.get(part, ("", 1.0)) for part in ("street", "city", "state", "zip"))
            whole = f"{street[0]}, {city[0]}, {f'{state[0]} ' if state[0] else ''}{zip_code[0]}"
            sure = min(street[1], city[1], state[1], zip_code[1])
            if street[0] and _STREET_ZIP.search(whole):
                fields["property_address"] = Field(whole, round(sure, 3), ref(page.number), page.method)
        if blanks:
            return


# --- income lines ----------------------------------------------------------------------------------


def _income_lines(page: Page, lines: list[str], fields: dict[str, Field], ref: Ref, ink: InkProbe | None,
                  split: float | None = None) -> None:
    """Monthly income and asset lines; several lines of one code add up (wages and overtime). An income
    line whose amount is ink OCR could not read is an unknown amount, for a clerk to read, and so is a
    total summed from it."""
    labels = application_labels()
    read: list[tuple[str, Decimal, float]] = []  # each income line's own amount, before lines of a code add up
    for group in ("income", "assets"):
        used: set[Any] = set()  # a line and its amount count once, whichever of its label variants matched
        for code, variants in labels[group].items():
            for variant in variants:
                found = _line_amount(page, lines, variant, used, ink, split=split)
                if found is None or (found[0] is None and group != "income"):
                    continue
                key = f"{group}.{code}"
                amount, confidence = found
                if group == "income" and amount is not None:
                    read.append((key, amount, confidence))
                if key in fields:  # another line of the same code
                    previous = fields[key]
                    amount = None if amount is None and previous.value is None else \
                        (amount or Decimal(0)) + (previous.value or Decimal(0))
                    confidence = min(confidence, previous.confidence)
                fields[key] = Field(amount, round(confidence, 3), ref(page.number), page.method)
    found = _line_amount(page, lines, labels["income_total"][0], set(), ink, labels["income_total"], split,
                         total=True)
    if found and (found[0] is not None or "income.total" not in fields):  # a total read stays read
        fields["income.total"] = Field(found[0], round(found[1], 3), ref(page.number), page.method)
    total = fields.get("income.total")
    if total is not None and total.value is not None:
        _part_of_its_line(read, total.value, fields)
    # on the page that offers a line per year at all, against its own total (a line unread beside a set that
    # makes the total to the cent is $0)
    asks_yearly = _PER_YEAR.search(page.text) is not None
    yearly = _yearly_lines([amount for _, amount, _ in read], total.value) if total and total.value \
        and asks_yearly and total.source.page == page.number else None
    if yearly:  # each line "per month" or "per year", the total by the month: the yearly ones are twelfths
        for key in {key for key, _, _ in read}:
            mine = [(i, amount, sure) for i, (k, amount, sure) in enumerate(read) if k == key]
            fields[key] = Field(sum((_twelfth(amount) if i in yearly else amount for i, amount, _ in mine), Decimal(0)),
                                round(min(min(sure for _, _, sure in mine), YEARLY_RECKONED), 3), ref(page.number),
                                page.method)


def _part_of_its_line(read: list[tuple[str, Decimal, float]], total: Decimal, fields: dict[str, Field]) -> None:
    """Two lines of one kind that the form's total counts once: "Gross rents received 1,100.00" beside "Net
    rental income (line 6a less 6b) 1,015.00". Where leaving one of a kind's lines out makes the lines add
    up to the total to the cent, and keeping it does not, it is a figure the form works its line from."""
    lines = {key: value.value for key, value in fields.items()
             if key.startswith("income.") and key != "income.total" and isinstance(value.value, Decimal)}
    summed = sum(lines.values(), Decimal(0))
    if summed == total:
        return
    for index, (key, amount, _) in enumerate(read):
        if sum(1 for k, _, _ in read if k == key) > 1 and summed - amount == total:
            fields[key] = dataclasses.replace(fields[key], value=fields[key].value - amount)
            del read[index]
            return


CENT = Decimal("0.01")
_ZERO = re.compile(r"\$?0+(?:[.,]0+)?")
_PER_YEAR = re.compile(r"per\s+year|yearly|annual", re.IGNORECASE)
YEARLY_RECKONED = 0.9  # a line taken as a yearly amount because its twelfth makes the printed total add up
YEARLY_MAX_LINES = 8  # more income lines than this are not tried as yearly sets (2**8 sums at most)


def _twelfth(amount: Decimal) -> Decimal:
    return (amount / 12).quantize(CENT, ROUND_HALF_UP)


def _yearly_lines(amounts: list[Decimal], total: Decimal) -> set[int] | None:
    """Which lines are yearly amounts on a form that asks for each line per month or per year and totals
    by the month: the one set of them whose twelfths, with the other lines, make the printed total to the
    cent. None when the lines add up as read, or no set or more than one does."""
    if not amounts or len(amounts) > YEARLY_MAX_LINES or sum(amounts, Decimal(0)) == total:
        return None
    fits = [set(chosen) for size in range(1, len(amounts) + 1) for chosen in combinations(range(len(amounts)), size)
            if abs(sum((_twelfth(a) if i in chosen else a for i, a in enumerate(amounts)), Decimal(0)) - total)
            <= CENT * size]
    return fits[0] if len(fits) == 1 else None


def _income_table(page: Page, fields: dict[str, Field], ref: Ref) -> None:
    """A table of a row per person and a column per kind of income: its columns are the income lines
    (the lines "found" by their kinds' words in its captions are no lines)."""
    found = income_by_person_rows(page) if page.words else None
    if found is None:
        return
    amounts, total, sure = found
    for key in [k for k in fields if k.startswith("income.")]:
        del fields[key]
    for kind, amount in amounts.items():
        fields[f"income.{kind}"] = Field(amount, round(sure, 3), ref(page.number), page.method)
    if total is not None:
        fields["income.total"] = Field(total, round(sure, 3), ref(page.number), page.method)


def _coded_income(page: Page, lines: list[str], fields: dict[str, Field], ref: Ref) -> None:
    """A table of income rows coded by a printed legend ("W = wages ..."): its rows are the income lines
    (the legend's own words "found" as lines are none); its printed total stands where its figures say the
    rows' sum, else the total read stays to be checked against them."""
    found = coded_income(lines)
    if found is None:
        return
    amounts, total = found
    sure = _text_sure(page, 0.9)
    for key in [k for k in fields if k.startswith("income.") and k != "income.total"]:
        del fields[key]
    for kind, amount in amounts.items():
        fields[f"income.{kind}"] = Field(amount, round(sure, 3), ref(page.number), page.method)
    if total is not None:
        fields["income.total"] = Field(total, round(sure, 3), ref(page.number), page.method)


def _blank_over(page: Page, label: Box) -> bool:
    """Whether a dollar sign's blank stands right over the label's start, unfilled: the form prints its
    captions under their amounts, and the amount under this caption is the next line's; not when a "$"
    stands right under it too, nor when the "$" stands nearer the caption over it (each caption over its
    amount, the one over it a blank line's)."""
    line = label[3] - label[1]

    def dollars(top: float, bottom: float, edge: int = 3) -> list[Word]:  # (by the sign's bottom, or its top)
        return [w for w in page.words if w.text == "$" and top <= w.box[edge] <= bottom
                and abs(w.box[0] - label[0]) < DOLLAR_OVER * line]

    def nearer_the_caption_over(sign: Word) -> bool:  # the blank of the caption right over it
        over = [w.box[3] for w in page.words if sign.box[1] - DOLLAR_OVER * line <= w.box[3] < sign.box[1]
                and w.box[0] < label[2] and w.box[2] > label[0] and re.search(r"[A-Za-z]{2}", w.text)]
        return bool(over) and sign.box[1] - max(over) < label[1] - sign.box[3]

    over = [sign for sign in dollars(label[1] - DOLLAR_OVER * line, label[1]) if not nearer_the_caption_over(sign)]
    if not over:
        return False
    # (under the caption's last line, where it wraps: "D4 Taxable Social Security, pension, ... public" /
    # "assistance" / "$ 1,375.40")
    wrapped = words_below(page, whole_phrase(page, label))
    bottom = max([label[3], *(w.box[3] for w in wrapped)]) if _wrapped_caption(wrapped) else label[3]
    return not dollars(label[3], bottom + DOLLAR_OVER * line, edge=1 if bottom > label[3] else 3)


def _wrapped_caption(row: list[Word]) -> bool:
    """Whether the row under a caption is the caption's own last words, wrapped ("assistance" under "D4 Taxable
    Social Security, pension, disability, public"): words going on in lower case, no figure, no answer's "NONE"."""
    return bool(row) and row[0].text[:1].islower() and not any(re.search(r"[\d$]", w.text) for w in row)


SCRAWL = 0.3  # OCR's confidence under which a word of letters is a pen's scrawl, no printed word
DOLLAR_OVER = 2.5  # caption heights over a caption its amount's "$" stands at most


def _line_amount(page: Page, lines: list[str], variant: str, used: set[Any], ink: InkProbe | None,
                 variants: list[str] | None = None, split: float | None = None, total: bool = False
                 ) -> tuple[Decimal | None, float] | None:
    """The positive amount on a labelled line (the last one: the first may be a printed example); None
    for the amount when OCR read no figure where the pen left ink; None when there is no such line. On a
    form with a column per person (`split`), the line's amount is the household's: both columns added."""
    if page.words:
        loose = page.method == TextMethod.OCR  # a scan's amount may sit a little off its label's row
        box = _label_with_amount(page, variants or [variant], used, loose)
        if box is None or any(overlap(box, other) for other in used if isinstance(other, tuple)):
            return None
        asked = _asked_amount(page, box)
        if asked is None and _mid_sentence(page, box):
            return None
        used.add(box)
        # not the next label's amount
        near = row_words(page, box, loose=loose)
        row = _income_row(page, near, box)
        # (not the figures of the label's note: "TOTAL MONTHLY INCOME (items 17 through 24)")
        figures = asked if asked is not None else [w for w in _past_note(row) if _answer_figure(page, row, w)]
        if not figures and captions_after(page):  # a form that prints each amount before its caption
            figures = [w for w in answer_before(page, box) if _figure(w)]
        if split is not None and answers_mirrored(page):  # the borrower's amount left of the line's question
            figures = [w for w in answer_before(page, box) if _figure(w)] + figures
        if not figures and captions_under(page):  # ... or over it ("$ 4,765.00" / "Wages, salary ...")
            figures = [w for w in answer_above(page, box) if _figure(w)]
        if not figures and not loose:  # an amount centred in a box beside a label printed at the box's top
            boxed = _income_row(page, row_words(page, box, share=BOXED_ANSWER_SHARE), box)
            figures = [w for w in _past_note(boxed) if _answer_figure(page, boxed, w)]
        if not figures and not _blank_over(page, box):  # a grid of cells, each label over its amount ("GROSS
            phrase = whole_phrase(page, box)  # WAGES / SALARY" / "$3,192.80")
            below = words_below(page, phrase)
            if _wrapped_caption(below):  # the caption's last line, wrapped under it: the amount is under that
                below = words_below(page, (*phrase[:3], max(w.box[3] for w in below)))
            below = _past_note_end(near, below)
            # the first amount, not a question's number ("4.9 TOTAL MONTHLY INCOME  $6,702.11")
            first = next((i for i, w in enumerate(below) if amount_shaped(repair_ocr_money(w.text)[0])), len(below))
            worded = first + 1 < len(below) and re.search(r"[A-Za-z]{2}", below[first + 1].text) \
                and same_row(below[first].box, below[first + 1].box)  # a word follows the figure on its row
            numbered = worded and re.fullmatch(r"\d{1,2}\.?", below[first].text)  # "19  Taxable SS ...": a question
            # a bare number a word names is prose's: Form 710's "college savings accounts such as a" / "529 plan."
            named = worded and re.fullmatch(r"\d+", below[first].text) is not None
            # (no words before it but a pen's scrawl OCR barely read: "ee" before "2,652.00")
            if not numbered and not named and not any(re.search(r"[A-Za-z]{2}", w.text) and w.confidence >= SCRAWL
                                                      for w in below[:first]):
                figures = [w for w in below[first:] if re.search(r"\d", w.text)]
        if any(w in used for w in figures):
            return None  # another variant of a label already read ("Pension" within "Taxable ... pension")
        cents = _dollars_and_cents(page, figures)
        words = _monthly_column(page, box, cents or _amount_words(figures, box[3] - box[1], row))
        used.update(words)  # a speck or a stray digit the row took is no amount, and the next line may own it
        used.update(w for w in figures if any(inside(w.box, m.box) for m in words))  # (the pieces of one joined)
        text, confidence = read_words(words, page)
        if cents:  # a form with a "Dollars | Cents" pair of cells per line ("$ 4,818 | 36")
            text = f"{cents[0].text}.{cents[1].text}"
        totals = total_column(page, box) if split is not None and words else None
        in_total = [w for w in words if totals is not None and (w.box[0] + w.box[2]) / 2 > totals]
        if in_total:  # the line's own "Total" column: the household's figure as printed
            text = " ".join(w.text for w in in_total)
        elif split is not None and words:
            each = [amounts_in(repair_ocr_money(" ".join(w.text for w in in_column(words, split, second)))[0])
                    for second in (False, True)]
            found = each[0] + each[1]
            household = total and len(found) >= 3 and found[-1] == sum(found[:-1], Decimal(0))
            if all(each) and not household:  # a household total printed after the two is read as printed
                text = str(each[0][-1] + each[1][-1])
        if words and all(_WELL_FORMED_AMOUNT.match(w.text.strip("$)}]|;,")) for w in words):
            confidence = max(confidence, 0.85)  # a border glued to "4,700.00}" lowers OCR's word score only
        read = [w.box for w in used if isinstance(w, Word) and w not in figures]
        printed = row or before_next_income_line(near)  # a blank row's print still counts: a dot leader, the "$"
        written = _written_over if captions_under(page) else _written_beside  # where the answer goes
        said = [w for w in _past_note(row or near) if re.search(r"\w", w.text)]
        if not words and said and (squash(said[-1].text) in blank_answers() or _ZERO.fullmatch(said[-1].text)):
            return None  # "$ N/A", "$ 0": no such income, written as none
        if not words and ink is not None and written(page, box, printed, ink, read):
            return None, UNREADABLE
    else:
        found = find_label(lines, variants or [variant])
        if found is None or found[0] in used:
            return None
        used.add(found[0])
        text, confidence = lines[found[0]][found[1]:], _text_sure(page)
        text = _COUNTED.sub(" ", text)
    amounts = [a for a in amounts_in(repair_ocr_money(text)[0]) if a > 0]
    return (amounts[-1], confidence) if amounts else None


def _income_row(page: Page, near: list[Word], box: Box) -> list[Word]:
    """An income line's row up to the next question, the next line's label, or the expenses table's line
    beside it: the words its amount is among."""
    return expenses_beside(page, before_next_income_line(_before_next_question(near), whole_phrase(page, box)), box)


def _past_note_end(row: list[Word], below: list[Word]) -> list[Word]:
    """The row under a label past the end of the note the label's row opened ("Rental income (net of expenses
    except" over "mortgage) $ 850.00"): the note's words are no amount's."""
    text = " ".join(w.text for w in row)
    if text.count("(") <= text.count(")"):
        return below
    closing = next((i for i, w in enumerate(below) if w.text.endswith(")")), None)
    if closing is None or any(w.text.startswith("(") for w in below[: closing + 1]):
        return below  # (a note of its own on the row under: "Total monthly income (calculated) $ 4,356.66")
    return below[closing + 1 :]


def _past_note(row: list[Word]) -> list[Word]:
    """A label's row past the note in parentheses right after it ("(items 17 through 24)"), or after the
    label's own lower-case words ("of each member (add 13 through 20)"): its figures are the note's, no
    answer."""
    opening = next((i for i, w in enumerate(row[:ROW_NOTE_WORDS]) if w.text.startswith("(")), None)
    if opening is None or not all(re.fullmatch(r"[a-z]+", w.text) for w in row[:opening]):
        return row
    close = next((i for i, w in enumerate(row[:ROW_NOTE_WORDS]) if i >= opening and ")" in w.text), None)
    return row if close is None else row[close + 1 :]


ROW_NOTE_WORDS = 8  # words a note in parentheses after an income line's label may run to


def _monthly_column(page: Page, box: Box, words: list[Word]) -> list[Word]:
    """A line's amounts under a "Monthly" heading, where the heading row above it also has a yearly column
    ("Source | Monthly | Annually": "$ 2,791.08  $ 33,492.96"); all of them otherwise."""
    if len(words) < 2:
        return words
    columns = application_labels()["period_columns"]
    for row in _rows_above(page, box, PERIOD_HEADING_ROWS):
        said = {squash(w.text): (w.box[0] + w.box[2]) / 2 for w in row}
        monthly = next((said[squash(t)] for t in columns["monthly"] if squash(t) in said), None)
        yearly = next((said[squash(t)] for t in columns["yearly"] if squash(t) in said), None)
        gross = [(w.box[0] + w.box[2]) / 2 for w in row if squash(w.text) in columns["gross"]]
        net = [(w.box[0] + w.box[2]) / 2 for w in row if squash(w.text) in columns["net"]]
        if gross and net:  # "SOURCE  GROSS  NET  GROSS  NET": the income asked is before taxes (and by the
            # month: "ANNUAL  MONTHLY GROSS  MONTHLY NET")
            return [w for w in words if _nearer(w, gross, [*net, *([yearly] if yearly is not None else [])])] or words
        if monthly is not None and yearly is not None:
            return [w for w in words if _nearer(w, [monthly], [yearly])] or words
    return words


def _nearer(word: Word, these: list[float], those: list[float]) -> bool:
    """Whether the word's middle stands nearer one of `these` column middles than any of `those`."""
    middle = (word.box[0] + word.box[2]) / 2
    return min(abs(middle - x) for x in these) < min(abs(middle - x) for x in those)


PERIOD_HEADING_ROWS = 45  # label heights above an income line its table's column headings may stand


def _rows_above(page: Page, box: Box, reach: float) -> list[list[Word]]:
    """The rows of words over a label, within `reach` label heights, nearest first."""
    line = box[3] - box[1]
    above = sorted((w for w in page.words if box[1] - reach * line <= w.box[1] and w.box[3] <= box[1]),
                   key=lambda w: -w.box[3])
    rows: list[list[Word]] = []
    for word in above:
        row = next((r for r in rows if same_row(r[0].box, word.box)), None)
        if row is None:
            rows.append([word])
        else:
            row.append(word)
    return rows


def _dollars_and_cents(page: Page, figures: list[Word]) -> list[Word]:
    """A line's whole dollars and its two-digit cents, each in a cell of its own under "Dollars | Cents"."""
    if len(figures) >= 2 and _CENTS_COLUMN.search(page.text) and re.fullmatch(r"\d\d", figures[-1].text) \
            and re.fullmatch(r"\$?(?:\d{1,3}(?:,\d{3})+|\d+)", figures[-2].text):
        return figures[-2:]
    return []


_CENTS_COLUMN = re.compile(r"\bcents\b", re.IGNORECASE)


def _figure(word: Word) -> bool:
    """Whether a word of an income line's row holds figures of an amount: not a question's number it
    refers to ("add Q17 through Q24"), nor a date (the next column's signature date, level with the line),
    nor a tax form its caption names in brackets ("Self-employment, gig & app work (1099)")."""
    return bool(re.search(r"\d", word.text)) and not _QUESTION_REFERENCE.fullmatch(word.text) \
        and not _DATE_WORD.fullmatch(word.text) and not _FORM_IN_BRACKETS.fullmatch(word.text)


_DATE_WORD = re.compile(r"\d{1,2}/\d{1,2}/\d{2,4}")
_FORM_IN_BRACKETS = re.compile(r"\((?:W-?2|1099(?:-[A-Z]{1,4})?)\)[.,;:]?", re.IGNORECASE)


def _answer_figure(page: Page, row: list[Word], word: Word) -> bool:
    """Whether a word of a label's row holds an amount's figures: not a field's number, nor a count of days."""
    return _figure(word) and not _numbers_a_field(page, word) and not _counts(row, word) and not _named_by(row, word)


def _numbers_a_field(page: Page, word: Word) -> bool:
    """Whether a figure is a form's field number before its label ("19 Self-employment income" beside "18
    Gross wages ..."): one or two digits, a capitalised word right after it on its row. No amount."""
    if not re.fullmatch(r"\d{1,2}", word.text):
        return False
    return any(same_row(w.box, word.box) and w.text[:1].isupper() and 0 <= w.box[0] - word.box[2]
               < FIELD_NUMBER_GAP * max(w.box[3] - w.box[1], word.box[3] - word.box[1]) for w in page.words)


FIELD_NUMBER_GAP = 3.0  # letter heights between a field's number and its label's first word


def _counts(row: list[Word], word: Word) -> bool:
    """Whether a bare number on a label's row counts days, months or a share ("letters dated within 90 days",
    "for 6 months", "12 %"): an instruction's figure, no amount."""
    if not re.fullmatch(r"\d{1,3}", word.text) or word not in row:
        return False
    after = row[row.index(word) + 1 :]
    return bool(after) and _COUNTED.match(f"{word.text} {after[0].text}") is not None


def _named_by(row: list[Word], word: Word) -> bool:
    """Whether a bare number on a label's row stands inside the label's own words, between two lower-case
    ones ("Self-employment, gig or 1099 contract income"): a form's name for something, no amount."""
    if not re.fullmatch(r"\d+", word.text) or word not in row:
        return False
    at = row.index(word)
    return 0 < at < len(row) - 1 and all(re.fullmatch(r"[a-z]+,?", w.text) for w in (row[at - 1], row[at + 1]))


# a count and its unit, in a row's words or a line of text
_COUNTED = re.compile(r"(?<![\d,.$])\d{1,3}\s*(?:days?|weeks?|months?|years?|hours?|%|percent)\b", re.IGNORECASE)


# "Q17", or the next column's cell "E3" level with the line; not "S50": OCR's "$" read as "S"
_QUESTION_REFERENCE = re.compile(r"[(]?[A-RT-Z]\d{1,2}[a-z]?[).,:;]*")


BLANK_CELL = 0.9  # a name's cell of clean paper up to the next question's label: no name written
CLEAN_SPAN = 0.5  # label heights of ink across at the most in a cell left blank: a cell's side, a speck
CLEAN_REACH = 0.2  # page widths right of a label a typed page's blank answer is looked at


def _clean_cell(page: Page, variants: list[str], ink: InkProbe | None) -> bool:
    """Whether the answer space right of a label, up to the next words on its row, holds no ink but the
    cells' sides, nor does the space under the label (where a form may have the answer written instead). On
    a page typed and kept digital only: on a scan a pen's name OCR read nothing of, or a label OCR found in
    the wrong place, would make a written name a sure blank."""
    typed = page.method != TextMethod.OCR
    box = first_label(page, variants) if typed and page.words and ink is not None else None
    whole_row = row_words(page, box) if box is not None else []
    row = without_label_note(whole_row)  # past the label's own note ("(if any)")
    if box is None or ink is None or (row and next_caption(row, [])):
        return False  # (the next cell's caption after the note: a row of captions, the answers under them)
    line = box[3] - box[1]
    start = max([whole_phrase(page, box)[2], *(w.box[2] for w in whole_row[: len(whole_row) - len(row)])]) + 0.005
    if row and row[0].box[0] - start < 3 * line:  # no room for an answer: the next words follow the label
        return False
    if not row and not a_caption(words_below(page, box)):  # nothing after the label on its row: the line under
        return False  # it is the next label, or it may be the answer (or the label's translation over it)
    image = ink.image(page.number, page.rotation)
    widest = CLEAN_SPAN * line * image.size[1] / image.size[0]  # a side's or a speck's width at most

    def clean(region: Box) -> bool:
        return region[3] <= region[1] or ink_span(image, region) < widest

    # under the label, down to the next printed words (the next row's label)
    below = min((w.box[1] for w in page.words if w.box[1] > box[3] and w.box[0] < start and w.box[2] > box[0]),
                default=box[3] + 2.5 * line)
    blank = blank_after(image, box, skew(page))  # a fill-in line under the answer's place is no answer
    floor = min(blank[1], blank[3]) - 0.1 * line if blank is not None else box[3] + 0.2 * line
    # (right of the label no further than an answer reaches: a page's next column has boxes of its own)
    end = min(row[0].box[0] - 0.005 if row else 0.97, start + CLEAN_REACH)  # (nothing after the label's note)
    return clean((start, box[1] - 0.2 * line, end, min(box[3] + 0.2 * line, floor))) \
        and clean((box[0], box[3] + 0.3 * line, start, min(below - 0.3 * line, box[3] + 2.5 * line)))


def _no_name(text: str | None) -> bool:
    """Whether words read for a name are no person's: the name line's own captions ("middle, last") or the
    words questions are made of (the next cell's "Phone" beside a blank), or
    prose, which opens with a lower-case word that is a prose word or is mostly lower-case ("in Part A",
    "else who signed the mortgage"), where a name's particles ("Mercedes Ibarra de la Peña") are the fewer
    and never first; or too few letters for a name (a blank's specks read "OO")."""
    words = (text or "").replace(",", " ").split()
    if not words:
        return False
    if sum(c.isalpha() for c in text or "") < NAME_LETTERS:
        return True
    captions = set(application_labels()["name_caption_words"]) | label_words()  # or the next cell's "Phone"
    lower = sum(w[:1].islower() for w in words)
    # (or mostly lower-case words after a capital: the next column's option, "Long-term disability or serious
    # illness (borrower or")
    worded = [w for w in words if w[:1].islower() and len(w) > 1 and w not in NAME_PARTICLES]
    return all(squash(w) in captions for w in words) or (words[0][:1].islower() and (
        squash(words[0]) in _PROSE_WORDS or 2 * lower > len(words))) \
        or (len(worded) >= PROSE_WORDS and 2 * len(worded) > len(words)) or bool(_SECTION_HEADING.match(text or ""))


# the next section's heading under a blank ("PART II - PROPERTY", "Section 3: Income"): no one's name
_SECTION_HEADING = re.compile(r"\s*(?:part|section)\s+(?:[IVX]{1,4}|\d{1,2}|[A-H])\b", re.IGNORECASE)


NAME_LETTERS = 3  # letters of a name at the least
PROSE_WORDS = 3  # lower-case words (no particle) of a name's answer that make it prose


def _says_same(answer: str) -> bool:
    return squash(answer) in {squash(same) for same in application_labels()["same_as_mailing"]}


def _asked_amount(page: Page, box: Box) -> list[Word] | None:
    """The amount answering an income question asked in a sentence ("15. How much does the household earn
    each month in gross wages ... (before" / "taxes)?" / "$ 2,838.00"): the row under the question mark
    that ends the label's row or the row it wraps onto, when that row opens with an amount, or the amount
    after the mark on a row it wraps onto ("... special" / "pays)? $ 9,750.00")."""
    line = box[3] - box[1]
    whole = sorted((w for w in page.words if same_row(w.box, box)), key=lambda w: w.box[0])
    row = [w for w in whole if w.box[0] >= box[0]]
    left = next((w.box[0] for w in whole if w.box[0] < box[0] and _opens_question(w)), box[0])
    for wrapped in range(QUESTION_ROWS):
        asked = [i for i, w in enumerate(row) if w.text.endswith("?")]
        if asked:
            after = [w for w in row[asked[-1] + 1 :] if _figure(w)]
            if not after and wrapped:  # the amount after the mark set a little off its row (a photo's tilt)
                after = [w for w in row_words(page, row[asked[-1]].box, loose=True) if _figure(w)][:1]
            if after:  # answered on its own row: the label's, read as any; a row it wraps onto, after its mark
                return after if wrapped else None
            answer = _row_below(page, left, max(w.box[3] for w in row), line)
            figures = [w for w in answer if _figure(w)]
            money = answer and (answer[0].text.startswith("$") or amount_shaped(repair_ocr_money(answer[0].text)[0]))
            return figures if money and figures else None
        # (under the question's words: its answer set low beside them hides the row it wraps onto)
        row = _row_below(page, left, max((w.box[3] for w in row if not _figure(w)), default=row[0].box[3]), line)
        if not row or row[0].text[:1].isdigit():  # the next numbered question: this was no question
            return None
    return None


QUESTION_ROWS = 3  # rows a question asked in a sentence may wrap onto


def _opens_question(word: Word) -> bool:
    """A question's number ("15.") or its asking word ("How"), where its wrapped rows start."""
    return bool(QUESTION_NUMBER.fullmatch(word.text)) or word.text.lower() in _ASKING


def _row_below(page: Page, left: float, bottom: float, line: float) -> list[Word]:
    """The first row of words under `bottom`, within two lines, starting no further left than `left` allows."""
    under = [w for w in page.words if bottom - 0.2 * line <= w.box[1] <= bottom + 2 * line
             and w.box[0] >= left - UNDER_INDENT_LEFT]
    if not under:
        return []
    top = min(under, key=lambda w: w.box[1])
    return sorted((w for w in under if same_row(w.box, top.box)), key=lambda w: w.box[0])


_ASKING = frozenset(("how", "what", "what's", "do", "does", "is", "are", "did"))
UNDER_INDENT_LEFT = 0.05  # page widths a question's wrapped words or its answer may stand left of its label


def _mid_sentence(page: Page, box: Box) -> bool:
    """Whether an income label's words sit inside a sentence, prose on both sides, with no amount on its
    row, or only amounts far on in the sentence: a hardship option's "My pay, hours or overtime were cut"
    says "overtime" after "or" and before "were", and is no income line ("Wages and overtime ____" is one:
    nothing follows it); nor is a story's "cut Declan's overtime in half, and the tax reassessment raised
    our escrow by $286 a month" (a worksheet's "My gross wages from my job are $4,200.00" is)."""
    line = box[3] - box[1]
    row = sorted((w for w in page.words if same_row(w.box, box)), key=lambda w: w.box[0])
    before = [w for w in row if w.box[2] <= box[0] and box[0] - w.box[2] < line]
    after = [w for w in row if w.box[0] >= box[2] and w.box[0] - box[2] < line]
    word = after[0].text.rstrip("?.,;:") if after else ""  # "overtime reduced?": the question goes on
    own = [w for w in row if box[0] <= (w.box[0] + w.box[2]) / 2 <= box[2]]
    if before and own and own[-1].text.endswith(")") and before[-1].text.strip("(),.;:").lower() in _PROSE_WORDS:
        return True  # the end of an option's note: "Reduction in income (hours, pay or overtime)"
    if not (before and word.isalpha() and word.islower()):
        return False
    figures = [i for i, w in enumerate(row) if "$" in w.text or amount_shaped(repair_ocr_money(w.text)[0])]
    if not figures:
        return before[-1].text.strip("(),.;:").lower() in _PROSE_WORDS  # (an option's note: "(a pension or ...")
    start = row.index(after[0])  # the words of the sentence between the label and its row's first amount
    # (or a question ends between them: "Receiving unemployment benefits now? X Yes  Weekly benefit $ 275.00")
    return figures[0] - start >= PROSE_REACH or any(w.text.endswith("?") for w in row[start : figures[0]])


PROSE_REACH = 8  # words between an income label and an amount that make the amount the sentence's, not the line's
_PROSE_WORDS = frozenset(("or", "and", "my", "our", "the", "a", "of", "in", "was", "were", "is", "no", "lost"))


def _label_with_amount(page: Page, variants: list[str], used: set[Any], loose: bool) -> Box | None:
    """The first place a label is found with an amount on its row, else the first place it is found: a
    portal asks "Do you receive wages or salary from a job?  Yes" before "Monthly amount: wages or salary
    from a job  $3,600.44"."""
    first = None
    for box in (box for variant in variants for box, start, _ in occurrences(page, variant)
                if not _in_brackets(page, start)):
        first = first or box
        if any(overlap(box, other) for other in used if isinstance(other, tuple)):
            continue
        figures = [w for w in row_words(page, box, loose=loose) if re.search(r"\d", w.text)]
        if _amount_words(figures, box[3] - box[1]):
            return box
    return first


def _in_brackets(page: Page, start: int) -> bool:
    """Whether the word at `start` stands in the brackets of a caption that names no income ("Retirement
    accounts (401(k), IRA, pension)"): a word of another line's note, no income line's label. An income
    caption's own note names its line ("Job income before deductions (wages, tips, overtime)")."""
    word = page.words[start]
    before = " ".join(w.text for w in page.words[:start] if same_row(w.box, word.box) and w.box[2] <= word.box[0])
    inside = before.count("(") > before.count(")") or (word.text.startswith("(") and not word.text.endswith(")"))
    caption = squash(before.rsplit("(", 1)[0]) if before.count("(") else ""
    return inside and "income" not in caption and not any(
        squash(variant) in caption for variants in application_labels()["income"].values() for variant in variants)


def _amount_words(figures: list[Word], line: float, row: Sequence[Word] = ()) -> list[Word]:
    """The words of a row that make up amounts: touching pieces joined into one ("1" ",200.00", "66," "000.00",
    "1,380." "00"), then only what has an amount's shape; a lone digit by an empty "$" cell is a speck or a
    bullet, not an answer. A typewriter's spaced "2 , 450.00" whose comma OCR read as a low mark of its own
    ("2 ti 450.00") is one amount."""
    groups: list[list[Word]] = []
    for word in figures:
        gap = word.box[0] - groups[-1][-1].box[2] if groups else 1.0
        thousands = groups and re.fullmatch(r"\d{3}(?:[.,]\d{2})?", word.text) is not None
        comma = thousands and groups[-1][-1].text.endswith(",")  # a pen's wide space after its comma: "66, 000.00"
        # ... or after its decimal point: "1,380. 00", the cents parted from the dollars on a scan
        cents = bool(groups) and re.fullmatch(r"\d\d", word.text) is not None \
            and re.fullmatch(r"\$?\d[\d,]*\.", groups[-1][-1].text) is not None
        # ... or inside them: a pen's last figure set apart, "1,386.6 7"
        cents = cents or (bool(groups) and re.fullmatch(r"\d", word.text) is not None
                          and re.fullmatch(r"\$?\d[\d,]*\.\d", groups[-1][-1].text) is not None)
        if gap < 0.4 * line or ((comma or cents) and gap < 1.5 * line):
            groups[-1].append(word)
        elif thousands and _comma_between(groups[-1][-1], word, row):  # read as one word, the comma put back
            last = groups[-1][-1]
            groups[-1][-1] = Word(f"{last.text},{word.text}", min(last.confidence, word.confidence),
                                  box_of([last, word]))
        else:
            groups.append([word])
    return [group[0] if len(group) == 1 else Word("".join(w.text for w in group), min(w.confidence for w in group),
                                                   box_of(group))
            for group in groups if amount_shaped(repair_ocr_money("".join(w.text for w in group))[0])]


def _comma_between(before: Word, after: Word, row: Sequence[Word]) -> bool:
    """Whether OCR read a comma between a figure's thousands and the rest as a mark of its own: one or two
    signs, no digit, standing low between them ("2" "ti" "450.00"), or an apostrophe ("3" "'" "321.00")."""
    height = before.box[3] - before.box[1]
    if not re.fullmatch(r"\$?\d{1,3}", before.text) or after.box[0] - before.box[2] > COMMA_CELL * height:
        return False
    low = before.box[1] + COMMA_LOW * height
    return any(before.box[2] <= w.box[0] and w.box[2] <= after.box[0] and len(w.text) <= 2
               and not re.search(r"\d", w.text) and (w.box[1] >= low or w.text in ("'", "’")) for w in row)


COMMA_LOW = 0.4  # of a figure's height: a comma's top stands at least this far down it
COMMA_CELL = 2.5  # figure heights a typewriter's comma and the spaces around it may span


def _written_beside(page: Page, box: Box, row: list[Word], ink: InkProbe, read: list[Box]) -> bool:
    """Whether a pen wrote on the label's answer space: after the label's own words and the printed "$",
    up to the next printed words or the table's next column rule, where OCR read no figure. A space
    reaching an amount already `read` is that line's (a label printed on several lines: "Gross wages,
    ... / overtime pay, ..."), not this one's."""
    start, gap = box[2], 0.03
    for word in row:
        if word.box[0] - start > gap:
            if len(word.text.strip()) == 1 and not word.text.strip().isalnum():  # "$", or OCR's ">" for it
                start = word.box[2]
            break
        start = max(start, word.box[2])
    end = next((w.box[0] for w in row if w.box[0] > start and re.search(r"[A-Za-z]{2}", w.text)), 0.97)
    line = box[3] - box[1]
    top, bottom = box[1] - 0.3 * line, box[3] + 0.5 * line
    # (nor any printed word reaching into the space from a row of its own: "year-to-date" wrapped over two)
    end = min([end, *(w.box[0] for w in page.words if w.box[0] > start and w.box[1] < bottom and w.box[3] > top
                      and re.search(r"[A-Za-z]{2}", w.text))])
    region = (start + 0.005, top, min(0.97, end - 0.005), bottom)
    if any(overlap(region, other) for other in read):
        return False
    image = ink.image(page.number, page.rotation)
    # cell by cell where column rules part the space: the label's own cell holds its dot leader, no figure
    return any(_written_figure(image, cell, line) for cell in table_cells(image, region))


def _written_figure(image: Image.Image, box: Box, line: float) -> bool:
    """Whether ink in an answer's space is a written figure: a pen's, and wider than the one glyph OCR may
    have missed, a "$" printed at the space's start."""
    return _pen_in(image, box, line) and ink_span(image, box) * image.width > WRITTEN_WIDTH * line * image.height


def _pen_in(image: Image.Image, box: Box, line: float) -> bool:
    """Whether a pen wrote in `box`: ink enough, standing as tall as a pen's letters (a leader's dots are
    lower; `line` is the label's height)."""
    return ink_share(image, box) > SIGNATURE_INK and stroke_height(image, box) >= WRITTEN_STROKE * line


WRITTEN_WIDTH = 1.5  # line heights a written amount spans at the least


def _written_over(page: Page, box: Box, _row: list[Word], ink: InkProbe, read: list[Box]) -> bool:
    """Whether a pen wrote on the answer line over a caption ("$ ______" / "Taxable Social Security ..."),
    past the printed "$" at its start, within the caption's cell, where OCR read no figure."""
    line = box[3] - box[1]
    phrase = whole_phrase(page, box)
    right = min((w.box[0] for w in page.words if same_row(w.box, box) and w.box[0] > phrase[2] + 1.5 * line),
                default=0.97)
    region = (phrase[0], box[1] - ANSWER_OVER * line, right - 0.005, box[1] - 0.15 * line)
    start = max((w.box[2] for w in page.words if overlap(w.box, region) and not re.search(r"\w", w.text)),
                default=region[0])  # the printed "$" the line opens with
    region = (start + 0.005, *region[1:])
    if region[2] <= region[0] or any(overlap(region, other) for other in read):
        return False
    return _written_figure(ink.image(page.number, page.rotation), region, line)


ANSWER_OVER = 2.5  # caption heights over a caption its answer line's writing stands


def _total_income(fields: dict[str, Field]) -> None:
    """`income.total`: the form's printed total when it has one, else the sum of the lines.

    A printed total is a check on the lines read from a scan: when they add up to it, each figure is
    confirmed by the others (and a line written but not read is $0); when they do not, one of them was
    misread and every figure goes to review. Typed into a PDF, lines that do not make their total are read
    from the wrong places or typed wrong: to review as well.
    """
    lines = [(k, f) for k, f in fields.items() if k.startswith("income.") and k != "income.total"]
    if not lines:
        return
    read = [f.value for _, f in lines if f.value is not None]
    total = fields.get("income.total")
    if total is None:
        fields["income.total"] = Field(sum(read, Decimal(0)) if read else None,
                                       min(f.confidence for _, f in lines), lines[0][1].source, "computed")
        return
    if total.value is None:
        return
    scanned = total.method == TextMethod.OCR
    unread = [(k, f) for k, f in lines if f.value is None]
    if sum(read, Decimal(0)) == total.value:  # and so a line written but not read can only be $0
        for key, found in [*lines, ("income.total", total)] if scanned else []:
            fields[key] = dataclasses.replace(found, confidence=max(found.confidence, ADDS_UP))
        for key, found in unread if scanned else []:
            fields[key] = Field(Decimal(0), ADDS_UP, found.source, "computed")
        return
    if unread and scanned:  # already in review as unreadable (typed into a PDF, an empty line is $0)
        return
    if scanned:
        _leading_figures_lost(lines, total.value, fields)
    for key in [*(k for k, _ in lines), "income.total"]:
        fields[key] = dataclasses.replace(fields[key], confidence=min(fields[key].confidence, UNREADABLE))
    fields[f"{REVIEW_NOTE}{len(fields)}"] = Field(
        f"income lines read as {', '.join(f'{k[7:]} {f.value}' for k, f in lines)} do not add up to the "
        f"total monthly income read as {total.value}", 0.0, total.source, "computed")


def _leading_figures_lost(lines: list[tuple[str, Field]], total: Decimal, fields: dict[str, Field]) -> None:
    """A pen's figure OCR read only the end of ("50.00" of "1,150.00"): the one line whose figure is the tail
    of what the total leaves for it, the others as read, is that remainder (still for a person to check)."""
    summed = sum((found.value for _, found in lines), Decimal(0))
    tails = [(key, rest) for key, found in lines if (rest := total - summed + found.value) > found.value
             and f"{rest:.2f}".endswith(f"{found.value:.2f}")]
    if len(tails) == 1:
        key, rest = tails[0]
        fields[key] = dataclasses.replace(fields[key], value=rest)
