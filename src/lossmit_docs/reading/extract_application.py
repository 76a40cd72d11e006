"""The application's answers: from the AcroForm when it was filled on a computer, else from its text.

Labels are found by their word boxes (OCR words, or the text layer's words through the ink probe) so a
value is read from its label's own row, as a clerk would, whatever order OCR wrote the columns in; its
confidence is that of the words it was read from, so unreadable handwriting goes to review instead of
into a decision. Checkboxes and signatures are pixels, read with the ink probe beside their labels;
without one, from the marks OCR writes before a label ("[X]", "☒").
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Iterator
from datetime import date
from decimal import Decimal
from functools import cache
from typing import Any

from lossmit_docs.model import REVIEW_NOTE, Field, Page, PageRef, TextMethod, Word
from lossmit_docs.reading.ink import (
    SIGNATURE_INK,
    UNSURE,
    Box,
    InkProbe,
    cell_ink,
    checkbox_fill,
    checkbox_reading,
    ink_share,
    signature_ink,
    signature_reading,
    with_words,
)
from lossmit_docs.reading.page_text import skew, type_height
from lossmit_docs.reading.values import (
    amount_shaped,
    amounts_in,
    clean_name,
    find_label,
    first_date,
    label_pattern,
    repair_ocr_money,
    rules,
    squash,
    value_after,
)

Ref = Callable[[int], PageRef]
LONG_LABEL = 12  # letters (squashed) from which a label is still found with one letter misread
UNREADABLE = 0.3  # confidence of a value written where OCR read nothing (handwriting)
PEN_IDENTITY = 0.7  # most a handwritten name, address or number read by the second reader is sure of
SPECK_DOUBT = 0.5  # below this a lone mark with no letter or digit is dust on the scan, not ink of an answer
TYPED_MARK = 0.9  # a box ticked in a text layer ("[X]"): typed, not guessed from pixels
UNDER_REACH = 0.02  # page heights under a small label its answer may start (a quarter inch on a letter page)
_ZIP = re.compile(r"\b\d{5}(?:-\d{4})?\b")
_QUESTION_NUMBER = re.compile(r"^\d{1,2}[.)]$")  # "12." or "12)" numbering a form's questions
ADDS_UP = 0.9  # confidence of scanned income figures that add up to the form's own total
_CHECKED_MARK = re.compile(r"[xX☒☑✓✔■●&]|K[\]l|}1]|\[4|^4]")
_OCR_DIGITS = str.maketrans({"O": "0", "o": "0", "D": "0", "I": "1", "l": "1", "|": "1", "S": "5", "B": "8"})
_WELL_FORMED_AMOUNT = re.compile(r"^(\d{1,3}(,\d{3})+|\d+)\.\d\d$")
_GROUP_FIELD = {"occupancy": "occupancy", "duration": "hardship_duration", "hardship": "hardship_types"}


def _labels() -> dict[str, Any]:
    return rules("field_labels")["application"]


def extract_application(pages: list[Page], ref: Ref, ink: InkProbe | None = None) -> dict[str, Field]:
    acro = rules("field_labels")["form710_acroform"]
    pages = [with_words(page, ink) for page in pages]
    filled = {k: v for p in pages for k, v in p.form_fields.items()}
    acroform = any(name in filled for name in acro["text"])
    fields = _from_acroform(pages, ref) if acroform else _from_text(pages, ref, ink)
    _signatures(pages, ref, ink, fields)
    _total_income(fields)
    return fields


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


# --- labels and their rows, by word boxes ------------------------------------------------------------


def _occurrences(page: Page, label: str) -> Iterator[tuple[Box, int, int]]:
    """Every place words of one row spell `label` (spaces, case and punctuation ignored; a long label
    may have one letter misread or lost, "ignature of borrower"): box, first, end index."""
    target = squash(label)
    slack = 1 if len(target) >= LONG_LABEL else 0
    words = page.words
    for i in range(len(words)):
        if not squash(words[i].text):
            continue
        joined = ""
        for j in range(i, min(i + 12, len(words))):
            if j > i and not _same_row(words[j - 1].box, words[j].box):
                break
            joined += squash(words[j].text)
            if _near(joined, target, slack):
                boxes = [w.box for w in words[i : j + 1]]
                yield (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes),
                       max(b[3] for b in boxes)), i, j + 1
                break
            if len(joined) > len(target) + slack:
                break


def _same_row(a: Box, b: Box) -> bool:
    return min(a[3], b[3]) - max(a[1], b[1]) > 0.3 * min(a[3] - a[1], b[3] - b[1])


def _near(text: str, target: str, slack: int) -> bool:
    """Whether `text` starts with `target` give or take `slack` letters changed, lost or added."""
    if text.startswith(target):
        return True
    if not slack or abs(len(text) - len(target)) > slack:
        return False
    previous = list(range(len(target) + 1))
    for i, char in enumerate(text, start=1):
        current = [i]
        for j, wanted in enumerate(target, start=1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (char != wanted)))
        previous = current
    return previous[-1] <= slack


def _first_label(page: Page, variants: list[str], exclude_prefix: str = "") -> Box | None:
    """The first variant (in priority order) found on the page; not one preceded by `exclude_prefix`."""
    for variant in variants:
        for box, start, _ in _occurrences(page, variant):
            before = squash(page.words[start - 1].text) if start else ""
            if exclude_prefix and before.endswith(exclude_prefix):
                continue
            return box
    return None


def _row_words(page: Page, box: Box, right: float = 1.0, left: float | None = None,
               loose: bool = False) -> list[Word]:
    """Words on the label's row right of it (from `left`, up to `right`), in reading order.

    A word belongs to the row when it overlaps the previous word of the row (the label first) by a
    third of its height, so a row is followed across a slightly skewed scan and a neighbouring row's
    checkbox words are left out. `loose` takes any word centred within the label's height and a half,
    for amounts that sit anywhere beside a label printed on two lines (the page's tilt taken out: on a
    scan turned by a degree the amount at the far right sits most of a row off its label's line).
    """
    start = box[2] - 0.002 if left is None else left
    row: list[Word] = []
    reference = box
    tilt = skew(page) if loose else 0.0
    for word in sorted((w for w in page.words if w.box[0] >= start and w.box[2] <= right), key=lambda w: w.box[0]):
        shared = min(word.box[3], reference[3]) - max(word.box[1], reference[1])
        centre = (word.box[1] + word.box[3]) / 2 - tilt * ((word.box[0] + word.box[2]) / 2 - box[2])
        height = box[3] - box[1]
        if (box[1] - 0.6 * height <= centre <= box[3] + 0.6 * height) if loose else \
                shared >= 0.45 * (word.box[3] - word.box[1]):
            row.append(word)
            if word.box[3] - word.box[1] >= 0.6 * (box[3] - box[1]):  # not a dot or a dash
                reference = word.box
    return row


def _words_above(page: Page, box: Box, right: float, rows: float = 3.0) -> list[Word]:
    """Words written over a label printed under its line (a value above "Date signed")."""
    height = box[3] - box[1]
    found = [w for w in page.words
             if w.box[2] > box[0] and w.box[0] < right and box[1] - rows * height <= w.box[3] <= box[1] + 0.1 * height]
    return sorted(found, key=lambda w: (round(w.box[1] / height), w.box[0]))


def _read(words: list[Word], page: Page, identity: bool = False) -> tuple[str, float]:
    """The words' text and how sure OCR was of the least sure of them (a text layer is sure).

    A name, address or number (`identity`) the handwriting reader read is a doubt however high its score:
    on the samples' pens it misspelt two in five. The case's typed documents may confirm it later
    (judging.reconcile); a date or an amount is checked by its own shape and the form's total instead.
    """
    if page.method != TextMethod.OCR:
        return " ".join(w.text for w in words), 0.97
    words = [w for w in words if not _speck(w)]
    text = " ".join(w.text for w in words)
    confidence = min((w.confidence for w in words), default=page.confidence)
    if identity and any(w.second_reader for w in words):
        confidence = min(confidence, PEN_IDENTITY)
    return text, confidence


def _speck(word: Word) -> bool:
    """A fax's or scanner's dust that OCR read as a full stop or a comma, unsure of it: not an answer."""
    return word.confidence < SPECK_DOUBT and not re.search(r"\w", word.text)


def _labelled(page: Page, lines: list[str], ink: InkProbe | None,
              variants: list[str], identity: bool = False, column: tuple[float | None, bool] = (None, False)
              ) -> tuple[str, float] | None:
    """The text on a label's own row, with its confidence; None when the label is not on the page.

    A row where OCR read nothing but the pen left ink is unreadable handwriting, not a blank answer."""
    if page.words:
        box = _first_label(page, variants)
        if box is None:
            return None
        text, confidence = _read(_before_next_question(_column(_value_words(page, box), *column)), page, identity)
        if not re.search(r"\w", text) and ink is not None and column[0] is None:
            line = box[3] - box[1]
            row = _row_words(page, box)
            note = row[: len(row) - len(_without_label_note(row))]  # "(if any):" is print, not pen
            start = max([box[2], *(w.box[2] for w in note)])
            region = (start + 0.005, box[1], min(0.97, start + 0.45), box[3] + 0.5 * line)
            if ink_share(ink.image(page.number, page.rotation), region) > SIGNATURE_INK:
                return "", UNREADABLE
        return text, confidence
    found = value_after(lines, variants, same_line_only=True)
    return None if found is None else (found[0], 0.97 if page.method != TextMethod.OCR else page.confidence)


def _before_next_question(words: list[Word]) -> list[Word]:
    """An answer ends where the next numbered question on its row begins ("0029789336  2. Number of
    people ..."), or a "N/A" written for it ends it as no answer."""
    for i, word in enumerate(words):
        if i and _QUESTION_NUMBER.match(word.text) and i + 1 < len(words) and words[i + 1].text[:1].isupper():
            return words[:i]
    if squash(" ".join(w.text for w in words)) in _blank_answers():
        return []
    return words


@cache
def _blank_answers() -> frozenset[str]:
    return frozenset(squash(answer) for answer in _labels()["blank_answers"])


def _person_columns(page: Page) -> float | None:
    """Where the co-borrower's column starts on a form that answers in two columns under "Applicant |
    Co-Applicant" (or "Borrower | Co-Borrower"): the second header's left edge; None for one column."""
    labels = _labels()
    first_person = {squash(t) for t in labels["first_person"]}
    for heading in labels["co_borrower_section"]:
        for box, _, _ in _occurrences(page, heading):
            row = [w for w in page.words if _same_row(w.box, box) and not _inside(w.box, box)]
            first = [w for w in row if w.box[2] <= box[0] and squash(w.text) in first_person]
            if first and len(row) <= 3:
                return box[0] - 0.01
    return None


def _column(words: list[Word], split: float | None, second: bool) -> list[Word]:
    if split is None:
        return words
    return [w for w in words if ((w.box[0] + w.box[2]) / 2 >= split) == second]


def _co_borrower_section(page: Page, labels: dict[str, Any]) -> tuple[str, float] | None:
    """The name asked for under a heading of its own ("Co-applicant", then "FULL LEGAL NAME" and the answer
    under it, or a dash for none), for forms that repeat one block per person."""
    if not page.words:
        return None
    for box, _, _ in (hit for heading in labels["co_borrower_section"] for hit in _occurrences(page, heading)):
        if any(_same_row(w.box, box) and not _inside(w.box, box) for w in page.words):
            continue  # a heading stands alone on its row; "Applicant  Co-Applicant" heads columns instead
        below = [hit[0] for variant in labels["borrower_name"] for hit in _occurrences(page, variant)
                 if box[3] <= hit[0][1] <= box[3] + 3 * UNDER_REACH]
        if below:
            label = min(below, key=lambda b: b[1])
            words = _value_words(page, label)
            text = " ".join(w.text for w in words)
            if words and not re.search(r"[A-Za-z]", text):  # "—": none
                return "", 0.9
            return _read(words, page, identity=True) if words else None
    return None


def _occupancy_in_words(pages: list[Page], ink: InkProbe | None, fields: dict[str, Field], ref: Ref) -> None:
    """Occupancy written as the answer to its question ("PROPERTY USE  Investment / rental property"), for
    forms that print the answer instead of ticking a box."""
    labels = _labels()
    for page in pages:
        found = _labelled(page, page.text.splitlines(), ink, labels["occupancy_question"])
        if not found or not found[0].strip():
            continue
        answer = squash(found[0])
        codes = [code for code, variants in labels["occupancy"].items() if any(squash(v) in answer for v in variants)]
        if len(codes) == 1:
            fields["occupancy"] = Field(codes[0], round(found[1], 3), ref(page.number), page.method)
            return


def _value_words(page: Page, box: Box) -> list[Word]:
    """The answer to a label: on its row; else written a little above the line (a pen on a ruled form);
    else, when the label has no colon, the words right under it (a label-over-field layout: portals,
    modern forms). A note printed after the label ("(print):", "(if any)") is the label's, not the answer."""
    own = [w for w in page.words if _inside(w.box, box)]
    row = _without_label_note(_row_words(page, box))
    if _has_text(row) and not _labels_only(row, own):
        return row
    centre = (box[1] + box[3]) / 2  # pen above the line, never the next question's row below it
    loose = _without_label_note([w for w in _row_words(page, box, loose=True) if (w.box[1] + w.box[3]) / 2 <= centre])
    if _has_text(loose) and not _labels_only(loose, own):
        return loose
    if own and not own[-1].text.rstrip().endswith(":"):
        return _words_below(page, box)
    return []


def _address_continued(page: Page, variants: list[str]) -> str:
    """The city, state and ZIP an address continues with: labelled on a line of their own ("City, State,
    ZIP"), in the cells beside the street's under a header row ("Street address  City  State  ZIP"), or
    on the line under its answer."""
    labels = _labels()
    box = _first_label(page, variants)
    if box is None or not page.words:
        return ""
    city = _first_label(page, labels["city_state_zip"])
    if city is not None:
        text = " ".join(w.text for w in _value_words(page, city)).strip(" _|")
        if _ZIP.search(text):
            return text
    for city in (hit[0] for variant in labels["city_label"] for hit in _occurrences(page, variant)):
        if box[3] <= city[1] <= box[3] + 4 * (box[3] - box[1]):  # "City: Yakima  State: WA  ZIP code: 98959"
            cells = [w.text for w in _row_words(page, city)
                     if not w.text.endswith(":") and squash(w.text) not in _label_words()]
            text = " ".join(cells).strip(" _|")
            if _ZIP.search(text):
                return text
    street = _words_below(page, box)
    if street:  # the cells right of the street's, on its row
        rest = sorted((w for w in page.words if w.box[0] > street[-1].box[2] and _same_row(w.box, street[0].box)),
                      key=lambda w: w.box[0])
        text = " ".join(w.text for w in rest).strip(" _|?")
        if _ZIP.search(text):
            return text
    value = _value_words(page, box)
    if not value:
        return ""
    start = (min(w.box[0] for w in value), min(w.box[1] for w in value), max(w.box[2] for w in value),
             max(w.box[3] for w in value))
    under = _words_below(page, (box[0], start[1], start[2], start[3]))
    text = " ".join(w.text for w in under).strip(" _|")
    return text if _ZIP.search(text) else ""


def _labels_only(row: list[Word], own: list[Word]) -> bool:
    """Whether the words beside a label are the next labels of a header row ("FULL LEGAL NAME  SSN (LAST 4)"):
    a known label; the words questions are made of ("Co-borrower SSN - last 4 digits", "City  State  ZIP
    code": two of them, or one with no digit); or capitals without a digit beside a label in capitals."""
    text = squash(" ".join(w.text for w in row))
    if any(text.startswith(label) for label in _all_labels()):
        return True
    asked = sum(squash(w.text) in _label_words() for w in row)
    if asked >= 2 or (asked == 1 and not any(c.isdigit() for w in row for c in w.text)):
        return True
    capitals = [w.text for w in own if any(c.isalpha() for c in w.text)]
    return bool(capitals) and all(t.isupper() for t in capitals) and all(
        w.text.isupper() and not any(c.isdigit() for c in w.text) for w in row if re.search(r"\w", w.text))


def _has_text(words: list[Word]) -> bool:
    return any(re.search(r"\w", w.text) for w in words)


def _inside(word: Box, box: Box) -> bool:
    return box[0] - 0.002 <= (word[0] + word[2]) / 2 <= box[2] + 0.002 and box[1] <= (word[1] + word[3]) / 2 <= box[3]


def _without_label_note(row: list[Word]) -> list[Word]:
    """The row less a note printed after its label: "(first, middle, last):", also when OCR glued its
    first words to the label ("name(first," then "middle, last):")."""
    start = 0
    if row and row[0].text.startswith("("):
        close = next((i for i, w in enumerate(row[:6]) if ")" in w.text), None)
        start = 0 if close is None else close + 1
    else:
        start = next((i + 1 for i, w in enumerate(row[:3]) if w.text.endswith("):") and "(" not in w.text), 0)
    while start < len(row) and not re.search(r"\w", row[start].text):
        start += 1
    return row[start:]


def _words_below(page: Page, box: Box) -> list[Word]:
    """The first row of words under a label, from its left edge up to the next label on its row; none
    when that row is itself labels (a blank field, then the next question)."""
    line = box[3] - box[1]
    beside = [w.box[0] for w in page.words if w.box[0] > box[2] + 0.01 and _same_row(w.box, box)]
    right = min(beside, default=0.98)
    under = [w for w in page.words if box[0] - 0.01 <= w.box[0] < right - 0.005
             and box[3] - 0.2 * line <= w.box[1] <= box[3] + max(2.5 * line, UNDER_REACH)]
    if not under:
        return []
    top = min(under, key=lambda w: w.box[1])
    row = sorted((w for w in under if _same_row(w.box, top.box)), key=lambda w: w.box[0])
    if any(w.text.rstrip().endswith(":") for w in row) or _labels_only(row, []):
        return []
    return row


@cache
def _label_words() -> frozenset[str]:
    return frozenset(squash(word) for word in _labels()["label_words"])


@cache
def _all_labels() -> tuple[str, ...]:
    labels = _labels()
    return tuple(squash(v) for name in ("loan_number", "borrower_name", "co_borrower_name", "ssn",
                                        "property_address", "hardship_start_date") for v in labels[name])


# --- answers read from text -------------------------------------------------------------------------


def _from_text(pages: list[Page], ref: Ref, ink: InkProbe | None) -> dict[str, Field]:
    labels = _labels()
    fields: dict[str, Field] = {}
    for page in pages:
        lines = page.text.splitlines()

        def put(name: str, value: Any, confidence: float, page: Page = page) -> None:
            if name not in fields or (fields[name].value in (None, []) and value not in (None, [])):
                fields[name] = Field(value, round(confidence, 3), ref(page.number), page.method)

        found = _labelled(page, lines, ink, labels["loan_number"], identity=True)
        if found:
            raw = re.sub(r"[\s-]", "", found[0].split("  ")[0])[:20].rstrip(".,;:|")  # a sentence's full stop
            digits = re.sub(r"\D", "", raw.translate(_OCR_DIGITS))
            valid = 6 <= len(digits) <= 15
            put("loan_number", digits if valid else None, found[1] if raw.isdigit() or not raw else found[1] * 0.5)
        split = _person_columns(page) if page.words else None
        if "borrower_name" not in fields:  # both names from the page that has the borrower's
            for name in ("borrower_name", "co_borrower_name"):
                found = _labelled(page, lines, ink, labels[name], identity=True)
                if found:
                    put(name, clean_name(found[0]), found[1])
            if split is not None and "borrower_name" in fields:  # one question, a column per person
                for name, second in (("borrower_name", False), ("co_borrower_name", True)):
                    found = _labelled(page, lines, ink, labels["borrower_name"], True, (split, second))
                    if found:
                        fields[name] = Field(clean_name(found[0]), round(found[1], 3), ref(page.number),
                                             page.method)
            if "borrower_name" in fields and "co_borrower_name" not in fields:
                found = _co_borrower_section(page, labels)
                if found:
                    put("co_borrower_name", clean_name(found[0]), found[1])
        found = _labelled(page, lines, ink, labels["ssn"], True, (split, False))
        if found:
            digits = re.sub(r"\D", "", found[0].split("  ")[0])
            put("ssn_last4", digits[-4:] if len(digits) >= 4 else None, found[1] * (1.0 if len(digits) >= 4 else 0.7))
        found = _labelled(page, lines, ink, labels["property_address"], identity=True)
        if found:
            address = re.sub(r"\s+", " ", found[0].strip(" _|"))
            more = _address_continued(page, labels["property_address"]) if address and not _ZIP.search(address) else ""
            put("property_address", ", ".join(p for p in (address, more) if p) or None, found[1])
        found = _labelled(page, lines, ink, labels["hardship_start_date"])
        if found:
            put("hardship_start_date", first_date(found[0]), found[1])
        _income_lines(page, lines, fields, ref, ink, split)
    for group, name in _GROUP_FIELD.items():
        chosen = _checked(pages, labels[group], ink)
        if chosen is not None:
            codes, confidence, page = chosen
            value: Any = codes if group == "hardship" else (codes[0] if len(codes) == 1 else None)
            fields[name] = Field(value, round(confidence, 3), ref(page.number), page.method)
    if fields.get("occupancy") is None or fields["occupancy"].value is None:
        _occupancy_in_words(pages, ink, fields, ref)
    fields.setdefault("co_borrower_name", Field(None, 0.6, ref(pages[0].number), pages[0].method))
    return fields


def _income_lines(page: Page, lines: list[str], fields: dict[str, Field], ref: Ref, ink: InkProbe | None,
                  split: float | None = None) -> None:
    """Monthly income and asset lines; several lines of one code add up (wages and overtime). An income
    line whose amount is ink OCR could not read is an unknown amount, for a clerk to read, and so is a
    total summed from it."""
    labels = _labels()
    for group in ("income", "assets"):
        used: set[Any] = set()  # a line and its amount count once, whichever of its label variants matched
        for code, variants in labels[group].items():
            for variant in variants:
                found = _line_amount(page, lines, variant, used, ink, split=split)
                if found is None or (found[0] is None and group != "income"):
                    continue
                key = f"{group}.{code}"
                amount, confidence = found
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


def _line_amount(page: Page, lines: list[str], variant: str, used: set[Any], ink: InkProbe | None,
                 variants: list[str] | None = None, split: float | None = None, total: bool = False
                 ) -> tuple[Decimal | None, float] | None:
    """The positive amount on a labelled line (the last one: the first may be a printed example); None
    for the amount when OCR read no figure where the pen left ink; None when there is no such line. On a
    form with a column per person (`split`), the line's amount is the household's: both columns added."""
    if page.words:
        box = _first_label(page, variants or [variant])
        if box is None or any(_overlap(box, other) for other in used if isinstance(other, tuple)):
            return None
        used.add(box)
        loose = page.method == TextMethod.OCR  # a scan's amount may sit a little off its label's row
        row = _row_words(page, box, loose=loose)
        figures = [w for w in row if re.search(r"\d", w.text)]
        if not figures:  # a grid of cells, each label over its amount ("GROSS WAGES / SALARY" / "$3,192.80")
            figures = [w for w in _words_below(page, _whole_phrase(page, box)) if re.search(r"\d", w.text)]
        if any(w in used for w in figures):
            return None  # another variant of a label already read ("Pension" within "Taxable ... pension")
        used.update(figures)
        words = _amount_words(figures, box[3] - box[1])
        text, confidence = _read(words, page)
        if split is not None and words:
            each = [amounts_in(repair_ocr_money(" ".join(w.text for w in _column(words, split, second)))[0])
                    for second in (False, True)]
            found = each[0] + each[1]
            household = total and len(found) >= 3 and found[-1] == sum(found[:-1], Decimal(0))
            if all(each) and not household:  # a household total printed after the two is read as printed
                text = str(each[0][-1] + each[1][-1])
        if words and all(_WELL_FORMED_AMOUNT.match(w.text.strip("$)}]|;,")) for w in words):
            confidence = max(confidence, 0.85)  # a border glued to "4,700.00}" lowers OCR's word score only
        read = [w.box for w in used if isinstance(w, Word) and w not in figures]
        if not words and ink is not None and _written_beside(page, box, row, ink, read):
            return None, UNREADABLE
    else:
        found = find_label(lines, variants or [variant])
        if found is None or found[0] in used:
            return None
        used.add(found[0])
        text, confidence = lines[found[0]][found[1]:], 0.97 if page.method != TextMethod.OCR else page.confidence
    amounts = [a for a in amounts_in(repair_ocr_money(text)[0]) if a > 0]
    return (amounts[-1], confidence) if amounts else None


def _whole_phrase(page: Page, box: Box) -> Box:
    """The label's box widened left over the words it is printed with ("SOC. SEC. / PENSION" for
    "Pension"): a cell's answer starts under the cell's first word, not under the word matched."""
    line = box[3] - box[1]
    left = box[0]
    for word in sorted((w for w in page.words if _same_row(w.box, box) and w.box[2] <= box[0]),
                       key=lambda w: -w.box[2]):
        if left - word.box[2] > 1.5 * line:  # a word space, not the gap to the next cell
            break
        left = word.box[0]
    return (left, box[1], box[2], box[3])


def _amount_words(figures: list[Word], line: float) -> list[Word]:
    """The words of a row that make up amounts: touching pieces joined ("1" ",200.00"), then only what
    has an amount's shape; a lone digit by an empty "$" cell is a speck or a bullet, not an answer."""
    groups: list[list[Word]] = []
    for word in figures:
        if groups and word.box[0] - groups[-1][-1].box[2] < 0.4 * line:
            groups[-1].append(word)
        else:
            groups.append([word])
    return [w for group in groups if amount_shaped(repair_ocr_money("".join(w.text for w in group))[0])
            for w in group]


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
    region = (start + 0.005, box[1] - 0.3 * line, min(0.97, end - 0.005), box[3] + 0.5 * line)
    if any(_overlap(region, other) for other in read):
        return False
    return cell_ink(ink.image(page.number, page.rotation), region) > SIGNATURE_INK


def _total_income(fields: dict[str, Field]) -> None:
    """`income.total`: the form's printed total when it has one, else the sum of the lines.

    A printed total is a check on the lines read from a scan: when they add up to it, each figure is
    confirmed by the others (and a line written but not read is $0); when they do not, one of them was
    misread and every figure goes to review.
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
    if total.value is None or total.method != TextMethod.OCR:
        return
    unread = [(k, f) for k, f in lines if f.value is None]
    if sum(read, Decimal(0)) == total.value:  # and so a line written but not read can only be $0
        for key, found in [*lines, ("income.total", total)]:
            fields[key] = dataclasses.replace(found, confidence=max(found.confidence, ADDS_UP))
        for key, found in unread:
            fields[key] = Field(Decimal(0), ADDS_UP, found.source, "computed")
        return
    if unread:  # already in review as unreadable
        return
    for key, found in [*lines, ("income.total", total)]:
        fields[key] = dataclasses.replace(found, confidence=min(found.confidence, UNREADABLE))
    fields[f"{REVIEW_NOTE}{len(fields)}"] = Field(
        f"income lines read as {', '.join(f'{k[7:]} {f.value}' for k, f in lines)} do not add up to the "
        f"total monthly income read as {total.value}", 0.0, total.source, "computed")


# --- checkboxes ---------------------------------------------------------------------------------------


def _checked(pages: list[Page], options: dict[str, list[str]],
             ink: InkProbe | None) -> tuple[list[str], float, Page] | None:
    """Codes whose box is marked, on the page showing most of the group's boxes; None when none shows."""
    best: tuple[list[str], float, Page] | None = None
    best_seen = 0
    for page in pages:
        found = _boxes_by_ink(page, options, ink) if ink is not None and page.words else None
        typed = _boxes_by_text(page, options)
        if found is None or (found[2] < typed[2] and (typed[0] or not found[2])):  # typed "[X]", not drawn
            found = typed
        elif typed[0] and sorted(typed[0]) == sorted(found[0]):  # a thin tick glyph the text layer spells too
            found = (found[0], max(found[1], typed[1]), found[2])
        codes, confidence, seen = found
        if seen > best_seen and (seen >= 2 or len(options) < 2):
            best, best_seen = (codes, confidence, page), seen
    return best


def _boxes_by_ink(page: Page, options: dict[str, list[str]],
                  ink: InkProbe) -> tuple[list[str], float, int]:
    """Each option's box found left of its label and measured; a label with no box beside it is prose.
    Options whose box could not be measured count as shown only beside a marked one (radio circles)."""
    image = ink.image(page.number, page.rotation)
    width, height = page.width_pt or 612.0, page.height_pt or 792.0
    codes: list[str] = []
    confidences: list[float] = []
    taken: list[Box] = []
    unmeasured: list[Box] = []
    seen = 0
    for code, variants in options.items():
        for variant in sorted(variants, key=len, reverse=True):
            for box, start, _ in _occurrences(page, variant):
                if any(_overlap(box, other) for other in taken):
                    continue
                line = box[3] - box[1]
                across = line * height / width
                first = page.words[start]  # OCR may glue the box to the label: "(Disaster"
                junk = len(first.text) - len(first.text.lstrip("([{|]}:;.,-_=*'\"~`"))
                glued = (first.box[2] - first.box[0]) * junk / max(1, len(first.text))
                right = box[0] + (glued + 0.3 * across if junk else -0.1 * across)
                window = (box[0] - 4.5 * across, box[1] - 0.7 * line, right, box[3] + 0.7 * line)
                if _prose_before(page, start, window[0]):
                    continue
                least = min(line, type_height(page) or line) if page.method == TextMethod.OCR else line
                fill = checkbox_fill(image, window, (0.55 * least, 1.9 * line))
                if fill is None:
                    unmeasured.append(box)
                    continue
                taken.append(box)
                seen += 1
                ticked, sure = checkbox_reading(fill)
                confidences.append(sure)
                if ticked and code not in codes:
                    codes.append(code)
    scanned = page.confidence if page.method == TextMethod.OCR else 1.0
    if codes:  # an empty round radio button has no sides to find; its option still shows on the page
        seen += len({b for b in unmeasured if not any(_overlap(b, other) for other in taken)})
    return codes, min(confidences, default=0.0) * max(scanned, 0.85), seen


def _prose_before(page: Page, start: int, left: float) -> bool:
    """Whether a word of the label's row ends inside the box's search window: the label is then a word
    of a sentence ("... of any relocation"), not an option. OCR's readings of a box itself, empty or
    ticked ("[]", "oO", "(J", "Bd", "K]"), have fewer than three letters."""
    if not start:
        return False
    before = page.words[start - 1]
    label = page.words[start]
    return (_same_row(before.box, label.box) and before.box[2] > left
            and len(re.findall(r"[A-Za-z]", before.text)) >= 3)


def _overlap(a: Box, b: Box) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _boxes_by_text(page: Page, options: dict[str, list[str]]) -> tuple[list[str], float, int]:
    """Marks typed or OCR'd before each option ("[X] Primary residence [ ] Second home"). Every option
    seen behind a box of its own ("[X]", "[ ]", "{ ]") is a consistent reading of typed boxes, sure as
    the page's OCR; marks without boxes (a stray "x" before a label) are a guess."""
    lines = page.text.splitlines()
    codes: list[str] = []
    seen = boxed = 0
    for code, variants in options.items():
        for variant in sorted(variants, key=len, reverse=True):  # "Disability or serious illness" whole
            mark = _mark_before(lines, variant)
            if mark is not None:
                seen += 1
                boxed += mark[1]
                if mark[0]:
                    codes.append(code)
                break
    if page.method != TextMethod.OCR:
        return codes, TYPED_MARK, seen
    consistent = seen >= 2 and boxed == seen and bool(codes)
    return codes, (min(page.confidence, TYPED_MARK) if consistent else 0.6 * page.confidence), seen


_BOX_TOKEN = re.compile(r"[\[({|][\sxX]?[\])}|l1]\W*$")


def _mark_before(lines: list[str], label: str) -> tuple[bool, bool] | None:
    """(checked, a box drawn in text) just before `label` on its line; None when the label is absent."""
    found = find_label(lines, [label])
    if found is None:
        return None
    line = lines[found[0]]
    match = label_pattern(label).search(line)
    before = line[: match.start() if match else 0].rstrip()[-4:]
    return bool(_CHECKED_MARK.search(before[-3:])), bool(_BOX_TOKEN.search(before))


# --- signatures ---------------------------------------------------------------------------------------


def _signatures(pages: list[Page], ref: Ref, ink: InkProbe | None, fields: dict[str, Field]) -> None:
    """`signed`, `signed_on` and `co_borrower_signed`: a signature AND its date, for each signer."""
    labels = _labels()
    for who in ("borrower", "co_borrower"):
        key = "signed" if who == "borrower" else "co_borrower_signed"
        date_key = "signed_on" if who == "borrower" else "co_borrower_signed_on"
        typed = fields.pop(f"{who}_signature_field", None)
        found = _signature(pages, labels[f"{who}_signature"], labels["date_signed"], ink,
                           "" if who == "co_borrower" else "co") \
            or _column_signature(pages, labels, ink, second=who == "co_borrower") \
            or _signature_from_lines(pages, labels[f"{who}_signature"])
        page, present, confidence, signed_on, date_confidence = found
        if date_key in fields:  # the AcroForm's own date field
            signed_on, date_confidence = fields[date_key].value, fields[date_key].confidence
        if typed is not None:
            present, confidence = True, typed.confidence
        source = ref(page.number)
        fields[date_key] = Field(signed_on, round(date_confidence, 3), source, page.method)
        both = bool(present) and signed_on is not None
        sure = min(confidence, date_confidence) if both else (confidence if not present else date_confidence)
        fields[key] = Field(both, round(sure, 3), source, page.method)
    co_name = fields.get("co_borrower_name")
    if co_name is not None and co_name.value is None and co_name.confidence <= UNREADABLE:
        # a name written but not read: the co-borrower's line is still read, as doubtful as the name
        signed = fields["co_borrower_signed"]
        fields["co_borrower_signed"] = dataclasses.replace(signed, confidence=min(signed.confidence,
                                                                                 co_name.confidence))
    elif co_name is None or co_name.value is None:
        fields["co_borrower_signed"] = dataclasses.replace(fields["co_borrower_signed"], value=None)
    fields.pop("co_borrower_signed_on", None)


Signature = tuple[Page, bool | None, float, date | None, float]


def _signature(pages: list[Page], variants: list[str], date_variants: list[str], ink: InkProbe | None,
               exclude_prefix: str) -> Signature | None:
    """(page, signature present, confidence, date, its confidence) from the last page with the label."""
    for page in reversed(pages):
        if not page.words:
            continue
        box = _first_label(page, variants, exclude_prefix)
        if box is None:
            continue
        date_box = _date_label(page, box, date_variants)
        right = date_box[0] if date_box and date_box[0] > box[2] else min(0.97, box[2] + 0.45)
        signed_on, date_confidence = _signature_date(page, box, date_box, ink)
        if ink is None:
            return page, False, 0.4, signed_on, date_confidence
        image = ink.image(page.number, page.rotation)
        present, confidence = signature_reading(signature_ink(image, box, right, skew(page), type_height(page)))
        return page, present, confidence, signed_on, date_confidence
    return None


def _column_signature(pages: list[Page], labels: dict[str, Any], ink: InkProbe | None, second: bool
                      ) -> Signature | None:
    """A signature table with a column per person (Borrower | Co-Borrower) and a row per item: the
    signer's cell of the "Signature" row holds the ink, the same cell of the "Date signed" row the date."""
    for page in reversed(pages):
        split = _person_columns(page) if page.words and ink is not None else None
        rows = [hit[0] for variant in labels["signature_row"] for hit in _occurrences(page, variant) if split
                and not any(w.box[2] <= hit[0][0] and _same_row(w.box, hit[0]) for w in page.words)]
        box = rows[0] if rows else None  # a row label starts its row ("SECTION 6 ... SIGNATURES" is a heading)
        if box is None or split is None or ink is None:
            continue
        line = box[3] - box[1]
        date_box = next((hit[0] for variant in labels["date_signed"] for hit in _occurrences(page, variant)
                         if abs(hit[0][0] - box[0]) < 0.02 and box[3] < hit[0][1] <= box[3] + 8 * line), None)
        bottom = date_box[1] - 0.2 * line if date_box else box[3] + 2.5 * line
        first_person = {squash(t) for t in labels["first_person"]}
        headers = [w.box for w in page.words if squash(w.text) in first_person and w.box[2] <= split
                   and w.box[1] < box[1]]
        start = max(headers, key=lambda b: b[1])[0] - 0.01 if headers else box[2] + 0.005  # its column's header
        left, right = (split, 0.97) if second else (start, split)
        present, confidence = signature_reading(cell_ink(ink.image(page.number, page.rotation),
                                                         (left, box[1] - 0.5 * line, right, bottom)))
        signed_on, date_confidence = (None, UNSURE)
        if date_box is not None:
            signed_on, date_confidence = _date_in(_column(_row_words(page, date_box), split, second), page)
            date_confidence = date_confidence if signed_on else 0.97
        return page, present, confidence, signed_on, date_confidence
    return None


def _signature_date(page: Page, box: Box, date_box: Box | None, ink: InkProbe | None) -> tuple[date | None, float]:
    """The date by a signature: after its "Date" label (glued to it, "Date:May 2, 2025", counts), above
    a "Date signed" printed under its line, else anywhere on the signature's row (OCR may misread "Date").
    Ink there that OCR could not read, or no "Date" label at all, makes a blank date unsure, never a
    confident "undated"."""
    if date_box is None:  # no "Date" label read: a date may stand where OCR saw nothing, so never sure
        found, confidence = _date_in(_row_words(page, box), page)
        return found, confidence if found else min(confidence, UNSURE)
    end = min(1.0, date_box[2] + 0.4)
    words = _row_words(page, date_box, end, left=date_box[0] - 0.002)
    found, confidence = _date_in(words, page)
    if found is None:  # a pen's date, taller than the printed "Date:", shares less of its row
        words = _row_words(page, date_box, end, left=date_box[0] - 0.002, loose=True)
        found, confidence = _date_in(words, page)
    if found is None:
        words = _words_above(page, date_box, end)
        found, confidence = _date_in(words, page)
    if found is None:  # "Date" in a box's top corner, the date written under it
        words = _words_below(page, date_box)
        found, confidence = _date_in(words, page)
    text = " ".join(w.text for w in words)
    if found is None and page.method == TextMethod.OCR and ink is not None:
        line = date_box[3] - date_box[1]
        image = ink.image(page.number, page.rotation)
        beside = ink_share(image, (date_box[2] + 0.005, date_box[1] - 1.5 * line, end, date_box[3] + 0.3 * line))
        above = ink_share(image, (date_box[0], date_box[1] - 2.5 * line, end, date_box[1] - 0.1 * line))
        if max(beside, above) > SIGNATURE_INK:
            return None, UNREADABLE
    return found, confidence if found or text.strip(" _.:") else 0.97


def _date_in(words: list[Word], page: Page) -> tuple[date | None, float]:
    """The first date the words spell, sure as the digits it was read from (not a scrawl beside it)."""
    found = first_date(" ".join(w.text for w in words))
    if found is None:
        return None, _read(words, page)[1]
    start = max(i for i in range(len(words)) if first_date(" ".join(w.text for w in words[i:])) == found)
    digits = [w for w in words[start:] if re.search(r"\d", w.text)] or words[start:]
    return found, _read(digits, page)[1]


def _date_label(page: Page, box: Box, variants: list[str]) -> Box | None:
    """The signature's "Date" label: to its right, the nearest to the signature label's row followed
    along the page's tilt, within a line's height: forms print "Date:" a little off the signature's
    baseline, and OCR glues a typed date to it ("Date:January"), which lifts the word's box. Else one
    starting a row of its own just under it (a form laid out as a table)."""
    height = box[3] - box[1]
    tilt = skew(page)
    level = (box[1] + box[3]) / 2 - tilt * box[2]
    off_row = [(abs((found[1] + found[3]) / 2 - tilt * found[0] - level), found)
               for variant in variants for found, _, _ in _occurrences(page, variant) if found[0] > box[2]]
    near = [(distance, found) for distance, found in off_row if distance < height]
    if near:
        return min(near)[1]
    under = [found for variant in variants for found, _, _ in _occurrences(page, variant)  # a row of its own
             if abs(found[0] - box[0]) < 0.02 and box[3] < found[1] <= box[3] + 6 * height]
    return min(under, key=lambda found: found[1]) if under else None


def _signature_from_lines(pages: list[Page], variants: list[str]) -> Signature:
    """Without word boxes: a name-like line over the label stands for a signature, never with certainty."""
    for page in reversed(pages):
        lines = page.text.splitlines()
        found = find_label(lines, variants)
        if found is None:
            continue
        index, end = found
        nearby = [lines[index][end:], lines[index - 1] if index else "", *lines[index + 1 : index + 2]]
        signed_on = next((d for d in (first_date(t) for t in nearby) if d), None)
        above = clean_name(lines[index - 1]) if index else None
        return page, bool(above and len(above) > 3), 0.5, signed_on, 0.6
    return pages[-1], None, 0.3, None, 0.3
