"""Ink on a page region: whether a checkbox is marked or a signature line carries a signature.

Neither shows in text: a tick drawn on a born-digital form, a pasted signature image and a pen mark on
a scan are all pixels. `PdfInk` renders a page once at a low resolution, turned the way its text was read,
and the functions here measure dark pixels inside regions given in page fractions, discounting ruled
lines and box borders so an empty box or a bare signature line reads 0. `PdfInk.words` gives word boxes
of a text layer, which the page reader keeps only for OCR'd pages, so labels can be found on both.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Protocol

from PIL import Image
from pypdf import PdfReader

from lossmit_docs.model import INK_DPI, Page, TextMethod, Word, ink_size
from lossmit_docs.reading import form_fields
from lossmit_docs.reading.turn import turn_box, turned_size

log = logging.getLogger(__name__)

Box = tuple[float, float, float, float]  # x0, y0, x1, y1 in page fractions, origin top-left
PlacedWord = tuple[str, tuple[float, float, float, float]]  # text; left, bottom, right, top in PDF points
DARK = 200  # at most this grey is ink
CONTRAST = 35  # and at least this much darker than the paper around it
UNSURE = 0.5  # confidence of a mark or signature measured too close to its threshold
SURE = 0.95  # confidence of a mark or signature plainly there or plainly absent: pixels, not OCR's guess
BOX_ASPECT = 0.6  # a box's height over its width at the least
FILLED_OVAL = 0.5  # ... and a filled one's: an oval filled in ("Fill each oval completely") is half as tall as wide
SOLID_BOX = 1.3  # a solid square's side over a box's least side: below it, a printed bullet "▪"
SOLID_OFF_ROW = 0.2  # share of a box's window a filled box's middle may sit off the window's (the label's row)


class InkProbe(Protocol):
    def image(self, page_number: int, rotation: int = 0) -> Image.Image: ...

    def words(self, page_number: int, rotation: int = 0) -> tuple[Word, ...]: ...


def with_words(page: Page, ink: InkProbe | None) -> Page:
    """The page with word boxes: the reader keeps them for OCR only, the ink probe has the text layer's."""
    if page.words or ink is None or page.method == TextMethod.OCR:
        return page
    return dataclasses.replace(page, words=ink.words(page.number, page.rotation))


class PdfInk:
    """A PDF's pages as grey images and its text layer's word boxes.

    A page OCR'd by the reader brings its render along (`Page.image`), so it is not rendered again; any
    other page is rendered here at INK_DPI, once, and only if an ink check asks for it.
    """

    def __init__(self, path: Path, pages: Iterable[Page] = ()) -> None:
        self._path = path
        self._rendered = {page.number: page for page in pages if page.image}
        self._images: dict[tuple[int, int], Image.Image] = {}
        self._words: dict[tuple[int, int], tuple[Word, ...]] = {}
        self._form: PdfReader | None = None  # opened once, for the pages' filled fields and text boxes

    def image(self, page_number: int, rotation: int = 0) -> Image.Image:
        """The page turned `rotation` degrees clockwise, as OCR read it, so word boxes fit it."""
        key = (page_number, rotation % 360)
        if key not in self._images:
            if (page_number, 0) not in self._images:
                self._images[(page_number, 0)] = self._upright(page_number)
            self._images[key] = self._images[(page_number, 0)].rotate(-key[1], expand=True)
        return self._images[key]

    def _upright(self, page_number: int) -> Image.Image:
        kept = self._rendered.get(page_number)
        if kept is not None and kept.image is not None:
            return Image.frombytes("L", ink_size(kept.width_pt, kept.height_pt), kept.image)
        import pypdfium2

        pdf = pypdfium2.PdfDocument(str(self._path))
        try:
            bitmap = pdf[page_number - 1].render(scale=INK_DPI / 72, may_draw_forms=False)
            return bitmap.to_pil().convert("L")
        finally:
            pdf.close()

    def words(self, page_number: int, rotation: int = 0) -> tuple[Word, ...]:
        key = (page_number, rotation % 360)
        if key not in self._words:
            if self._form is None:
                self._form = _form_reader(self._path)
            filled = _filled_in(self._form, page_number) if self._form is not None else []
            self._words[key] = text_layer_words(self._path, page_number, rotation, filled)
        return self._words[key]


