"""Tests import the fixture builders in this folder (pdf_factory) directly; `reader` is the real page
reader with real tesseract, one worker, for a module's scanned fixtures (a module may define its own)."""

import os
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
os.environ.setdefault("OMP_THREAD_LIMIT", "1")

from lossmit_docs.model import Document, Field
from lossmit_docs.reading.documents import read_documents
from lossmit_docs.reading.ink import PdfInk
from lossmit_docs.reading.pages import PageReader
from lossmit_docs.settings import Settings

SCAN_DPI = 300


@pytest.fixture(scope="module")
def reader() -> Iterator[PageReader]:
    with PageReader(Settings(workers=1, ocr_dpi=SCAN_DPI)) as page_reader:
        yield page_reader


def documents_read(reader: PageReader, path: Path, received: date) -> list[Document]:
    """The file as the pipeline reads it: its pages, then its documents with the pages' ink and word boxes."""
    pages = reader.read(path)
    return read_documents(path.name, "0" * 64, pages, received, PdfInk(path, pages))[0]


def one_document_fields(reader: PageReader, path: Path, received: date, kind: str) -> dict[str, Field]:
    """The fields of a file read as one document of the `kind` expected."""
    documents = documents_read(reader, path, received)
    assert [d.type for d in documents] == [kind]
    return documents[0].fields


def kinds_of(documents: list[Document]) -> list[tuple[str, list[int]]]:
    """Each document's type and page numbers, in file order."""
    return [(d.type, [ref.page for ref in d.pages]) for d in documents]


def values_of(fields: dict[str, Field], *names: str) -> dict[str, object]:
    """The named fields' values, "<absent>" for a field not read at all."""
    return {name: fields[name].value if name in fields else "<absent>" for name in names}
