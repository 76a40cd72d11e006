"""YES or NO circled by hand beside a question ("I live in this home.   (YES)  NO").

A pen's ring damages the word it goes round: OCR reads "(YES)", "GES)" or "<5)", stretches the word's box
over the ring, or drops the word altogether. So the answer is found from the word left clean: the printed
YES or NO nobody circled, read plainly, says the circled one is the other, and a ring is looked for as ink
round a clean word or as ink where no word was read. Two clean words and no ring are no answer.
"""

from __future__ import annotations

import re

from PIL import Image

from lossmit_docs.model import Page, Word
from lossmit_docs.reading.application_layout import row_words
from lossmit_docs.reading.ink import Box, dark_share, ink_share, overlap

RING_INK = 0.04  # dark share round a word (its own ink left out) above which a pen went round it
UNREAD_INK = 0.03  # dark share where the other answer's word should be, above which OCR lost a circled word
TALL = 1.6  # a word's box this many times the label's height took in a ring drawn round it
CIRCLED = 0.85  # how sure an answer read from a clean word and a ring is: pixels, checked both ways


def circled_answer(page: Page, image: Image.Image, label: Box) -> tuple[bool | None, bool]:
    """(the answer circled, whether the label has YES and NO beside it at all). None when neither or both
    of the two are circled: a blank question, or a mark a person should look at."""
    line = label[3] - label[1]
    zone = _answer_words(page, label)
    if zone is None:
        return None, False
    clean = [w for w in zone if _plain(w) and w.box[3] - w.box[1] < TALL * line]
    if not clean or len(clean) > 2:
        return None, bool(clean)
    rings = {_plain(w): _ring(page, image, w, line) > RING_INK for w in clean}
    if len(clean) == 2:
        if rings["yes"] == rings["no"]:
            return None, True
        return rings["yes"], True
    word, said = clean[0], _plain(clean[0])
    if rings[said]:
        return said == "yes", True
    other = [w for w in zone if w is not word]
    # the circled word's place: before a clean NO, after a clean YES
    if said == "no":
        marked = any(w.box[2] <= word.box[0] for w in other) or _unread(image, word, line, -1)
    else:
        marked = any(w.box[0] >= word.box[2] for w in other) or _unread(image, word, line, 1)
    return (said == "no", True) if marked else (None, True)


def _answer_words(page: Page, label: Box) -> list[Word] | None:
    """The words after the label's sentence on its row, up to the next printed words (a second column's
    question); None when no YES or NO is among them."""
    line = label[3] - label[1]
    row = [w for w in row_words(page, label, loose=True) if re.search(r"\w", w.text) or len(w.text) > 1]
    end = label[2]
    while row and row[0].box[0] - end < 1.5 * line and not _plain(row[0]):  # the rest of its sentence
        end = row.pop(0).box[2]
    zone: list[Word] = []
    for word in row:
        if len(re.findall(r"[A-Za-z]", word.text)) >= 3 and not _answer_like(word):
            break  # the next question
        zone.append(word)
    return zone if any(_plain(w) for w in zone) and len(zone) <= 3 else None


def _plain(word: Word) -> str:
    """"yes" or "no" for a word OCR read as exactly that, else ""."""
    text = word.text.strip().lower()
    return text if text in ("yes", "no") else ""


def _answer_like(word: Word) -> bool:
    """A YES or NO a ring has garbled: its letters are few, and those of yes or no ("GES)", "CNO)")."""
    letters = re.sub(r"[^a-z]", "", word.text.lower())
    return len(letters) <= 4 and ("es" in letters or "no" in letters or "ye" in letters)


def _ring(page: Page, image: Image.Image, word: Word, line: float) -> float:
    """Dark share round the word, its own ink and its neighbours' left out."""
    box = word.box
    inner = (box[0] - 0.2 * line, box[1] - 0.2 * line, box[2] + 0.2 * line, box[3] + 0.2 * line)
    outer = (box[0] - 1.1 * line, box[1] - 0.9 * line, box[2] + 1.1 * line, box[3] + 0.9 * line)
    neighbours = [w.box for w in page.words if w is not word and overlap(w.box, outer)]
    dark = _dark(image, outer) - _dark(image, inner) - sum(_dark(image, _clip(b, outer)) for b in neighbours)
    area = _area(outer) - _area(inner) - sum(_area(_clip(b, outer)) for b in neighbours)
    return max(0.0, dark) / area if area > 0 else 0.0


def ring_round(page: Page, image: Image.Image, box: Box, line: float) -> bool:
    """Whether a pen's ring goes round the words in `box`: ink over, under, before and after them, other
    words left out. A ring round a neighbouring option reaches one side of these words at most."""
    inset = 0.15 * (box[2] - box[0])
    sides = ((box[0] + inset, box[1] - RING_OFF * line, box[2] - inset, box[1] - 0.1 * line),
             (box[0] + inset, box[3] + 0.1 * line, box[2] - inset, box[3] + RING_OFF * line),
             (box[0] - RING_END * line, box[1], box[0] - 0.1 * line, box[3]),
             (box[2] + 0.1 * line, box[1], box[2] + RING_END * line, box[3]))
    for side in sides:
        others = [_clip(w.box, side) for w in page.words if overlap(w.box, side)]
        dark = dark_share(image, side) * _area(side) - sum(dark_share(image, b) * _area(b) for b in others)
        area = _area(side) - sum(_area(b) for b in others)
        if area <= 0 or dark / area < RING_SIDE:
            return False
    return True


RING_OFF = 1.3  # lines over and under the words a ring's arc is looked for
RING_END = 1.6  # lines before and after the words a ring's end is looked for
RING_SIDE = 0.02  # dark share on each side of the words that is a pen's stroke


def _unread(image: Image.Image, word: Word, line: float, side: int) -> bool:
    """Ink where the other answer should be, one to three word widths to the `side`, that OCR read nothing in."""
    box, width = word.box, word.box[2] - word.box[0]
    start = box[2] + 0.5 * line if side > 0 else box[0] - 0.5 * line - 3 * width
    region = (start, box[1] - 0.6 * line, start + 3 * width, box[3] + 0.6 * line)
    return ink_share(image, region) > UNREAD_INK


def _dark(image: Image.Image, box: Box) -> float:
    return ink_share(image, box) * _area(box)


def _area(box: Box) -> float:
    return max(0.0, box[2] - box[0]) * max(0.0, box[3] - box[1])


def _clip(box: Box, within: Box) -> Box:
    return (max(box[0], within[0]), max(box[1], within[1]), min(box[2], within[2]), min(box[3], within[3]))
