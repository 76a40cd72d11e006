"""Each document's context, built from what the service knows: the case report, the loan, the evaluation.

Inputs are the case report as written (`outbox/<loan>/case.json`), the `Loan` from the servicing system
(optional for the case notices: a case may arrive before its loan data) and the evaluation in its
`loan-data.md` shape (`evaluation_to_dict`, or the stored JSON read with `parse_float=Decimal`), so a
notice built today and one rebuilt from the store months later say the same thing. Dates come from
`judging.clocks`; nothing here reads today's date.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any, Protocol

from lossmit_docs.judging import clocks
from lossmit_docs.judging.amortization import add_months
from lossmit_docs.judging.evaluate import DenialReason
from lossmit_docs.judging.loan import Loan
from lossmit_docs.model import MissingItem
from lossmit_docs.producing.contexts import (
    AcknowledgmentIncomplete,
    Denial,
    ModificationAgreement,
    NoticeComplete,
    Recording,
    Servicer,
    TrialPayment,
    TrialPeriodPlan,
)
from lossmit_docs.settings import Settings

ACKNOWLEDGMENT = "acknowledgment_incomplete"
NOTICE_COMPLETE = "notice_complete"
TRIAL_PERIOD_PLAN = "trial_period_plan"
MODIFICATION_AGREEMENT = "modification_agreement"
DENIAL = "denial"
CASE_NOTICES = (ACKNOWLEDGMENT, NOTICE_COMPLETE)  # the notices a change in the case calls for
DOCUMENTS = (*CASE_NOTICES, TRIAL_PERIOD_PLAN, MODIFICATION_AGREEMENT, DENIAL)
REGX_VERSION = "regx@2018-04-19"  # the 12 CFR 1024.41 text in force (domain-rules.md §1.1)
LEGAL_DESCRIPTION = "as more fully described in the Security Instrument"


class NoticeError(Exception):
    """A document cannot be built from what is known; the message names the loan and the fix."""

    def __init__(self, loan_number: str, problem: str, fix: str, *, not_eligible: bool = False) -> None:
        super().__init__(f"loan {loan_number}: {problem}; fix: {fix}")
        self.loan_number = loan_number
        self.not_eligible = not_eligible  # the case or the evaluation calls for another document


class AnsweredCase(Protocol):
    """What a generated notice answered (a stored packet row has these)."""

    case_status: str | None
    missing: list[str]


def called_for(case_report: dict[str, Any]) -> str | None:
    """The case notice the case's state calls for, before asking whether Reg X owes it.

    Incomplete with items to ask for: an acknowledgment listing them (1024.41(b)(2)); complete: the notice
    of a complete application (1024.41(c)(3)). An incomplete case with nothing listed waits for staff review.
    """
    if case_report["status"] == "complete":
        return NOTICE_COMPLETE
    return ACKNOWLEDGMENT if case_report["missing"] else None


def not_owed(document: str, case_report: dict[str, Any], sale_date: date | None) -> str | None:
    """Why Reg X owes no such notice for this case, or None when it does (domain-rules.md §6 rules 5, 6, 12).

    An application received under 45 days before the sale needs no acknowledgment; one complete 37 days
    or less before it, no notice of a complete application.
    """
    if sale_date is None:
        return None
    if document == ACKNOWLEDGMENT:
        received = date.fromisoformat(case_report["received_on"])
        days = clocks.days_before_sale(received, sale_date)
        if not clocks.acknowledgment_required(days):
            return (f"the application was received on {received}, {days} days before the foreclosure sale on "
                    f"{sale_date}: Reg X requires an acknowledgment only for an application received "
                    f"{clocks.ACKNOWLEDGMENT_MIN_DAYS_BEFORE_SALE} days or more before a sale")
    complete_on = _day(case_report.get("complete_on"))
    if document == NOTICE_COMPLETE and complete_on and clocks.evaluation_due(complete_on, sale_date) is None:
        return (f"the application became complete on {complete_on}, 37 days or less before the sale on "
                f"{sale_date}: Reg X requires no notice of a complete application")
    return None


def next_notice(case_report: dict[str, Any], last_packet: AnsweredCase | None,
                sale_date: date | None = None) -> str | None:
    """The case notice the law requires next, or None when none is owed or the last one sent still says it all.

    A new notice (again each time the case becomes complete) only when the status or the missing set changed.
    """
    kind = called_for(case_report)
    if kind is None or not_owed(kind, case_report, sale_date):
        return None
    missing = sorted(item["code"] for item in case_report["missing"])
    if last_packet is not None and last_packet.case_status == case_report["status"] \
            and sorted(last_packet.missing) == missing:
        return None
    return kind


def servicer(settings: Settings, loan: Loan | None) -> Servicer:
    """The loan data's servicer columns where given, the settings otherwise.

    A contact detail known from neither prints as a bracketed blank naming its setting, so the specialist
    who opens the draft sees what to fill in rather than a letter that silently gives no phone number.
    """
    def known(column: str) -> str:
        value = (getattr(loan, f"servicer_{column}") if loan else "") or getattr(settings, f"servicer_{column}")
        return value or f"[servicer {column}: set servicer_{column} in lossmit.toml]"

    return Servicer(name=known("name"), address=known("address"), phone=known("phone"),
                    website=settings.servicer_website)


@dataclass(frozen=True)
class _Letter:
    """What every letter's head carries."""

    loan_number: str
    borrower_names: list[str]
    mailing_address: str
    property_address: str
    servicer: Servicer

    def fields(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in self.__dataclass_fields__}


