"""A second reader for the entries tesseract reads poorly: pen on a form, fax-smeared digits.

tesseract is trained on print; a handwritten name or account number comes back as low-confidence
fragments ("Wiiccine", "UU310"). rapidocr's PP-OCR recogniser (its models ship inside the wheel, nothing
is fetched at run time) reads such lines far better, but costs about four times tesseract's time on a
whole page. So only the rows where tesseract was unsure are cut from the bitmap tesseract read, widened
over the ink beside them, and each crop is read as one line of text (no detection pass: ~40 ms a crop).
The second reading replaces tesseract's words in the crop only when it is surer of the line.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import cache
from typing import Any

import numpy as np
from PIL import Image

from lossmit_docs.model import Word
from lossmit_docs.reading.paper import FAINT_SHARE, ink_mask

LOW_CONFIDENCE = 0.6  # a word tesseract is less sure of than this may be handwriting
LOW_FIGURE_CONFIDENCE = 0.8  # the same for a word with digits
ENTRY_SHAPE = 2.0  # an entry is at least this many times wider than tall
SMALLEST = 0.5  # share of the page's usual word height below which a box is a speck, not writing
ROW_GAP = 1.5  # words closer than this many line heights along a row are one entry
INK_GAP = 0.8  # a crop grows over ink along its row across blank gaps up to this many line heights
REACH = 0.5  # line heights above and below its words a crop may grow to take in their ink
PAD = 0.35  # line heights of margin above and below a crop: ascenders, descenders, a tilted pen
SURE = 0.9  # a word tesseract is this sure of must survive a second reading of its line
MARGIN = 0.05  # how much surer the second reader must be to replace tesseract's words
MISREAD = 0.3  # trust in a word that cannot be what it claims to be (a date with no such month or day)
MIN_SCORE = 0.5  # below this the second reading is no better than a guess
BAND_SHARE = 0.05  # share of its inkiest row's ink a row of a written line holds (a descender's tail does)
DATE_ALONE = 0.9  # a line holding a date read less surely than this is read again from the date on
SOLID_ROW = 0.9  # share of a crop's width a row of a band or a rule is inked across
BOX = "\u25a1"  # how the recogniser spells a checkbox
BOX_MARKS = "[](){}|" + BOX  # characters tesseract reads a checkbox's sides as

PixelBox = tuple[int, int, int, int]


@dataclass(frozen=True)
class Reading:
    """The second reader's words for one crop, and the indexes of tesseract's words they replace."""

    words: tuple[Word, ...]
    replaced: tuple[int, ...]


@cache
def _engine() -> Any:
    """One recogniser per worker process: loading the models costs more than a dozen crops."""
    from rapidocr import RapidOCR  # heavy (onnxruntime, OpenCV): only workers that meet poor entries load it

    threads = "EngineConfig.onnxruntime"
    return RapidOCR(params={"Global.log_level": "error", f"{threads}.intra_op_num_threads": 1,
                            f"{threads}.inter_op_num_threads": 1})


def _pixels(word: Word, size: tuple[int, int]) -> PixelBox:
    width, height = size
    x0, y0, x1, y1 = word.box
    return round(x0 * width), round(y0 * height), round(x1 * width), round(y1 * height)


def _same_row(a: PixelBox, b: PixelBox) -> bool:
    return min(a[3], b[3]) - max(a[1], b[1]) > 0.3 * min(a[3] - a[1], b[3] - b[1])


def _rows(words: Sequence[Word], size: tuple[int, int]) -> list[list[int]]:
    """Word indexes grouped into runs along a row: words no further apart than ROW_GAP line heights."""
    runs: list[tuple[PixelBox, list[int]]] = []
    for i in sorted(range(len(words)), key=lambda i: words[i].box[0]):
        box = _pixels(words[i], size)
        if box[3] <= box[1] or box[2] <= box[0]:
            continue
        for n, (run_box, members) in enumerate(runs):
            height = max(box[3] - box[1], run_box[3] - run_box[1])
            if _same_row(run_box, box) and box[0] - run_box[2] < ROW_GAP * height:
                merged = (min(run_box[0], box[0]), min(run_box[1], box[1]), max(run_box[2], box[2]),
                          max(run_box[3], box[3]))
                runs[n] = (merged, [*members, i])
                break
        else:
            runs.append((box, [i]))
    return [members for _, members in runs]


def _band(boxes: list[PixelBox]) -> tuple[int, int]:
    """The row's top and bottom as most of its words have them: one stray box (a smudge, a tick, a
    fragment of the line under the pen) must not stretch the crop over the next row."""
    return int(np.median([b[1] for b in boxes])), int(np.median([b[3] for b in boxes]))


def _checkbox_like(text: str) -> bool:
    """A checkbox as tesseract spells one, alone ("[J", "JX]", "DX") or glued to its label ("(Disaster")."""
    short_mark = len(text) <= 3 and any(c in BOX_MARKS or c in "xX" for c in text) \
        and sum(c.isdigit() for c in text) <= 1  # "[1" is a box; "(12" begins a date
    rest = text[1:]
    return short_mark or (len(text) > 1 and text[0] in "[({" and rest[0].isalpha()
                          and sum(c.isalpha() for c in rest) >= 0.8 * len(rest))


def _unsure(word: Word) -> bool:
    """A figure is doubted sooner than a word: one wrong digit is a wrong amount, and tesseract is fairly
    sure of "90" where the form says "$0" in outlined type."""
    limit = LOW_FIGURE_CONFIDENCE if any(c.isdigit() for c in word.text) else LOW_CONFIDENCE
    return _trust(word) < limit


_DATE_SHAPE = re.compile(r"\W{0,2}(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})\W{0,2}")


def _no_such_date(text: str) -> bool:
    shape = _DATE_SHAPE.fullmatch(text)
    if shape is None:
        return False
    first, second = int(shape[1]), int(shape[2])
    return not ((1 <= first <= 12 and 1 <= second <= 31) or (1 <= second <= 12 and 1 <= first <= 31))


def _trust(word: Word) -> float:
    """tesseract's confidence, but a date no calendar holds ("5/78/2030" for a pen's 5/18/2030) is a misread
    however sure tesseract was of its strokes: the second reader's line may replace it."""
    return min(word.confidence, MISREAD) if _no_such_date(word.text) else word.confidence


