"""OCR of one page, as a pool worker runs it: render once, read, turn upright only when needed.

The cheap path comes first: most pages arrive upright, so the page is OCR'd as rendered; only when the
result looks poor (low confidence, too few words, or words standing on their side) is tesseract's OSD run
on a reduced copy of the same bitmap, the bitmap turned and read again. Nothing is ever rendered twice.
Before reading, long ruling lines (table borders, cell boxes, fill-in lines) are whitened: tesseract takes a
boxed cell for a picture and drops the value inside it. Barcodes are decoded from the bitmap as rendered.
Every failure (a 0x0 page, an image bomb, tesseract crashing, hanging past its timeout) ends as a page
with `error` set, so one bad page never costs the rest of the file.
"""

from __future__ import annotations

import logging
import math
import subprocess
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from statistics import median
from typing import Any

import numpy as np
import pypdfium2 as pdfium
import pytesseract
import zxingcpp
from PIL import Image, ImageFilter

from lossmit_docs.model import Page, TextMethod, Word, ink_size
from lossmit_docs.reading import handwriting, loan_numbers
from lossmit_docs.reading.page_text import median_height
from lossmit_docs.reading.paper import evenly_lit, ink_mask, light_spread, paper_light, paper_shade
from lossmit_docs.settings import Settings

log = logging.getLogger(__name__)

BARCODE_WORDS = 60  # a separator sheet is a barcode and a few words: pages with more are not decoded
POOR_CONFIDENCE = 0.70  # mean word confidence below this suggests the page is not upright
MIN_WORDS = 3
# A page read less surely than this may be a grainy copy (a photocopy of a photocopy, a 150 dpi grey scan):
# it is read once more with the grain smoothed away, and the surer reading is kept.
GRAINY_CONFIDENCE = 0.80
GRAIN_WINDOW_INCHES = 1 / 60  # the median filter's window: 5 pixels at 300 dpi, 3 at 200 (odd, at least 3)
# Grey levels between a page's dim and bright paper past which it is read a second time lit evenly: a
# scanner's lamp stays well within this; a phone's photo (shadow, falloff, the table around it) does not.
UNEVEN_LIGHT = 40
SIDEWAYS_SHARE = 0.5  # share of longer words taller than wide that marks a page lying on its side
OSD_REDUCTION = 2  # OSD needs far less resolution than reading; it runs on a halved copy
BARCODE_DPI = 150  # enough for separator-sheet barcodes; more only slows the decoder
PAGE_BREAK = "\n\n"
# Ruling lines: runs of ink at least this long (inches) across / down the page; letters, even bold 24 pt,
# stay far shorter, since their strokes are broken by the gaps between letters and between lines.
RULE_INCHES_ACROSS = 0.4
RULE_INCHES_DOWN = 0.3
RULE_DPI = 150  # lines are found on a bitmap reduced to about this; each reduced pixel ORs its block
SOLID_INCHES = 0.04  # a square this size all ink is no line (lines are thinner): a bar, a logo, bold type
SOLID_SHARE = 0.9
DOT_INCHES = 0.025  # a leader's dot is no taller than this ...
DOT_CLEAR_INCHES = 0.05  # ... has paper this far above and below it (a letter's stroke does not) ...
DOT_GAP_INCHES = 0.1  # ... and dots this close, in a row at least RULE_INCHES_ACROSS long, are a leader


class PageUnreadable(Exception):
    """A page that cannot be turned into an image or text; the message is for staff."""


class TesseractFailed(PageUnreadable):
    """tesseract exited with an error (or crashed) on this image."""


LineKey = tuple[int, int, int]


@dataclass(frozen=True)
class OcrResult:
    text: str
    words: tuple[Word, ...]
    confidence: float  # mean word confidence, 0..1
    tall_share: float = 0.0  # share of longer words whose box is taller than wide: text on its side
    lines: tuple[LineKey, ...] = ()  # each word's tesseract (block, paragraph, line)

    @property
    def score(self) -> float:
        """How much trustworthy text was read: compares two readings of the same page."""
        return sum(w.confidence for w in self.words if w.confidence >= 0.5)

    def looks_poor(self) -> bool:
        return len(self.words) < MIN_WORDS or self.confidence < POOR_CONFIDENCE or self.tall_share > SIDEWAYS_SHARE


