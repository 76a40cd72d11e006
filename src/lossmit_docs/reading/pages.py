"""One PDF in, its pages out: form fields, text layer or OCR, spread over a pool of worker processes.

The pool lives as long as its `PageReader`, so a watcher pays for starting workers once, not per file.
Work goes out in two kinds of task: text-layer reading for runs of pages (pdfplumber is slow enough on
long statements to be worth spreading too), and OCR for single pages, which is queued as soon as the
text pass finds a page that needs it. Pages with a usable text layer are never OCR'd; the one bitmap
they may get is a cheap 150 dpi one for barcodes, and only when the page is short and holds an image
(a cover sheet made on a computer with its barcode pasted in as a picture). The exception is a scan under
a copier's own OCR layer ("searchable PDF"): that layer is another program's guess, with its misreadings
("7,2l5.69", "G5B-HA2") and none of the pen, and no confidence to flag them for review; such a page is
OCR'd here, where handwriting is read and every word carries its confidence.

A worker that dies (a segfault in a PDF library, the OOM killer) breaks the whole process pool; the
reader then starts a new pool and retries the unfinished tasks one at a time, so only the page that
kills a worker again is marked unreadable. A task that hangs past every timeout gets the same treatment.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import threading
import time
from collections import deque
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, CancelledError, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field, replace
from pathlib import Path
from types import TracebackType
from typing import Any

import pdfplumber

from lossmit_docs.model import Page, TextMethod
from lossmit_docs.reading import form_fields, ocr
from lossmit_docs.reading.form_fields import FormValue
from lossmit_docs.reading.pdf_open import open_pdf
from lossmit_docs.reading.text_layer import TextLayer, chars_text, read_text_layer
from lossmit_docs.settings import Settings

log = logging.getLogger(__name__)

MAX_CHUNK = 25  # text-layer pages per task: enough to amortize opening the PDF, small enough to spread
CRASHED = "the page stopped the reader (a worker crashed or hung on it)"
STALL_MARGIN_SECONDS = 60.0  # beyond the OCR timeout, how long the pool may go without finishing a task
PAGE_COVER = 0.9  # share of a page one image covers when the page is a scan

OcrFunction = Callable[[Path, int, Settings], Page]


def _init_worker() -> None:
    """Each worker runs one tesseract at a time; tesseract's own threads would only fight the pool."""
    os.environ["OMP_THREAD_LIMIT"] = "1"
    threading.Thread(target=_exit_with_parent, args=(os.getppid(),), daemon=True, name="parent-watch").start()


def _exit_with_parent(parent: int) -> None:
    """A worker whose service was killed outright (SIGKILL, the OOM killer) would wait on its task queue
    for ever, holding its memory: it leaves once it has been handed to another parent."""
    while os.getppid() == parent:
        time.sleep(PARENT_CHECK_SECONDS)
    os._exit(0)


PARENT_CHECK_SECONDS = 1.0


@dataclass
class LayerResult:
    """What the text pass settled for a run of pages, and which pages still need OCR."""

    settled: list[Page] = field(default_factory=list)
    need_ocr: list[int] = field(default_factory=list)


def _settle_page(
    path: Path, page: pdfplumber.page.Page, number: int, values: list[FormValue], settings: Settings
) -> Page | None:
    """The page from its own layers, or None when it must be OCR'd."""
    width, height = float(page.width), float(page.height)
    if width < 1 or height < 1:
        return Page(number, "", TextMethod.NONE, 0.0, error=f"the page has no area ({width:.0f} x {height:.0f})")
    layer = read_text_layer(page)
    if values and layer.usable:
        x0, y0, x1, y1 = (float(v) for v in page.page_obj.mediabox)  # as drawn, before /Rotate
        text = chars_text(form_fields.merged_chars(layer.chars, values, (x0, y0, x1, y1), page.rotation + layer.turn))
        return Page(number, text, TextMethod.FORM_FIELD, 1.0, layer.turn, width, height,
                    form_fields=form_fields.as_dict(values))
    if layer.draws_nothing:
        return Page(number, "", TextMethod.TEXT_LAYER, 1.0, 0, width, height)
    if not layer.usable or _searchable_scan(page, layer):
        return None
    barcodes: tuple[str, ...] = ()
    # A short text-layer page that holds an image may be a cover sheet whose barcode carries the loan number
    # (the text rarely repeats the barcode's payload): it gets a cheap bitmap for barcodes only.
    if layer.has_images and layer.word_count < ocr.BARCODE_WORDS:
        barcodes = ocr.barcodes_only(path, number, ocr.BARCODE_DPI, settings.max_page_pixels)
    return Page(number, layer.text, TextMethod.TEXT_LAYER, 1.0, layer.turn, width, height, barcodes=barcodes)


