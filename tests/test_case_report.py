"""case.json in the schema's shape, written whole; the HTML report prints borrower text literally."""

from __future__ import annotations

import json
import stat
from datetime import date
from decimal import Decimal
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from lossmit_docs.judging.checklist import judge, load_profile
from lossmit_docs.model import Document, Field, PageRef, TextMethod
from lossmit_docs.producing.case_report import build_case_report, validate_case_report, write_json_atomic
from lossmit_docs.producing.html_report import render_html_report, write_html_report

RECEIVED = date(2025, 4, 28)  # a Monday
EVALUATED = date(2025, 4, 30)
LOAN = "0012345678"
HOSTILE = 'O\'Brien & <Sons> "Ltd" {{ 7*7 }} {% raw %}x{% endraw %}'
FULL_SSN = "912-34-5678"
FULL_ACCOUNT = "000123456789"
PROFILE = load_profile()


def _field(value: Any, confidence: float = 0.99, method: TextMethod | str = TextMethod.FORM_FIELD) -> Field:
    return Field(value, confidence, PageRef(f"{LOAN}/application.pdf", 2, "cd" * 32), method)


def _application(**changes: Any) -> Document:
    answers: dict[str, Any] = {
        "loan_number": LOAN,
        "borrower_name": HOSTILE,
        "co_borrower_name": None,
        "ssn_last4": FULL_SSN,  # an extractor that forgot to cut it
        "property_address": "12 Elm St, Springfield, IL 62701",
        "occupancy": "primary_residence",
        "hardship_types": ["reduction_in_income"],
        "hardship_start_date": date(2024, 12, 11),
        "income.wages": Decimal("8958.333"),
        "income.total": Decimal("8958.33"),
        "assets.checking": Decimal("1200.5"),
        "signed": True,
        "signed_on": date(2025, 4, 15),
        "co_borrower_signed": None,
    }
    answers.update(changes)
    return Document(
        id="D01",
        type="mortgage_assistance_application",
        type_confidence=0.98,
        pages=[PageRef(f"{LOAN}/application.pdf", n, "cd" * 32) for n in (1, 2, 3, 4)],
        received_on=RECEIVED,
        fields={name: value if isinstance(value, Field) else _field(value) for name, value in answers.items()},
    )


def _stub(paid: date = date(2025, 4, 20)) -> Document:
    values = {
        "employer": "Acme & Co <payroll>",
        "pay_date": paid,
        "frequency": "semimonthly",
        "gross_current": Decimal("4479.17"),
        "gross_ytd": Decimal("35833.36"),
        "monthly_gross": Decimal("8958.34"),
    }
    return Document(
        id="D02",
        type="pay_stub",
        type_confidence=0.95,
        pages=[PageRef(f"{LOAN}/stub.pdf", 1, "ef" * 32)],
        received_on=EVALUATED,
        scanned=True,
        fields={name: _field(value, 0.93, TextMethod.OCR) for name, value in values.items()},
        document_date=paid,
    )


def _statement(end: date) -> Document:
    return Document(
        id="D03",
        type="bank_statement",
        type_confidence=0.95,
        pages=[PageRef(f"{LOAN}/bank.pdf", 1)],
        received_on=EVALUATED,
        fields={"account_last4": _field(FULL_ACCOUNT), "period_end": _field(end), "note": _field(f"SSN {FULL_SSN}")},
        document_date=end,
    )


def _report(documents: list[Document], **options: Any) -> dict[str, Any]:
    judgement = judge(documents, EVALUATED, PROFILE)
    return build_case_report(LOAN, documents, judgement, RECEIVED, profile=PROFILE, **options)


def test_a_complete_case_report_is_schema_valid_with_its_dates() -> None:
    report = _report([_application(), _stub()])
    validate_case_report(report)
    assert report["status"] == "complete" and report["program"] == "fannie_mae_710_2023@5"
    assert report["received_on"] == "2025-04-28" and report["evaluated_on"] == "2025-04-30"
    assert report["acknowledgment_due"] == "2025-05-05"  # five business days after Monday 28 April
    assert report["complete_on"] == "2025-04-30"
    assert report["evaluation_due"] == "2025-05-30"
    assert report["documents_due"] is None
    assert report["income_types"] == ["wages"]


def test_money_dates_and_fields_take_the_schemas_shape() -> None:
    report = _report([_application(), _stub()])
    app = report["application"]
    assert app["income"]["wages"]["value"] == 8958.33 and app["income"]["total"]["value"] == 8958.33
    assert app["assets"]["checking"]["value"] == 1200.5
    assert app["hardship_start_date"]["value"] == "2024-12-11"
    assert app["hardship_types"]["value"] == ["reduction_in_income"]
    assert app["signed"] == {
        "value": True,
        "confidence": 0.99,
        "source": {"file": f"{LOAN}/application.pdf", "page": 2, "sha256": "cd" * 32},
        "method": "form_field",
    }
    stub = report["documents"][1]
    assert stub["fields"]["gross_ytd"]["value"] == 35833.36 and stub["fields"]["gross_ytd"]["method"] == "ocr"
    assert (stub["document_date"], stub["fresh"], stub["scanned"]) == ("2025-04-20", True, True)
    assert [page["page"] for page in report["documents"][0]["pages"]] == [1, 2, 3, 4]
    assert report["documents"][0]["fresh"] is None  # an application's age is not judged