def render_scale(width_pt: float, height_pt: float, dpi: int, max_pixels: int) -> float:
    """Pixels per point at `dpi`, lowered so the bitmap stays within `max_pixels`."""
    if width_pt < 1 or height_pt < 1:
        raise PageUnreadable(f"the page has no area ({width_pt:.0f} x {height_pt:.0f} points)")
    scale = min(dpi / 72, math.sqrt(max_pixels / (width_pt * height_pt)))
    while math.ceil(width_pt * scale) * math.ceil(height_pt * scale) > max_pixels:  # the renderer rounds up
        scale *= 0.995
    return scale


def _check_images(page: pdfium.PdfPage, max_pixels: int) -> None:
    """Refuse pages whose embedded images would decode to more memory than any page may take."""
    for obj in page.get_objects(filter=[pdfium.raw.FPDF_PAGEOBJ_IMAGE], max_depth=3):
        width, height = obj.get_px_size()
        if width * height > 4 * max_pixels:
            raise PageUnreadable(f"the page holds an image of {width}x{height} pixels, too large to read")


def render(page: pdfium.PdfPage, dpi: int, max_pixels: int) -> Image.Image:
    """The page as a grayscale bitmap, at `dpi` or less within the pixel cap."""
    width_pt, height_pt = page.get_size()
    scale = render_scale(width_pt, height_pt, dpi, max_pixels)
    _check_images(page, max_pixels)
    Image.MAX_IMAGE_PIXELS = max_pixels + 1
    return page.render(scale=scale, grayscale=True, may_draw_forms=True).to_pil()


