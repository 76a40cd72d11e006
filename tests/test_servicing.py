"""Loan data to papers, end to end through the CLI on a temporary home, with real LibreOffice and real PDFs."""

from __future__ import annotations

import json
import shutil
import zipfile
from datetime import date
from decimal import Decimal
from pathlib import Path
from types import SimpleNamespace

import docx
import pdfplumber
import pytest
import yaml

import pdf_factory as pf
from lossmit_docs.cli import main
from lossmit_docs.durable import sha256_of
from lossmit_docs.exitcodes import ExitCode
from lossmit_docs.judging.flex_params import RULES_FILE
from lossmit_docs.producing.notices import ACKNOWLEDGMENT, NOTICE_COMPLETE, next_notice
from lossmit_docs.servicing import Servicing
from lossmit_docs.settings import load
from lossmit_docs.store import Store
from test_templates import TEMPLATES

D = Decimal
LOAN = "0012345678"
COLUMNS = (
    "loan_number,investor,lien_position,borrower_name,co_borrower_name,property_address,property_state,"
    "property_county,note_date,original_principal,original_term_months,note_rate,current_upb,monthly_pi,"
    "monthly_escrow,next_due_date,maturity_date,accrued_interest,escrow_advance,corporate_advances,late_charges,"
    "property_value,valuation_date,valuation_type,prior_modifications,failed_trial_within_12_months,"
    "recording_date,recording_book,recording_page,recording_instrument,foreclosure_sale_date"
)
# §3.7: $215,000 at 7% over 360 from June 2021, June-November 2026 missed, valued at $240,000.
WORKED = {
    "loan_number": LOAN, "investor": "fannie_mae", "lien_position": "1", "borrower_name": "Pat Doe",
    "co_borrower_name": "Sam Doe", "property_address": "12 Oak Lane, Austin, TX 78701", "property_state": "TX",
    "property_county": "Travis", "note_date": "2021-05-01", "original_principal": "215000.00",
    "original_term_months": "360", "note_rate": "7.000", "current_upb": "202382.97", "monthly_pi": "1430.40",
    "monthly_escrow": "412.50", "next_due_date": "2026-06-01", "maturity_date": "2051-05-01",
    "accrued_interest": "7083.42", "escrow_advance": "3000.00", "corporate_advances": "500.00",
    "late_charges": "214.56", "property_value": "240000.00", "valuation_date": "2026-10-15",
    "valuation_type": "BPO", "prior_modifications": "0", "failed_trial_within_12_months": "no",
    "recording_date": "2021-05-10", "recording_book": "123", "recording_page": "45",
    "recording_instrument": "2021-0001234",
}
EVALUATED = "2026-11-02"


def _csv(path: Path, rows: list[dict[str, str]]) -> Path:
    lines = [COLUMNS] + [",".join(f'"{row.get(c, "")}"' for c in COLUMNS.split(",")) for row in rows]
    path.write_text("\n".join(lines) + "\n")
    return path


@pytest.fixture
def home(tmp_path: Path) -> Path:
    """A service home whose program file has §3.7's 6.875% in force, and a named servicer."""
    home = tmp_path / "home"
    home.mkdir()
    rules = yaml.safe_load(RULES_FILE.read_text())
    rules["version"] = "test_flex@2026-10"
    rules["modification_rates"].append({"effective": date(2026, 10, 1), "rate": 6.875})
    (home / "flex.yaml").write_text(yaml.safe_dump(rules))
    (home / "lossmit.toml").write_text(
        f'flex_rules = "{home / "flex.yaml"}"\nservicer_name = "Acme Servicing"\n'
        'servicer_address = "1 Main St, Austin, TX 78701"\nservicer_phone = "1-800-555-0100"\n'
        f'templates = "{TEMPLATES}"\nsettle_seconds = 0\nincomplete_grace_seconds = 0\nworkers = 1\n'
    )
    return home


@pytest.fixture
def cli(home: Path, capsys: pytest.CaptureFixture[str]):
    def run(*args: str) -> tuple[int, str]:
        code = main(["--home", str(home), *args])
        return code, capsys.readouterr().out

    return run


def _flat(text: str) -> str:
    return " ".join(text.split())