def _searchable_scan(page: pdfplumber.page.Page, layer: TextLayer) -> bool:
    """A scan that a copier laid its own OCR over: one image covers the page, under the layer's words."""
    if not layer.has_images:
        return False
    area = float(page.width) * float(page.height)
    return any((image["x1"] - image["x0"]) * (image["bottom"] - image["top"]) >= PAGE_COVER * area
               for image in page.images)


def read_layers(path: Path, numbers: list[int], values: dict[int, list[FormValue]], settings: Settings) -> LayerResult:
    """Pool task: the text layers of `numbers` (1-based); a page pdfplumber cannot parse goes to OCR."""
    result = LayerResult()
    with pdfplumber.open(path, password="") as pdf:
        for number in numbers:
            page = pdf.pages[number - 1]
            try:
                settled = _settle_page(path, page, number, values.get(number, []), settings)
            except Exception as exc:  # a damaged content stream: rendering may still read it
                log.warning("page %d: text layer unreadable (%s); trying OCR", number, type(exc).__name__)
                settled = None
            finally:
                page.close()
            if settled is None:
                result.need_ocr.append(number)
            else:
                result.settled.append(settled)
    return result


@dataclass
class _Task:
    """Work for the pool, with what to do with its result and with its failure."""

    fn: Callable[..., Any]
    args: tuple[Any, ...]
    done: Callable[[Any], list[_Task]]  # each returns the follow-up tasks
    failed: Callable[[str], list[_Task]]


