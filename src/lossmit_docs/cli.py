"""The terminal front: intake (`watch`, `process`, `status`, `report`) and servicing (`loans`, `payments`,
`evaluate`, `generate`, `templates`). No business rule lives here.
"""

from __future__ import annotations

import argparse
import json
import logging
import signal
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from rich import box
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from . import __version__
from .exitcodes import ExitCode
from .intake.claim import claims_dir
from .intake.scan import candidates
from .intake.watch import watch
from .judging.evaluate import DeferralEvaluation, Evaluation, evaluation_to_json
from .model import Outcome
from .pipeline import Service, SweepResult
from .privacy import RedactingFilter
from .producing import notices
from .producing.contexts import sample_builders
from .producing.formatting import money
from .producing.templates import TemplateProblem, check_templates, template_variables
from .servicing import ImportResult, Servicing, ServicingError, templates_dir
from .settings import Settings, load
from .store import Store

console = Console()
log = logging.getLogger("lossmit")


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from exc


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="lossmit", description="Loss-mitigation document service")
    parser.add_argument("--version", action="version", version=f"lossmit-docs {__version__}")
    parser.add_argument("--home", type=Path, help="service home holding inbox/, outbox/, ... (default: .)")
    for name in ("inbox", "outbox", "quarantine", "archive", "templates"):
        parser.add_argument(f"--{name}", type=Path, help=f"the {name} folder (default: HOME/{name})")
    parser.add_argument("--database", help="SQLite path or SQLAlchemy URL (default: HOME/lossmit.db)")
    parser.add_argument("--config", type=Path, help="config file (default: HOME/lossmit.toml)")
    parser.add_argument("-v", "--verbose", action="store_true", help="log every step")
    sub = parser.add_subparsers(dest="command", required=True)

    w = sub.add_parser("watch", help="watch the inbox and process files as they arrive, until stopped")
    w.add_argument("--polling", action="store_true", default=None, help="poll instead of native events")
    w.add_argument("--settle-seconds", type=float, help="a file must be unchanged this long to be taken")
    w.add_argument("--rescan-seconds", type=float, help="full rescan period")

    p = sub.add_parser("process", help="take in everything now in the inbox, process it, and exit")
    p.add_argument("--received-on", type=_iso_date, help="received date for a backfill (YYYY-MM-DD)")
    p.add_argument("--settle-seconds", type=float, help="a file must be unchanged this long to be taken")

    sub.add_parser("status", help="cases and files at a glance")
    r = sub.add_parser("report", help="one case: documents, missing items, dates")
    r.add_argument("loan", help="loan number")
    r.add_argument("--json", action="store_true", help="print case.json")
    _servicing_commands(sub)
    return parser


def _servicing_commands(sub: Any) -> None:
    as_of = {"type": _iso_date, "help": "the day to act as of (YYYY-MM-DD; default: today)"}
    loans = sub.add_parser("loans", help="loan data from the servicing system").add_subparsers(
        dest="action", required=True)
    loans.add_parser("import", help="import a loan data file (CSV or JSON lines); re-import updates").add_argument(
        "file", type=Path)
    payments = sub.add_parser("payments", help="payments received").add_subparsers(dest="action", required=True)
    pay = payments.add_parser("import", help="record received payments (never twice) and update trials")
    pay.add_argument("file", type=Path)
    pay.add_argument("--as-of", **as_of)
    e = sub.add_parser("evaluate", help="evaluate a loan for the Flex Modification (writes evaluation.json)")
    e.add_argument("loan", help="loan number")
    e.add_argument("--json", action="store_true", help="print the evaluation as JSON")
    e.add_argument("--as-of", **as_of)
    for fact, what in (("hardship-resolved", "the borrower's hardship is resolved"),
                       ("can-resume-payment", "the borrower can resume the full contractual payment")):
        e.add_argument(f"--{fact}", choices=("yes", "no"),
                       help=f"for the Payment Deferral: whether {what} (default: from the application, else not known)")
    g = sub.add_parser("generate", help="make a document packet (.docx, .pdf, manifest) in outbox/<loan>/")
    g.add_argument("loan", help="loan number")
    g.add_argument("document", nargs="?", choices=notices.DOCUMENTS,
                   help="which document (default: the one the case stands at)")
    g.add_argument("--as-of", **as_of)
    templates = sub.add_parser("templates", help="the Word templates").add_subparsers(dest="action", required=True)
    templates.add_parser("check", help="list each template's variables; fail on any the program does not supply")