def _store(home: Path) -> Store:
    return Store(load({"home": home}).database_url)


def _docx_text(path: Path) -> str:
    document = docx.Document(str(path))
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells)


def test_loans_import_reports_bad_rows_loads_good_ones_and_reimport_updates(cli, home, tmp_path) -> None:
    bad = dict(WORKED, loan_number="0099999999", current_upb="abc")
    code, out = cli("loans", "import", str(_csv(tmp_path / "loans.csv", [WORKED, bad])))
    assert code == ExitCode.INPUT
    assert "row 3 (loan 0099999999): current_upb: 'abc' is not a number" in _flat(out)
    assert "1 new, 0 updated" in _flat(out)
    store = _store(home)
    try:
        loan = store.loan(LOAN)
        assert loan.current_upb == D("202382.97") and loan.note_rate == D("7.000")
        assert str(loan.note_rate) == "7.000" and loan.capitalized_balance == D("212966.39")
        assert loan.recording_date == date(2021, 5, 10) and store.loan("0099999999") is None

        code, out = cli("loans", "import", str(_csv(tmp_path / "loans.csv", [dict(WORKED, monthly_escrow="420.00")])))
        assert code == ExitCode.OK and "0 new, 1 updated" in _flat(out)
        assert store.loan(LOAN).monthly_escrow == D("420.00")
        assert [e.kind for e in store.events()].count("loan_imported") == 2
    finally:
        store.close()


def test_evaluate_json_gives_the_worked_example_to_the_cent_and_stores_it(cli, home, tmp_path) -> None:
    cli("loans", "import", str(_csv(tmp_path / "loans.csv", [WORKED])))
    code, out = cli("evaluate", LOAN, "--json", "--as-of", EVALUATED)
    assert code == ExitCode.OK
    data = json.loads(out, parse_float=Decimal)
    assert data["program"] == "test_flex@2026-10" and data["eligible"] is True
    assert (data["capitalized_balance"], data["mtmltv"]) == (D("212966.39"), D("0.8874"))
    assert data["steps"][1:] == [
        {"step": "rate", "rate": D("6.875"), "pi": D("1507.74")},
        {"step": "term", "term_months": 480, "pi": D("1304.15")},
        {"step": "forbearance", "deferred_principal": D("26100.64"), "pi": D("1144.31")},
    ]
    assert (data["interest_bearing_balance"], data["new_pi"], data["trial_payment"]) == (
        D("186865.75"), D("1144.31"), D("1556.81"))
    stored = home / "outbox" / LOAN / "evaluation.json"
    assert json.loads(stored.read_text(), parse_float=Decimal) == data

    code, out = cli("evaluate", LOAN, "--as-of", EVALUATED)  # the waterfall as a table
    assert code == ExitCode.OK and "$1,144.31" in out and "forbearance" in out and "streamlined" in out


def test_a_loan_without_loan_data_is_not_found_with_the_fix(cli, home) -> None:
    code, out = cli("evaluate", "0000000001", "--as-of", EVALUATED)
    assert code == ExitCode.NOT_FOUND
    assert "loan 0000000001: no loan data" in _flat(out) and "lossmit loans import" in _flat(out)
    assert not (home / "outbox" / "0000000001").exists()


def test_a_stale_valuation_is_a_clear_error_and_writes_nothing(cli, home, tmp_path) -> None:
    cli("loans", "import", str(_csv(tmp_path / "loans.csv", [dict(WORKED, valuation_date="2026-06-01")])))
    code, out = cli("evaluate", LOAN, "--json", "--as-of", EVALUATED)
    assert code == ExitCode.INPUT
    assert "the valuation of 2026-06-01 is 154 days old" in _flat(out) and "BPO, AVM or appraisal" in _flat(out)
    assert not (home / "outbox" / LOAN / "evaluation.json").exists()


def test_below_90_days_without_a_complete_case_is_denied_saying_so(cli, home, tmp_path) -> None:
    cli("loans", "import", str(_csv(tmp_path / "loans.csv", [dict(WORKED, next_due_date="2026-09-01")])))
    code, out = cli("evaluate", LOAN, "--json", "--as-of", EVALUATED)
    assert code == ExitCode.NOT_ELIGIBLE
    data = json.loads(out)
    assert [r["code"] for r in data["denial_reasons"]] == ["application_required"]
    assert "Fannie Mae" in data["denial_reasons"][0]["text"] and "not complete" in data["denial_reasons"][0]["text"]


