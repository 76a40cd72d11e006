"""The case report (`outbox/<loan>/case.json`) in the shape of rules/case-report.schema.json.

Staff and other systems read this file, so it is built from the judgement alone (no re-judging here),
checked against the schema before it is written, and written whole (beside, fsync, rename). Borrower
privacy is enforced here, the last step before data leaves the service: an SSN or account number is cut to
its last four digits whatever the extractor handed over.
"""

from __future__ import annotations

import json
import re
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from enum import Enum
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator

from lossmit_docs.durable import durable_write
from lossmit_docs.judging import clocks
from lossmit_docs.judging.checklist import Profile, load_profile, select_application
from lossmit_docs.model import REVIEW_NOTE, Document, Field, Judgement, PageRef
from lossmit_docs.privacy import last4, redact

SCHEMA_VERSION = "1"
SCHEMA_RESOURCE = "case-report.schema.json"
CENT = Decimal("0.01")
_METHODS = frozenset({"text_layer", "ocr", "form_field", "computed", "corrected"})
# Keys whose values are identifiers that must never be shown whole.
_LAST_FOUR_KEY = re.compile(r"ssn|social_security|account", re.IGNORECASE)
# Keys whose values are loan numbers: kept whole (a 9-digit loan number must not be taken for an SSN).
_LOAN_KEY = re.compile(r"loan_number", re.IGNORECASE)
_NESTED_PREFIXES = ("income", "assets")


def json_value(value: Any, *, key: str = "") -> Any:
    """A field value as JSON: money to the cent, dates ISO, identifiers cut to four digits."""
    if (
        _LAST_FOUR_KEY.search(key)
        and isinstance(value, str | int)
        and not isinstance(value, bool)
        and last4(str(value))
    ):
        return last4(str(value))
    if isinstance(value, bool) or value is None or isinstance(value, int | float):
        return value
    if isinstance(value, Decimal):
        return float(value.quantize(CENT, rounding=ROUND_HALF_UP))
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Enum):
        return json_value(value.value, key=key)
    if isinstance(value, list | tuple | set):
        return [json_value(item, key=key) for item in value]
    if isinstance(value, dict):
        return {str(name): json_value(item, key=str(name)) for name, item in value.items()}
    return str(value) if _LOAN_KEY.search(key) else redact(str(value))


def _source(ref: PageRef) -> dict[str, Any]:
    source: dict[str, Any] = {"file": ref.file, "page": ref.page}
    if ref.sha256:
        source["sha256"] = ref.sha256
    return source


def field_json(found: Field, key: str) -> dict[str, Any]:
    """One Field as {value, confidence, source, method}."""
    out: dict[str, Any] = {
        "value": json_value(found.value, key=key),
        "confidence": round(min(1.0, max(0.0, float(found.confidence))), 4),
    }
    if found.source is not None:
        out["source"] = _source(found.source)
    method = found.method.value if isinstance(found.method, Enum) else str(found.method)
    if method in _METHODS:
        out["method"] = method
    return out


def application_json(application: Document | None) -> dict[str, Any] | None:
    """The application's answers; `income.<code>` and `assets.<name>` keys become nested objects."""
    if application is None:
        return None
    out: dict[str, Any] = {prefix: {} for prefix in _NESTED_PREFIXES}
    for key, found in application.fields.items():
        if key.startswith(REVIEW_NOTE):  # in needs_review, in words
            continue
        prefix, _, rest = key.partition(".")
        if prefix in _NESTED_PREFIXES and rest:
            out[prefix][rest] = field_json(found, rest)
        else:
            out[key] = field_json(found, key)
    return out


def document_json(doc: Document, evaluated_on: date, profile: Profile) -> dict[str, Any]:
    """One logical document; `fresh` only for the types whose age the checklist judges."""
    fresh = None
    if doc.document_date is not None and doc.type in profile.freshness_types:
        fresh = clocks.is_fresh(doc.document_date, evaluated_on, profile.freshness_days)
    return {
        "id": doc.id,
        "type": doc.type,
        "type_confidence": round(float(doc.type_confidence), 4),
        "pages": [_source(ref) for ref in doc.pages],
        "received_on": doc.received_on.isoformat(),
        "document_date": json_value(doc.document_date),
        "fresh": fresh,
        "scanned": doc.scanned,
        "fields": {key: field_json(found, key) for key, found in doc.fields.items() if not key.startswith(REVIEW_NOTE)},
    }