def _setup_logging(verbose: bool) -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(RedactingFilter())
    logging.basicConfig(level=logging.DEBUG if verbose else logging.INFO, handlers=[handler], force=True)
    for noisy in ("pdfminer", "PIL", "watchdog", "pypdf"):
        logging.getLogger(noisy).setLevel(logging.WARNING)


def _settings(args: argparse.Namespace) -> Settings:
    overrides: dict[str, Any] = {
        key: getattr(args, key, None)
        for key in ("home", "inbox", "outbox", "quarantine", "archive", "templates", "database",
                    "polling", "settle_seconds", "rescan_seconds")
    }
    return load(overrides, args.config)


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    _setup_logging(args.verbose)
    try:
        settings = _settings(args)
    except (ValidationError, OSError, ValueError) as exc:
        console.print(f"[red]Settings are not usable:[/red] {exc}")
        return ExitCode.CONFIG
    commands = {"watch": cmd_watch, "process": cmd_process, "status": cmd_status, "report": cmd_report,
                "loans": cmd_loans, "payments": cmd_payments, "evaluate": cmd_evaluate, "generate": cmd_generate,
                "templates": cmd_templates}
    try:
        return int(commands[args.command](settings, args))
    except KeyboardInterrupt:
        return ExitCode.INTERRUPTED


def cmd_watch(settings: Settings, _args: argparse.Namespace) -> int:
    stop = threading.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, lambda *_: stop.set())
    with Service(settings) as service:

        def sweep() -> bool:
            try:
                return service.sweep().waiting > 0
            except Exception:  # the watcher keeps running whatever one pass meets
                log.exception("a pass over the inbox failed; the next one retries")
                return True

        watch(settings.inbox_dir, sweep, polling=settings.polling, rescan_seconds=settings.rescan_seconds,
              tick_seconds=max(0.2, min(1.0, settings.settle_seconds / 2)), stop=stop)
    return ExitCode.OK


def cmd_process(settings: Settings, args: argparse.Namespace) -> int:
    total = SweepResult()
    give_up = time.monotonic() + settings.settle_seconds + settings.incomplete_grace_seconds + 60
    waiting_count = sum(1 for _ in candidates(settings.inbox_dir)) if settings.inbox_dir.exists() else 0
    with Service(settings, received_on=args.received_on) as service, Progress(
        TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        console=console, transient=True, disable=not console.is_terminal,
    ) as progress:
        task = progress.add_task("Processing inbox", total=waiting_count or None)
        service.on_outcome = lambda _row: progress.advance(task)
        while True:
            result = service.sweep()
            total.outcomes += result.outcomes
            total.failed += result.failed
            total.cases |= result.cases
            total.waiting = result.waiting
            if not result.waiting or time.monotonic() > give_up:
                break
            time.sleep(min(1.0, max(0.1, settings.settle_seconds / 3)))
    _print_batch(total)
    if total.failed:
        return ExitCode.SOME_FAILED
    if total.waiting:
        return ExitCode.STILL_ARRIVING
    if any(r.outcome == Outcome.QUARANTINED for r in total.outcomes):
        return ExitCode.SOME_QUARANTINED
    return ExitCode.OK


def _print_batch(total: SweepResult) -> None:
    counts = Counter(r.outcome for r in total.outcomes)
    console.print(
        f"{len(total.outcomes)} file(s): {counts[Outcome.PROCESSED]} processed, "
        f"{counts[Outcome.DUPLICATE]} duplicate, {counts[Outcome.QUARANTINED]} quarantined"
        + (f", {total.failed} failed (kept, will be retried)" if total.failed else "")
        + (f", {total.waiting} still arriving" if total.waiting else "")
    )
    for row in total.outcomes:
        if row.outcome == Outcome.QUARANTINED:
            console.print(f"  quarantined: {row.relative_path!r} ({row.reason})", markup=False)
    if total.cases:
        console.print("cases updated: " + ", ".join(sorted(total.cases)))


def cmd_status(settings: Settings, _args: argparse.Namespace) -> int:
    store = Store(settings.database_url)
    try:
        cases = sorted(store.cases(), key=lambda c: (c.status == "complete", c.acknowledgment_due or date.max))
        table = Table(title="Cases (most urgent first)")
        for column in ("loan", "borrower", "status", "missing", "review", "acknowledgment due"):
            table.add_column(column)
        for c in cases:
            table.add_row(c.loan_number, c.borrower_name or "", c.status, str(c.missing_count),
                          str(c.review_count), c.acknowledgment_due.isoformat() if c.acknowledgment_due else "")
        console.print(table)
        files = store.files()
        counts = Counter(f.outcome for f in files)
        unassigned = len(store.unassigned_documents())
        claimed = len(list(claims_dir(settings.inbox_dir).glob("*.claimed")))
        console.print(
            f"files: {len(files)} ({counts['processed']} processed, {counts['duplicate']} duplicate, "
            f"{counts['quarantined']} quarantined); unassigned documents: {unassigned}; "
            f"claims in progress or awaiting retry: {claimed}"
        )
    finally:
        store.close()
    return ExitCode.OK