def _payments(path: Path, rows: list[tuple[str, str, str]]) -> Path:
    lines = ["loan_number,received_on,amount,reference"] + [f"{LOAN},{on},{amount},{ref}" for on, amount, ref in rows]
    path.write_text("\n".join(lines) + "\n")
    return path


def test_trial_from_plan_notice_to_modification_agreement(cli, home, tmp_path) -> None:
    cli("loans", "import", str(_csv(tmp_path / "loans.csv", [WORKED])))
    cli("evaluate", LOAN, "--as-of", EVALUATED)
    code, out = cli("generate", LOAN, "trial_period_plan", "--as-of", EVALUATED)
    assert code == ExitCode.OK
    packet = home / "outbox" / LOAN / f"trial_period_plan-{EVALUATED}"
    assert sorted(p.name for p in packet.iterdir()) == [
        "manifest.json", "trial_period_plan.docx", "trial_period_plan.pdf"]
    manifest = json.loads((packet / "manifest.json").read_text())
    assert {f["name"]: f["sha256"] for f in manifest["files"]} == {
        name: sha256_of(packet / name) for name in ("trial_period_plan.docx", "trial_period_plan.pdf")}
    assert manifest["program_version"] == "test_flex@2026-10"
    with pdfplumber.open(packet / "trial_period_plan.pdf") as pdf:
        text = pdf.pages[0].extract_text() or ""
    assert "$1,556.81" in text and "November 16, 2026" in text  # 14 days to accept: no sale scheduled

    paid = [("2026-12-03", "1556.81", "T1"), ("2027-01-05", "1556.81", "T2"), ("2027-02-02", "1556.81", "T3")]
    payments = _payments(tmp_path / "payments.csv", paid)
    code, out = cli("payments", "import", str(payments), "--as-of", "2027-02-10")
    assert code == ExitCode.OK and "3 new" in _flat(out) and "permanent_modification" in out
    agreement = home / "outbox" / LOAN / "modification_agreement-2027-02-10"
    words = _docx_text(agreement / "modification_agreement.docx")
    assert "U.S. $212,966.39 (Two Hundred Twelve Thousand Nine Hundred Sixty-Six and 39/100 Dollars)" in words
    assert "$26,100.64" in words and "$1,144.31" in words and "March 1, 2067" in words
    assert (agreement / "modification_agreement.pdf").stat().st_size > 0

    code, out = cli("payments", "import", str(payments), "--as-of", "2027-02-11")
    assert code == ExitCode.OK and "0 new" in _flat(out) and "3 already recorded" in _flat(out)
    store = _store(home)
    try:
        assert len(store.payments_for(LOAN)) == 3
        assert [p.document for p in store.packets_for(LOAN)] == ["trial_period_plan", "modification_agreement"]
    finally:
        store.close()


def test_a_missed_trial_payment_ends_the_trial(cli, home, tmp_path) -> None:
    cli("loans", "import", str(_csv(tmp_path / "loans.csv", [WORKED])))
    cli("evaluate", LOAN, "--as-of", EVALUATED)
    # December paid; January's payment came in February, so January is missed.
    payments = _payments(tmp_path / "p.csv", [("2026-12-02", "1556.81", ""), ("2027-02-01", "1556.81", "")])
    code, out = cli("payments", "import", str(payments), "--as-of", "2027-02-03")
    assert code == ExitCode.OK and "trial_failed" in out and "2 new" in _flat(out)
    code, out = cli("generate", LOAN, "--as-of", "2027-02-03")
    assert code == ExitCode.NOT_ELIGIBLE and "missed payment" in _flat(out)
    assert not list((home / "outbox" / LOAN).glob("modification_agreement*"))
    store = _store(home)
    try:
        (changed,) = [e for e in store.events() if e.kind == "trial_status"]
        assert (changed.detail["from"], changed.detail["to"]) == ("in_progress", "trial_failed")
    finally:
        store.close()


