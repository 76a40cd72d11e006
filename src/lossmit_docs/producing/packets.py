"""A document packet lands in the outbox whole or not at all.

`outbox/<loan>/<document>-<YYYY-MM-DD>/` holds `<document>.docx`, `<document>.pdf` and `manifest.json`.
Each packet is built in a hidden folder beside its destination (`.<document>-<date>.tmp-<random>`),
synced to disk, then renamed into place, so a specialist never collects half a packet; on any failure the
hidden folder is removed. Files are 0640 and folders 0750 (borrower data).

Same-day re-runs: a packet already in place is never overwritten; the new one takes the first free
name among `<document>-<date>-2`, `-3`, ... so every version sent stays on record.
"""

from __future__ import annotations

import contextlib
import json
import secrets
import shutil
import time
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field, is_dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from enum import Enum
from pathlib import Path
from typing import Any

from lossmit_docs import __version__
from lossmit_docs.durable import DIR_MODE, FILE_MODE, fsync_dir, make_private_dir, sha256_of
from lossmit_docs.producing.contexts import as_context
from lossmit_docs.producing.pdf_convert import ConversionError, Converted, ConverterPool
from lossmit_docs.producing.pdf_convert import Converter as PdfConverter
from lossmit_docs.producing.templates import TemplateProblem, render

STAGING_MARK = ".tmp-"
STALE_STAGING_SECONDS = 3600.0


@dataclass(frozen=True)
class PacketRequest:
    """One document for one loan: which template, its context, and what it was computed from."""

    loan_number: str
    document: str  # the template's name without .docx
    on: date
    context: Any  # a context dataclass from `contexts`, or a mapping
    inputs: Mapping[str, Any] = field(default_factory=dict)  # e.g. the loan data and evaluation used
    program_version: str = ""
    rules_version: str = ""


@dataclass(frozen=True)
class PacketResult:
    request: PacketRequest
    path: Path | None  # the packet folder, when written
    error: str | None = None
    cause: Exception | None = None  # what went wrong, so a front can tell a template from a converter


def _json_default(value: Any) -> Any:
    """Exact figures in the manifest: Decimal as a string, dates in ISO form."""
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, Path):
        return str(value)
    if is_dataclass(value) and not isinstance(value, type):
        return asdict(value)
    raise TypeError(f"cannot record {type(value).__name__} in a manifest")


def _remove_stale_staging(loan_dir: Path) -> None:
    """Hidden folders left by a crash long ago; a fresh one may belong to a run still going."""
    cutoff = time.time() - STALE_STAGING_SECONDS
    for stale in loan_dir.glob(f".*{STAGING_MARK}*"):
        with contextlib.suppress(OSError):
            if stale.is_dir() and stale.stat().st_mtime < cutoff:
                shutil.rmtree(stale)


def _manifest(request: PacketRequest, template: Path, folder: Path) -> dict[str, Any]:
    files = sorted(p for p in folder.iterdir() if p.is_file())
    return {
        "loan_number": request.loan_number,
        "document": request.document,
        "date": request.on,
        "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "lossmit_version": __version__,
        "template": {"name": template.name, "sha256": sha256_of(template)},
        "program_version": request.program_version,
        "rules_version": request.rules_version,
        "inputs": dict(request.inputs),
        "context": as_context(request.context),
        "files": [{"name": p.name, "sha256": sha256_of(p), "bytes": p.stat().st_size} for p in files],
    }


def _free_destination(loan_dir: Path, base: str) -> Path:
    candidate, n = loan_dir / base, 1
    while candidate.exists():
        n += 1
        candidate = loan_dir / f"{base}-{n}"
    return candidate


def _publish(staging: Path, loan_dir: Path, base: str) -> Path:
    """Sync every byte, then rename into the first free name; a name taken meanwhile moves us on."""
    for path in staging.iterdir():
        path.chmod(FILE_MODE)
        fsync_dir(path)  # opens read-only and fsyncs: works for files too
    staging.chmod(DIR_MODE)
    fsync_dir(staging)
    while True:
        destination = _free_destination(loan_dir, base)
        try:
            staging.rename(destination)
        except OSError:  # another writer took the name (a non-empty folder): try the next
            if not destination.exists():
                raise
            continue
        fsync_dir(loan_dir)
        return destination