def cmd_report(settings: Settings, args: argparse.Namespace) -> int:
    case_json = settings.outbox_dir / args.loan / "case.json"
    store = Store(settings.database_url)
    try:
        files = store.files_for_loan(args.loan)
        if not files and not case_json.exists():
            console.print(f"No case for loan {args.loan}.", markup=False)
            return ExitCode.NOT_FOUND
        if args.json and case_json.exists():
            print(case_json.read_text())
            return ExitCode.OK
        if case_json.exists():
            _print_case(json.loads(case_json.read_text()))
        table = Table(title=f"Pages read for loan {args.loan}")
        for column in ("file", "page", "method", "confidence", "rotation", "text / error"):
            table.add_column(column)
        for f in files:
            for p in store.pages(f.id):
                snippet = p.error or " ".join(p.text.split())[:60]
                table.add_row(f.relative_path, str(p.number), p.method, f"{p.confidence:.2f}", str(p.rotation),
                              snippet)
        console.print(table)
    finally:
        store.close()
    return ExitCode.OK


def _print_case(report: dict[str, Any]) -> None:
    console.print(f"Loan {report['loan_number']}: [bold]{report['status']}[/bold]  received "
                  f"{report['received_on']}, acknowledgment due {report['acknowledgment_due']}, "
                  f"documents due {report.get('documents_due') or '-'}")
    docs = Table(title="Documents")
    for column in ("id", "type", "pages", "date", "fresh"):
        docs.add_column(column)
    for d in report["documents"]:
        pages = ", ".join(f"{p['file']}#{p['page']}" for p in d["pages"])
        docs.add_row(d["id"], d["type"], pages, d.get("document_date") or "", str(d.get("fresh")))
    console.print(docs)
    for item in report["missing"]:
        console.print(f"missing: {item['code']} ({item.get('reason', 'absent')}): {item['description']}",
                      markup=False)
    for item in report["needs_review"]:
        console.print(f"needs review: {item['what']}: {item['reason']}", markup=False)


@contextmanager
def _servicing(settings: Settings) -> Iterator[Servicing]:
    store = Store(settings.database_url)
    servicing = Servicing(settings, store)
    try:
        yield servicing
    finally:
        servicing.close()
        store.close()


def _failed(exc: ServicingError) -> int:
    console.print(f"[red]Error:[/red] {escape(str(exc))}")
    return exc.exit_code


def _print_import(result: ImportResult, what: str) -> int:
    console.print(f"{what}: {result.loaded} new, {result.updated} updated, {result.skipped} already recorded, "
                  f"{len(result.errors)} row(s) refused")
    for error in result.errors:
        console.print(f"  {error}", markup=False)
    return ExitCode.INPUT if result.errors else ExitCode.OK


def cmd_loans(settings: Settings, args: argparse.Namespace) -> int:
    with _servicing(settings) as servicing:
        try:
            return _print_import(servicing.import_loans(args.file), f"loans from {args.file.name}")
        except ServicingError as exc:
            return _failed(exc)


def cmd_payments(settings: Settings, args: argparse.Namespace) -> int:
    as_of = args.as_of or date.today()
    with _servicing(settings) as servicing:
        try:
            result = servicing.import_payments(args.file)
        except ServicingError as exc:
            return _failed(exc)
        code = _print_import(result, f"payments from {args.file.name}")
        for update in servicing.track_trials(as_of):
            made = sum(1 for i in update.status.installments if i.status == "made")
            console.print(f"loan {update.loan_number}: trial {update.status.outcome.value} "
                          f"({made} of {len(update.status.installments)} payments made as of {as_of})")
            if update.packet:
                console.print(f"  modification agreement: {update.packet}", markup=False)
            if update.error:
                console.print(f"  [red]agreement not made:[/red] {escape(str(update.error))}")
                code = code or update.error.exit_code
    return code


def cmd_evaluate(settings: Settings, args: argparse.Namespace) -> int:
    with _servicing(settings) as servicing:
        try:
            evaluation = servicing.evaluate(args.loan, args.as_of or date.today(),
                                            hardship_resolved=_yes_no(args.hardship_resolved),
                                            can_resume_payment=_yes_no(args.can_resume_payment))
        except ServicingError as exc:
            return _failed(exc)
    if args.json:
        print(evaluation_to_json(evaluation))
    else:
        _print_evaluation(evaluation)
    return ExitCode.OK if evaluation.eligible else ExitCode.NOT_ELIGIBLE