def test_an_agreement_without_recording_data_names_the_loan_and_the_fix(cli, home, tmp_path) -> None:
    unrecorded = {key: value for key, value in WORKED.items() if not key.startswith("recording")}
    cli("loans", "import", str(_csv(tmp_path / "loans.csv", [unrecorded])))
    cli("evaluate", LOAN, "--as-of", EVALUATED)
    code, out = cli("generate", LOAN, "modification_agreement", "--as-of", "2027-02-10")
    assert code == ExitCode.INPUT
    assert f"loan {LOAN}: the loan data has no recording" in _flat(out) and "import recording_date" in _flat(out)
    assert sorted(p.name for p in (home / "outbox" / LOAN).iterdir()) == ["evaluation.json"]


def test_templates_check_passes_on_the_shipped_set_and_catches_a_typo(cli, home, tmp_path) -> None:
    code, out = cli("templates", "check")
    assert code == ExitCode.OK and "reasonable_date" in out and "no problems" in out

    broken = tmp_path / "templates"
    shutil.copytree(TEMPLATES, broken)
    target = broken / "acknowledgment_incomplete.docx"
    with zipfile.ZipFile(target) as source:
        parts = {name: source.read(name) for name in source.namelist()}
    xml = parts["word/document.xml"].decode()
    assert "reasonable_date|long_date" in xml
    parts["word/document.xml"] = xml.replace("reasonable_date|long_date", "reasonble_date|long_date").encode()
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out_zip:
        for name, data in parts.items():
            out_zip.writestr(name, data)
    code, out = cli("--templates", str(broken), "templates", "check")
    assert code == ExitCode.TEMPLATE
    assert "reasonble_date" in _flat(out) and "did you mean {{ reasonable_date }}" in _flat(out)


LETTER = ["Dear Servicer,", "I lost my job in March and fell behind on my mortgage payments.",
          "Please consider me for a loan modification.", "Sincerely, Pat Doe"]


def test_the_watcher_path_sends_the_acknowledgment_once_per_change(cli, home, tmp_path) -> None:
    cli("loans", "import", str(_csv(tmp_path / "loans.csv", [dict(WORKED, next_due_date="2025-05-01")])))
    inbox = home / "inbox" / LOAN
    inbox.mkdir(parents=True)
    (inbox / "letter.pdf").write_bytes(pf.text_pdf([LETTER]))
    code, _ = cli("process", "--received-on", "2025-08-20")
    assert code == ExitCode.OK
    case = json.loads((home / "outbox" / LOAN / "case.json").read_text())
    assert case["status"] == "incomplete" and case["missing"]
    packet = home / "outbox" / LOAN / f"{ACKNOWLEDGMENT}-2025-08-20"
    words = _docx_text(packet / f"{ACKNOWLEDGMENT}.docx")
    for item in case["missing"]:
        assert item["description"] in words
    # 30 days would be September 19; the 120th day of delinquency (May 1 + 119 = August 28) comes first.
    assert "August 28, 2025" in words and "other mortgage loan" in words and "Pat Doe and Sam Doe" in words
    assert (packet / f"{ACKNOWLEDGMENT}.pdf").is_file()

    # Another letter changes nothing the notice says: no second acknowledgment.
    (inbox / "letter 2.pdf").write_bytes(pf.text_pdf([[*LETTER[:2], "My hours were cut as well."]]))
    code, _ = cli("process", "--received-on", "2025-08-22")
    assert code == ExitCode.OK
    assert [p.name for p in (home / "outbox" / LOAN).iterdir() if p.is_dir()] == [packet.name]


def test_intake_goes_on_when_libreoffice_is_missing(cli, home, tmp_path, monkeypatch) -> None:
    cli("loans", "import", str(_csv(tmp_path / "loans.csv", [WORKED])))
    monkeypatch.setenv("PATH", str(home / "no-programs-here"))
    inbox = home / "inbox" / LOAN
    inbox.mkdir(parents=True)
    (inbox / "letter.pdf").write_bytes(pf.text_pdf([LETTER]))
    code, _ = cli("process", "--received-on", "2025-08-20")
    assert code == ExitCode.OK
    outbox = home / "outbox" / LOAN
    assert (outbox / "case.json").is_file()
    assert not [p for p in outbox.iterdir() if p.is_dir() or p.name.startswith(".")]
    store = _store(home)
    try:
        (failed,) = [e for e in store.events() if e.kind == "notice_failed"]
        assert failed.loan_number == LOAN and failed.detail["document"] == ACKNOWLEDGMENT
        assert "LibreOffice" in failed.detail["error"] and "install" in failed.detail["error"]
    finally:
        store.close()