def _may_be_entry(text: str) -> bool:
    """Two letters or digits at least, and no checkbox: rows of boxes are left to the ink checks."""
    return sum(c.isalnum() for c in text) >= 2 and not _checkbox_like(text)


def _entries(words: Sequence[Word], size: tuple[int, int], line: float) -> list[list[int]]:
    """Per run, its words from the first to the last unsure one; the most doubtful entries first.

    An entry must be wider than it is tall by ENTRY_SHAPE (figures: as wide as tall, "$0" is short) and
    as tall as a line of type: an empty checkbox or a speck read as "()" or "." is no entry, and the
    checkbox readers work from tesseract's own tokens. `line` is the page's usual word height.
    """
    entries: list[tuple[float, list[int]]] = []
    for run in (part for whole in _rows(words, size) for part in _between_print(whole, words)):
        unsure = [k for k, i in enumerate(run) if _unsure(words[i]) and _may_be_entry(words[i].text)]
        if not unsure:
            continue
        members = run[unsure[0] : unsure[-1] + 1]
        boxes = [_pixels(words[i], size) for i in members]
        top, bottom = _band(boxes)
        width = max(b[2] for b in boxes) - min(b[0] for b in boxes)
        figures = all(any(c.isdigit() for c in words[i].text) for i in members)
        if width < (1.0 if figures else ENTRY_SHAPE) * (bottom - top) or bottom - top < SMALLEST * line:
            continue
        doubt = sum(LOW_CONFIDENCE - _trust(words[run[k]]) for k in unsure)
        entries.append((doubt, members))
    return [members for _, members in sorted(entries, key=lambda e: -e[0])]


def _printed(word: Word) -> bool:
    """A word tesseract is sure of and that is all letters: print, which the recogniser reads no better."""
    text = word.text.strip(".,:;()\"'")
    return word.confidence >= SURE and len(text) >= 3 and text.isalpha()