def _yes_no(answer: str | None) -> bool | None:
    return None if answer is None else answer == "yes"


def _print_evaluation(evaluation: Evaluation) -> None:
    console.print(f"Loan {evaluation.loan_number}, {evaluation.program}, on {evaluation.evaluated_on}: "
                  f"{evaluation.days_delinquent} days delinquent"
                  + (" (streamlined: no application needed)" if evaluation.streamlined else ""))
    console.print(f"pre-modification P&I {money(evaluation.pre_modification_pi)}; capitalized balance "
                  f"{money(evaluation.capitalized_balance)}"
                  + (f"; MTMLTV {evaluation.mtmltv * 100:.2f}%" if evaluation.mtmltv is not None else ""))
    if evaluation.steps:
        table = Table(title="Flex Modification waterfall (stops once P&I falls more than 20%)", box=box.SIMPLE_HEAD,
                      pad_edge=False, collapse_padding=True)
        for column in ("step", "rate", "term", "balance", "deferred", "P&I", "reduction"):
            table.add_column(column, no_wrap=True, justify="left" if column == "step" else "right")
        for step in evaluation.steps:
            table.add_row(step.step, f"{step.rate:.3f}%", str(step.term_months),
                          money(step.interest_bearing_balance), money(step.deferred_principal), money(step.pi),
                          f"{step.reduction * 100:.2f}%")
        console.print(table)
        for step in evaluation.steps:
            if step.note:
                console.print(f"  {step.step}: {escape(step.note)}")
    if evaluation.eligible and evaluation.trial:
        trial = evaluation.trial
        console.print(f"[green]Offer:[/green] trial payments of {money(trial.amount)} due "
                      + ", ".join(p.due.isoformat() for p in trial.payments)
                      + f"; first modified payment {trial.first_modified_payment_date}"
                      + ("" if evaluation.target_met else " (the 20% target was not reached)"))
    for reason in evaluation.denial_reasons:
        console.print(f"[red]Denied[/red] ({reason.code}): {escape(reason.text)}")
    if evaluation.payment_deferral:
        _print_deferral(evaluation.payment_deferral)


def _print_deferral(deferral: DeferralEvaluation) -> None:
    verdict = {True: "[green]eligible[/green]", False: "[red]not eligible[/red]",
               None: "[yellow]eligible on the loan data; not known yet:[/yellow]"}[deferral.eligible]
    console.print(f"Payment Deferral ({deferral.months_delinquent} months delinquent): {verdict}")
    for fact in deferral.circumstances:
        value = "not known" if fact.value is None else ("yes" if fact.value else "no")
        console.print(f"  {fact.name.replace('_', ' ')}: {value} ({escape(fact.source)})")
    for reason in deferral.denial_reasons:
        console.print(f"  [red]Denied[/red] ({reason.code}): {escape(reason.text)}")
    for reason in deferral.not_known:
        console.print(f"  [yellow]Not known[/yellow] ({reason.code}): {escape(reason.text)}")
    if deferral.not_known:
        console.print("  once confirmed with the borrower, evaluate again with --hardship-resolved and "
                      "--can-resume-payment (yes or no)")


def cmd_generate(settings: Settings, args: argparse.Namespace) -> int:
    with _servicing(settings) as servicing:
        try:
            path = servicing.generate(args.loan, args.document, args.as_of or date.today())
        except ServicingError as exc:
            return _failed(exc)
    console.print(f"packet written: {path}", markup=False)
    return ExitCode.OK


def cmd_templates(settings: Settings, _args: argparse.Namespace) -> int:
    folder = templates_dir(settings)
    builders = sample_builders()
    table = Table(title=f"Templates in {folder}")
    table.add_column("template")
    table.add_column("variables")
    for path in sorted(folder.glob("*.docx")):
        try:
            names = ", ".join(sorted(template_variables(path)))
        except TemplateProblem as exc:
            names = f"(cannot be read: {exc.problem})"
        table.add_row(path.name, names)
    console.print(table)
    problems = check_templates(folder, builders)
    for problem in problems:
        console.print(f"[red]problem:[/red] {escape(str(problem))}")
    if problems:
        return ExitCode.TEMPLATE
    console.print(f"{len(builders)} templates checked: no problems")
    return ExitCode.OK


if __name__ == "__main__":
    sys.exit(main())