class PacketError(Exception):
    """No packet was written; the message names the loan, the document and the reason."""


def _failure(request: PacketRequest, reason: str) -> str:
    return f"loan {request.loan_number}, {request.document}: {reason}; nothing was written to the outbox"


def _discard(staging: Path) -> None:
    """Remove a half-built packet, and the loan's folder too when nothing else is in it."""
    shutil.rmtree(staging, ignore_errors=True)
    with contextlib.suppress(OSError):
        staging.parent.rmdir()  # only succeeds when empty


class PacketWriter:
    """Renders, converts and publishes packets; one converter (or pool) serves a whole batch."""

    def __init__(self, templates_dir: Path, outbox: Path, converter: PdfConverter | ConverterPool) -> None:
        self.templates_dir = templates_dir
        self.outbox = outbox
        self.converter = converter

    def write(self, request: PacketRequest) -> Path:
        """One packet; raises with the loan, the document and the reason when none could be written."""
        result = self.write_many([request])[0]
        if result.path is None:
            raise PacketError(result.error or "unknown failure")
        return result.path

    def write_many(self, requests: Sequence[PacketRequest]) -> list[PacketResult]:
        """Every packet it can; a failure is reported for its loan and the other loans go on."""
        staged: list[tuple[PacketRequest, Path]] = []
        results: dict[int, PacketResult] = {}
        for index, request in enumerate(requests):
            try:
                staged.append((request, self._stage(request)))
            except (TemplateProblem, OSError, ValueError) as exc:
                results[index] = PacketResult(request, None, _failure(request, str(exc)), exc)
        try:
            conversions = self.converter.convert_many(
                [(folder / f"{req.document}.docx", folder / f"{req.document}.pdf") for req, folder in staged])
        except BaseException:  # LibreOffice missing, or interrupted: no half packet may stay behind
            for _, folder in staged:
                _discard(folder)
            raise
        staged_at = [i for i in range(len(requests)) if i not in results]
        for index, (request, folder), converted in zip(staged_at, staged, conversions, strict=True):
            results[index] = self._finish(request, folder, converted)
        return [results[i] for i in range(len(requests))]

    def _stage(self, request: PacketRequest) -> Path:
        if not request.loan_number.isdigit():
            raise ValueError(f"loan number {request.loan_number!r} is not a run of digits")
        if not request.document.replace("_", "").isalnum():
            raise ValueError(f"document name {request.document!r} must be a template name (letters, digits, _)")
        loan_dir = self.outbox / request.loan_number
        make_private_dir(loan_dir)
        _remove_stale_staging(loan_dir)
        staging = loan_dir / f".{request.document}-{request.on.isoformat()}{STAGING_MARK}{secrets.token_hex(4)}"
        staging.mkdir(mode=DIR_MODE)
        try:
            render(self.templates_dir / f"{request.document}.docx", request.context,
                   staging / f"{request.document}.docx")
        except BaseException:
            _discard(staging)
            raise
        return staging

    def _finish(self, request: PacketRequest, staging: Path, converted: Converted) -> PacketResult:
        if not converted.ok:
            _discard(staging)
            return PacketResult(request, None, _failure(request, f"PDF conversion failed: {converted.error}"),
                                ConversionError(converted.error))
        try:
            manifest = _manifest(request, self.templates_dir / f"{request.document}.docx", staging)
            (staging / "manifest.json").write_text(
                json.dumps(manifest, indent=2, default=_json_default, ensure_ascii=False) + "\n",
                encoding="utf-8")
            path = _publish(staging, staging.parent, f"{request.document}-{request.on.isoformat()}")
        except (OSError, TypeError, ValueError) as exc:
            _discard(staging)
            return PacketResult(request, None, _failure(request, str(exc)), exc)
        return PacketResult(request, path)
