"""The one place that wires the stages together: claim -> archive -> pages -> documents -> case -> reports.

Fronts (the CLI's `process` and `watch`) call `Service.sweep`; stages never call back into a front. The
order of durable steps is what makes the inbox safe: a file leaves the inbox only by an atomic rename into
the claims folder, and its claim is released only after the original is in the archive and its outcome is
in the database. A crash anywhere leaves either the file in the inbox or a claim that the next sweep
finishes, and the claim token's unique row makes sure no file is recorded twice.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from .durable import make_private_dir
from .intake.archive import keep_original
from .intake.claim import Claim, claim, orphaned_claims
from .intake.quarantine import quarantine
from .intake.scan import candidates
from .intake.settle import Settler
from .judging.cases import assign, placed_by_name
from .judging.checklist import judge, load_profile
from .judging.reconcile import reconcile
from .model import Document, Outcome, Page, Reason, Rejected
from .producing.case_report import build_case_report, validate_case_report, write_json_atomic
from .producing.html_report import write_html_report
from .reading.documents import read_documents
from .reading.ink import PdfInk
from .reading.pages import PageReader
from .servicing import Servicing
from .settings import Settings
from .store import CaseRow, FileRow, Store, document_row

log = logging.getLogger(__name__)


@dataclass
class SweepResult:
    """What one pass over the inbox did, for the batch command's summary and exit code."""

    outcomes: list[FileRow] = field(default_factory=list)
    waiting: int = 0  # files not yet whole
    failed: int = 0  # claims that hit an error and stay claimed for the next pass
    cases: set[str] = field(default_factory=set)


