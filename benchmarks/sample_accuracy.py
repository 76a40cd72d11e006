"""Accuracy of splitting, classification and extraction on the sample packets (a dev script).

Page texts come from `lossmit_docs.reading.pages.read_pages` when that stage exists; otherwise from a
stand-in reader (pdfplumber text layer, pypdf form fields, zxing barcodes, tesseract OCR) whose output is
cached under /tmp/pages-cache so every sample page is OCR'd once only.

    .venv/bin/python benchmarks/sample_accuracy.py [--samples DIR] [--own-reader] [-v]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
from dataclasses import asdict
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from lossmit_docs.model import Document, Page, TextMethod, Word
from lossmit_docs.reading.documents import read_documents
from lossmit_docs.reading.ink import PdfInk

SAMPLES = Path("/work/shared/samples")
CACHE = Path("/tmp/pages-cache")
MIN_TEXT_CHARS = 40


def _form_fields_by_page(path: Path) -> list[dict[str, str]]:
    from pypdf import PdfReader

    reader = PdfReader(path)
    result: list[dict[str, str]] = []
    for page in reader.pages:
        values: dict[str, str] = {}
        for annot in page.get("/Annots") or []:
            widget = annot.get_object()
            holder = widget if "/T" in widget else widget.get("/Parent", {}).get_object()
            name, value = holder.get("/T"), holder.get("/V")
            if name is None or value is None:
                continue
            if str(value) == "/Off":
                continue
            values[str(name)] = str(value).lstrip("/")
        result.append(values)
    return result


def _own_read_pages(path: Path) -> list[Page]:
    """A stand-in for the pages stage: text layer, else tesseract OCR at 300 dpi (one thread)."""
    import pdfplumber
    import pypdfium2
    import pytesseract
    import zxingcpp

    os.environ.setdefault("OMP_THREAD_LIMIT", "1")
    fields = _form_fields_by_page(path)
    pdf = pypdfium2.PdfDocument(str(path))
    pages: list[Page] = []
    with pdfplumber.open(path) as plumber:
        for index, plumbed in enumerate(plumber.pages):
            image = pdf[index].render(scale=300 / 72).to_pil().convert("L")
            barcodes = tuple(r.text for r in zxingcpp.read_barcodes(image))
            text = plumbed.extract_text() or ""
            width, height = float(plumbed.width), float(plumbed.height)
            if len(text.strip()) >= MIN_TEXT_CHARS:
                words = tuple(
                    Word(w["text"], 1.0, (w["x0"] / width, w["top"] / height, w["x1"] / width,
                                          w["bottom"] / height))
                    for w in plumbed.extract_words()
                )
                method = TextMethod.FORM_FIELD if fields[index] else TextMethod.TEXT_LAYER
                pages.append(Page(index + 1, text, method, 1.0, 0, width, height, words,
                                  fields[index], barcodes))
                continue
            image.save(CACHE / f"{path.stem}-{index + 1}.png")
            data = pytesseract.image_to_data(image, output_type=pytesseract.Output.DICT)
            ocr_words = []
            for i, word in enumerate(data["text"]):
                if word.strip() and float(data["conf"][i]) >= 0:
                    x, y, w, h = (data[k][i] for k in ("left", "top", "width", "height"))
                    ocr_words.append(Word(word, float(data["conf"][i]) / 100,
                                          (x / image.width, y / image.height, (x + w) / image.width,
                                           (y + h) / image.height)))
            ocr_text = pytesseract.image_to_string(image)
            confidence = sum(w.confidence for w in ocr_words) / len(ocr_words) if ocr_words else 0.0
            pages.append(Page(index + 1, ocr_text, TextMethod.OCR, confidence, 0, width, height,
                              tuple(ocr_words), {}, barcodes))
    return pages


def _cached_pages(path: Path) -> list[Page]:
    key = hashlib.sha256(path.read_bytes()).hexdigest()[:16]
    cached = CACHE / f"{key}.json"
    if cached.exists():
        raw = json.loads(cached.read_text())
        return [
            Page(**{**p, "method": TextMethod(p["method"]),
                    "words": tuple(Word(w["text"], w["confidence"], tuple(w["box"])) for w in p["words"]),
                    "barcodes": tuple(p["barcodes"])})
            for p in raw
        ]
    pages = _own_read_pages(path)
    cached.write_text(json.dumps([asdict(p) for p in pages]))
    return pages


def _read_pages(path: Path, own: bool) -> list[Page]:
    if not own:
        try:
            from lossmit_docs.reading.pages import read_pages  # type: ignore[attr-defined]
            from lossmit_docs.settings import Settings

            return read_pages(path, Settings())
        except (ImportError, AttributeError):
            pass
    return _cached_pages(path)


def _norm(value: Any) -> Any:
    if isinstance(value, Decimal):
        return round(float(value), 2)
    if isinstance(value, date):
        return _norm(value.isoformat())
    if isinstance(value, str):
        return re.sub(r"[^a-z0-9]", "", value.lower())
    if isinstance(value, list):
        return sorted(_norm(v) for v in value)
    if isinstance(value, float):
        return round(value, 2)
    return value


def _pages_key(pages: list[Any]) -> tuple[tuple[str, int], ...]:
    return tuple((p["file"], p["page"]) if isinstance(p, dict) else (p.file, p.page) for p in pages)


def _application_values(doc: Document) -> dict[str, Any]:
    values: dict[str, Any] = {k: f.value for k, f in doc.fields.items() if "." not in k}
    values["income"] = {k.split(".", 1)[1]: f.value for k, f in doc.fields.items()
                        if k.startswith("income.") and f.value is not None}
    return values


class Tally:
    def __init__(self) -> None:
        self.counts: dict[str, list[int]] = {}

    def add(self, kind: str, ok: bool) -> None:
        right_wrong = self.counts.setdefault(kind, [0, 0])
        right_wrong[0 if ok else 1] += 1

    def line(self) -> str:
        return "  ".join(f"{k}: {r}/{r + w}" for k, (r, w) in sorted(self.counts.items()))


def _compare(label: str, want: Any, got: Any, tally: Tally, kind: str, verbose: bool) -> None:
    ok = _norm(want) == _norm(got)
    tally.add(kind, ok)
    if not ok and verbose:
        print(f"    {label}: expected {want!r} got {got!r}")


def run_packet(packet: Path, own: bool, total: Tally, verbose: bool) -> None:
    expected = json.loads((packet / "expected.json").read_text())
    inbox = packet / "inbox"
    documents: list[Document] = []
    pages_seen = 0
    for path in sorted(p for p in inbox.rglob("*") if p.is_file()):
        rel = path.relative_to(inbox).as_posix()
        pages = _read_pages(path, own)
        pages_seen += len(pages)
        docs, _ = read_documents(rel, "", pages, date.fromisoformat(expected["received_on"]), PdfInk(path))
        documents.extend(docs)
    tally = Tally()
    by_pages = {_pages_key(d.pages): d for d in documents}
    expected_keys = {_pages_key(d["pages"]) for d in expected["documents"]}
    for want in expected["documents"]:
        got = by_pages.get(_pages_key(want["pages"]))
        kind = "scanned" if want["scanned"] else "digital"
        tally.add("doc_pages", got is not None)
        tally.add("doc_type", got is not None and got.type == want["type"])
        if got is None:
            if verbose:
                print(f"    no document with pages {_pages_key(want['pages'])} ({want['type']})")
            continue
        if got.type != want["type"] and verbose:
            print(f"    {want['id']} type: expected {want['type']} got {got.type} ({got.type_confidence:.2f})")
        page_count = len(want["pages"])
        tally.add("page_type", got.type == want["type"]) if page_count == 1 else [
            tally.add("page_type", got.type == want["type"]) for _ in range(page_count)]
        for name, value in want["fields"].items():
            field = got.fields.get(name)
            _compare(f"{want['id']} {want['type']}.{name}", value, field.value if field else None,
                     tally, f"fields_{kind}", verbose)
        if want["type"] == "mortgage_assistance_application" and expected["application"]:
            have = _application_values(got)
            for name, value in expected["application"].items():
                _compare(f"application.{name}", value, have.get(name), tally, f"application_{kind}",
                         verbose)
    for doc in documents:
        if _pages_key(doc.pages) not in expected_keys:
            tally.add("extra_documents", False)
            if verbose:
                print(f"    extra document {doc.type} pages {_pages_key(doc.pages)}")
    print(f"{packet.name} ({pages_seen} pages): {tally.line()}")
    for kind, (right, wrong) in tally.counts.items():
        bucket = total.counts.setdefault(kind, [0, 0])
        bucket[0] += right
        bucket[1] += wrong


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--samples", type=Path, default=SAMPLES)
    parser.add_argument("--own-reader", action="store_true", help="use the cached stand-in page reader")
    parser.add_argument("-v", "--verbose", action="store_true", help="print every mismatch")
    args = parser.parse_args()
    CACHE.mkdir(parents=True, exist_ok=True)
    total = Tally()
    for packet in sorted(p for p in args.samples.iterdir() if (p / "expected.json").exists()):
        run_packet(packet, args.own_reader, total, args.verbose)
    print(f"TOTAL: {total.line()}")


if __name__ == "__main__":
    main()