def _answer(case_report: dict[str, Any] | None, key: str) -> str:
    application = (case_report or {}).get("application") or {}
    value = (application.get(key) or {}).get("value")
    return str(value) if value else ""


def _letter(loan_number: str, case_report: dict[str, Any] | None, loan: Loan | None, settings: Settings) -> _Letter:
    """The loan data is the record; the application's answers fill in before loan data arrives."""
    names = [loan.borrower_name, loan.co_borrower_name] if loan else [
        _answer(case_report, "borrower_name"), _answer(case_report, "co_borrower_name")]
    property_address = (loan.property_address if loan else "") or _answer(case_report, "property_address")
    mailing = (loan.mailing_address if loan else "") or _answer(case_report, "mailing_address") or property_address
    borrowers = [name for name in names if name]
    if not borrowers:
        raise NoticeError(loan_number, "no borrower name is known (no loan data, and none read from the "
                          "application)", "import the loan data with `lossmit loans import FILE`")
    return _Letter(loan_number, borrowers, mailing, property_address, servicer(settings, loan))


def _rules_version(case_report: dict[str, Any] | None) -> str:
    program = (case_report or {}).get("program")
    return f"{REGX_VERSION}; {program}" if program else REGX_VERSION


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _sale_days(loan: Loan | None, on: date) -> int | None:
    return clocks.days_before_sale(on, loan.foreclosure_sale_date if loan else None)


def _owed(document: str, case_report: dict[str, Any], sale_date: date | None, fix: str) -> None:
    why = not_owed(document, case_report, sale_date)
    if why:
        raise NoticeError(case_report["loan_number"], why, fix, not_eligible=True)


def acknowledgment(case_report: dict[str, Any], loan: Loan | None, settings: Settings, notice_date: date,
                   freshness_days: int = clocks.DEFAULT_FRESHNESS_DAYS) -> AcknowledgmentIncomplete:
    """The missing items in the checklist's plain words, and a reasonable date capped by every milestone known.

    The documents' stale dates come from the case report; the 120th day of delinquency and the sale
    milestones from the loan data when it is there (rule 8).
    """
    sale = loan.foreclosure_sale_date if loan else None
    _owed(ACKNOWLEDGMENT, case_report, sale, "none; evaluate the loan once the application is complete")
    stale = [clocks.stale_date(date.fromisoformat(doc["document_date"]), freshness_days)
             for doc in case_report["documents"] if doc.get("fresh") is not None and doc.get("document_date")]
    return AcknowledgmentIncomplete(
        **_letter(case_report["loan_number"], case_report, loan, settings).fields(),
        notice_date=notice_date,
        received_on=date.fromisoformat(case_report["received_on"]),
        missing=[MissingItem(m["code"], m["description"], m.get("reason", "absent"), list(m.get("documents", [])))
                 for m in case_report["missing"]],
        reasonable_date=clocks.reasonable_date(
            notice_date, stale_dates=stale,
            oldest_unpaid_due_date=loan.next_due_date if loan else None,
            sale_date=sale),
        rules_version=_rules_version(case_report),
    )


def notice_complete(case_report: dict[str, Any], loan: Loan | None, settings: Settings,
                    notice_date: date) -> NoticeComplete:
    loan_number = case_report["loan_number"]
    complete_on = _day(case_report.get("complete_on"))
    if case_report["status"] != "complete" or complete_on is None:
        raise NoticeError(loan_number, "the application is not complete", "send the acknowledgment instead",
                          not_eligible=True)
    sale = loan.foreclosure_sale_date if loan else None
    _owed(NOTICE_COMPLETE, case_report, sale, "none; evaluate the loan and send the determination")
    return NoticeComplete(
        **_letter(loan_number, case_report, loan, settings).fields(),
        notice_date=notice_date,
        complete_on=complete_on,
        evaluation_due=clocks.evaluation_due(complete_on, sale),
        foreclosure_started=sale is not None,
        rules_version=_rules_version(case_report),
    )


def _offered(evaluation: dict[str, Any]) -> None:
    if not evaluation["eligible"] or not evaluation["trial_due_dates"]:
        raise NoticeError(evaluation["loan_number"], "the evaluation offered no modification",
                          "send the denial notice, or evaluate again once the loan qualifies", not_eligible=True)