def stale_dates(documents: list[Document], profile: Profile) -> list[date]:
    """When each dated document whose age matters stops being fresh (a cap on the reasonable date)."""
    return [
        clocks.stale_date(doc.document_date, profile.freshness_days)
        for doc in documents
        if doc.document_date is not None and doc.type in profile.freshness_types
    ]


def build_case_report(
    loan_number: str,
    documents: list[Document],
    judgement: Judgement,
    received_on: date,
    program: str | None = None,
    *,
    profile: Profile | None = None,
    notice_date: date | None = None,
    oldest_unpaid_due_date: date | None = None,
    sale_date: date | None = None,
    complete_on: date | None = None,
) -> dict[str, Any]:
    """The case report as a dict ready for `write_json_atomic`.

    `received_on` is the date the application's first document arrived. `notice_date` is the day the
    acknowledgment goes out (default: the evaluation date); the documents-due date is counted from it.
    Without the loan's oldest unpaid due date or sale date, the reasonable date is capped only by what is
    known (the documents' stale dates), as rule 8 allows. `complete_on` defaults to the evaluation date.
    """
    profile = profile or load_profile()
    evaluated_on = judgement.evaluated_on
    complete = judgement.status == "complete"
    completed = (complete_on or evaluated_on) if complete else None
    documents_due = None
    if not complete:
        documents_due = clocks.reasonable_date(
            notice_date or evaluated_on,
            stale_dates=stale_dates(documents, profile),
            oldest_unpaid_due_date=oldest_unpaid_due_date,
            sale_date=sale_date,
        )
    return {
        "schema_version": SCHEMA_VERSION,
        "loan_number": loan_number,
        "program": program or judgement.program or profile.name,
        "status": judgement.status,
        "awaiting_review": not complete and not judgement.missing,
        "evaluated_on": evaluated_on.isoformat(),
        "received_on": received_on.isoformat(),
        "complete_on": json_value(completed),
        "acknowledgment_due": json_value(clocks.acknowledgment_due(received_on, sale_date)),
        "documents_due": json_value(documents_due),
        "evaluation_due": json_value(clocks.evaluation_due(completed, sale_date) if completed else None),
        "complete_notice_due": json_value(clocks.complete_notice_due(completed) if completed else None),
        "application": application_json(select_application(documents, profile)),
        "income_types": list(judgement.income_types),
        "documents": [document_json(doc, evaluated_on, profile) for doc in documents],
        "missing": [
            {
                "code": item.code,
                "description": redact(item.description),
                "reason": item.reason,
                "documents": list(item.documents),
            }
            for item in judgement.missing
        ],
        "needs_review": [_review_json(item.what, item.reason, item.document) for item in judgement.needs_review],
    }


def _review_json(what: str, reason: str, document: str | None) -> dict[str, str]:
    out = {"what": redact(what), "reason": redact(reason)}
    if document is not None:
        out["document"] = document
    return out


@cache
def case_report_schema() -> dict[str, Any]:
    text = (resources.files("lossmit_docs.rules") / SCHEMA_RESOURCE).read_text(encoding="utf-8")
    return json.loads(text)


def validate_case_report(report: dict[str, Any]) -> None:
    """Raise jsonschema.ValidationError (the first, most relevant error) when the report breaks the schema."""
    validator = Draft202012Validator(case_report_schema(), format_checker=Draft202012Validator.FORMAT_CHECKER)
    errors = sorted(validator.iter_errors(report), key=lambda error: list(error.absolute_path))
    if errors:
        raise errors[0]


def write_text_atomic(path: Path, text: str) -> None:
    """Written whole and private (beside, fsync, rename): a reader sees the old file or the new one."""
    durable_write(Path(path), text.encode("utf-8"))


def write_json_atomic(path: Path, data: Any) -> None:
    """JSON (UTF-8, sorted as built, indented for people) written whole; see `write_text_atomic`."""
    write_text_atomic(path, json.dumps(data, indent=2, ensure_ascii=False) + "\n")
