"""Options printed as a table's column captions, each one's box in the cell under it.

A record-style form ("OCCUPANCY: PRIMARY RESIDENCE | OCCUPANCY: SECOND HOME | ...", "JOB LOSS OR FURLOUGH |
LESS PAY OR FEWER HOURS | ...") prints no box beside an option: the box stands centred in the cell below its
caption, and a caption may wrap onto a second line. Read only where no box shows beside any option.
"""

from __future__ import annotations

from PIL import Image

from lossmit_docs.model import Page, TextMethod, Word
from lossmit_docs.reading.application_layout import occurrences, whole_phrase
from lossmit_docs.reading.ink import Box, InkProbe, checkbox_fill, checkbox_reading, ink_share, overlap
from lossmit_docs.reading.page_text import row_right_of

TYPED_MARK = 0.9  # a box ticked in a text layer ("[X]", "✓"): typed, not guessed from pixels

CELL_DEPTH = 0.035  # page heights under a caption its cell's box may stand in
LARGEST_BOX = 0.03  # page heights: a box side, as against the cell's own borders
ROW_ALIGN = 0.01  # page heights between the tops of two cells of one table row
TICK_INK = 2.0  # a ticked cell's ink over an empty box's
MIN_BOX_INK = 0.005  # ... at the least
HIDDEN_BOX = 0.8  # how sure a tick read from a cell's ink, its box unseen, is
READ_SURELY = 0.5  # OCR's confidence in a word of print; a pen's tick read as letters scores less


def boxes_under(page: Page, options: dict[str, list[str]], ink: InkProbe,
                inside: dict[str, list[str]]) -> tuple[list[str], float, int]:
    """Codes whose box under their caption is ticked, how sure, and how many options showed a box."""
    image = ink.image(page.number, page.rotation)
    measured: list[tuple[str, bool, float]] = []
    windows: list[Box] = []  # of the boxes measured
    hidden: dict[str, Box] = {}  # option -> its cell, where no box was found: a pen's tick may hide its sides
    taken: list[Box] = []
    for code, variants in options.items():
        for box in _captions(page, variants, inside.get(code, []), taken):
            caption = _caption(page, whole_phrase(page, box))
            line = box[3] - box[1]
            window = (caption[0] - 0.01, caption[3] + 0.1 * line, _cell_right(page, caption), caption[3] + CELL_DEPTH)
            if _words_in(page, window):
                cell = _over_next_captions(page, window)  # a grid: the cell ends at the next row's captions
                if cell is not None:
                    hidden.setdefault(code, cell)
                continue  # an answer written under the caption, or the next caption: no box of its own
            fill = checkbox_fill(image, window, (0.55 * line, LARGEST_BOX))
            if fill is None:
                hidden.setdefault(code, window)
                continue
            taken.append(caption)
            windows.append(window)
            hidden.pop(code, None)
            ticked, sure = checkbox_reading(fill)
            if page.method != TextMethod.OCR and _marks_in(page, window):  # a text layer spells its tick:
                ticked, sure = True, TYPED_MARK  # "✓" in the box is typed, however thin its strokes
            measured.append((code, ticked, sure))
            break
    if len(measured) >= 2:
        measured += _ticked_over(image, hidden, windows, [ticked for _, ticked, _ in measured])
    elif not measured and len(hidden) >= 2:  # no boxes drawn: an "X" typed in the cell under its caption
        measured = _typed_under(page, hidden)
    codes = [code for code, ticked, _ in measured if ticked]
    scanned = page.confidence if page.method == TextMethod.OCR else 1.0
    sure = min((sure for *_, sure in measured), default=0.0) * max(scanned, 0.85)
    return codes, sure, len(measured)


