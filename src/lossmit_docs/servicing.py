"""From loan data and cases to the papers a specialist sends: what the CLI and the watcher share.

Imports load every good row and report every bad one by row number. An evaluation is stored and written
to `outbox/<loan>/evaluation.json` whole. Packets are written by one LibreOffice converter started on
first need and reused for the whole run; a packet that fails names its loan and the fix, leaves nothing in
the outbox, and does not stop the other loans. Every step leaves an event in the store.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field, replace
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from lossmit_docs.durable import durable_write
from lossmit_docs.exitcodes import ExitCode
from lossmit_docs.judging.checklist import load_profile
from lossmit_docs.judging.evaluate import (
    NOT_KNOWN,
    Circumstance,
    Evaluation,
    EvaluationError,
    evaluate_deferral,
    evaluate_flex,
    evaluation_to_json,
)
from lossmit_docs.judging.flex_params import RULES_FILE, FlexParams, load_flex_params
from lossmit_docs.judging.loan import Loan, RowError, read_loan_file, read_payment_file
from lossmit_docs.judging.trial import TrialOutcome, TrialPayment, TrialPlan, TrialStatus, apply_payments
from lossmit_docs.producing import notices
from lossmit_docs.producing.packets import PacketRequest, PacketResult, PacketWriter
from lossmit_docs.producing.pdf_convert import ConversionError, Converter
from lossmit_docs.producing.templates import TemplateProblem
from lossmit_docs.settings import Settings
from lossmit_docs.store import EvaluationRow, PacketRow, Store

log = logging.getLogger(__name__)

SHIPPED_TEMPLATES = Path(__file__).resolve().parents[2] / "templates"
DENIED = "denied"
STATED = "stated by the specialist"


class ServicingError(Exception):
    """A request that cannot be carried out; the message names the loan and the fix, `exit_code` the kind."""

    def __init__(self, message: str, exit_code: ExitCode) -> None:
        super().__init__(message)
        self.exit_code = exit_code


def _failure_code(cause: Exception | None) -> ExitCode:
    if isinstance(cause, ConversionError):
        return ExitCode.CONVERTER
    return ExitCode.TEMPLATE if isinstance(cause, TemplateProblem) else ExitCode.INPUT


@dataclass
class ImportResult:
    """What one import did: rows loaded (new and updated, or skipped as seen before) and rows refused."""

    loaded: int = 0
    updated: int = 0
    skipped: int = 0
    errors: list[RowError] = field(default_factory=list)


@dataclass(frozen=True)
class TrialUpdate:
    loan_number: str
    status: TrialStatus
    packet: Path | None = None
    error: ServicingError | None = None  # the agreement was due but could not be made


def templates_dir(settings: Settings) -> Path:
    """The home's templates (a manager's edits) when there, else the starting set shipped with the program."""
    configured = settings.templates_dir
    return configured if configured.is_dir() or settings.templates is not None else SHIPPED_TEMPLATES


def hardship_from_case(report: dict[str, Any] | None) -> Circumstance:
    """Form 710's hardship duration: "resolved" meets the deferral's requirement, short or long term fails it."""
    application = (report or {}).get("application") or {}
    duration = (application.get("hardship_duration") or {}).get("value")
    if not duration:
        return Circumstance("hardship_resolved", None)
    return Circumstance("hardship_resolved", duration == "resolved", f"application: hardship duration {duration}")


def read_evaluation(text: str) -> dict[str, Any]:
    """A stored evaluation with its money back as exact `Decimal`."""
    return json.loads(text, parse_float=Decimal)


def stored_trial(row: EvaluationRow) -> TrialPlan:
    """The trial as offered, from the stored evaluation (loan data re-imported since cannot change it)."""
    data = read_evaluation(row.evaluation_json)
    payments = tuple(TrialPayment(n, date.fromisoformat(due), data["trial_payment"])
                     for n, due in enumerate(data["trial_due_dates"], start=1))
    first = date.fromisoformat(data["first_modified_payment_date"])
    return TrialPlan(row.loan_number, row.offer_date, payments, row.modification_effective_date or first, first,
                     date.fromisoformat(data["maturity_date"]))


class Servicing:
    """Loan data, evaluations, trials and packets over one store; one per process."""

    def __init__(self, settings: Settings, store: Store) -> None:
        self.settings = settings
        self.store = store
        self._converter: Converter | None = None
        self._params: FlexParams | None = None

    def close(self) -> None:
        if self._converter is not None:
            self._converter.close()
            self._converter = None

    @property
    def params(self) -> FlexParams:
        if self._params is None:
            try:
                self._params = load_flex_params(self.settings.flex_rules or RULES_FILE)
            except (OSError, ValueError) as exc:
                raise ServicingError(f"the Flex Modification parameters cannot be read: {exc}; fix: correct the "
                                     "file named by the flex_rules setting", ExitCode.CONFIG) from exc
        return self._params

    # --- loan data and payments ------------------------------------------------------------------------------

    def import_loans(self, path: Path) -> ImportResult:
        loans, errors = _read(read_loan_file, path)
        added, updated = self.store.save_loans(loans, path.name)
        return ImportResult(loaded=added, updated=updated, errors=errors)

    def import_payments(self, path: Path) -> ImportResult:
        payments, errors = _read(read_payment_file, path)
        recorded = self.store.record_payments(payments, path.name)
        return ImportResult(loaded=len(recorded), skipped=len(payments) - len(recorded), errors=errors)

    def loan(self, loan_number: str) -> Loan:
        loan = self.store.loan(loan_number)
        if loan is None:
            raise ServicingError(f"loan {loan_number}: no loan data; fix: import the servicing system's export "
                                 "with `lossmit loans import FILE`", ExitCode.NOT_FOUND)
        return loan

    # --- evaluation -----------------------------------------------------------------------------------------

    def evaluate(self, loan_number: str, as_of: date, *, hardship_resolved: bool | None = None,
                 can_resume_payment: bool | None = None) -> Evaluation:
        """Flex Modification on `as_of` (90+ days delinquent goes streamlined, below that a complete case is
        needed), with Payment Deferral eligibility beside it.

        The deferral's facts about the borrower are what the specialist states, else what the application
        says, else not known (and the result says so rather than guessing).
        """
        loan = self.loan(loan_number)
        case = self.store.case(loan_number)
        hardship = (Circumstance("hardship_resolved", hardship_resolved, STATED) if hardship_resolved is not None
                    else hardship_from_case(self.case_report(loan_number)))
        resume = Circumstance("can_resume_payment", can_resume_payment,
                              STATED if can_resume_payment is not None else NOT_KNOWN)
        try:
            evaluation = evaluate_flex(loan, as_of, self.params,
                                       application_complete=case is not None and case.status == "complete")
            evaluation = replace(evaluation, payment_deferral=evaluate_deferral(
                loan, as_of, self.params, hardship_resolved=hardship, can_resume_payment=resume))
        except EvaluationError as exc:
            self.store.event("evaluation_failed", loan_number=loan_number, problem=exc.problem, fix=exc.fix)
            raise ServicingError(str(exc), ExitCode.INPUT) from exc
        text = evaluation_to_json(evaluation)
        durable_write(self.settings.outbox_dir / loan_number / "evaluation.json", (text + "\n").encode())
        trial = evaluation.trial
        self.store.save_evaluation(EvaluationRow(
            loan_number=loan_number, evaluated_on=as_of, offer_date=trial.offer_date if trial else as_of,
            modification_effective_date=trial.modification_effective_date if trial else None,
            program=evaluation.program, eligible=evaluation.eligible, evaluation_json=text,
            trial_status=TrialOutcome.IN_PROGRESS if evaluation.eligible else DENIED))
        return evaluation

    def _evaluation(self, loan_number: str) -> EvaluationRow:
        row = self.store.latest_evaluation(loan_number)
        if row is None:
            raise ServicingError(f"loan {loan_number}: not evaluated yet; fix: run `lossmit evaluate "
                                 f"{loan_number}` first", ExitCode.NOT_FOUND)
        return row

    # --- documents ------------------------------------------------------------------------------------------

    def case_report(self, loan_number: str) -> dict[str, Any] | None:
        path = self.settings.outbox_dir / loan_number / "case.json"
        return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else None

    def current_document(self, loan_number: str) -> str:
        """What `generate <loan>` makes when no document is named: the paper the case stands at."""
        row = self.store.latest_evaluation(loan_number)
        if row is not None and row.trial_status == TrialOutcome.FAILED:
            raise ServicingError(f"loan {loan_number}: the trial period plan ended with a missed payment; fix: "
                                 f"evaluate the loan again (`lossmit evaluate {loan_number}`)", ExitCode.NOT_ELIGIBLE)
        if row is not None:
            return {DENIED: notices.DENIAL, TrialOutcome.PERMANENT: notices.MODIFICATION_AGREEMENT,
                    TrialOutcome.IN_PROGRESS: notices.TRIAL_PERIOD_PLAN}[row.trial_status]
        report = self.case_report(loan_number)
        if report is None:
            raise ServicingError(f"loan {loan_number}: no case and no evaluation; fix: process its application "
                                 f"or run `lossmit evaluate {loan_number}`", ExitCode.NOT_FOUND)
        return notices.NOTICE_COMPLETE if report["status"] == "complete" else notices.ACKNOWLEDGMENT

    def request(self, loan_number: str, document: str, on: date) -> PacketRequest:
        """The packet for one document, its context built from the store and the outbox."""
        report = self.case_report(loan_number)
        try:
            if document in notices.CASE_NOTICES:
                if report is None:
                    raise ServicingError(f"loan {loan_number}: no case report; fix: process the borrower's "
                                         "application first", ExitCode.NOT_FOUND)
                return self._case_request(report, document, on)
            loan = self.loan(loan_number)
            row = self._evaluation(loan_number)
            evaluation = read_evaluation(row.evaluation_json)
            if document == notices.TRIAL_PERIOD_PLAN:
                context: Any = notices.trial_period_plan(evaluation, loan, self.settings, row.offer_date, report)
            elif document == notices.MODIFICATION_AGREEMENT:
                context = notices.modification_agreement(evaluation, loan, self.settings, on,
                                                         row.modification_effective_date)
            elif document == notices.DENIAL:
                context = notices.denial(evaluation, loan, self.settings, on, report)
            else:
                raise ServicingError(f"no document called {document!r}; fix: use one of "
                                     f"{', '.join(notices.DOCUMENTS)}", ExitCode.USAGE)
        except notices.NoticeError as exc:
            raise ServicingError(str(exc), ExitCode.NOT_ELIGIBLE if exc.not_eligible else ExitCode.INPUT) from exc
        return PacketRequest(loan_number, document, on, context,
                             inputs={"loan": asdict(loan), "evaluation": evaluation},
                             program_version=row.program, rules_version=context.rules_version)

    def _case_request(self, report: dict[str, Any], document: str, on: date) -> PacketRequest:
        loan_number = report["loan_number"]
        loan = self.store.loan(loan_number)
        if document == notices.ACKNOWLEDGMENT:
            context: Any = notices.acknowledgment(report, loan, self.settings, on, load_profile().freshness_days)
        else:
            context = notices.notice_complete(report, loan, self.settings, on)
        case = {key: report[key] for key in ("status", "received_on", "evaluated_on", "complete_on", "program")}
        case["missing"] = [item["code"] for item in report["missing"]]
        inputs = {"case": case, "loan": asdict(loan) if loan else None}
        return PacketRequest(loan_number, document, on, context, inputs=inputs, rules_version=context.rules_version)

    def write_packets(self, requests: Sequence[PacketRequest]) -> list[PacketResult]:
        """One converter for the batch; each packet recorded with the case state it answered."""
        if not requests:
            return []
        if self._converter is None:
            self._converter = Converter(start_timeout=self.settings.conversion_timeout_seconds)
        writer = PacketWriter(templates_dir(self.settings), self.settings.outbox_dir, self._converter)
        results = writer.write_many(requests)
        for result in results:
            request = result.request
            if result.path is None:
                log.error("%s", result.error)
                self.store.event("packet_failed", loan_number=request.loan_number, document=request.document,
                                 error=result.error)
                continue
            case = request.inputs.get("case") or {}
            self.store.record_packet(PacketRow(
                loan_number=request.loan_number, document=request.document, path=str(result.path),
                packet_date=request.on, case_status=case.get("status"), missing=case.get("missing", [])))
        return results

    def generate(self, loan_number: str, document: str | None, on: date) -> Path:
        """One packet on demand; raises `ServicingError` naming the loan, the cause and the fix."""
        request = self.request(loan_number, document or self.current_document(loan_number), on)
        try:
            (result,) = self.write_packets([request])
        except ConversionError as exc:  # LibreOffice missing: nothing was staged
            raise ServicingError(f"loan {loan_number}, {request.document}: {exc}", ExitCode.CONVERTER) from exc
        if result.path is None:
            raise ServicingError(result.error or "no packet was written", _failure_code(result.cause))
        return result.path

    def notify_case(self, report: dict[str, Any]) -> Path | None:
        """The watcher's step: the notice the case now calls for, once. Any failure is logged, never raised.

        Intake must go on whatever LibreOffice or a template does, so the case report stays the record and
        the event log says which notice is owed. A notice Reg X does not owe (the application came too close
        to the sale) is not made, and the event log says why.
        """
        loan_number = report["loan_number"]
        loan = self.store.loan(loan_number)
        sale = loan.foreclosure_sale_date if loan else None
        kind = notices.next_notice(report, self.store.last_packet(loan_number, notices.CASE_NOTICES), sale)
        if kind is None:
            called = notices.called_for(report)
            why = notices.not_owed(called, report, sale) if called else None
            if why:
                log.info("loan %s: no %s: %s", loan_number, called, why)
                self.store.event("notice_not_required", loan_number=loan_number, document=called, reason=why)
            return None
        on = date.fromisoformat(report["evaluated_on"])
        try:
            (result,) = self.write_packets([self._case_request(report, kind, on)])
        except (notices.NoticeError, ConversionError, TemplateProblem, OSError) as exc:
            log.error("loan %s: the %s could not be made: %s", loan_number, kind, exc)
            self.store.event("notice_failed", loan_number=loan_number, document=kind, error=str(exc))
            return None
        return result.path

    # --- trials ---------------------------------------------------------------------------------------------

    def track_trials(self, as_of: date) -> list[TrialUpdate]:
        """Apply payments to every trial in progress: all made -> the agreement; a missed one ends the trial."""
        updates = []
        for loan_number in self.store.loans_in_trial():
            row = self.store.latest_evaluation(loan_number)
            if row is None or row.trial_status != TrialOutcome.IN_PROGRESS:
                continue
            status = apply_payments(stored_trial(row), self.store.payments_for(loan_number), as_of=as_of)
            installments = [{"number": i.number, "status": i.status, "received": i.received}
                            for i in status.installments]
            self.store.set_trial_status(row.id, status.outcome, as_of=as_of, installments=installments)
            update = TrialUpdate(loan_number, status)
            if status.outcome == TrialOutcome.PERMANENT:
                try:
                    update = TrialUpdate(loan_number, status,
                                         packet=self.generate(loan_number, notices.MODIFICATION_AGREEMENT, as_of))
                except ServicingError as exc:
                    update = TrialUpdate(loan_number, status, error=exc)
            updates.append(update)
        return updates


def _read(reader: Callable[[Path], tuple[list[Any], list[RowError]]], path: Path) -> tuple[list[Any], list[RowError]]:
    try:
        return reader(path)
    except (OSError, UnicodeDecodeError) as exc:
        raise ServicingError(f"{path}: cannot be read ({exc}); fix: give a CSV file with a header row or JSON lines",
                             ExitCode.INPUT) from exc