def _report(status: str, *codes: str) -> dict[str, object]:
    return {"status": status, "missing": [{"code": code, "description": code} for code in codes]}


def test_next_notice_only_when_status_or_missing_set_changes() -> None:
    sent = SimpleNamespace(case_status="incomplete", missing=["form710", "income_doc:wages"])
    assert next_notice(_report("incomplete", "form710"), None) == ACKNOWLEDGMENT
    assert next_notice(_report("incomplete", "income_doc:wages", "form710"), sent) is None
    assert next_notice(_report("incomplete", "form710"), sent) == ACKNOWLEDGMENT
    assert next_notice(_report("complete"), sent) == NOTICE_COMPLETE
    assert next_notice(_report("complete"), SimpleNamespace(case_status="complete", missing=[])) is None
    assert next_notice(_report("incomplete"), None) is None  # nothing to ask for: staff review first


def test_next_notice_owes_no_acknowledgment_under_45_days_before_the_sale() -> None:
    report = dict(_report("incomplete", "form710"), received_on="2025-08-20")
    assert next_notice(report, None, date(2025, 10, 4)) == ACKNOWLEDGMENT  # 45 days before: owed
    assert next_notice(report, None, date(2025, 10, 3)) is None  # 44 days before: not owed
    complete = dict(_report("complete"), received_on="2025-08-20", complete_on="2025-09-01")
    assert next_notice(complete, None, date(2025, 10, 9)) == NOTICE_COMPLETE  # 38 days before
    assert next_notice(complete, None, date(2025, 10, 8)) is None  # 37 days before


# --- acknowledgment duty and sale date, through the watcher's step and on demand -------------------------------


def _incomplete_case(home: Path, received_on: str) -> dict[str, object]:
    """A case report as intake writes it (the parts the notices read), stored in the outbox."""
    report = {"loan_number": LOAN, "status": "incomplete", "received_on": received_on, "evaluated_on": received_on,
              "complete_on": None, "program": None, "documents": [], "application": None,
              "missing": [{"code": "form710", "description": "Your signed Borrower Response Package (Form 710)"}]}
    (home / "outbox" / LOAN).mkdir(parents=True, exist_ok=True)
    (home / "outbox" / LOAN / "case.json").write_text(json.dumps(report))
    return report


def test_no_acknowledgment_when_received_under_45_days_before_the_sale(cli, home, tmp_path) -> None:
    cli("loans", "import", str(_csv(tmp_path / "loans.csv", [dict(WORKED, foreclosure_sale_date="2025-09-19")])))
    report = _incomplete_case(home, "2025-08-20")  # 30 days before the sale
    store = _store(home)
    servicing = Servicing(load({"home": home}), store)
    try:
        assert servicing.notify_case(report) is None
        (event,) = [e for e in store.events() if e.kind == "notice_not_required"]
        assert event.loan_number == LOAN and event.detail["document"] == ACKNOWLEDGMENT
        assert "30 days before the foreclosure sale on 2025-09-19" in event.detail["reason"]
        assert "45 days or more" in event.detail["reason"]
        assert not [e for e in store.events() if e.kind in ("notice_failed", "packet_failed")]
        assert store.last_packet(LOAN) is None
    finally:
        servicing.close()
        store.close()
    assert sorted(p.name for p in (home / "outbox" / LOAN).iterdir()) == ["case.json"]

    code, out = cli("generate", LOAN, ACKNOWLEDGMENT, "--as-of", "2025-08-20")  # asked for by hand: refused
    assert code == ExitCode.NOT_ELIGIBLE
    assert f"loan {LOAN}: the application was received on 2025-08-20, 30 days before" in _flat(out)
    assert sorted(p.name for p in (home / "outbox" / LOAN).iterdir()) == ["case.json"]