def _between_print(run: list[int], words: Sequence[Word]) -> list[list[int]]:
    """A run cut at the printed words in it: an unsure date at the end of a typed sentence is read on its
    own, not as a crop of the whole sentence that the recogniser reads worse than tesseract did."""
    parts: list[list[int]] = [[]]
    for i in run:
        if _printed(words[i]):
            parts.append([])
        else:
            parts[-1].append(i)
    return [part for part in parts if part]


def _crop_box(ink: np.ndarray, members: list[int], words: Sequence[Word], size: tuple[int, int]) -> PixelBox:
    """The entry's words widened over the ink along their row (stopping at any other word) and
    heightened to the ink of their band, with a margin: the recogniser wants the whole line, no more."""
    boxes = [_pixels(words[i], size) for i in members]
    x0, x1 = min(b[0] for b in boxes), max(b[2] for b in boxes)
    y0, y1 = _band(boxes)
    height = y1 - y0
    others = [b for j, w in enumerate(words) if j not in members
              and _same_row(b := _pixels(w, size), (x0, y0, x1, y1))]
    left = max((b[2] for b in others if b[2] <= x0), default=0)
    right = min((b[0] for b in others if b[0] >= x1), default=ink.shape[1])
    gap = max(1, round(INK_GAP * height))
    reach = round(REACH * height)
    top = max(0, y0 - reach)
    x0, x1 = _grow(ink[top : y1 + reach, left:right].any(axis=0), x0 - left, x1 - left, gap)
    x0, x1 = left + x0, left + x1
    rows = ink[top : y1 + reach, x0:x1].sum(axis=1) > 0.01 * (x1 - x0)
    y0, y1 = _grow(rows, y0 - top, y1 - top, max(1, round(0.1 * height)))
    pad = round(PAD * height)
    return x0, max(0, top + y0 - pad), x1, min(ink.shape[0], top + y1 + pad)


def _grow(columns: np.ndarray, start: int, end: int, gap: int) -> tuple[int, int]:
    """[start, end) stretched to ink columns that lie within `gap` of its edges, repeatedly."""
    inked = np.flatnonzero(columns)
    for _ in range(len(inked)):
        before = inked[(inked < start) & (inked >= start - gap)]
        after = inked[(inked >= end) & (inked < end + gap)]
        if not len(before) and not len(after):
            break
        start = int(before.min()) if len(before) else start
        end = int(after.max()) + 1 if len(after) else end
    return start, end


def _words_of(result: Any, box: PixelBox, size: tuple[int, int], band: tuple[int, int]
              ) -> tuple[tuple[Word, ...], float]:
    """The recogniser's line as words with page-fraction boxes, all at the line's score; the boxes are
    as tall as the ink `band` (top, bottom) the line was written in, not the crop with its margins."""
    if not result.txts or not result.txts[0].strip() or not result.word_results:
        return (), 0.0
    score = float(result.scores[0])
    info = result.word_results[0]
    width, height = size
    x0, _, x1, _ = box
    y0, y1 = band
    # columns are the recogniser's time steps; a crop it stretched to its input width has more steps than
    # `line_txt_len` counts, and the last column read is then the better measure of the crop's width
    last = max((cols[-1] for cols in info.word_cols if cols), default=0)
    scale = (x1 - x0) / max(1.0, float(info.line_txt_len), last + 1.0)
    words = tuple(
        Word(text=text, confidence=score, second_reader=True,
             box=((x0 + cols[0] * scale) / width, y0 / height, min(x1, x0 + (cols[-1] + 1) * scale) / width,
                  y1 / height))
        for chars, cols in _split_at_rules(info.words, info.word_cols)
        if (text := "".join(chars))
    )
    return words, score


def _split_at_rules(words: Sequence[Sequence[str]],
                    cols: Sequence[Sequence[int]]) -> Iterator[tuple[list[str], list[int]]]:
    """The recogniser's words, split where it read the fill-in line as underscores ("number:_0032")."""
    for chars, positions in zip(words, cols, strict=True):
        part: tuple[list[str], list[int]] = ([], [])
        for char, position in zip(chars, positions, strict=True):
            if char == "_" or char.isspace():
                if part[0]:
                    yield part
                part = ([], [])
            else:
                part[0].append(char)
                part[1].append(position)
        if part[0]:
            yield part


