"""Options answered each with a typed or written "Yes" or "No" (a question table: "3.2 Reduction in income
(fewer hours, lower pay, overtime ended)   Yes"), or with a mark under a "YES" or a "NO" column heading,
not ticked in a box of their own, or ticked in one of two boxes under such headings.

The answer is the word that ends the option's row, or the row its label wraps onto. The form is read so
only when most of the group's options carry an answer: one stray "No" at a row's end is not a layout.
"""

from __future__ import annotations

import re

from PIL import Image

from lossmit_docs.model import Page, TextMethod, Word
from lossmit_docs.reading.application_layout import occurrences, row_words, same_row
from lossmit_docs.reading.ink import Box, InkProbe, checkbox_fill, checkbox_reading, overlap

MOST = 0.6  # share of the group's options that must carry a Yes or No for the form to be read so
ALL_ANSWERED = 0.95  # how sure a text layer's answers are when every option found has one
SOME_UNANSWERED = 0.6  # an option found without an answer may be the one that applies: a doubt


def answered(pages: list[Page], options: dict[str, list[str]], inside: dict[str, list[str]],
             ink: InkProbe | None = None) -> tuple[list[str], float, int, Page] | None:
    """(codes answered Yes, how sure, options seen, the page most were seen on) when most options end their
    row with Yes or No: on one page, else over the pages together (a form's questions run on to the next
    sheet). Under "YES" and "NO" column headings a box in each column may hold the mark: the page's ink
    shows which."""
    least = max(2, MOST * len(options))
    read = [(found, page) for page in pages if (found := _page_answers(page, options, inside, ink, least))]
    whole = [(found, page) for found, page in read if _said(found) >= least]
    if whole:
        found, page = max(whole, key=lambda item: len(item[0]))
        return _summed(found, [page], least)
    merged: dict[str, tuple[bool | None, float]] = {}
    for found, _ in read:
        for code, answer in found.items():
            if code not in merged or (merged[code][0] is None and answer[0] is not None):
                merged[code] = answer
    return _summed(merged, [page for _, page in read], least) if read else None


def _page_answers(page: Page, options: dict[str, list[str]], inside: dict[str, list[str]], ink: InkProbe | None,
                  least: float) -> dict[str, tuple[bool | None, float]] | None:
    """The options a page answers Yes or No, None when it holds too few answers to look for them."""
    if not page.words:
        return None
    columns = _yes_no_columns(page)
    image = ink.image(page.number, page.rotation) if columns and ink is not None else None
    if image is None and sum(_yes_no(w) is not None or (bool(columns) and _MARK.fullmatch(w.text) is not None)
                             or w.text in _LETTERS for w in page.words) < least / 2:
        return None  # too few answers on the page to look for the options' labels at all
    try:
        return _answers(page, options, inside, columns, image)
    except _Printed:
        return None


def _said(answers: dict[str, tuple[bool | None, float]]) -> int:
    return sum(yes is not None for yes, _ in answers.values())


def _summed(answers: dict[str, tuple[bool | None, float]], pages: list[Page], least: float
            ) -> tuple[list[str], float, int, Page] | None:
    said = _said(answers)
    if said < least:
        return None
    sure = ALL_ANSWERED if said == len(answers) else SOME_UNANSWERED
    sure = min([sure, *(how for yes, how in answers.values() if yes is not None)])
    sure = min([sure, *(page.confidence for page in pages if page.method == TextMethod.OCR)])
    return [code for code, (yes, _) in answers.items() if yes], sure, len(answers), pages[0]


def _answers(page: Page, options: dict[str, list[str]], inside: dict[str, list[str]],
             headings: list[_Headings], image: Image.Image | None
             ) -> dict[str, tuple[bool | None, float]]:
    answers: dict[str, tuple[bool | None, float]] = {}
    taken: list[Box] = []
    rows: list[Box] = []  # the labels answered
    for code, variants in options.items():
        words = sorted(set(inside.get(code, [])) - set(variants), key=len, reverse=True)
        for variant in [*sorted(variants, key=len, reverse=True), *words]:
            for box, _, _ in occurrences(page, variant):
                if any(overlap(box, other) for other in taken) or any(same_row(box, row) for row in rows):
                    continue  # one answer a row: "... storm or other disaster? [X]" is no "Other"
                columns = _columns_of(headings, box)
                said = _answer(page, box, columns)
                if said is None and image is not None and columns is not None:
                    said, sure = _ticked_column(image, box, columns)
                else:
                    sure = 1.0
                if said is not None or code not in answers:
                    answers[code] = (said, sure)
                    taken.append(box)
                if said is not None:
                    rows.append(box)
                    break
            if answers.get(code, (None, 0.0))[0] is not None:
                break
    return answers


def _answer(page: Page, label: Box, columns: tuple[float, float] | None) -> bool | None:
    """True for "Yes", False for "No" ending the label's row, or the next row its label wraps onto; or a
    mark ending the row under a "YES" or a "NO" column heading (`columns`: their centres)."""
    row = row_words(page, label)
    printed = sum(bool(_PRINTED.fullmatch(w.text)) for w in row)
    if printed > 2 and (said := _yes_no(row[-1])) is not None:
        return said  # the question's own "(yes / no)", its answer typed at the row's end
    if printed > 1:
        raise _Printed  # "(YES) NO": both printed to circle one, no answer typed
    if row and (said := _yes_no(row[-1])) is not None:
        return said
    if (keyed := _keyed_letter(row)) is not None:
        return keyed
    if (typed := _letter_after_question(page, label, row)) is not None:
        return typed
    if row and columns is not None:  # the mark may stand mid-row, another column's words after it
        reach = abs(columns[1] - columns[0])
        for word in (w for w in row if _MARK.fullmatch(w.text)):
            centre = (word.box[0] + word.box[2]) / 2
            if min(abs(centre - columns[0]), abs(centre - columns[1])) < reach:
                return abs(centre - columns[0]) < abs(centre - columns[1])
    line = label[3] - label[1]
    under = [w for w in page.words if label[3] <= w.box[1] <= label[3] + 1.2 * line]
    if not under:
        return None
    first = min(under, key=lambda w: w.box[1])
    wrapped = sorted((w for w in under if same_row(w.box, first.box)), key=lambda w: w.box[0])
    if wrapped[0].text[:1].isdigit():
        return None  # the next numbered question, not the rest of this one
    return _yes_no(wrapped[-1])