def text_layer_words(path: Path, page_number: int, rotation: int = 0, filled: Sequence[PlacedWord] | None = None
                     ) -> tuple[Word, ...]:
    """Words of a page's text layer with their boxes in page fractions (empty for an image-only page), as
    the page shows (its /Rotate applied) turned `rotation` degrees clockwise, the way its text was read;
    with the words of its filled fields and text boxes (`filled`, else read from the file)."""
    if filled is None:
        reader = _form_reader(path)
        filled = _filled_in(reader, page_number) if reader is not None else []
    import pypdfium2

    pdf = pypdfium2.PdfDocument(str(path))
    try:
        page = pdf[page_number - 1]
        turn = page.get_rotation() + rotation  # pdfium's glyph boxes stand on the page as drawn, unturned
        width, height = turned_size(page.get_rotation(), *page.get_size())  # get_size is the page as shown
        across, down = turned_size(turn, width, height)
        text_page = page.get_textpage()
        words: list[Word] = []
        chars: list[tuple[str, tuple[float, float, float, float]]] = []

        def word(text: str, boxes: list[tuple[float, float, float, float]]) -> Word:
            # boxes: left, bottom, right, top from the page's bottom-left corner
            x0, y0, x1, y1 = turn_box((min(b[0] for b in boxes), height - max(b[3] for b in boxes),
                                       max(b[2] for b in boxes), height - min(b[1] for b in boxes)),
                                      turn, width, height)
            return Word(text, 1.0, (x0 / across, y0 / down, x1 / across, y1 / down))

        def flush() -> None:
            if chars:
                words.append(word("".join(c for c, _ in chars), [b for _, b in chars]))
                chars.clear()

        for index in range(text_page.count_chars()):
            char = text_page.get_text_range(index, 1)
            if not char or char.isspace():
                flush()
                continue
            chars.append((char, text_page.get_charbox(index)))
        flush()
        values = [word(text, [box]) for text, box in filled]
        # a fill-in line's underscores under a value are the blank it filled, not words of the page
        return tuple([w for w in words if not (set(w.text) == {"_"} and any(overlap(w.box, v.box) for v in values))]
                     + values)
    finally:
        pdf.close()


def _form_reader(path: Path) -> PdfReader | None:
    try:
        return PdfReader(path)
    except Exception as exc:  # the page reader opened it; a file pypdf cannot is read by its text layer alone
        log.warning("form fields unreadable (%s); words from the text layer alone", type(exc).__name__)
        return None


def _filled_in(reader: PdfReader, page_number: int) -> list[PlacedWord]:
    """The words of a page's filled widgets and text boxes, which its text layer does not hold."""
    try:
        widgets = "/AcroForm" in reader.trailer["/Root"]
        return form_fields.value_boxes(form_fields.page_form_values(reader, page_number - 1, widgets))
    except Exception as exc:  # a damaged form: the page reads as its text layer alone, as the page reader read it
        log.warning("form fields of page %d unreadable (%s)", page_number, type(exc).__name__)
        return []


