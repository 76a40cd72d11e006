"""Every kind of unusable file is refused with its reason, cheaply; odd but readable PDFs are opened."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from pathlib import Path

import pytest

import pdf_factory as pf
from lossmit_docs.model import Reason, Rejected
from lossmit_docs.reading.pdf_open import open_pdf
from lossmit_docs.settings import Settings

SETTINGS = Settings()


def write(tmp_path: Path, data: bytes, name: str = "in.pdf") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("build", "reason", "said"),
    [
        (pf.empty_pdf, Reason.EMPTY_FILE, "empty"),
        (pf.truncated_pdf, Reason.CORRUPT_PDF, "cut off"),
        (pf.garbage_pdf, Reason.CORRUPT_PDF, "damaged"),
        (pf.encrypted_pdf, Reason.ENCRYPTED_PDF, "password"),
        (pf.jpeg_named_pdf, Reason.NOT_A_PDF, "JPEG"),
        (pf.html_named_pdf, Reason.NOT_A_PDF, "HTML"),
        (pf.many_pages_pdf, Reason.TOO_MANY_PAGES, "2,000 pages"),
    ],
)
def test_bad_input_is_rejected_with_its_reason(
    tmp_path: Path, build: Callable[..., bytes], reason: Reason, said: str
) -> None:
    path = write(tmp_path, build())
    with pytest.raises(Rejected) as caught:
        open_pdf(path, SETTINGS)
    assert caught.value.reason is reason
    assert said in caught.value.detail


def test_too_large_is_refused_before_parsing(tmp_path: Path) -> None:
    path = write(tmp_path, pf.text_pdf([pf.SAMPLE_LETTER]))
    with pytest.raises(Rejected) as caught:
        open_pdf(path, Settings(max_file_bytes=path.stat().st_size - 1))
    assert caught.value.reason is Reason.TOO_LARGE


def test_page_count_is_read_without_parsing_pages(tmp_path: Path) -> None:
    path = write(tmp_path, pf.many_pages_pdf(2000))
    started = time.perf_counter()
    reader = open_pdf(path, Settings(max_pages=2000))
    assert len(reader.pages) == 2000
    assert time.perf_counter() - started < 2.0


def test_owner_password_only_is_opened(tmp_path: Path) -> None:
    path = write(tmp_path, pf.encrypted_pdf(user_password=""))
    reader = open_pdf(path, SETTINGS)
    assert "hardship" in reader.pages[0].extract_text()


def test_header_after_leading_junk_is_still_a_pdf(tmp_path: Path) -> None:
    path = write(tmp_path, b"\r\n" * 100 + pf.text_pdf([pf.SAMPLE_LETTER]))
    assert len(open_pdf(path, SETTINGS).pages) == 1


def test_header_beyond_first_kilobyte_is_not_a_pdf(tmp_path: Path) -> None:
    path = write(tmp_path, b" " * 2000 + pf.text_pdf([pf.SAMPLE_LETTER]))
    with pytest.raises(Rejected) as caught:
        open_pdf(path, SETTINGS)
    assert caught.value.reason is Reason.NOT_A_PDF


def test_javascript_and_attachments_are_opened_with_a_warning(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    path = write(tmp_path, pf.active_content_pdf())
    with caplog.at_level(logging.WARNING, logger="lossmit_docs.reading.pdf_open"):
        reader = open_pdf(path, SETTINGS)
    assert "hardship" in reader.pages[0].extract_text()
    assert "JavaScript" in caplog.text
    assert "embedded files" in caplog.text