def _ticked_over(image: Image.Image, hidden: dict[str, Box], windows: list[Box],
                 ticked: list[bool]) -> list[tuple[str, bool, float]]:
    """Options whose cell, level with the measured cells of the table, showed no box: ticked when the cell
    holds far more ink than an empty box's cell (a pen's tick across the box breaks its sides)."""
    empties = sorted(ink_share(image, _middle(window))
                     for window, mark in zip(windows, ticked, strict=True) if not mark)
    if not empties:
        return []
    empty = empties[len(empties) // 2]
    found = []
    for code, window in hidden.items():
        if any(abs(window[1] - other[1]) < ROW_ALIGN for other in windows):
            found.append((code, ink_share(image, _middle(window)) >= TICK_INK * max(empty, MIN_BOX_INK), HIDDEN_BOX))
    return found


def _middle(window: Box) -> Box:
    """The middle of a cell across, where its box is centred: its side borders left out."""
    width = window[2] - window[0]
    return (window[0] + 0.3 * width, window[1], window[0] + 0.7 * width, window[3])


def _captions(page: Page, variants: list[str], words: list[str], taken: list[Box]) -> list[Box]:
    """Where the option's labels, or else words of it, are printed, longest first, outside captions taken."""
    hits = [box for variant in sorted(variants, key=len, reverse=True) for box, _, _ in occurrences(page, variant)]
    hits += [box for word in sorted(words, key=len, reverse=True) for box, _, _ in occurrences(page, word)]
    return [box for box in hits if not any(overlap(box, other) for other in taken)]


def _caption(page: Page, phrase: Box) -> Box:
    """The caption with the lines it wraps onto under it ("OCCUPANCY: PRIMARY" over "RESIDENCE")."""
    line = phrase[3] - phrase[1]
    bottom = phrase[3]
    for word in sorted(page.words, key=lambda w: w.box[1]):
        if bottom < word.box[1] <= bottom + 0.8 * line and phrase[0] - 0.005 <= word.box[0] < phrase[2] \
                and word.box[3] - word.box[1] <= 1.6 * line and word.confidence >= READ_SURELY:
            bottom = word.box[3]
    return (phrase[0], phrase[1], phrase[2], bottom)


def _over_next_captions(page: Page, window: Box) -> Box | None:
    """The cell under a caption down to the next row's words, in a grid of captions two rows deep ("Unemployment
    | Reduced income ..." over a row of cells, "Divorce / separation | ..." under them): None when a word
    stands right under the caption, where its cell would be."""
    top = min(w.box[1] for w in _words_in(page, window))
    cell = (window[0], window[1], window[2], top - 0.002)
    return cell if cell[3] - cell[1] > 0.008 and not _words_in(page, cell) else None


def _typed_under(page: Page, cells: dict[str, Box]) -> list[tuple[str, bool, float]]:
    """Options marked by an "X" alone in the cell under their caption ("Occupancy - mark one X:" over a row of
    captions, a row of cells under them): every caption's cell read, marked or not, once one is marked."""
    marks = {code: _marks_in(page, cell) for code, cell in cells.items()}
    if not any(marks.values()):
        return []
    sure = min((w.confidence for found in marks.values() for w in found), default=1.0)
    sure = TYPED_MARK if page.method != TextMethod.OCR else min(sure, page.confidence)
    return [(code, bool(found), sure) for code, found in marks.items()]


def _cell_right(page: Page, caption: Box) -> float:
    """Where the caption's column ends: at the next caption along its row."""
    line = caption[3] - caption[1]
    following = [w.box[0] for w in row_right_of(page, caption) if w.box[0] > caption[2] + 0.2 * line]
    return min(following, default=caption[2] + 0.1) - 0.003


def _marks_in(page: Page, window: Box) -> list[Word]:
    return [w for w in page.words if overlap(w.box, window) and w.text.strip() in _TICKS]


_TICKS = frozenset("✓✔☒☑✗✘xX")


def _words_in(page: Page, window: Box) -> list[Word]:
    """Words starting in the window that are words, not OCR's reading of a box or a tick ("[]", "mA": read
    unsurely); a caption's word a tick ran into reaches down from above."""
    return [w for w in page.words if overlap(w.box, window) and w.box[1] >= window[1]
            and sum(c.isalnum() for c in w.text) >= 2 and w.confidence >= READ_SURELY]