def overlap(a: Box, b: Box) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _dark_rows(image: Image.Image, box: Box) -> list[list[bool]]:
    width, height = image.size
    left, top = max(0, int(box[0] * width)), max(0, int(box[1] * height))
    right, bottom = min(width, int(box[2] * width) + 1), min(height, int(box[3] * height) + 1)
    if right - left < 2 or bottom - top < 2:
        return []
    crop = image.crop((left, top, right, bottom))
    w = crop.size[0]
    data = crop.tobytes()
    paper = sorted(data)[len(data) * 3 // 4]  # a scan's grey paper: faint box borders are dark against it
    dark = min(DARK, paper - CONTRAST)
    return [[value < dark for value in data[y * w : (y + 1) * w]] for y in range(crop.size[1])]


def dark_share(image: Image.Image, box: Box) -> float:
    """Share of dark pixels in `box`, every stroke counted (a pen's ring is flat at its top and bottom)."""
    rows = _dark_rows(image, box)
    return sum(map(sum, rows)) / (len(rows) * len(rows[0])) if rows else 0.0


def ink_share(image: Image.Image, box: Box) -> float:
    """Share of dark pixels in `box`, leaving out long horizontal runs: ruled lines, even slightly skewed."""
    rows = _unruled_rows(image, box)
    return sum(map(sum, rows)) / (len(rows) * len(rows[0])) if rows else 0.0


def _unruled_rows(image: Image.Image, box: Box) -> list[list[bool]]:
    """`_dark_rows` less the long horizontal runs in them (ruled lines)."""
    rows = _dark_rows(image, box)
    if not rows:
        return []
    longest = max(8, int(0.04 * len(rows[0])))
    kept = []
    for row in rows:
        short = [False] * len(row)
        for first, last in _strokes(row):
            if last - first + 1 < longest:
                short[first : last + 1] = [True] * (last - first + 1)
        kept.append(short)
    return kept


def cell_ink(image: Image.Image, box: Box) -> float:
    """`ink_share` of the answer space in `box` (`answer_cell`)."""
    cell = answer_cell(image, box)
    return ink_share(image, cell) if cell is not None else 0.0


def ink_span(image: Image.Image, box: Box) -> float:
    """Page widths of the widest run of ink along `box` (gaps under half its height bridged, ruled lines left
    out): one printed glyph OCR did not read (a "$") and a scan's specks span less than a written figure does."""
    rows = _unruled_rows(image, box)
    if not rows:
        return 0.0
    bridge = len(rows) // 2
    widest, start, last = 0, 0, None
    for x in (x for x in range(len(rows[0])) if any(row[x] for row in rows)):
        if last is None or x - last > bridge:
            start = x
        last = x
        widest = max(widest, x - start + 1)
    return widest / image.size[0]


def stroke_height(image: Image.Image, box: Box) -> float:
    """Page heights of the tallest upright run of ink in `box`, ruled lines left out: a dot leader's dots
    stand lower than any letter a pen writes."""
    rows = _unruled_rows(image, box)
    if not rows:
        return 0.0
    return max(_longest_run([row[x] for row in rows]) for x in range(len(rows[0]))) / image.size[1]


def answer_cell(image: Image.Image, box: Box) -> Box | None:
    """The first table cell in `box` at least as wide as the box is tall, between column rules (dark columns
    crossing the whole band), so neither a rule, a sliver of the label's own cell nor the next column's
    printed bullets are taken for writing."""
    cells = table_cells(image, box)
    return cells[0] if cells else None


def table_cells(image: Image.Image, box: Box) -> list[Box]:
    """The table cells in `box` at least as wide as the box is tall, between column rules, left to right."""
    rows = _dark_rows(image, box)
    if not rows:
        return []
    width = len(rows[0])
    share = [sum(row[x] for row in rows) / len(rows) for x in range(width)]
    ruled = [share[x] >= 0.9 or (share[x] >= 0.5 and any(share[n] >= 0.9 for n in (x - 1, x + 1) if 0 <= n < width))
             for x in range(width)]
    span = box[2] - box[0]
    # a pixel in from each side: the crop's rounding would otherwise take in a column rule's edge
    return [(box[0] + span * (first + 1) / width, box[1], box[0] + span * (last - 1) / width, box[3])
            for first, last in _strokes([not flag for flag in ruled]) if last - first + 1 >= len(rows)]


def _rules(image: Image.Image, box: Box, share: float, tilt: float = 0.0) -> list[Box]:
    """Horizontal rules in `box` at least `share` of its width long, top to bottom, as (x0, y at x0, x1,
    y at x1). Rows are followed along the page's `tilt` (rise per page width, as OCR measured it) and taken
    with their neighbours, so a rule on a skewed scan is one run; a pixel's gap (speckle) is bridged."""
    width, height = image.size
    slope = tilt * height / width  # rows per pixel
    left, top = max(0, int(box[0] * width)), max(0, int(box[1] * height))
    span = int(box[2] * width) - left
    extra = int(abs(slope) * span) + 2
    rows = _dark_rows(image, (box[0], box[1] - extra / height, box[2], box[3] + extra / height))
    top_extended = max(0, top - extra)
    if not rows:
        return []
    found: list[Box] = []
    for y in range(top - top_extended, min(len(rows), top - top_extended + int((box[3] - box[1]) * height))):
        at = [y + round(slope * x) for x in range(len(rows[0]))]
        line = [0 <= at[x] < len(rows) and rows[at[x]][x] for x in range(len(rows[0]))]
        near = [any(0 <= at[x] + d < len(rows) and rows[at[x] + d][x] for d in (-1, 0, 1)) for x in range(len(line))]
        first, last = max(_strokes(_bridged(near)), key=lambda run: run[1] - run[0], default=(0, -1))
        if last - first + 1 < max(8, share * len(line)) or sum(line[first : last + 1]) < 0.3 * (last - first + 1):
            continue
        rule = ((left + first) / width, (top_extended + at[first]) / height, (left + last + 1) / width,
                (top_extended + at[last]) / height)
        if found and rule[1] - found[-1][1] <= 2.5 / height:  # the same rule, a row further down
            rule = (min(rule[0], found[-1][0]), rule[1], max(rule[2], found[-1][2]), rule[3])
            found.pop()
        found.append(rule)
    return found


def ruled_between(image: Image.Image, left: float, right: float, row: Box) -> bool:
    """Whether a box's side runs down between `left` and `right` across the row (half a line above and
    below it, which no letter reaches): the words either side are in different boxes of a form."""
    line = row[3] - row[1]
    rows = _dark_rows(image, (left, row[1] - 0.5 * line, right, row[3] + 0.5 * line))
    if not rows:
        return False
    return any(sum(r[x] for r in rows) >= 0.9 * len(rows) for x in range(len(rows[0])))


def ruled_across(image: Image.Image, box: Box) -> bool:
    """Whether a rule runs across most of `box`'s width: a cell's border between a label and the words
    under it, which are then another cell's."""
    return bool(_rules(image, box, 0.6))


BLANK = 6.0  # lines of type a fill-in line is at least as long as


def blank_after(image: Image.Image, label: Box, tilt: float = 0.0) -> Box | None:
    """The fill-in line that starts just after a label, under its row ("My name is ________ and my SSN
    ..."): its answer is written on it, and the printed words after its end are the next question's."""
    line = label[3] - label[1]
    across = line * image.size[1] / image.size[0]  # the line's height as a share of the page's width
    found = _rules(image, (label[2], label[1] + 0.5 * line, 0.98, label[3] + 0.9 * line), 0.05, tilt)
    # a blank is long; a word's baseline read as a short line is not one
    starting = [rule for rule in found if rule[0] - label[2] < 2.0 * across and rule[2] - rule[0] > BLANK * across]
    return starting[0] if starting else None


def dotted_between(image: Image.Image, left: float, right: float, label: Box) -> bool:
    """Whether a dot leader runs along the label's baseline between `left` and `right`: many short marks
    spaced out ("Hardship began . . . . . . 02/20/2038"), on a scan too, where OCR's copy lost them."""
    line = label[3] - label[1]
    width, height = image.size
    box = (int(left * width), int((label[3] - 0.4 * line) * height), int(right * width),
           int((label[3] + 0.2 * line) * height) + 1)
    if box[2] - box[0] < 8 or box[3] <= box[1]:
        return False
    crop = image.crop(box)
    pixels = crop.load()
    dark = [any(pixels[x, y] <= DARK for y in range(crop.size[1])) for x in range(crop.size[0])]
    runs = _strokes(dark)
    widest = max((last - first + 1 for first, last in runs), default=0)
    above = (left, label[1], right, label[3] - 0.5 * line)  # over the dots, clean paper: no letters
    return len(runs) >= LEADER_DOTS and widest <= line * height and sum(dark) < 0.6 * len(dark) \
        and dark_share(image, above) < LEADER_CLEAN


LEADER_DOTS = 5  # marks along a baseline that make a dot leader
LEADER_CLEAN = 0.03  # dark share over a leader's dots at the most (a grid's side may cross it; letters give more)


def blank_over(image: Image.Image, caption: Box, tilt: float = 0.0) -> Box | None:
    """The fill-in line a small caption is printed under ("________" over "full name"): the rule just over
    the caption that spans its middle, its answer typed or written on it."""
    line = caption[3] - caption[1]
    width, height = image.size
    pixels = image.load()

    def followed(rule: Box) -> Box:  # found over the caption's width, then followed along its row both ways
        y = round((rule[1] + rule[3]) / 2 * height)

        def dark(x: int) -> bool:
            return any(0 <= y + d < height and pixels[x, y + d] <= DARK for d in (-1, 0, 1))

        def end(x: int, step: int) -> int:
            gap = 0
            while 0 <= x + step < width and gap <= RULE_GAP_PX:
                x += step
                gap = 0 if dark(x) else gap + 1
            return x - step * gap

        return end(int(rule[0] * width), -1) / width, rule[1], (end(int(rule[2] * width) - 1, 1) + 1) / width, rule[3]

    reach = (caption[0], caption[1] - CAPTION_UNDER * line, caption[2], caption[1] + 0.2 * line)
    found = _rules(image, reach, 0.9, tilt)
    # the lowest that runs on past the caption: a capital's top bar ("ZIP") stops with its word
    blanks = [rule for rule in map(followed, found)
              if rule[2] - rule[0] > BLANK_PAST * (caption[2] - caption[0]) and rule[1] < caption[3]]
    return blanks[-1] if blanks else None


CAPTION_UNDER = 1.5  # caption heights under its fill-in line a caption is printed at most
BLANK_PAST = 1.3  # a fill-in line is longer than its caption by this much at least
RULE_GAP_PX = 2  # pixels of a printed rule's break (speckle, a scan's grain) bridged when following it


def _bridged(flags: list[bool]) -> list[bool]:
    return [flag or (0 < i < len(flags) - 1 and flags[i - 1] and flags[i + 1]) for i, flag in enumerate(flags)]


def _strokes(flags: list[bool]) -> list[tuple[int, int]]:
    """Runs of consecutive True as (first, last) indexes."""
    runs: list[tuple[int, int]] = []
    for i, flag in enumerate(flags):
        if flag and runs and runs[-1][1] == i - 1:
            runs[-1] = (runs[-1][0], i)
        elif flag:
            runs.append((i, i))
    return runs


def _longest_run(values: list[bool]) -> int:
    best = current = 0
    for value in values:
        current = current + 1 if value else 0
        best = max(best, current)
    return best


def _sides_cover(rows: list[list[bool]], left: tuple[int, int], right: tuple[int, int], top: int,
                 bottom: int) -> float:
    """Share of the rows from `top` to `bottom` where both side strokes are dark: 1.0 for a drawn box."""
    covered = sum(any(rows[y][left[0] : left[1] + 1]) and any(rows[y][right[0] : right[1] + 1])
                  for y in range(top, bottom + 1))
    return covered / (bottom - top + 1)


def _box_window(image: Image.Image, window: Box, side: tuple[float, float]
                ) -> tuple[list[list[bool]], float, float] | None:
    """The window's dark pixels by row, and a box's least and largest side in pixels."""
    rows = _dark_rows(image, window)
    if not rows:
        return None
    return rows, side[0] * image.size[1], side[1] * image.size[1]


def checkbox_fill(image: Image.Image, window: Box, side: tuple[float, float]) -> float | None:
    """Dark share inside the square box nearest the right of `window`; None when no box is drawn there.

    `side` is the smallest and largest box side in page-height fractions. Sides are vertical strokes
    at least that tall joined by top and bottom strokes, so text or a bullet left of a label is no box;
    a filled box counts as one wide stroke, if clearly bigger than the least side (a list's bullet is
    a small solid square, and sits beside text as a box does).
    """
    found = _box_window(image, window, side)
    if found is None:
        return None
    rows, low, high = found
    h, w = len(rows), len(rows[0])
    columns = [[rows[y][x] for y in range(h)] for x in range(w)]
    tall = [_longest_run(column) >= low for column in columns]
    strokes = _strokes(tall)
    for right in reversed(strokes):
        for left in [right, *reversed([s for s in strokes if s[1] < right[0]])]:
            span = right[1] - left[0] + 1
            if span < low or span > high:
                continue
            wide = [_longest_run(row[left[0] : right[1] + 1]) >= 0.7 * span for row in rows]
            aspect = FILLED_OVAL if left == right else BOX_ASPECT
            edges = _strokes(wide)  # a table's rules above and below may cross the box's columns too
            pairs = [(-_sides_cover(rows, left, right, a[0], b[1]), abs(b[1] - a[0] + 1 - span), a, b)
                     for a in edges for b in edges if aspect * span <= b[1] - a[0] + 1 <= 1.6 * span]
            if not pairs or min(pairs)[0] > -0.8:
                continue
            *_, top, bottom = min(pairs)
            if left == right:  # one wide stroke: a filled box, or a bullet if not much above the least side
                clipped = left[0] == 0 or right[1] == w - 1 or top[0] == 0 or bottom[1] == h - 1
                # centred on the label's row: a heavy tick reaching up from the box below is no filled box
                centred = abs((top[0] + bottom[1]) / 2 - (h - 1) / 2) <= SOLID_OFF_ROW * h
                if span >= SOLID_BOX * low and not clipped and centred:  # nor a heading bar the window cuts
                    return 1.0
                continue
            # the sides are as thick as the top and bottom edges: a bold X reaching the sides makes the side
            # strokes look wider, and the inside between them would be a sliver
            border = max(top[1] - top[0], bottom[1] - bottom[0]) + 1
            inner = [row[left[0] + border + 1 : right[1] - border] for row in rows[top[1] + 2 : bottom[0] - 1]]
            total = sum(len(row) for row in inner)
            if total:  # no inside: strokes of letters, not a box
                return sum(sum(row) for row in inner) / total
    return None


def open_box_fill(image: Image.Image, window: Box, side: tuple[float, float]) -> tuple[float, float, float] | None:
    """(dark share inside, side in page heights, left edge in page widths) of the box nearest the right of
    `window` drawn by its two upright sides alone, "[ ]": a fax's coarse rows lose a box's thin top and
    bottom. The sides are strokes as tall as a box (not a table's rule running on), about as far apart as
    they are tall, standing level with each other; None when there are no such two."""
    found = _box_window(image, window, side)
    if found is None:
        return None
    rows, low, high = found
    height = image.size[1]
    h, w = len(rows), len(rows[0])
    runs = []  # each column's longest dark run: (length, first row)
    for x in range(w):
        best = (0, 0)
        start = None
        for y in range(h + 1):
            dark = y < h and rows[y][x]
            if dark and start is None:
                start = y
            elif not dark and start is not None:
                best = max(best, (y - start, start))
                start = None
        runs.append(best)
    upright = _strokes([low <= length <= high for length, _ in runs])
    for right in reversed(upright):
        for left in reversed([s for s in upright if s[1] < right[0]]):
            tall = max(runs[x][0] for x in range(right[0], right[1] + 1))
            other = max(runs[x][0] for x in range(left[0], left[1] + 1))
            span = right[1] - left[0] + 1
            thick = max(right[1] - right[0], left[1] - left[0]) + 1
            # square, thin-sided and level: a circle's arcs are shorter than it is wide, a letter's strokes thick
            if not 0.75 * tall <= span <= 1.3 * tall or abs(other - tall) > 0.2 * tall or thick > 0.25 * tall:
                continue
            top_left = min(runs[x][1] for x in range(left[0], left[1] + 1))
            top_right = min(runs[x][1] for x in range(right[0], right[1] + 1))
            if abs(top_left - top_right) > 0.2 * tall:  # not level: a letter's strokes, or two rows' marks
                continue
            top, bottom = max(top_left, top_right), min(top_left, top_right) + tall
            margin = max(1, round(0.15 * tall))
            inner = [row[left[1] + 2 : right[0] - 1] for row in rows[top + margin : bottom - margin]]
            total = sum(len(row) for row in inner)
            if total:
                return sum(sum(row) for row in inner) / total, tall / height, window[0] + left[0] / image.size[0]
    return None


CHECKED_INK = 0.15  # dark share inside a box above which it is ticked


def checkbox_reading(fill: float) -> tuple[bool, float]:
    """Ticked or not from a box's fill, sure only when the fill is far from the threshold (a faint
    smudge or a half-erased tick is for a person to look at)."""
    clear = fill < 0.5 * CHECKED_INK or fill > 2 * CHECKED_INK
    return fill > CHECKED_INK, SURE if clear else UNSURE


# --- signatures -----------------------------------------------------------------------------------------

SIDE_GAP = 0.003  # page heights a box's side may break off (a faint scanned line) and still run on
SIGNATURE_INK = 0.012  # dark share of a signature line's band above which it is signed


SHADE = 8  # grey levels a shaded field to sign in is darker than the paper around its caption
BAND_LINES = 4.0  # caption lines a header band may run on under a caption (its neighbours' wrapped lines)


def signature_ink(image: Image.Image, label: Box, right: float, tilt: float = 0.0, type_line: float = 0.0, *,
                  band: Box | None = None, printed: Sequence[Box] = ()) -> float:
    """Ink on the signature line that goes with a label: beside it ("Signature: ____"), inside the box the
    label heads ("Applicant signature" in a box's top corner), or above it (the line, then its label
    printed underneath); measured only over the line's own length, up to `right`, so a date or a printed
    name at either end is no signature. With no line drawn, the label's row.

    Heights are in lines of type: the label's own height, or the page's `type_line` when that is less (a
    label printed on two lines, "Sign / Here", would stretch the band over the paragraph above). `band` is
    the caller's `dark_band` for the label, found once. `printed`: the boxes of the page's printed words;
    a box under the label with print in it is a table's next row, not one to sign in."""
    line = min(label[3] - label[1], type_line or 1.0)
    if band is not None:  # light print on a question's dark band: the answer is right of the band, up to `right`
        band = (band[0], band[1], right, band[3])
        beside = _rules(image, band, 0.3, tilt)
        if beside:
            rule = beside[-1]
            return ink_share(image, (rule[0], max(band[1], min(rule[1], rule[3]) - 3.0 * line), rule[2],
                                     min(rule[1], rule[3]) - 0.1 * line))
        return ink_share(image, band)
    shaded = _field_under(image, label, right, line, darker=True)
    if shaded is not None:  # the caption heads a shaded box printed under it: sign inside the box
        return ink_share(image, shaded)
    cell = _field_under(image, label, right, line, darker=False)
    if cell is not None:  # the caption stands in a band of captions over a white cell: sign in the cell,
        return cell_ink(image, cell)  # its column rules are no signature
    # the caption over a box drawn under it ("Borrower signature" / [ ink ]): sign inside, its top edge no line
    # beside the caption (a box with print in it is a table's next row)
    boxed = _box_under(image, label, right, line, tilt)
    if boxed is not None and not any(overlap(word, boxed) for word in printed):
        return ink_share(image, boxed)
    beside = _rules(image, (label[2] + 0.005, label[1], right, label[3] + 0.6 * line), 0.3, tilt)
    if beside:
        rule = beside[-1]
        return ink_share(image, (rule[0], min(rule[1], rule[3]) - 3.0 * line, rule[2],
                                 max(rule[1], rule[3]) + 0.8 * line))
    band = (max(0.0, label[0] - 0.05), label[1] - 1.5 * line, right, label[1])
    above = [rule for rule in _rules(image, band, 0.3, tilt) if rule[0] < label[2] and rule[2] > label[0]]
    side = _left_side(image, above[-1], label[0], label[3] + line, -tilt) if above else None
    if side is not None:  # the label heads a box: sign inside it
        # its bottom: the first rule under the label, no lower than a little past where the box's left side
        # runs (small print in a tall box's corner leaves many of its own lines of space to sign in; a
        # scanned side may break off short of the corner)
        bottom = max(label[3] + 5.0 * line, side + 2.5 * line)
        below = _rules(image, (max(0.0, label[0] - 0.05), label[3], right, bottom), 0.3, tilt)
        top_edge = above[-1][2] - above[-1][0]
        below = [rule for rule in below if rule[2] - rule[0] >= 0.8 * top_edge]  # a box's edge, not a pen's stroke
        if below:  # up to the box's own right side, not into the date box beside it
            inside = min(right, above[-1][2]) - 0.01
            return ink_share(image, (label[0], label[3] + 0.1 * line, inside, min(below[0][1], below[0][3])
                                     - 0.1 * line))
    if above:
        rule = above[-1]
        return ink_share(image, (rule[0], min(rule[1], rule[3]) - 3.0 * line, rule[2], label[1] - 0.1 * line))
    return ink_share(image, (label[2] + 0.005, label[1] - 2.0 * line, right, label[3] + 0.3 * line))


def _box_under(image: Image.Image, label: Box, right: float, line: float, tilt: float) -> Box | None:
    """The inside of a box drawn just under a caption, from its top edge (within a line and a half of the
    caption, and under its start) to its bottom edge (an edge as long, within BOX_UNDER_LINES); None without
    both edges and a left side."""
    reach = (max(0.0, label[0] - 0.05), label[3], right, label[3] + 1.5 * line)
    tops = [rule for rule in _rules(image, reach, 0.3, tilt) if rule[0] <= label[0] + 0.01]
    if not tops:
        return None
    top = tops[0]
    edge = top[2] - top[0]
    lowest = max(top[1], top[3])
    if _left_side(image, top, label[0], lowest + line, -tilt) is None:
        return None  # a table's rule under the caption's row, no box: the next row's print is under it
    under = (top[0], lowest + line, min(right, top[2]), lowest + BOX_UNDER_LINES * line)
    bottoms = [rule for rule in _rules(image, under, 0.8, tilt) if rule[2] - rule[0] >= 0.8 * edge]
    if not bottoms:
        return None
    return (top[0] + 0.005, lowest + 0.1 * line, top[2] - 0.005, min(bottoms[0][1], bottoms[0][3]) - 0.1 * line)


BOX_UNDER_LINES = 8.0  # caption heights a signature box under its caption may be tall


BAND_DARK = 110  # median grey of a caption's box at most this: light print on a dark band


def dark_band(image: Image.Image, label: Box, right: float = 0.97) -> Box | None:
    """The space right of a dark band a caption is printed on in light type, up to `right`, as tall as
    the band beside the caption; None when the caption is dark print on paper or the band runs on."""
    width, height = image.size
    box = (int(label[0] * width), int(label[1] * height), int(label[2] * width), int(label[3] * height))
    if box[2] - box[0] < 4 or box[3] - box[1] < 2:
        return None
    if sorted(image.crop(box).tobytes())[(box[2] - box[0]) * (box[3] - box[1]) // 2] > BAND_DARK:
        return None
    pixels = image.load()
    middle, end = (box[1] + box[3]) // 2, min(width - 1, int(right * width))
    edge = next((x for x in range(box[2], end) if pixels[x, middle] > DARK and pixels[min(end, x + 2), middle] > DARK),
                None)
    if edge is None:
        return None
    inside = max(box[0], edge - 3)
    top, bottom = box[1], box[3]
    while top > 0 and pixels[inside, top - 1] <= BAND_DARK:
        top -= 1
    while bottom < height - 1 and pixels[inside, bottom + 1] <= BAND_DARK:
        bottom += 1
    return (edge + 2) / width, top / height, right, bottom / height


def under_header_band(image: Image.Image, label: Box, right: float) -> bool:
    """Whether a caption is printed in a shaded header band over a white cell, its answer's."""
    return _field_under(image, label, right, label[3] - label[1], darker=False) is not None


def _field_under(image: Image.Image, label: Box, right: float, line: float, darker: bool) -> Box | None:
    """Rows under a caption whose median grey is `darker` (or lighter) than the caption's own, starting
    within a line and a half under it (a lighter cell within the band's height: a caption beside it may
    wrap onto more lines) and at least a line and a half tall. None without them."""
    width, height = image.size
    left_px, right_px = int(label[0] * width), min(width, int(right * width))
    top_px, bottom_px = max(0, int(label[1] * height)), min(height, int((label[3] + 12 * line) * height))
    if right_px - left_px < 8 or bottom_px - top_px < 4:
        return None
    crop = image.crop((left_px, top_px, right_px, bottom_px))
    w, data = crop.size[0], crop.tobytes()
    medians = [sorted(data[y * w : (y + 1) * w])[w // 2] for y in range(crop.size[1])]
    caption_rows = max(1, int((label[3] - label[1]) * height))
    paper = max(medians[: caption_rows + 1])
    shaded = [median < paper - SHADE if darker else median > paper + SHADE for median in medians]
    reach = caption_rows + int((1.5 if darker else BAND_LINES) * line * height) + 1
    first = next((y for y in range(caption_rows, min(reach, len(shaded))) if shaded[y]), None)
    if first is None:
        return None
    last = first
    while last + 1 < len(shaded) and shaded[last + 1]:
        last += 1
    if (last - first) / height < 1.5 * line:  # a shaded rule or a bar, no field
        return None
    return (label[0], (top_px + first + 1) / height, right, (top_px + last - 1) / height)


def _left_side(image: Image.Image, rule: Box, start: float, past: float, lean: float = 0.0) -> float | None:
    """How far down a box's left side runs, as a page fraction, when `rule` is the box's top edge: the
    side is the first dark column from `start` (the label's left) leftwards that runs down from the rule
    past `past` (below the label: a letter's stem stops short); a table's top edge runs on over the boxes
    before this one. On a turned page a side leans `lean` across for each unit down (rows rise by the
    page's tilt, so sides lean by its negative). None when no column runs down so far."""
    width, height = image.size
    top = int(min(rule[1], rule[3]) * height)
    pixels = image.load()
    allowed = max(2, round(SIDE_GAP * height))
    for x in range(min(width - 1, int(start * width)), max(0, int(rule[0] * width)) - 1, -1):
        last, gaps = top, 0
        for y in range(top + 1, height):
            shift = round(lean * height / width * (y - top))
            if any(pixels[min(width - 1, max(0, x + shift + d)), y] < DARK for d in (0, 1)):
                last, gaps = y, 0
            else:
                gaps += 1
                if gaps > allowed:
                    break
        if last / height > past:
            return last / height
    return None


def ink_under(image: Image.Image, statement: Box, line: float, tilt: float = 0.0, reach: float = 8.0) -> float | None:
    """Ink on the first signature line under a printed statement ("I certify that ..."), for a form with
    no signature label; None when no line is drawn within `reach` text lines below it."""
    band = (max(0.0, statement[0] - 0.05), statement[3] + 0.3 * line, 0.97, statement[3] + reach * line)
    rules = _rules(image, band, 0.2, tilt)
    if not rules:
        return None
    first = min(rules, key=lambda rule: (round(rule[1] / line), rule[0]))  # the top line, its left end
    top = max(statement[3] + 0.2 * line, min(first[1], first[3]) - 3.0 * line)
    return ink_share(image, (first[0], top, first[2], max(first[1], first[3]) + 0.3 * line))


def signature_reading(share: float) -> tuple[bool, float]:
    """Signed or not from the ink share, sure when the share is far from the threshold either way."""
    clear = abs(share - SIGNATURE_INK) > 0.5 * SIGNATURE_INK
    return share > SIGNATURE_INK, SURE if clear else UNSURE