def test_an_incomplete_case_has_documents_due_and_no_evaluation_date() -> None:
    report = _report([_application(), _stub(paid=date(2025, 1, 20))])
    validate_case_report(report)
    assert report["status"] == "incomplete" and report["complete_on"] is None and report["evaluation_due"] is None
    assert report["documents_due"] == "2025-05-30"  # 30 days after the notice, no milestone known
    assert report["missing"][0] == {
        "code": "income_doc:wages",
        "description": report["missing"][0]["description"],
        "reason": "stale",
        "documents": ["D02"],
    }
    sooner = _report([_application(), _stub(paid=date(2025, 1, 20))], sale_date=date(2025, 8, 15))
    assert sooner["documents_due"] == "2025-05-17"  # sale - 90


def test_no_application_reports_null() -> None:
    report = _report([_stub()])
    validate_case_report(report)
    assert report["application"] is None and report["missing"][0]["code"] == "application"


def test_a_case_waiting_for_review_says_so() -> None:
    report = _report([_application(signed=_field(True, 0.4)), _stub()])
    validate_case_report(report)
    assert (report["status"], report["missing"], report["awaiting_review"]) == ("incomplete", [], True)
    assert report["needs_review"][0]["document"] == "D01"


def test_no_full_ssn_or_account_number_leaves_in_case_json(tmp_path: Path) -> None:
    report = _report([_application(), _stub(), _statement(date(2025, 3, 31))])
    validate_case_report(report)
    path = tmp_path / LOAN / "case.json"
    write_json_atomic(path, report)
    text = path.read_text()
    for whole in (FULL_SSN, "912345678", FULL_ACCOUNT, "123456789"):
        assert whole not in text
    assert report["application"]["ssn_last4"]["value"] == "5678"
    assert report["documents"][2]["fields"]["account_last4"]["value"] == "6789"
    note = report["documents"][2]["fields"]["note"]["value"]
    assert note.startswith("SSN") and note.endswith("5678") and "912" not in note
    assert report["application"]["loan_number"]["value"] == LOAN  # loan numbers are kept whole


def test_write_json_atomic_writes_whole_files_with_restricted_mode(tmp_path: Path) -> None:
    path = tmp_path / "outbox" / LOAN / "case.json"
    write_json_atomic(path, {"a": 1})
    write_json_atomic(path, {"a": 2, "name": HOSTILE})
    assert json.loads(path.read_text()) == {"a": 2, "name": HOSTILE}
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    assert [p.name for p in path.parent.iterdir()] == ["case.json"]  # no temporary file left beside it


def test_write_json_atomic_leaves_the_old_file_when_writing_fails(tmp_path: Path) -> None:
    path = tmp_path / "case.json"
    write_json_atomic(path, {"a": 1})
    with pytest.raises(TypeError):
        write_json_atomic(path, {"a": object()})
    assert json.loads(path.read_text()) == {"a": 1}
    assert [p.name for p in tmp_path.iterdir()] == ["case.json"]


def test_validation_catches_a_broken_report() -> None:
    report = _report([_application(), _stub()])
    for key, bad in (("status", "maybe"), ("loan_number", "12-34"), ("acknowledgment_due", "5/5/2025")):
        broken = {**report, key: bad}
        with pytest.raises(jsonschema.ValidationError):
            validate_case_report(broken)
    del report["needs_review"]
    with pytest.raises(jsonschema.ValidationError):
        validate_case_report(report)


class _Text(HTMLParser):
    """The text a reader sees in the browser."""

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def _visible(html: str) -> str:
    parser = _Text()
    parser.feed(html)
    return "".join(parser.parts)


def test_html_report_prints_hostile_borrower_text_literally(tmp_path: Path) -> None:
    report = _report([_application(), _stub(paid=date(2025, 1, 20))])
    path = tmp_path / LOAN / "report.html"
    write_html_report(path, report, PROFILE)
    html = path.read_text()
    seen = _visible(html)
    assert HOSTILE in seen  # & < > " ' {{ }} {% raw %} all as typed
    assert "<Sons>" not in html and "&lt;Sons&gt;" in html
    assert "49" not in seen
    assert stat.S_IMODE(path.stat().st_mode) == 0o640


def test_html_report_shows_what_staff_need() -> None:
    report = _report([_application(), _stub(paid=date(2025, 1, 20)), _statement(date(2025, 3, 31))])
    seen = " ".join(_visible(render_html_report(report, PROFILE)).split())
    assert "INCOMPLETE" in seen and LOAN in seen
    assert "***-**-5678" in seen and FULL_SSN not in seen and FULL_ACCOUNT not in seen
    assert "May 5, 2025" in seen  # acknowledgment due
    assert "May 30, 2025" in seen  # documents due
    assert "income_doc:wages" in seen and "dated January 20, 2025" in seen  # missing, in plain words
    assert "pay stub" in seen and "stale" in seen and "fresh" in seen  # documents, fresh or stale
    assert "$8,958.33" in seen and "primary residence" in seen
    assert f"{LOAN}/stub.pdf p.1" in seen


def test_html_report_of_a_complete_case_without_review() -> None:
    seen = _visible(render_html_report(_report([_application(), _stub()]), PROFILE))
    assert "COMPLETE" in seen and "Nothing is missing." in seen and "Nothing needs review." in seen
    assert "May 30, 2025" in seen  # evaluation due
