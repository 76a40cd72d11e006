"""Intake figures on the same pages in one run: text-layer pages/s, scanned pages/s through the whole
pipeline against bare tesseract on the same page images with the same number of processes, seconds from a
file landing in the inbox to its recorded outcome, and peak memory per OCR worker.

    python benchmarks/bench_intake.py [--pages N] [--workers N]
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import date
from pathlib import Path

import pypdfium2

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

import pdf_factory as pf
from lossmit_docs.pipeline import Service
from lossmit_docs.settings import Settings

WARM_UP = pf.SHARED / "samples" / "06-co-borrower-unsigned-military-relocation" / "inbox" / "8962784045_01.PDF"
LINES = [
    "EARNINGS STATEMENT    Pay Date 05/30/2025    Period 05/17/2025 - 05/30/2025",
    "Employee: Maria Gonzalez     Employer: Riverside Medical Group",
    "Gross Pay 2,412.50     YTD Gross 26,537.50     Net Pay 1,873.22",
    "Federal Income Tax 241.25   Social Security 149.58   Medicare 34.98",
    "I am writing to explain the hardship that caused my missed payments.",
    "My employer reduced my working hours in January and my income fell.",
]


def _pages(n: int) -> list[list[str]]:
    """Full letter pages (about 30 lines), the kind the issue's 1 s-a-page figure is about."""
    return [[f"Page {i + 1} of {n}", *(LINES * 5)] for i in range(n)]


def _home(root: Path, name: str, workers: int) -> Settings:
    home = root / name
    (home / "inbox").mkdir(parents=True)
    return Settings(home=home, settle_seconds=0, incomplete_grace_seconds=0, workers=workers)


def _sweep_seconds(settings: Settings, pdf: bytes) -> tuple[float, list[str]]:
    """Time one sweep over the batch with the worker pool already warm, as in a running watcher: the warm-up
    is a handwritten form, so each worker has also loaded the second (handwriting) reader's models."""
    with Service(settings, received_on=date.today()) as service:
        (settings.inbox_dir / "warm-up.pdf").write_bytes(WARM_UP.read_bytes())
        service.sweep()
        warm_up = {f.id for f in service.store.files()}
        (settings.inbox_dir / "batch.pdf").write_bytes(pdf)
        start = time.perf_counter()
        service.sweep()
        seconds = time.perf_counter() - start
        methods = [p.method for f in service.store.files() if f.id not in warm_up for p in service.store.pages(f.id)]
    return seconds, methods


def _bare_tesseract(images: list[Path], workers: int) -> float:
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}

    def run(image: Path) -> None:
        subprocess.run(["tesseract", str(image), "-", "--psm", "3"], env=env, check=True, capture_output=True)

    start = time.perf_counter()
    with ThreadPoolExecutor(workers) as pool:
        list(pool.map(run, images))
    return time.perf_counter() - start


def _latency(root: Path, pdf: bytes) -> float:
    """Seconds from the file's rename into the inbox to its outcome row, through `lossmit watch`."""
    settings = _home(root, "latency", 1)
    env = {**os.environ, "LOSSMIT_RESCAN_SECONDS": "30", "LOSSMIT_SETTLE_SECONDS": "0.5"}
    proc = subprocess.Popen([sys.executable, "-m", "lossmit_docs.cli", "--home", str(settings.home), "watch"],
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        time.sleep(2)  # let it start
        staged = settings.home / "staged.pdf"
        staged.write_bytes(pdf)
        start = time.perf_counter()
        staged.rename(settings.inbox_dir / "letter.pdf")
        from lossmit_docs.store import Store

        store = Store(settings.database_url)
        try:
            while not store.files():
                time.sleep(0.02)
        finally:
            store.close()
        return time.perf_counter() - start
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=16, help="scanned pages to OCR")
    parser.add_argument("--text-pages", type=int, default=100, help="text-layer pages to read")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args()
    root = Path(tempfile.mkdtemp(prefix="lossmit-bench-"))
    try:
        text_seconds, text_methods = _sweep_seconds(_home(root, "text", args.workers),
                                                    pf.text_pdf(_pages(args.text_pages)))
        scanned = pf.scanned_pdf(_pages(args.pages))
        scan_seconds, scan_methods = _sweep_seconds(_home(root, "scan", args.workers), scanned)
        images = []
        pdf = pypdfium2.PdfDocument(scanned)
        for i in range(len(pdf)):
            image = root / f"page-{i}.png"
            pdf[i].render(scale=300 / 72).to_pil().convert("L").save(image)
            images.append(image)
        pdf.close()
        bare_seconds = _bare_tesseract(images, args.workers)
        latency = _latency(root, pf.text_pdf([LINES]))
        peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        print(f"workers: {args.workers}")
        print(f"text-layer pages: {args.text_pages} in {text_seconds:.2f} s = {args.text_pages / text_seconds:.1f} "
              f"pages/s; OCR'd: {text_methods.count('ocr')}")
        print(f"scanned pages through the pipeline: {args.pages} in {scan_seconds:.2f} s = "
              f"{args.pages / scan_seconds:.2f} pages/s (methods: {sorted(set(scan_methods))})")
        print(f"bare tesseract, same images, {args.workers} processes: {bare_seconds:.2f} s = "
              f"{args.pages / bare_seconds:.2f} pages/s")
        print(f"pipeline / bare tesseract time: {scan_seconds / bare_seconds:.2f} "
              f"(overhead {100 * (scan_seconds / bare_seconds - 1):.0f}%)")
        print(f"inbox -> recorded outcome (watch, settle 0.5 s): {latency:.2f} s")
        print(f"peak memory of the largest child process (OCR worker): {peak_mb:.0f} MB")
    finally:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
