""".docx to PDF with LibreOffice headless, fast for batches and safe when LibreOffice misbehaves.

Starting LibreOffice costs about a second; converting one more document in the same run costs a tenth of
that. So a `Converter` converts many documents per start (a batch), keeps its own warm profile directory
(`-env:UserInstallation`) between starts, and never runs two LibreOffices on one profile. A `ConverterPool`
runs several converters side by side. Every start has a timeout that grows with the batch; the process group
is killed when it expires. A document that fails is retried alone, so one bad file cannot sink the batch.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
import threading
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

INSTALL_FIX = "install LibreOffice Writer (Debian: apt-get install libreoffice-writer-nogui; or `make system-packages`)"


class ConversionError(Exception):
    """A document could not be converted; the message says which and what to do."""


class SofficeMissing(ConversionError):
    pass


@dataclass(frozen=True)
class Converted:
    """The outcome for one document of a batch: a PDF, or the reason there is none."""

    source: Path
    pdf: Path
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


def find_soffice(command: str | None = None) -> str:
    """The LibreOffice executable, or a `SofficeMissing` that says how to install it."""
    for candidate in ([command] if command else ["soffice", "libreoffice"]):
        found = shutil.which(candidate)
        if found:
            return found
    raise SofficeMissing(f"LibreOffice ({command or 'soffice'}) was not found on PATH; fix: {INSTALL_FIX}")


def _is_pdf(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            return fh.read(5) == b"%PDF-"
    except OSError:
        return False


class Converter:
    """One LibreOffice at a time on a private profile; many documents per start."""

    def __init__(self, soffice: str | None = None, *, start_timeout: float = 30.0,
                 per_document_timeout: float = 3.0, retries: int = 1, batch_size: int = 100) -> None:
        self.soffice = find_soffice(soffice)
        self.start_timeout = start_timeout
        self.per_document_timeout = per_document_timeout
        self.retries = retries
        self.batch_size = batch_size
        self._profile = Path(tempfile.mkdtemp(prefix="lossmit-soffice-profile-"))
        self._lock = threading.Lock()

    def __enter__(self) -> Converter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        shutil.rmtree(self._profile, ignore_errors=True)

    def convert(self, source: Path, pdf: Path) -> Path:
        """One document; raises `ConversionError` naming it when no PDF comes out."""
        result = self.convert_many([(source, pdf)])[0]
        if not result.ok:
            raise ConversionError(f"{source.name}: {result.error}")
        return result.pdf

    def convert_many(self, jobs: Sequence[tuple[Path, Path]]) -> list[Converted]:
        """(docx, pdf) pairs, in order; a failure is reported per document, the rest still convert."""
        results: list[Converted] = []
        for start in range(0, len(jobs), self.batch_size):
            results.extend(self._convert_batch(list(jobs[start:start + self.batch_size])))
        return results

    def _convert_batch(self, jobs: list[tuple[Path, Path]]) -> list[Converted]:
        errors = dict.fromkeys(range(len(jobs)), "not converted")
        pending = list(range(len(jobs)))
        for attempt in range(self.retries + 1):
            # The first attempt takes the whole batch in one start; retries take each failure alone.
            groups = [pending] if attempt == 0 else [[i] for i in pending]
            for group in groups:
                errors.update(self._run([jobs[i] for i in group], group))
            pending = [i for i in pending if errors[i]]
            if not pending:
                break
        return [Converted(src, pdf, errors[i] or None) for i, (src, pdf) in enumerate(jobs)]

    def _run(self, jobs: list[tuple[Path, Path]], indexes: list[int]) -> dict[int, str]:
        """One LibreOffice start over copies named by index, so equal file names cannot collide."""
        with self._lock, tempfile.TemporaryDirectory(prefix="lossmit-convert-") as work:
            inputs = []
            for index, (source, _) in zip(indexes, jobs, strict=True):
                if not source.is_file():
                    continue
                copy = Path(work) / f"{index}.docx"
                shutil.copyfile(source, copy)
                inputs.append(str(copy))
            failure = self._soffice(inputs, Path(work), timeout=self.start_timeout
                                    + self.per_document_timeout * len(inputs)) if inputs else None
            outcome = {}
            for index, (source, pdf) in zip(indexes, jobs, strict=True):
                made = Path(work) / f"{index}.pdf"
                if not source.is_file():
                    outcome[index] = f"the document {source} does not exist"
                elif _is_pdf(made):
                    pdf.parent.mkdir(parents=True, exist_ok=True)
                    shutil.move(made, pdf)
                    outcome[index] = ""
                else:
                    outcome[index] = failure or "LibreOffice produced no PDF (the .docx may be damaged)"
            return outcome

    def _soffice(self, inputs: list[str], out_dir: Path, timeout: float) -> str | None:
        """Run LibreOffice once; a problem comes back as text (per-document outcomes decide the rest)."""
        command = [
            self.soffice, f"-env:UserInstallation={self._profile.as_uri()}", "--headless", "--invisible",
            "--nologo", "--norestore", "--nodefault", "--nolockcheck",
            "--convert-to", "pdf:writer_pdf_Export", "--outdir", str(out_dir), *inputs,
        ]
        try:
            process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                       start_new_session=True)
        except OSError as exc:
            raise SofficeMissing(f"LibreOffice could not be started ({exc}); fix: {INSTALL_FIX}") from exc
        try:
            _, stderr = process.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.communicate()
            return (f"LibreOffice did not finish within {timeout:.0f} s and was stopped; fix: check that no "
                    f"dialog or broken document blocks it, or raise the conversion timeout")
        if process.returncode != 0:
            detail = stderr.decode(errors="replace").strip().splitlines()[-1:] or [""]
            return f"LibreOffice failed (exit {process.returncode}) {detail[0]}".strip()
        return None


class ConverterPool:
    """Several converters side by side, each with its own profile; a batch is shared out between them."""

    def __init__(self, size: int = 2, **options: Any) -> None:
        self.converters = [Converter(**options) for _ in range(max(1, size))]

    def __enter__(self) -> ConverterPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        for converter in self.converters:
            converter.close()

    def convert_many(self, jobs: Sequence[tuple[Path, Path]]) -> list[Converted]:
        size = len(self.converters)
        shares = [list(range(first, len(jobs), size)) for first in range(size)]
        with ThreadPoolExecutor(max_workers=size) as executor:
            done = executor.map(lambda converter, share: converter.convert_many([jobs[i] for i in share]),
                                self.converters, shares)
            by_index = {i: result for share, results in zip(shares, done, strict=True)
                        for i, result in zip(share, results, strict=True)}
        return [by_index[i] for i in range(len(jobs))]