class PageReader:
    """Reads PDFs into pages over one long-lived worker pool; use as a context manager.

    One `read` at a time. Workers are spawned (not forked: a watcher runs threads, and forking a threaded
    process can deadlock), so a script that uses it must guard its entry with `if __name__ == "__main__"`.
    `ocr_function` is the pool's OCR task; tests pass one that crashes or hangs on purpose.
    """

    def __init__(self, settings: Settings, ocr_function: OcrFunction = ocr.ocr_page) -> None:
        self.settings = settings
        self.ocr_function = ocr_function
        self.stall_seconds = settings.ocr_timeout_seconds + STALL_MARGIN_SECONDS
        self._pool: ProcessPoolExecutor | None = None

    def __enter__(self) -> PageReader:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def read(self, path: Path) -> list[Page]:
        """All pages of the PDF, in order; raises `Rejected` when the file cannot be used at all."""
        reader = open_pdf(path, self.settings)
        count = len(reader.pages)
        try:
            values = form_fields.form_values_by_page(reader)
        except Exception as exc:  # a damaged AcroForm: the pages themselves can still be read
            log.warning("form fields unreadable (%s); reading pages without them", type(exc).__name__)
            values = {}
        pages: dict[int, Page] = {}

        def ocr_task(number: int) -> _Task:
            def done(page: Page) -> list[_Task]:
                pages[number] = _with_form_values(page, values.get(number, []))
                return []

            def failed(why: str) -> list[_Task]:
                pages[number] = Page(number, "", TextMethod.NONE, 0.0, error=why)
                return []

            return _Task(self.ocr_function, (path, number, self.settings), done, failed)

        def layer_task(numbers: list[int]) -> _Task:
            def done(result: LayerResult) -> list[_Task]:
                pages.update((page.number, page) for page in result.settled)
                return [ocr_task(number) for number in result.need_ocr]

            def failed(why: str) -> list[_Task]:
                log.warning("text layers of pages %d-%d unread (%s); OCR instead", numbers[0], numbers[-1], why)
                return [ocr_task(number) for number in numbers]

            chunk_values = {n: values[n] for n in numbers if n in values}
            return _Task(read_layers, (path, numbers, chunk_values, self.settings), done, failed)

        size = max(1, min(MAX_CHUNK, -(-count // self.settings.worker_count)))
        numbers = list(range(1, count + 1))
        self._run([layer_task(numbers[i : i + size]) for i in range(0, count, size)])
        return [pages[number] for number in numbers]

    def _run(self, tasks: list[_Task], alone: bool = False) -> None:
        """Run tasks and their follow-ups; tasks caught in a broken or stalled pool are retried alone."""
        queue = deque(tasks)
        pending: dict[Future[Any], _Task] = {}
        caught: list[_Task] = []
        while queue or pending:
            while queue and not (alone and pending):
                task = queue.popleft()
                pending[self._submit(task)] = task
            finished, _ = wait(pending, timeout=self.stall_seconds, return_when=FIRST_COMPLETED)
            broken = not finished
            if broken:
                log.error("page reader made no progress in %.0f s; restarting its workers", self.stall_seconds)
                caught.extend(pending.values())
                pending.clear()
            for future in finished:
                task = pending.pop(future)
                try:
                    result = future.result()
                except (BrokenProcessPool, CancelledError):
                    caught.append(task)
                    broken = True
                    continue
                except (Exception, SystemExit) as exc:  # pytesseract exits when tesseract is unusable
                    queue.extend(task.failed(f"the page could not be read ({type(exc).__name__})"))
                    continue
                queue.extend(task.done(result))
            if broken:
                self._restart()
            if alone:
                for task in caught:
                    queue.extend(task.failed(CRASHED))
                caught.clear()
        if caught:
            self._run(caught, alone=True)

    def _submit(self, task: _Task) -> Future[Any]:
        for _attempt in range(2):
            if self._pool is None:
                self._pool = ProcessPoolExecutor(
                    max_workers=self.settings.worker_count,
                    mp_context=multiprocessing.get_context("spawn"),
                    initializer=_init_worker,
                )
            try:
                return self._pool.submit(task.fn, *task.args)
            except BrokenProcessPool:
                self._restart()
        raise BrokenProcessPool("the page reader's workers cannot be started")

    def _restart(self) -> None:
        """Drop a broken or stuck pool; its workers are killed so a hung one cannot linger."""
        if self._pool is None:
            return
        # ProcessPoolExecutor has no public way to kill its workers before Python 3.14.
        processes = getattr(self._pool, "_processes", None) or {}
        for process in list(processes.values()):
            process.kill()
        self._pool.shutdown(wait=False, cancel_futures=True)
        self._pool = None


def _with_form_values(page: Page, values: list[FormValue]) -> Page:
    """An OCR'd page that also has filled widgets or text boxes: the values follow the OCR text. Text boxes
    alone (a clerk's note on a scan) leave it an OCR'd page, as sure as its OCR."""
    if not values or not page.readable:
        return page
    lines = "\n".join(f"{v.name}: " * bool(v.name) + (form_fields.CHECK_MARK if v.checkbox else v.value)
                      for v in values)
    method = TextMethod.FORM_FIELD if any(v.name for v in values) else page.method
    return replace(page, text=f"{page.text}\n\n{lines}", method=method, form_fields=form_fields.as_dict(values))


def read_pages(path: Path, settings: Settings) -> list[Page]:
    """Read one PDF with a pool of its own; a long-running service should keep a `PageReader` instead."""
    with PageReader(settings) as reader:
        return reader.read(path)