def trial_period_plan(evaluation: dict[str, Any], loan: Loan, settings: Settings, notice_date: date,
                      case_report: dict[str, Any] | None = None) -> TrialPeriodPlan:
    """The offer with its payment table; the acceptance window is set by the sale's distance at completion."""
    _offered(evaluation)
    complete_on = _day((case_report or {}).get("complete_on")) or notice_date
    deadline = clocks.acceptance_deadline(notice_date, _sale_days(loan, complete_on))
    if deadline is None:
        raise NoticeError(loan.loan_number, "the application became complete 37 days or less before the sale, "
                          "so Reg X sets no acceptance window", "set the acceptance deadline by hand in the .docx")
    amount = evaluation["trial_payment"]
    return TrialPeriodPlan(
        **_letter(loan.loan_number, case_report, loan, settings).fields(),
        notice_date=notice_date,
        payments=[TrialPayment(number, date.fromisoformat(due), amount)
                  for number, due in enumerate(evaluation["trial_due_dates"], start=1)],
        acceptance_deadline=deadline,
        new_rate=Decimal(evaluation["new_rate"]),
        new_term_months=int(evaluation["new_term_months"]),
        new_pi=evaluation["new_pi"],
        monthly_escrow=evaluation["monthly_escrow"],
        interest_bearing_balance=evaluation["interest_bearing_balance"],
        deferred_principal=evaluation["deferred_principal"],
        first_modified_payment_date=date.fromisoformat(evaluation["first_modified_payment_date"]),
        maturity_date=date.fromisoformat(evaluation["maturity_date"]),
        program_version=evaluation["program"],
        rules_version=_rules_version(case_report),
    )


def _recording(loan: Loan) -> Recording:
    if loan.recording_date is None or not (loan.recording_book or loan.recording_instrument):
        raise NoticeError(loan.loan_number, "the loan data has no recording of the security instrument",
                          "import recording_date with recording_book/recording_page or recording_instrument")
    return Recording(loan.recording_date, loan.recording_book, loan.recording_page, loan.recording_instrument,
                     loan.property_county, loan.property_state)


def modification_agreement(evaluation: dict[str, Any], loan: Loan, settings: Settings, agreement_date: date,
                           effective_date: date | None = None) -> ModificationAgreement:
    """Form 3179 style, from the terms the trial was offered on; effective the month before the first payment."""
    _offered(evaluation)
    letter = _letter(loan.loan_number, None, loan, settings)
    first_payment = date.fromisoformat(evaluation["first_modified_payment_date"])
    effective = effective_date or add_months(first_payment, -1)
    return ModificationAgreement(
        agreement_date=agreement_date,
        loan_number=loan.loan_number,
        mers_min="",
        prepared_by=letter.servicer.name,
        return_to=", ".join(part for part in (letter.servicer.name, letter.servicer.address) if part),
        borrower_names=letter.borrower_names,
        servicer=letter.servicer,
        servicer_signer=settings.servicer_signer,
        servicer_signer_title=settings.servicer_signer_title,
        note_date=loan.note_date,
        recording=_recording(loan),
        property_address=letter.property_address,
        legal_description=LEGAL_DESCRIPTION,
        as_of=effective,
        new_principal_balance=evaluation["interest_bearing_balance"] + evaluation["deferred_principal"],
        interest_bearing_balance=evaluation["interest_bearing_balance"],
        deferred_principal=evaluation["deferred_principal"],
        new_rate=Decimal(evaluation["new_rate"]),
        interest_from=effective,
        monthly_pi=evaluation["new_pi"],
        monthly_escrow=evaluation["monthly_escrow"],
        first_payment_date=first_payment,
        maturity_date=date.fromisoformat(evaluation["maturity_date"]),
        notary_state=loan.property_state,
        notary_county=loan.property_county,
        program_version=evaluation["program"],
        rules_version=REGX_VERSION,
    )


def denial(evaluation: dict[str, Any], loan: Loan, settings: Settings, notice_date: date,
           case_report: dict[str, Any] | None = None) -> Denial:
    """Every reason with its investor and Guide section; appeal rights when the sale is 90+ days off."""
    if evaluation["eligible"]:
        raise NoticeError(loan.loan_number, "the evaluation offered a modification",
                          "send the trial period plan notice", not_eligible=True)
    complete_on = _day((case_report or {}).get("complete_on")) or notice_date
    appeal = clocks.appeal_available(_sale_days(loan, complete_on))
    return Denial(
        **_letter(loan.loan_number, case_report, loan, settings).fields(),
        notice_date=notice_date,
        reasons=[DenialReason(r["code"], r["text"], r["investor"], r["guide_section"])
                 for r in evaluation["denial_reasons"]],
        other_criteria_not_evaluated=True,
        appeal_deadline=clocks.appeal_deadline(notice_date) if appeal else None,
        rules_version=f"{REGX_VERSION}; {evaluation['program']}",
    )