class Service:
    """The pipeline over one service home; one instance per process, reused across sweeps."""

    def __init__(self, settings: Settings, received_on: date | None = None) -> None:
        os.umask(0o027)  # nothing the service writes is world-readable
        self.settings = settings
        self.received_on = received_on
        for folder in (settings.inbox_dir, settings.outbox_dir, settings.quarantine_dir, settings.archive_dir):
            make_private_dir(folder)
        self.store = Store(settings.database_url)
        self.settler = Settler(settings.settle_seconds, settings.incomplete_grace_seconds)
        self.reader = PageReader(settings)
        self.profile = load_profile()
        self.on_outcome: Callable[[FileRow], None] = lambda _row: None  # a front's progress display
        self.servicing = Servicing(settings, self.store)  # starts LibreOffice only when a notice is due
        self._first_sweep = True

    def close(self) -> None:
        self.reader.close()
        self.servicing.close()
        self.store.close()

    def __enter__(self) -> Service:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def sweep(self) -> SweepResult:
        """Finish orphaned claims, then take every file in the inbox that is whole."""
        result = SweepResult()
        if self._first_sweep:  # a crash between recording a file and rewriting its case's reports
            result.cases |= self.store.cases_behind()
            self._first_sweep = False
        try:
            for orphan in orphaned_claims(self.settings.inbox_dir):
                self._finish(orphan, result)
            inbox = self.settings.inbox_dir
            seen: set[Path] = set()
            for path in candidates(inbox):
                seen.add(path)
                if not self.settler.ready(path):
                    result.waiting += 1
                    continue
                self.settler.forget(path)
                taken = claim(inbox, path, self.received_on or date.today())
                if taken is not None:
                    self._finish(taken, result)
            self.settler.prune(seen)
        finally:  # what was recorded is judged even when the pass stopped early
            self._judge(result.cases)
            placed = self._place_unassigned()  # a pay stub whose application arrived in this same pass
            result.cases |= placed
            self._judge(placed)
        return result

    def _judge(self, loans: set[str]) -> None:
        """Rewrite each case's reports; one case failing does not keep the others from theirs."""
        for loan in sorted(loans):
            try:
                self._rebuild_case(loan)
            except Exception as exc:  # a bug must not cost the other cases their reports
                log.exception("case %s could not be judged", loan)
                self.store.event("case_failed", loan_number=loan, detail=f"{type(exc).__name__}: {exc}")

    def _finish(self, taken: Claim, result: SweepResult) -> None:
        if self.store.file_for_claim(taken.token) is not None:  # recorded before a crash; only release
            taken.release()
            return
        try:
            row = self._take(taken, result)
        except Exception as exc:  # disk full, share gone, a bug: keep the claim, try again on a later pass
            log.error("could not take %s: %s: %s; it stays claimed and will be retried", taken.relative_path,
                      type(exc).__name__, exc, exc_info=not isinstance(exc, OSError))
            taken.unlock()
            result.failed += 1
            self.store.event("take_failed", detail=f"{type(exc).__name__}: {exc}", file=taken.relative_path)
            return
        taken.release()
        result.outcomes.append(row)
        self.on_outcome(row)
        log.info("%s: %s%s", row.relative_path, row.outcome, f" ({row.reason})" if row.reason else "")

    def _take(self, taken: Claim, result: SweepResult) -> FileRow:
        sha, _ = keep_original(self.settings.archive_dir, taken.path, taken.token)
        row = FileRow(claim_token=taken.token, relative_path=taken.relative_path, sha256=sha,
                      size=taken.path.stat().st_size, received_on=taken.received_on)
        first = self.store.first_with_content(sha)
        if first is not None:
            row.outcome, row.duplicate_of = Outcome.DUPLICATE, first.id
            return self.store.record_file(row)
        try:
            pages = self.reader.read(taken.path)
            if not any(p.readable for p in pages):
                raise Rejected(Reason.UNREADABLE_PAGE, "; ".join(sorted({p.error or "" for p in pages})))
        except Rejected as rejected:
            quarantine(self.settings.quarantine_dir, taken.path, taken.relative_path, rejected.reason,
                       rejected.detail, sha)
            row.outcome, row.reason, row.detail = Outcome.QUARANTINED, rejected.reason, rejected.detail
            return self.store.record_file(row)
        row.outcome = Outcome.PROCESSED
        return self._record_read(row, taken, pages, result)

    def _record_read(self, row: FileRow, taken: Claim, pages: list[Page], result: SweepResult) -> FileRow:
        try:
            documents, separator_loans = read_documents(taken.relative_path, row.sha256, pages, taken.received_on,
                                                        ink=PdfInk(taken.path, pages))
        except Exception as exc:  # the pages are read and kept; a person places the file (status shows it)
            log.exception("the documents of %s could not be read", taken.relative_path)
            self.store.event("reading_failed", file=taken.relative_path, detail=f"{type(exc).__name__}: {exc}")
            documents, separator_loans = [], {}
        placed = assign(taken.relative_path, documents, separator_loans, self.store.open_cases())
        loans = {a.loan_number for a in placed.values() if a.loan_number}
        row.loan_number = next(iter(loans)) if len(loans) == 1 else None
        row.assigned_by = ",".join(sorted({a.how for a in placed.values()})) or None
        rows = [document_row(d, placed[d.id].loan_number) for d in documents]
        recorded = self.store.record_file(row, pages, rows)
        if recorded.outcome == Outcome.PROCESSED:
            result.cases |= loans
        return recorded

    def _place_unassigned(self) -> set[str]:
        """A pay stub that arrived before its application is placed once the case knows its borrower."""
        open_cases = self.store.open_cases()
        placed: set[str] = set()
        if not open_cases:
            return placed
        by_file: dict[int, list[tuple[int, Document]]] = {}
        for row_id, file_id, doc in self.store.unassigned_documents():
            by_file.setdefault(file_id, []).append((row_id, doc))
        partly_placed = self.store.files_with_placed_documents(set(by_file))
        for file_id, rows in by_file.items():
            found = placed_by_name([doc for _, doc in rows], open_cases, follow=file_id not in partly_placed)
            for row_id, doc in rows:
                if (assignment := found[doc.id]).loan_number:
                    self.store.assign_document(row_id, assignment.loan_number, assignment.how)
                    placed.add(assignment.loan_number)
        return placed

    def _rebuild_case(self, loan_number: str) -> None:
        """Judge the case afresh from every document it holds and rewrite its reports whole."""
        documents = self.store.documents_for_loan(loan_number)
        if not documents:
            return
        for number, doc in enumerate(documents, start=1):  # ids unique within the case, in arrival order
            doc.id = f"D{number:02d}"
        received_on = min(d.received_on for d in documents)
        loan = self.store.loan(loan_number)  # its delinquency and sale date bound the Reg X dates
        documents = reconcile(documents, loan_number, loan)
        judgement = judge(documents, max(d.received_on for d in documents), self.profile)
        report = build_case_report(
            loan_number, documents, judgement, received_on, profile=self.profile,
            oldest_unpaid_due_date=loan.next_due_date if loan else None,
            sale_date=loan.foreclosure_sale_date if loan else None,
        )
        validate_case_report(report)
        case_dir = make_private_dir(self.settings.outbox_dir / loan_number)
        write_json_atomic(case_dir / "case.json", report)
        write_html_report(case_dir / "report.html", report, self.profile)
        application = report["application"] or {}
        ack_due = report["acknowledgment_due"]
        self.store.save_case(CaseRow(
            loan_number=loan_number,
            borrower_name=(application.get("borrower_name") or {}).get("value"),
            co_borrower_name=(application.get("co_borrower_name") or {}).get("value"),
            status=report["status"], received_on=received_on,
            acknowledgment_due=date.fromisoformat(ack_due) if ack_due else None,
            missing_count=len(report["missing"]), review_count=len(report["needs_review"]),
        ))
        if self.settings.auto_notices:
            self.servicing.notify_case(report)