def read_barcodes(image: Image.Image, dpi: float = BARCODE_DPI) -> tuple[str, ...]:
    """Texts of the barcodes and QR codes on the page, each once, in the order found.

    Separator-sheet codes are large; at about 150 dpi they still decode, four times faster than at 300.
    """
    factor = int(dpi // BARCODE_DPI)
    found = zxingcpp.read_barcodes(image.reduce(factor) if factor > 1 else image)
    return tuple(dict.fromkeys(code.text for code in found if code.valid and code.text))


class Tesseract:
    """pytesseract calls sharing one deadline, so a page never takes longer than its timeout in all."""

    def __init__(self, language: str, timeout: float, workdir: Path, dpi: float) -> None:
        self.language = language
        self.dpi = dpi  # a PNM file carries no resolution; tesseract's own guess misreads some layouts
        self.deadline = time.monotonic() + timeout
        self.workdir = workdir

    def _remaining(self) -> float:
        left = self.deadline - time.monotonic()
        if left <= 0:
            raise PageUnreadable("OCR took longer than the time allowed for a page")
        return left

    def _file(self, image: Image.Image, name: str) -> str:
        """An uncompressed copy on disk: PNG encoding (pytesseract's default) costs more than OCR setup."""
        path = self.workdir / f"{name}.pnm"
        image.save(path, format="PPM")
        return str(path)

    def _run(self, call: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        try:
            return call(*args, timeout=self._remaining(), **kwargs)
        except pytesseract.TesseractError as exc:
            raise TesseractFailed(f"tesseract failed (status {exc.status})") from exc
        except RuntimeError as exc:  # pytesseract's timeout: it has already killed tesseract
            raise PageUnreadable("OCR took longer than the time allowed for a page") from exc
        except OSError as exc:
            raise PageUnreadable(f"tesseract could not run ({exc.strerror or exc})") from exc
        except SystemExit as exc:  # pytesseract exits when `tesseract --version` does not answer
            raise PageUnreadable("tesseract is not usable") from exc
        except subprocess.CalledProcessError as exc:  # `tesseract --version` crashed (checked once a process)
            raise TesseractFailed(f"tesseract failed (status {exc.returncode})") from exc

    def read(self, image: Image.Image, name: str) -> OcrResult:
        data = self._run(
            pytesseract.image_to_data,
            self._file(image, name),
            lang=self.language,
            config=f"--dpi {round(self.dpi)}",
            output_type=pytesseract.Output.DICT,
        )
        return parse_data(data, image.size)

    def read_digits(self, image: Image.Image) -> str:
        """One line of digits (a number's crop read alone)."""
        return str(self._run(pytesseract.image_to_string, self._file(image, "digits"), lang=self.language,
                             config=f"--psm 7 --dpi {round(self.dpi)} -c tessedit_char_whitelist=0123456789"))

    def rotation(self, image: Image.Image) -> int:
        """Degrees clockwise to turn the image upright (tesseract OSD), 0 when OSD cannot tell."""
        small = image.reduce(OSD_REDUCTION)
        try:
            osd = self._run(
                pytesseract.image_to_osd,
                self._file(small, "osd"),
                config=f"--psm 0 --dpi {round(self.dpi / OSD_REDUCTION)} -c min_characters_to_try=10",
                output_type=pytesseract.Output.DICT,
            )
        except TesseractFailed:
            return 0  # too few characters to judge: keep the page as it is
        return int(osd.get("rotate", 0)) % 360


def parse_data(data: dict[str, list], size: tuple[int, int]) -> OcrResult:
    """Words with page-fraction boxes and 0..1 confidences; lines and blocks kept as the text's shape."""
    width, height = size
    words: list[Word] = []
    lines: list[LineKey] = []
    long_words = tall_words = 0
    for i, raw in enumerate(data["text"]):
        text = str(raw).strip()
        conf = float(data["conf"][i])
        if not text or conf < 0:
            continue
        left, top = data["left"][i], data["top"][i]
        box = (left / width, top / height, (left + data["width"][i]) / width, (top + data["height"][i]) / height)
        words.append(Word(text=text, confidence=conf / 100, box=box))
        if len(text) >= 4:
            long_words += 1
            tall_words += data["height"][i] > data["width"][i]
        lines.append((data["block_num"][i], data["par_num"][i], data["line_num"][i]))
    tall_share = tall_words / long_words if long_words else 0.0
    return _result(words, lines, tall_share)


def _result(words: list[Word], lines: list[LineKey], tall_share: float) -> OcrResult:
    """The reading with its text laid out as tesseract's lines and blocks."""
    by_line: dict[LineKey, list[str]] = {}
    for word, line in zip(words, lines, strict=True):
        by_line.setdefault(line, []).append(word.text)
    parts: list[str] = []
    previous_block = None
    for (block, _par, _line), line_words in by_line.items():
        if previous_block is not None:
            parts.append(PAGE_BREAK if block != previous_block else "\n")
        parts.append(" ".join(line_words))
        previous_block = block
    confidence = sum(w.confidence for w in words) / len(words) if words else 0.0
    return OcrResult("".join(parts), tuple(words), confidence, tall_share, tuple(lines))


def without_slivers(result: OcrResult) -> OcrResult:
    """The reading less the words either reader made of a ruled line's remains under typed answers
    ("eeaar", "11V" along the line under "401 Cedar Bluff Dr"): letters or figures far lower than the
    page's type (a pen writes taller, not lower), unsure, and lying on a word of the page's type, whose
    ink they read a second time. (tesseract boxes a whole word low now and then: alone, it stays.)"""
    letters = median_height(result.words)

    def sliver(word: Word) -> bool:
        return word.confidence < SLIVER_DOUBT and word.box[3] - word.box[1] < SLIVER * letters \
            and any(c.isalnum() for c in word.text)

    slivers = [sliver(word) for word in result.words]
    typed = [word for word, thin in zip(result.words, slivers, strict=True) if not thin]

    def on_a_word(word: Word) -> bool:
        width = word.box[2] - word.box[0]
        middle = (word.box[1] + word.box[3]) / 2
        return any(min(word.box[2], other.box[2]) - max(word.box[0], other.box[0]) >= width / 2
                   and other.box[1] - letters / 2 <= middle <= other.box[3] + letters / 2 for other in typed)

    kept = [(word, line) for word, line, thin in zip(result.words, result.lines, slivers, strict=True)
            if not (thin and on_a_word(word))]
    if len(kept) == len(result.words):
        return result
    return _result([word for word, _ in kept], [line for _, line in kept], result.tall_share)


SLIVER = 0.45  # of the page's type height
SLIVER_DOUBT = 0.8


def with_second_reading(result: OcrResult, readings: list[handwriting.Reading]) -> OcrResult:
    """tesseract's reading with each re-read entry's words put in place of the ones they replace, and
    entries read where tesseract had no words put on the line of the words beside them."""
    replacing: dict[int, handwriting.Reading] = {}
    dropped: set[int] = set()
    added: list[handwriting.Reading] = []
    for reading in readings:
        if not reading.replaced:
            added.append(reading)
        elif not dropped.intersection(reading.replaced):  # crops that grew into each other: the surer stands
            replacing[min(reading.replaced)] = reading
            dropped.update(reading.replaced)
    if not replacing and not added:
        return result
    words: list[Word] = []
    lines: list[LineKey] = []
    for i, (word, line) in enumerate(zip(result.words, result.lines, strict=True)):
        if i in replacing:
            words.extend(replacing[i].words)
            lines.extend([line] * len(replacing[i].words))
        elif i not in dropped:
            words.append(word)
            lines.append(line)
    for reading in added:
        at, line = _place_on_row(words, lines, reading.words[0].box)
        words[at:at] = reading.words
        lines[at:at] = [line] * len(reading.words)
    return _result(words, lines, result.tall_share)


def _place_on_row(words: list[Word], lines: list[LineKey], box: tuple[float, float, float, float]
                  ) -> tuple[int, LineKey]:
    """Where new words at `box` go: after the last word left of them on their row (their label), else
    before the first word right of them, else on a line of their own at the end."""
    def on_row(other: Word) -> bool:
        return min(other.box[3], box[3]) - max(other.box[1], box[1]) > 0.3 * (box[3] - box[1])

    row = [i for i, w in enumerate(words) if on_row(w)]
    left = [i for i in row if words[i].box[2] <= box[0] + 0.002]
    if left:
        at = max(left, key=lambda i: words[i].box[2])
        return at + 1, lines[at]
    if row:
        at = min(row, key=lambda i: words[i].box[0])
        return at, lines[at]
    return len(words), (max((k[0] for k in lines), default=0) + 1, 0, 0)


def _reduced_ink(pixels: np.ndarray, paper: int, factor: int) -> np.ndarray:
    """Ink mask shrunk by `factor`: a reduced pixel is ink when any pixel of its block is."""
    ink = ink_mask(pixels, paper)
    height, width = (n // factor for n in pixels.shape)
    reduced = np.zeros((height, width), dtype=bool)
    for dy in range(factor):
        for dx in range(factor):
            reduced |= ink[dy : height * factor : factor, dx : width * factor : factor]
    return reduced


def _widened(mask: np.ndarray, axis: int) -> np.ndarray:
    """The mask grown one pixel both ways along `axis`: a slightly tilted line stays one run."""
    grown = mask.copy()
    ahead, behind = [slice(None)] * 2, [slice(None)] * 2
    ahead[axis], behind[axis] = slice(1, None), slice(None, -1)
    grown[tuple(ahead)] |= mask[tuple(behind)]
    grown[tuple(behind)] |= mask[tuple(ahead)]
    return grown


def _solid_blocks(ink: np.ndarray, block: int) -> np.ndarray:
    """Per `block`-square: nearly all ink, or next to such a square (dark bars, logos, heavy type)."""
    rows, cols = -(-ink.shape[0] // block), -(-ink.shape[1] // block)
    padded = np.zeros((rows * block, cols * block), dtype=np.uint16)
    padded[: ink.shape[0], : ink.shape[1]] = ink
    full = padded.reshape(rows, block, cols, block).sum(axis=(1, 3)) >= SOLID_SHARE * block * block
    return _widened(_widened(full, 0), 1)


def _framed(mask: np.ndarray) -> np.ndarray:
    """The mask with a clear column after each row (so every row's last run ends), flattened."""
    height, width = mask.shape
    framed = np.zeros((height, width + 1), dtype=np.int8)
    framed[:, :width] = mask
    return framed.ravel()


def _row_runs(mask: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Where each row run of `mask` starts and ends (exclusive), as indices into `_framed(mask)`."""
    edges = np.diff(_framed(mask), prepend=np.int8(0))
    return np.flatnonzero(edges == 1), np.flatnonzero(edges == -1)


def _run_pixels(mask: np.ndarray, starts: np.ndarray, ends: np.ndarray) -> np.ndarray:
    """Pixels of the runs of `mask` given by their starts and ends."""
    height, width = mask.shape
    marks = np.zeros(height * (width + 1), dtype=np.int8)
    marks[starts] = 1
    marks[ends] = -1
    return np.cumsum(marks, dtype=np.int8).view(bool).reshape(height, width + 1)[:, :width]


def _long_runs(mask: np.ndarray, length: int) -> np.ndarray:
    """Pixels of row runs of `mask` at least `length` long."""
    starts, ends = _row_runs(mask)
    long = ends - starts >= length
    return _run_pixels(mask, starts[long], ends[long])


def _teeth(ink: np.ndarray, across: np.ndarray) -> np.ndarray:
    """Pixels of short upright strokes that join a ruling line above to one below: the sides of a comb's
    boxes ("one letter in each box") and of a one-row cell, which tesseract reads as "|" between letters."""
    columns = np.ascontiguousarray(ink.T)
    starts, ends = _row_runs(columns)
    ruled = _framed(np.ascontiguousarray(_widened(across, 0).T)).view(bool)  # (a line's pixel, or one beside it)
    joined = ruled[starts] & ruled[ends - 1]
    return _widened(_run_pixels(columns, starts[joined], ends[joined]).T, 1)


def _dot_leaders(ink: np.ndarray, reduced_dpi: float) -> np.ndarray:
    """Pixels of dot leaders ("Wages ........ $"): rows of small dots with clear paper above and below.

    tesseract reads a leader as a line of nonsense words that hide the amount after it.
    """
    tall = max(1, round(DOT_INCHES * reduced_dpi))
    clear = max(tall + 1, round(DOT_CLEAR_INCHES * reduced_dpi))
    upright = _long_runs(np.ascontiguousarray(ink.T), tall + 1).T  # strokes taller than a dot
    crowded = upright.copy()  # a letter's arch or serif touches an upright stroke; a dot stands alone
    for _ in range(tall + 1):
        crowded = _widened(_widened(crowded, 0), 1)
    for shift in range(tall + 1, clear + 1):
        crowded[shift:] |= ink[:-shift]
        crowded[:-shift] |= ink[shift:]
    dots = ink & ~crowded
    bridged = dots.copy()
    for _ in range(max(1, round(DOT_GAP_INCHES * reduced_dpi / 2))):
        bridged = _widened(bridged, 1)
    leaders = _long_runs(_widened(bridged, 0), round(RULE_INCHES_ACROSS * reduced_dpi))
    return _widened(_widened(dots, 0), 1) & leaders


def without_rules(image: Image.Image, dpi: float, combs: bool = False) -> Image.Image:
    """The page with long ruling lines and dot leaders painted over in the paper's shade; text is left as it was.

    Table borders, cell boxes and fill-in lines make tesseract take a boxed value for a picture and skip
    it. Lines are found on a reduced bitmap (fast, and tolerant of a tilted scan) as long thin runs of
    ink, widened by one reduced pixel so their grey edges go too; a letter touching a line loses only
    the pixels it shares with it. With `combs`, the short sides of boxes between two lines go too.
    """
    pixels = np.asarray(image.convert("L"))
    paper = paper_shade(pixels)
    factor = max(1, round(dpi / RULE_DPI))
    ink = _reduced_ink(pixels, paper, factor)
    if min(ink.shape) < 2:
        return image
    reduced_dpi = dpi / factor
    block = max(2, round(SOLID_INCHES * reduced_dpi))
    solid = np.repeat(np.repeat(_solid_blocks(ink, block), block, 0), block, 1)[: ink.shape[0], : ink.shape[1]]
    across = _long_runs(_widened(ink, 0) & ~solid, round(RULE_INCHES_ACROSS * reduced_dpi))
    down = _long_runs(np.ascontiguousarray((_widened(ink, 1) & ~solid).T), round(RULE_INCHES_DOWN * reduced_dpi))
    rules = across | down.T | _dot_leaders(ink & ~solid, reduced_dpi)
    if combs:
        rules |= _teeth(ink & ~solid, across)
    cleaned = pixels.copy()
    height, width = rules.shape
    blocks = cleaned[: height * factor, : width * factor].reshape(height, factor, width, factor)
    np.copyto(blocks, paper, where=rules[:, None, :, None])
    return Image.fromarray(cleaned)


def _by_line(result: OcrResult) -> dict[LineKey, list[Word]]:
    """The reading's words line by line, in reading order."""
    grouped: dict[LineKey, list[Word]] = {}
    for word, line in zip(result.words, result.lines, strict=True):
        grouped.setdefault(line, []).append(word)
    return grouped


def _comb_lines(result: OcrResult) -> set[LineKey]:
    """Lines of the reading that hold a comb's box sides read as bars ("}2|2|a|7| |@|riele")."""
    return {line for line, own in _by_line(result).items() if "".join(w.text for w in own).count("|") >= COMB_BARS}


def _combs_read_again(result: OcrResult, combs: set[LineKey], again: OcrResult) -> OcrResult:
    """The first reading with each line of bars (`combs`) replaced by what the reading without the combs'
    sides has in its band; every other line is kept as first read (clearing the sides moves tesseract's
    blocks about)."""
    words: list[Word] = []
    lines: list[LineKey] = []
    taken: set[int] = set()
    for key, own in _by_line(result).items():
        if key not in combs:
            words += own
            lines += [key] * len(own)
            continue
        # the line's band: its words' middle row (not a tall bar's reach into the rows over and under it), as
        # far across as the line reaches (the row's other cells were other lines, kept as read)
        middle = median((w.box[1] + w.box[3]) / 2 for w in own)
        half = COMB_BAND * median(w.box[3] - w.box[1] for w in own)
        left, right = min(w.box[0] for w in own), max(w.box[2] for w in own)
        band = [i for i, w in enumerate(again.words) if i not in taken
                and abs((w.box[1] + w.box[3]) / 2 - middle) <= half and left <= (w.box[0] + w.box[2]) / 2 <= right]
        taken.update(band)
        words += [again.words[i] for i in band]
        lines += [key] * len(band)
    return _result(words, lines, result.tall_share)


COMB_ROWS = 2  # lines of bars that show a page of combs
COMB_BARS = 4  # bars on one line that show a comb
COMB_BAND = 0.6  # of its words' height: how far from a comb line's middle the words read again may stand


def read_upright(image: Image.Image, tesseract: Tesseract) -> tuple[OcrResult, int, Image.Image]:
    """OCR as is; when that reads poorly, ask OSD, turn the same bitmap and keep the better reading.

    Returns the reading, the degrees turned and the bitmap that was read (for the second reader).
    """
    first = tesseract.read(image, "page")
    if not first.looks_poor():
        return first, 0, image
    rotation = tesseract.rotation(image)
    if rotation == 0:
        return first, 0, image
    turned_image = image.rotate(-rotation, expand=True)
    turned = tesseract.read(turned_image, "turned")
    if turned.score >= 0.8 * first.score:
        return turned, rotation, turned_image
    return first, 0, image


def read_lit_evenly(image: Image.Image, dpi: float, tesseract: Tesseract
                    ) -> tuple[Image.Image, tuple[OcrResult, int, Image.Image]]:
    """The page read upright; a page lit unevenly (a phone's photo: a shadow, a lamp's falloff, the table
    around the sheet) is read again as if lit evenly, and the surer reading kept with the bitmap it read.

    Both readings are compared rather than the evened one trusted: on a page whose paper is merely
    shaded on purpose (a grey band, a tinted form) evening the light gains nothing.
    """
    first = read_upright(without_rules(image, dpi), tesseract)
    light = paper_light(image, dpi)
    if light_spread(light) < UNEVEN_LIGHT:
        return image, first
    evened = evenly_lit(image, light)
    again = read_upright(without_rules(evened, dpi), tesseract)
    if again[0].confidence > first[0].confidence and again[0].score > first[0].score:
        return evened, again
    return image, first


def read_smoothed(result: OcrResult, image: Image.Image, dpi: float, tesseract: Tesseract
                  ) -> tuple[OcrResult, Image.Image]:
    """A poor reading tried again on the bitmap with its grain smoothed; the better one and the bitmap read.

    Speckle and grey grain break letters apart and turn into stray words; a median filter takes them away
    and leaves strokes wider than its window. A page with next to no words (a blank back) is left alone:
    smoothing makes noise into words there. The smoothed reading must be surer and carry more sure text.
    """
    if result.confidence >= GRAINY_CONFIDENCE or len(result.words) < MIN_WORDS:
        return result, image
    window = max(3, round(dpi * GRAIN_WINDOW_INCHES) // 2 * 2 + 1)
    smoothed = image.filter(ImageFilter.MedianFilter(window))
    again = tesseract.read(smoothed, "smoothed")
    if again.confidence > result.confidence and again.score > result.score:
        return again, smoothed
    return result, image


def _loan_numbers_looked_at(result: OcrResult, image: Image.Image, tesseract: Tesseract) -> OcrResult:
    try:
        words = loan_numbers.second_look(result.words, result.lines, image, tesseract.read_digits)
    except Exception as exc:  # a second look only ever improves the reading; it never costs the page
        log.warning("second look at a loan number skipped (%s)", type(exc).__name__)
        return result
    return result if tuple(words) == result.words else _result(words, list(result.lines), result.tall_share)


def reread_entries(result: OcrResult, image: Image.Image, max_crops: int, raw: Image.Image | None = None
                   ) -> OcrResult:
    """`result` with its least sure entries, and ink it has no words for, read by the handwriting reader."""
    try:
        readings = handwriting.reread(image, result.words, max_crops, raw)
    except Exception as exc:  # the second reader only ever improves a reading; it never costs the page
        log.warning("second reading skipped (%s)", type(exc).__name__)
        return result
    return with_second_reading(result, readings)


def ocr_page(path: Path, number: int, settings: Settings) -> Page:
    """The pool's task: read page `number` (1-based) of the PDF at `path` by OCR.

    A page that cannot be read comes back with `error` set. Word boxes are fractions of the page as
    read, i.e. after it was turned upright (`rotation`).
    """
    width_pt = height_pt = 0.0
    try:
        pdf = pdfium.PdfDocument(path)
        try:
            page = pdf[number - 1]
            width_pt, height_pt = page.get_size()
            image = render(page, settings.ocr_dpi, settings.max_page_pixels)
        finally:
            pdf.close()
        dpi = image.width * 72 / width_pt
        with tempfile.TemporaryDirectory(prefix="lossmit-ocr-") as workdir:
            tesseract = Tesseract(settings.ocr_language, settings.ocr_timeout_seconds, Path(workdir), dpi)
            image, (result, rotation, read_image) = read_lit_evenly(image, dpi, tesseract)
            combs = _comb_lines(result)
            if len(combs) >= COMB_ROWS:  # boxes of one character each, their sides read as "|": those lines
                combed = without_rules(image, dpi, combs=True)  # read again without them
                combed = combed.rotate(-rotation, expand=True) if rotation else combed
                result = _combs_read_again(result, combs, tesseract.read(combed, "combs"))
            result, read_image = read_smoothed(result, read_image, dpi, tesseract)
            result = _loan_numbers_looked_at(result, read_image, tesseract)
        raw = image.rotate(-rotation, expand=True) if rotation else image
        result = without_slivers(reread_entries(result, read_image, settings.handwriting_crops_per_page, raw))
        barcodes = read_barcodes(image, dpi=dpi) if len(result.words) < BARCODE_WORDS else ()
        kept = ink_copy(image, width_pt, height_pt)
    except (PageUnreadable, pdfium.PdfiumError, MemoryError, Image.DecompressionBombError) as exc:
        why = str(exc) or type(exc).__name__
        return Page(number, "", TextMethod.NONE, 0.0, width_pt=width_pt, height_pt=height_pt, error=why)
    return Page(
        number=number,
        text=result.text,
        method=TextMethod.OCR,
        confidence=result.confidence,
        rotation=rotation,
        width_pt=width_pt,
        height_pt=height_pt,
        words=result.words,
        barcodes=barcodes,
        image=kept,
    )


def ink_copy(image: Image.Image, width_pt: float, height_pt: float) -> bytes:
    """The render shrunk to INK_DPI as raw grey bytes, lines and all, for the ink checks of later stages
    (raw, not PNG: encoding a noisy scan costs more than the copy saves)."""
    grey = image.convert("L")
    size = ink_size(width_pt, height_pt)
    factor = max(1, grey.width // size[0])  # a box reduction first: a tenth of Lanczos' cost at full size
    return grey.reduce(factor).resize(size, Image.Resampling.LANCZOS).tobytes()


def barcodes_only(path: Path, number: int, dpi: int, max_pixels: int) -> tuple[str, ...]:
    """Barcodes of a page that has a text layer, from a cheap low-resolution bitmap (no OCR)."""
    pdf = pdfium.PdfDocument(path)
    try:
        return read_barcodes(render(pdf[number - 1], dpi, max_pixels), dpi)
    finally:
        pdf.close()