# --- payment deferral beside the modification --------------------------------------------------------------------

LOAN_DATA_KEYS = {
    "loan_number", "evaluated_on", "program", "option", "eligible", "denial_reasons", "pre_modification_pi",
    "capitalized_balance", "mtmltv", "steps", "target_met", "new_rate", "new_term_months",
    "interest_bearing_balance", "deferred_principal", "new_pi", "monthly_escrow", "trial_payment",
    "trial_due_dates", "first_modified_payment_date", "maturity_date",
}


def test_payment_deferral_facts_not_known_are_said_so(cli, home, tmp_path) -> None:
    cli("loans", "import", str(_csv(tmp_path / "loans.csv", [WORKED])))
    code, out = cli("evaluate", LOAN, "--json", "--as-of", EVALUATED)
    assert code == ExitCode.OK
    data = json.loads(out)
    assert set(data) - {"payment_deferral"} == LOAN_DATA_KEYS and data["option"] == "flex_modification"
    deferral = data["payment_deferral"]
    assert (deferral["option"], deferral["eligible"], deferral["months_delinquent"]) == ("payment_deferral", None, 5)
    assert deferral["denial_reasons"] == []
    assert [r["code"] for r in deferral["not_known"]] == ["hardship_not_resolved", "cannot_resume_payment"]
    assert {r["guide_section"] for r in deferral["not_known"]} == {"Servicing Guide D2-3.2-04"}
    assert deferral["circumstances"] == {
        "hardship_resolved": {"value": "not known", "source": "not known"},
        "can_resume_payment": {"value": "not known", "source": "not known"}}
    assert json.loads((home / "outbox" / LOAN / "evaluation.json").read_text()) == data

    code, out = cli("evaluate", LOAN, "--as-of", EVALUATED)
    flat = _flat(out)
    assert "Payment Deferral (5 months delinquent): eligible on the loan data; not known yet" in flat
    assert "hardship resolved: not known" in flat and "Not known (cannot_resume_payment)" in flat


def test_payment_deferral_from_the_application_and_the_specialist(cli, home, tmp_path) -> None:
    cli("loans", "import", str(_csv(tmp_path / "loans.csv", [WORKED])))
    report = _incomplete_case(home, "2026-10-20")
    report["application"] = {"hardship_duration": {"value": "long_term"}}
    (home / "outbox" / LOAN / "case.json").write_text(json.dumps(report))
    code, out = cli("evaluate", LOAN, "--json", "--as-of", EVALUATED, "--can-resume-payment", "yes")
    deferral = json.loads(out)["payment_deferral"]
    assert code == ExitCode.OK and deferral["eligible"] is False and deferral["not_known"] == []
    (reason,) = deferral["denial_reasons"]
    assert (reason["code"], reason["investor"], reason["guide_section"]) == (
        "hardship_not_resolved", "Fannie Mae", "Servicing Guide D2-3.2-04")
    assert deferral["circumstances"]["hardship_resolved"] == {
        "value": False, "source": "application: hardship duration long_term"}
    assert deferral["circumstances"]["can_resume_payment"] == {"value": True, "source": "stated by the specialist"}

    report["application"] = {"hardship_duration": {"value": "resolved"}}
    (home / "outbox" / LOAN / "case.json").write_text(json.dumps(report))
    code, out = cli("evaluate", LOAN, "--json", "--as-of", EVALUATED, "--can-resume-payment", "yes")
    assert code == ExitCode.OK and json.loads(out)["payment_deferral"]["eligible"] is True

    # Seven months delinquent: out of the 2-6 month range whatever the borrower says.
    cli("loans", "import", str(_csv(tmp_path / "loans.csv", [dict(WORKED, next_due_date="2026-04-01")])))
    code, out = cli("evaluate", LOAN, "--as-of", EVALUATED, "--hardship-resolved", "yes", "--can-resume-payment", "yes")
    flat = _flat(out)
    assert code == ExitCode.OK  # the modification is still offered
    assert "Payment Deferral (7 months delinquent): not eligible" in flat
    assert "Denied (not_delinquent_range): Fannie Mae Servicing Guide D2-3.2-04" in flat