def _unread_ink(ink: np.ndarray, words: Sequence[Word], size: tuple[int, int], line: float,
                taken: Sequence[PixelBox]) -> list[PixelBox]:
    """Runs of ink along a row that no word of tesseract's covers: an entry it did not see at all.

    Outlined ("hollow") digits, a faint pen or a name written across the fill-in line can leave tesseract
    with no word there, so no unsure word would point the second reader at it. Ink is counted in blocks
    of a quarter line so that fax specks drop out; ink inside the `taken` crops is left out. Runs must be
    shaped like a line of writing (as tall as type, not much taller, wider than tall): an empty checkbox,
    a signature's flourish or a stamp is no entry.
    """
    block = max(2, round(line / 4))
    free = ink.copy()
    margin = round(0.15 * line)
    for word in words:
        x0, y0, x1, y1 = _pixels(word, size)
        free[max(0, y0 - margin) : y1 + margin, max(0, x0 - margin) : x1 + margin] = False
    for x0, y0, x1, y1 in taken:  # crops already made for unsure words
        free[y0:y1, x0:x1] = False
    rows, columns = free.shape[0] // block, free.shape[1] // block
    cells = free[: rows * block, : columns * block].reshape(rows, block, columns, block).sum(axis=(1, 3))
    inked = cells >= max(3, block // 2)
    boxes: list[PixelBox] = []
    for top, bottom in _strokes_of(inked.sum(axis=1) >= 2, 1):
        height = (bottom - top) * block
        if not SMALLEST * line <= height <= 2.5 * line:
            continue
        band = inked[top:bottom]
        for left, right in _strokes_of(band.any(axis=0), max(1, round(INK_GAP * line / block))):
            width = (right - left) * block
            if width >= ENTRY_SHAPE * height and band[:, left:right].sum() >= 0.15 * band[:, left:right].size:
                pad = round(PAD * line)
                boxes.append((max(0, left * block - pad), max(0, top * block - pad),
                              min(ink.shape[1], right * block + pad), min(ink.shape[0], bottom * block + pad)))
    return boxes


def _strokes_of(flags: np.ndarray, gap: int) -> list[tuple[int, int]]:
    """[start, end) runs of true flags, bridging gaps of up to `gap` false ones."""
    runs: list[tuple[int, int]] = []
    for index in np.flatnonzero(flags):
        if runs and index - runs[-1][1] <= gap:
            runs[-1] = (runs[-1][0], int(index) + 1)
        else:
            runs.append((int(index), int(index) + 1))
    return runs


def _letters(words: Iterable[Word]) -> str:
    return "".join(c for w in words for c in w.text.lower() if c.isalnum())


def _keeps_sure_words(found: Sequence[Word], replaced: Sequence[Word]) -> bool:
    """Whether the second reading still has every word tesseract was sure of: a recogniser that drops
    the start of a long line ("erty subject to" for "the property subject to") must not cost the page
    the words it read well."""
    read = "".join(c for w in found for c in w.text.lower() if c.isalnum())
    return all("".join(c for c in w.text.lower() if c.isalnum()) in read
               for w in replaced if w.confidence >= SURE and sum(c.isalpha() for c in w.text) >= 3)


def _read_crop(grey: np.ndarray, ink: np.ndarray, box: PixelBox, size: tuple[int, int]
               ) -> tuple[tuple[Word, ...], float]:
    crop = np.ascontiguousarray(np.stack([grey[box[1] : box[3], box[0] : box[2]]] * 3, axis=-1))
    result = _engine()(crop, use_det=False, use_cls=False, return_word_box=True)
    top, bottom = _writing_rows(ink[box[1] : box[3], box[0] : box[2]].sum(axis=1), box[2] - box[0])
    return _words_of(result, box, size, (box[1] + top, box[1] + bottom))


def _date_alone(found: tuple[Word, ...], score: float, grey: np.ndarray, ink: np.ndarray, box: PixelBox,
                size: tuple[int, int]) -> tuple[tuple[Word, ...], float]:
    """A line whose date no calendar holds, or that the recogniser was unsure of, is read again from its
    date on: the pen's scrawl of a signature before it ("W w hwwwwm Date: 61/24/2036") leads the recogniser
    astray on the figures, or costs the date the scrawl's doubt."""
    wrong = next((i for i, w in enumerate(found) if _no_such_date(w.text)), None)
    if wrong is None and score < DATE_ALONE:
        wrong = next((i for i, w in enumerate(found) if i and _DATE_SHAPE.fullmatch(w.text)), None)
    if wrong is None:
        return found, score
    start = _pixels(found[wrong], size)[0]
    pad = (box[3] - box[1]) // 4
    again, again_score = _read_crop(grey, ink, (max(box[0], start - pad), box[1], box[2], box[3]), size)
    if not again or any(_no_such_date(w.text) for w in again) or again_score < score:
        return found, score
    return found[:wrong] + again, score  # (the line is no surer for its date's reading: its words keep theirs)


def _writing_rows(profile: np.ndarray, width: int) -> tuple[int, int]:
    """The crop's rows of writing: of the runs of rows that hold a share of its inkiest row's ink, the one
    with the most ink. A scan's specks and a neighbouring line's descenders in the margins are not the
    line's height, and neither is a dark band or a cell's edge the crop took in: rows inked nearly across
    the crop are no writing."""
    profile = np.where(profile >= SOLID_ROW * width, 0, profile)
    if not profile.any():
        return 0, len(profile)
    written = np.flatnonzero(profile >= BAND_SHARE * profile.max())
    runs = np.split(written, np.flatnonzero(np.diff(written) > 1) + 1)
    best = max(runs, key=lambda rows: int(profile[rows].sum()))
    return int(best[0]), int(best[-1]) + 1


def reread(image: Image.Image, words: Sequence[Word], max_crops: int, raw: Image.Image | None = None) -> list[Reading]:
    """Second readings of the page's least sure entries and of ink no word covers, `max_crops` at most.

    `image` is the bitmap tesseract read (ruling lines whitened), `words` what it read there. Crops are
    read from `raw`, the same bitmap before the ruling lines were whitened, when given: pen that crosses
    a fill-in line loses strokes to the whitening, and the recogniser reads across a line well.
    """
    if max_crops <= 0:
        return []
    grey = np.asarray(image.convert("L"))
    ink = ink_mask(grey, share=FAINT_SHARE)
    source = grey if raw is None else np.asarray(raw.convert("L"))
    heights = [b[3] - b[1] for w in words if (b := _pixels(w, image.size))]
    line = float(np.median(heights)) if heights else 0.0
    crops = [_crop_box(ink, members, words, image.size) for members in _entries(words, image.size, line)]
    if line:
        crops += _unread_ink(ink, words, image.size, line, crops)
    readings: list[Reading] = []
    for box in crops[:max_crops]:
        if box[2] - box[0] < 4 or box[3] - box[1] < 4:
            continue
        found, score = _read_crop(source, ink, box, image.size)
        found, score = _date_alone(found, score, source, ink, box, image.size)
        inside = tuple(j for j, w in enumerate(words) if box[0] <= (w.box[0] + w.box[2]) / 2 * image.width <= box[2]
                       and box[1] <= (w.box[1] + w.box[3]) / 2 * image.height <= box[3])
        before = sum(_trust(words[j]) for j in inside) / len(inside) if inside else 0.0
        boxed = any(_checkbox_like(words[j].text) for j in inside) or any(BOX in w.text for w in found)
        text = "".join(w.text for w in found)
        legible = sum(c.isalnum() for c in text) >= 2 or (text[:1] == "$" and text[1:].isdigit())
        if not (found and legible and not boxed and score >= MIN_SCORE):
            continue
        if inside and _letters(found) == _letters(words[j] for j in inside):  # two readers agree: confirmed
            readings.append(Reading(tuple(replace(words[j], confidence=max(score, words[j].confidence))
                                          for j in inside), inside))
        elif score > before + MARGIN and _keeps_sure_words(found, [words[j] for j in inside]):
            readings.append(Reading(found, inside))
    return readings