def _ticked_column(image: Image.Image, label: Box, columns: tuple[float, float]) -> tuple[bool | None, float]:
    """Yes or No by the box ticked on the label's row under each heading, and how sure: one ticked, the
    other plainly not; None when a box is missing, both or neither is ticked."""
    line = label[3] - label[1]
    half = min(2 * line, abs(columns[1] - columns[0]) / 2)
    readings = []
    for centre in columns:
        window = (centre - half, label[1] - 0.6 * line, centre + half, label[3] + 0.6 * line)
        fill = checkbox_fill(image, window, (0.55 * line, 1.9 * line))
        if fill is None:
            return None, 0.0
        readings.append(checkbox_reading(fill))
    (yes, yes_sure), (no, no_sure) = readings
    return (yes, min(yes_sure, no_sure)) if yes != no else (None, 0.0)


_PRINTED = re.compile(r"\W*(?:yes|no)\W*", re.IGNORECASE)
_MARK = re.compile(r"[Xx✓✔☒■●]")  # a mark typed or written in a YES / NO column


_Headings = tuple[Box, float, float]  # a "YES" heading's box, the centres of it and of its "NO"


def _yes_no_columns(page: Page) -> list[_Headings]:
    """Each question table's "YES" and "NO" column headings: a row of its own holding both, or "NO" the
    very next word after "YES" on a row it shares with an instruction or another column's words ("Mark YES
    or NO for each reason.  YES  NO   Income of everyone on the loan"). A page in two columns has a table
    in each."""
    found = []
    for yes in (w for w in page.words if w.text.strip(" .:").lower() == "yes"):
        row = sorted((w for w in page.words if same_row(w.box, yes.box)), key=lambda w: w.box[0])
        after = [w for w in row if w.box[0] > yes.box[2]]
        no = [w for w in after if w.text.strip(" .:").lower() == "no"]
        if no and (len(row) <= 3 or no[0] is after[0]):
            found.append((yes.box, (yes.box[0] + yes.box[2]) / 2, (no[0].box[0] + no[0].box[2]) / 2))
    return found


def _columns_of(headings: list[_Headings], label: Box) -> tuple[float, float] | None:
    """The headings a question answers under: the nearest pair right of where it starts (its own column's,
    not the next column's), the last such pair above it; else the page's first pair."""
    right = [h for h in headings if h[1] > label[0]]
    if not right:
        return (headings[0][1], headings[0][2]) if headings else None
    nearest = min(h[1] for h in right)
    own = [h for h in right if h[1] - nearest < COLUMN_SLACK]
    above = [h for h in own if h[0][1] <= label[3]]
    chosen = max(above, key=lambda h: h[0][1]) if above else min(own, key=lambda h: h[0][1])
    return chosen[1], chosen[2]


COLUMN_SLACK = 0.05  # page widths between the headings of one column's tables


_LETTERS = ("Y", "N")


def _keyed_letter(row: list[Word]) -> bool | None:
    """A "Y" or "N" written in the box before the row's printed key "Y / N", or after it ("Unemployment -
    Y/N   N")."""
    def key(words: list[Word]) -> bool:
        return "".join(w.text for w in words).replace(" ", "") == "Y/N"

    for size in (1, 2, 3):
        if len(row) > size and key(row[-size:]):
            answer = row[-size - 1].text
            return answer == "Y" if answer in _LETTERS else None
        if len(row) > size and key(row[-size - 1 : -1]):
            answer = row[-1].text.strip(" .,;:")
            return answer == "Y" if answer in _LETTERS else None
    return None


def _letter_after_question(page: Page, label: Box, row: list[Word]) -> bool | None:
    """A "Y" or "N" typed in a small box right after the question's mark ("Did a borrower lose a job? N"),
    another column's words after it on the row; the mark may end the label itself."""
    own = [w for w in page.words if overlap(w.box, label) and same_row(w.box, label)]
    asked = [i for i, w in enumerate(row) if w.text.endswith("?")]
    place = 0 if any(w.text.endswith("?") for w in own) else asked[0] + 1 if asked else None
    if place is not None and place < len(row) and row[place].text.startswith("("):  # past its note ("(explain
        place = next((i + 1 for i in range(place, len(row)) if row[i].text.endswith(")")), len(row))  # below)")
    if place is None or place >= len(row) or row[place].text not in _LETTERS:
        return None
    following = [w.text for w in row[place + 1 : place + 3] if w.text not in ("/", "|")]
    if following and following[0] in _LETTERS:
        return None  # a printed key "Y  N" (or "Y / N") to circle one, no letter typed
    return row[place].text == "Y"


class _Printed(Exception):
    """The form prints YES and NO beside its options for one to be circled (application_circles)."""


def _yes_no(word: Word) -> bool | None:
    text = word.text.strip(" .:;").lower()
    return True if text == "yes" else False if text == "no" else None
