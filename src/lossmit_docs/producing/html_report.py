"""The printable completeness report for processing staff, made from the case report (case.json).

Built from the case report rather than from the documents so the page never shows more than case.json
does (SSNs and account numbers are already cut to four digits there). Borrower text reaches the template
only as values, with autoescape on: `{{ 7*7 }}` or `<b>` in a name prints as written.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from lossmit_docs.judging.checklist import Profile, load_profile
from lossmit_docs.producing.case_report import write_text_atomic
from lossmit_docs.producing.formatting import long_date, money

TEMPLATE = "report.html"
_ENVIRONMENT = Environment(
    loader=FileSystemLoader(Path(__file__).parent),
    autoescape=True,
    undefined=StrictUndefined,
    keep_trailing_newline=True,
    trim_blocks=True,
    lstrip_blocks=True,
)
_STATUS_TEXT = {
    "complete": "COMPLETE",
    "incomplete": "INCOMPLETE",
}
_AWAITING_REVIEW = "INCOMPLETE: waiting for review (nothing listed as missing; see Needs review)"


def _day(value: Any) -> str:
    return long_date(date.fromisoformat(value)) if value else ""


def _answer(application: dict[str, Any] | None, name: str) -> Any:
    if not application or not isinstance(application.get(name), dict):
        return None
    return application[name].get("value")


def _borrower(report: dict[str, Any], profile: Profile) -> list[tuple[str, str]]:
    application = report["application"]
    ssn = _answer(application, "ssn_last4")
    occupancy = _answer(application, "occupancy")
    hardships = _answer(application, "hardship_types") or []
    hardships = [hardships] if isinstance(hardships, str) else hardships
    return [
        ("Borrower", _answer(application, "borrower_name") or ""),
        ("Co-borrower", _answer(application, "co_borrower_name") or ""),
        ("Loan number", report["loan_number"]),
        ("SSN (last four)", f"***-**-{ssn}" if ssn else ""),
        ("Property address", _answer(application, "property_address") or ""),
        ("Occupancy", profile.occupancy_types.get(occupancy, occupancy or "")),
        ("Hardship", ", ".join(profile.hardship_types.get(code, code) for code in hardships)),
        ("Hardship began", _day(_answer(application, "hardship_start_date"))),
        ("Application signed on", _day(_answer(application, "signed_on"))),
    ]


def _dates(report: dict[str, Any]) -> list[tuple[str, str]]:
    return [
        ("Received", _day(report["received_on"])),
        ("Acknowledgment notice due", _day(report["acknowledgment_due"])),
        ("Missing documents due from borrower", _day(report.get("documents_due"))),
        ("Complete on", _day(report.get("complete_on"))),
        ("Evaluation due", _day(report.get("evaluation_due"))),
    ]


def _documents(report: dict[str, Any], profile: Profile) -> list[dict[str, Any]]:
    rows = []
    for doc in report["documents"]:
        fresh = doc.get("fresh")
        rows.append(
            {
                "id": doc["id"],
                "type": profile.label(doc["type"]),
                "unsure": doc.get("type_confidence", 1.0) < profile.review_confidence,
                "page_count": len(doc["pages"]),
                "pages": "; ".join(f"{ref['file']} p.{ref['page']}" for ref in doc["pages"]),
                "dated": _day(doc.get("document_date")),
                "freshness": "" if fresh is None else ("fresh" if fresh else "stale"),
                "received": _day(doc["received_on"]),
            }
        )
    return rows


def _income(report: dict[str, Any], profile: Profile) -> list[tuple[str, str]]:
    income = (report["application"] or {}).get("income") or {}
    rows = []
    for code, found in income.items():
        amount = found.get("value")
        if amount is None or isinstance(amount, bool) or not isinstance(amount, int | float):
            continue
        label = "Total" if code == "total" else profile.income_types.get(code, code)
        rows.append((label, money(Decimal(str(amount)))))
    return rows


def render_html_report(report: dict[str, Any], profile: Profile | None = None) -> str:
    """The report as an HTML page, from a case report dict (as `build_case_report` returns it)."""
    profile = profile or load_profile()
    status = report["status"]
    status_text = _AWAITING_REVIEW if report.get("awaiting_review") else _STATUS_TEXT[status]
    return _ENVIRONMENT.get_template(TEMPLATE).render(
        loan_number=report["loan_number"],
        program=report["program"],
        evaluated_on=_day(report["evaluated_on"]),
        status=status,
        status_text=status_text,
        borrower=_borrower(report, profile),
        dates=_dates(report),
        missing=[
            {
                "code": item["code"],
                "description": item["description"],
                "reason": item.get("reason", ""),
                "documents": ", ".join(item.get("documents", [])),
            }
            for item in report["missing"]
        ],
        review=[
            {"what": item["what"], "reason": item["reason"], "document": item.get("document", "")}
            for item in report["needs_review"]
        ],
        documents=_documents(report, profile),
        income=_income(report, profile),
    )


def write_html_report(path: Path, report: dict[str, Any], profile: Profile | None = None) -> None:
    """Render and write the report whole (beside, fsync, rename)."""
    write_text_atomic(path, render_html_report(report, profile))
