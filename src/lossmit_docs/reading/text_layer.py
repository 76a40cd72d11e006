"""A page's own text (pdfplumber) and whether it is worth more than OCR.

A scan often carries a little text of its own: a scanner's stamp, a faint footer line printed on every
page, a fragment of a bad OCR layer. Such text must not stop the page from being OCR'd, so a text layer
counts only when it holds real words on more than one line, unless the page has nothing else (no image,
no vector drawing) that OCR could read.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from pdfplumber.page import Page as PlumberPage
from pdfplumber.utils import extract_text

from lossmit_docs.reading.turn import reading_turn, turned_chars

# Relative to each glyph's size: tight-set forms (Form 710 among them) have no space glyphs, and a
# fixed 3pt tolerance runs their words together.
X_TOLERANCE_RATIO = 0.15
MIN_WORDS = 8  # real words before a page with an image counts as having a text layer
MIN_LINES = 2  # ... spread over at least this many lines (a one-line footer is not a text layer)
MIN_CLEAN_SHARE = 0.6  # share of letters, digits and ordinary punctuation among visible characters
VECTOR_ART_CURVES = 40  # more curves than this may be text drawn as outlines, which OCR can read
DUPLICATE_TOLERANCE = 1.0  # points: a glyph this close to its twin is the same glyph printed twice

_UNMAPPED_GLYPH = re.compile(r"\(cid:\d+\)")
_WORD = re.compile(r"[A-Za-z]{2,}")
_VOWEL = re.compile(r"[aeiouyAEIOUY]")
_CLEAN_CHAR = re.compile(r"[A-Za-z0-9$%&@#.,:;!?()/'\"\-_*+=\[\]<>|]")


@dataclass(frozen=True)
class TextLayer:
    """What the page's own text layer holds, and whether to trust it over OCR."""

    text: str
    word_count: int  # real words, as `real_words` counts them
    has_images: bool
    draws_nothing: bool  # no text, image or vector graphics at all: a blank page
    usable: bool
    turn: int = 0  # degrees clockwise the page is turned to read its text (glyphs drawn on their side)
    # its glyphs as they stand on the turned page, each once: a form's values are written in among them
    chars: list[dict[str, Any]] = field(default_factory=list, repr=False, compare=False)


def real_words(line: str) -> list[str]:
    """Tokens that look like words: two letters or more with a vowel (mis-encoded glyphs rarely have)."""
    return [w for w in _WORD.findall(line) if _VOWEL.search(w)]


def clean_share(text: str) -> float:
    visible = [c for c in text if not c.isspace()]
    if not visible:
        return 0.0
    return sum(1 for c in visible if _CLEAN_CHAR.match(c)) / len(visible)


def _word_lines(text: str) -> list[list[str]]:
    """The real words of each line that has any, glyphs the font could not map left out."""
    text = _UNMAPPED_GLYPH.sub(" ", text)
    return [words for words in (real_words(line) for line in text.splitlines()) if words]


def is_usable(text: str, *, has_images: bool, has_vector_art: bool = False) -> bool:
    """Whether the text layer reads the page well enough that OCR would add nothing."""
    if clean_share(_UNMAPPED_GLYPH.sub(" ", text)) < MIN_CLEAN_SHARE:
        return False
    lines = _word_lines(text)
    word_count = sum(len(words) for words in lines)
    if word_count >= MIN_WORDS and len(lines) >= MIN_LINES:
        return True
    # A short born-digital page (a cover note, "intentionally left blank") has nothing OCR could add.
    return word_count > 0 and not has_images and not has_vector_art


def page_chars(page: PlumberPage) -> list[dict[str, Any]]:
    """The page's glyphs, each once: fake bold prints every glyph twice, a hair apart.

    pdfplumber's own `dedupe_chars` does the same but costs more than parsing the page; a grid of
    one-point cells finds the twins in one pass.
    """
    kept: list[dict[str, Any]] = []
    grid: dict[tuple[str, int, int], list[tuple[float, float]]] = {}
    for char in page.chars:
        x, y = char["x0"], char["top"]
        cell_x, cell_y = int(x), int(y)
        near = (grid.get((char["text"], cell_x + dx, cell_y + dy), ()) for dx in (-1, 0, 1) for dy in (-1, 0, 1))
        if any(
            abs(x - x2) < DUPLICATE_TOLERANCE and abs(y - y2) < DUPLICATE_TOLERANCE for cell in near for x2, y2 in cell
        ):
            continue
        grid.setdefault((char["text"], cell_x, cell_y), []).append((x, y))
        kept.append(char)
    return kept


def chars_text(chars: Sequence[dict[str, Any]]) -> str:
    """Glyphs (the page's, or form values placed among them) as text in reading order."""
    return extract_text(list(chars), x_tolerance_ratio=X_TOLERANCE_RATIO)


def read_text_layer(page: PlumberPage) -> TextLayer:
    chars = page_chars(page)
    turn = reading_turn(chars)
    chars = turned_chars(chars, turn, float(page.width), float(page.height))
    text = chars_text(chars)
    has_images = bool(page.images)
    curves = len(page.curves)
    draws_nothing = not page.chars and not has_images and curves == 0 and not page.rects and not page.lines
    return TextLayer(
        text=text,
        word_count=sum(len(words) for words in _word_lines(text)),
        has_images=has_images,
        draws_nothing=draws_nothing,
        usable=is_usable(text, has_images=has_images, has_vector_art=curves > VECTOR_ART_CURVES),
        turn=turn,
        chars=chars,
    )
