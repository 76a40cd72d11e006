"""Options ticked where no box is drawn: a form that prints a light shaded square (or nothing) before each
option, and a pen's or a mouse's check mark stands there on the chosen ones. Neither a box's sides nor a
typed mark show; the ink before the option does.

Read only where the options' places before them are clean paper on most options (two at the least) and
plainly inked on the others, fewer than half: a word, a legend's number or a printed box before an option
is no mark, ink on both sides of an option is a pen's ring round it, and a group inked as often as not is
print or a fax's noise, no answer.
"""

from __future__ import annotations

import re

from lossmit_docs.model import Page, TextMethod
from lossmit_docs.reading.application_layout import occurrences, same_row
from lossmit_docs.reading.ink import Box, InkProbe, ink_share, overlap

MARK_WIDTH = 2.0  # label heights before an option a mark stands in
MARKED = 0.06  # dark share of that place from which a mark stands there
CLEAN = 0.01  # ... and below which it is clean paper
MARKS_SURE = 0.85
_NUMBER = re.compile(r"\(?\d{1,2}[.)]?")  # a legend's number opening an option: the option is answered by it
_JOINERS = frozenset(("/", "-", "&", "+", ","))  # signs inside an option's phrase ("Job loss / unemployment")
CLEAN_PLACES = 2  # options with clean paper before them a group shows at the least
_BOX_PRINT = re.compile(r"[()\[\]{}]")
# what OCR makes of a check mark: a sign or two, or the letters a tick looks like ("V", "Jv", "¥")
_MARK_READ = re.compile(r"[^\sA-Za-z0-9]{1,2}|[vVxXjJwWyY]{1,2}")


def marks_before(page: Page, options: dict[str, list[str]], ink: InkProbe) -> tuple[list[str], float, int] | None:
    """(codes marked, how sure, options seen) by the ink just before each option's first words; None when
    fewer than two options show clean places, or none is marked, or any is in doubt, or a box is printed."""
    image = ink.image(page.number, page.rotation)
    readings: dict[str, bool] = {}
    taken: list[Box] = []
    for code, variants in options.items():
        for variant in sorted(variants, key=len, reverse=True):
            found = next((box for box, start, _ in occurrences(page, variant)
                          if not any(overlap(box, other) for other in taken) and not _word_before(page, start)
                          and not _NUMBER.fullmatch(page.words[start].text)), None)  # ("3 Higher housing costs":
            if found is None:  # a legend's numbered option, answered by its number)
                continue
            line = found[3] - found[1]
            place = (found[0] - MARK_WIDTH * line, found[1] - 0.3 * line, found[0] - 0.15 * line,
                     found[3] + 0.3 * line)
            there = [w for w in page.words if overlap(w.box, (place[0] + 0.5 * line, *place[1:]))]
            if any(_BOX_PRINT.search(w.text) for w in there):
                return None  # a printed box, "( )" or "[ ]": the boxes' own readers' form
            if any(not _MARK_READ.fullmatch(w.text) for w in there):
                continue  # print before the option: a sentence's words, not a mark's place (OCR reads a
                # check mark as a letter or two: "V", "Jv", "¥")
            share = ink_share(image, place)
            if CLEAN < share < MARKED:
                return None  # a speck or a faint stroke: no plain reading
            after = (found[2] + 0.15 * line, place[1], found[2] + MARK_WIDTH * line, place[3])
            if share >= MARKED and ink_share(image, after) >= MARKED and not any(overlap(w.box, after)
                                                                                 for w in page.words):
                return None  # ink on both sides of the option's words: a pen's ring round them, no check mark
            readings[code] = share >= MARKED
            taken.append(found)
            break
    marked = sum(readings.values())
    if marked < 1 or len(readings) - marked < CLEAN_PLACES or 2 * marked >= len(readings):
        return None  # (places inked as often as not: print or a fax's noise, not a choice among clean places)
    sure = MARKS_SURE if page.method != TextMethod.OCR else min(MARKS_SURE, page.confidence)
    return [code for code, marked in readings.items() if marked], sure, len(readings)


def _word_before(page: Page, start: int) -> bool:
    """Whether the option's first word follows another word of its row a word space away (prose)."""
    if not start:
        return False
    before, word = page.words[start - 1], page.words[start]
    if _MARK_READ.fullmatch(before.text) and before.text not in _JOINERS:
        return False  # the mark itself, read as a letter or two (not "Job loss / unemployment"'s joiner)
    line = word.box[3] - word.box[1]
    return same_row(before.box, word.box) and 0 <= word.box[0] - before.box[2] < WORD_SPACE * line


WORD_SPACE = 0.6  # label heights between two words of one sentence at the most
