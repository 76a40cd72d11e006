"""Word templates: figures and dates as printed, hostile borrower text printed literally, problems caught."""

from __future__ import annotations

import shutil
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import docx
import pytest
from docx.document import Document as DocxDocument

from lossmit_docs.model import MissingItem
from lossmit_docs.producing import contexts as c
from lossmit_docs.producing.formatting import long_date, money, money_in_words, number_in_words, rate
from lossmit_docs.producing.templates import (
    TemplateProblem,
    check_templates,
    render,
    template_variables,
)

TEMPLATES = Path(__file__).resolve().parents[1] / "templates"
HOSTILE = 'Tom & Jerry <O\'Neil> "x" {{ 7*7 }} {% raw %}'
SERVICER = c.Servicer("Acme Mortgage Servicing & Co.", "100 Main St, Dallas, TX 75201", "1-800-555-0100")


def hostile_contexts() -> dict[str, Any]:
    """One context per template, with the §3.7 worked-example figures and hostile borrower text."""
    letter = {
        "notice_date": date(2026, 11, 2),
        "loan_number": "0012345678",
        "borrower_names": [HOSTILE, "Ann O'Hara"],
        "mailing_address": f"{HOSTILE}\n1 Elm St, Austin, TX",
        "property_address": "1 Elm St <Unit 2> & Annex, Austin, TX",
        "servicer": SERVICER,
        "rules_version": "regx@2018-04-19",
    }
    payments = [
        c.TrialPayment(n, due, Decimal("1556.81"))
        for n, due in enumerate([date(2026, 12, 1), date(2027, 1, 1), date(2027, 2, 1)], start=1)
    ]
    return {
        "acknowledgment_incomplete": c.AcknowledgmentIncomplete(
            **letter,
            received_on=date(2026, 10, 26),
            reasonable_date=date(2026, 11, 28),
            missing=[
                MissingItem("paystub", f"Your two most recent pay stubs ({HOSTILE})", "absent"),
                MissingItem("form710_signed", "Form 710 signed and dated by every borrower", "unsigned"),
            ],
        ),
        "notice_complete": c.NoticeComplete(
            **letter, complete_on=date(2026, 11, 20), evaluation_due=date(2026, 12, 20), foreclosure_started=False
        ),
        "trial_period_plan": c.TrialPeriodPlan(
            **letter,
            payments=payments,
            acceptance_deadline=date(2026, 11, 16),
            new_rate=Decimal("6.875"),
            new_term_months=480,
            new_pi=Decimal("1144.31"),
            monthly_escrow=Decimal("412.50"),
            interest_bearing_balance=Decimal("186865.75"),
            deferred_principal=Decimal("26100.64"),
            first_modified_payment_date=date(2027, 4, 1),
            maturity_date=date(2067, 3, 1),
            program_version="fannie_mae_flex@2024-12",
        ),
        "modification_agreement": c.ModificationAgreement(
            agreement_date=date(2027, 3, 1),
            loan_number="0012345678",
            mers_min="100012345678901234",
            prepared_by=f"{SERVICER.name}, {SERVICER.address}",
            return_to=f"{SERVICER.name}, Attn: Recording",
            borrower_names=[HOSTILE, "Ann O'Hara"],
            servicer=SERVICER,
            servicer_signer="Pat Lee",
            servicer_signer_title="Vice President",
            note_date=date(2016, 3, 1),
            recording=c.Recording(date(2016, 3, 9), "1234", "56", "2016-000789", "Travis", "Texas"),
            property_address="1 Elm St <Unit 2> & Annex, Austin, TX",
            legal_description="See Exhibit A",
            as_of=date(2027, 3, 1),
            new_principal_balance=Decimal("212966.39"),
            interest_bearing_balance=Decimal("186865.75"),
            deferred_principal=Decimal("26100.64"),
            new_rate=Decimal("6.875"),
            interest_from=date(2027, 3, 1),
            monthly_pi=Decimal("1144.31"),
            monthly_escrow=Decimal("412.50"),
            first_payment_date=date(2027, 4, 1),
            maturity_date=date(2067, 3, 1),
            notary_state="Texas",
            notary_county="Travis",
            program_version="fannie_mae_flex@2024-12",
            rules_version="regx@2018-04-19",
        ),
        "denial": c.Denial(
            **letter,
            other_criteria_not_evaluated=True,
            appeal_deadline=date(2026, 11, 16),
            reasons=[
                c.DenialReason(
                    "prior_mods", "The loan has been modified three or more times.", "Fannie Mae", "D2-3.2-06"
                )
            ],
        ),
    }


EXPECTED: dict[str, list[str]] = {
    "acknowledgment_incomplete": [
        "October 26, 2026",
        "November 28, 2026",
        f"Your two most recent pay stubs ({HOSTILE})",
        "Form 710 signed and dated by every borrower (please sign and date it)",
        "other mortgage loan",
        "www.consumerfinance.gov/find-a-housing-counselor",
        "1-800-569-4287",
    ],
    "notice_complete": ["November 20, 2026", "December 20, 2026", "cannot make the first notice or filing"],
    "trial_period_plan": [
        "December 1, 2026",
        "January 1, 2027",
        "February 1, 2027",
        "$1,556.81",
        "November 16, 2026",
        "6.875%",
        "$1,144.31",
        "$412.50",
        "$26,100.64",
    ],
    "modification_agreement": [
        "$212,966.39 (Two Hundred Twelve Thousand Nine Hundred Sixty-Six and 39/100 Dollars)",
        "$186,865.75 (One Hundred Eighty-Six Thousand Eight Hundred Sixty-Five and 75/100 Dollars)",
        "$26,100.64 (Twenty-Six Thousand One Hundred and 64/100 Dollars)",
        "$1,144.31 (One Thousand One Hundred Forty-Four and 31/100 Dollars)",
        "$412.50 (Four Hundred Twelve and 50/100 Dollars)",
        "$1,556.81",
        "6.875%",
        "April 1, 2027",
        "March 1, 2067",
        "BALLOON PAYMENT",
        "Book/Liber 1234",
        "Travis County, Texas",
        "[Space Above This Line For Recording Data]",
        "[Space Below This Line For Acknowledgments]",
        "Notary Public",
        "MIN: 100012345678901234",
        "By: Pat Lee, Vice President",
    ],
    "denial": [
        "The loan has been modified three or more times.",
        "Fannie Mae Servicing Guide, section D2-3.2-06",
        "November 16, 2026",
        "We did not evaluate your application on any other criteria.",
    ],
}


def docx_text(path: Path) -> str:
    """All the words a reader sees: body paragraphs, table cells, footers."""
    doc: DocxDocument = docx.Document(str(path))
    parts = [p.text for p in doc.paragraphs]
    parts += [cell.text for table in doc.tables for row in table.rows for cell in row.cells]
    parts += [p.text for section in doc.sections for p in section.footer.paragraphs]
    return "\n".join(parts)


def test_money_dates_and_rates_print_as_on_paper() -> None:
    assert money(Decimal("1144.31")) == "$1,144.31"
    assert money(Decimal("-25")) == "-$25.00"
    assert money(Decimal("0.005")) == "$0.01"
    assert money_in_words(Decimal("1144.31")) == "One Thousand One Hundred Forty-Four and 31/100 Dollars"
    assert money_in_words(Decimal("0.05")) == "Zero and 05/100 Dollars"
    assert money_in_words(1_000_000) == "One Million and 00/100 Dollars"
    assert number_in_words(2_000_019_070) == "Two Billion Nineteen Thousand Seventy"
    assert long_date(date(2026, 11, 28)) == "November 28, 2026"
    assert rate(Decimal("6.875")) == "6.875%" and rate(7) == "7.000%"
    with pytest.raises(TypeError):
        money(1144.31)  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        money_in_words(Decimal("-1"))


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_template_prints_hostile_text_literally_and_exact_figures(name: str, tmp_path: Path) -> None:
    out = render(TEMPLATES / f"{name}.docx", hostile_contexts()[name], tmp_path / f"{name}.docx")
    text = docx_text(out)
    assert HOSTILE in text
    assert "49" not in text.replace("0012345678", "")  # {{ 7*7 }} was never evaluated
    for expected in EXPECTED[name]:
        assert expected in text, f"{name}: {expected!r} not found"
    assert "{{" not in text.replace(HOSTILE, "")  # no template tag left unrendered
    assert "regx@2018-04-19" in text


def test_agreement_signature_and_date_anchors_are_invisible(tmp_path: Path) -> None:
    out = render(
        TEMPLATES / "modification_agreement.docx",
        hostile_contexts()["modification_agreement"],
        tmp_path / "agreement.docx",
    )
    runs = [run for p in docx.Document(str(out)).paragraphs for run in p.runs if "\\" in run.text]
    anchors = [run.text.strip() for run in runs]
    assert anchors == ["\\s1\\", "\\d1\\", "\\s2\\", "\\d2\\", "\\ss\\", "\\ds\\"]
    for run in runs:
        assert str(run.font.color.rgb) == "FFFFFF" and run.font.size.pt <= 2


def test_no_deferred_principal_means_no_balloon(tmp_path: Path) -> None:
    context = replace(
        hostile_contexts()["modification_agreement"],
        deferred_principal=Decimal("0"),
        interest_bearing_balance=Decimal("212966.39"),
        borrower_names=["Ann O'Hara"],
    )
    text = docx_text(render(TEMPLATES / "modification_agreement.docx", context, tmp_path / "a.docx"))
    assert "BALLOON PAYMENT" not in text and "no balloon payment is due" in text
    assert "\\s2\\" not in text


def test_characters_xml_forbids_are_dropped_not_fatal(tmp_path: Path) -> None:
    context = replace(hostile_contexts()["notice_complete"], borrower_names=["Bad\x00Name\x0b"])
    text = docx_text(render(TEMPLATES / "notice_complete.docx", context, tmp_path / "n.docx"))
    assert "BadName" in text


def test_a_missing_variable_is_an_error_naming_template_and_variable(tmp_path: Path) -> None:
    context = c.as_context(hostile_contexts()["acknowledgment_incomplete"])
    del context["reasonable_date"]
    with pytest.raises(TemplateProblem) as caught:
        render(TEMPLATES / "acknowledgment_incomplete.docx", context, tmp_path / "x.docx")
    assert "acknowledgment_incomplete.docx" in str(caught.value) and "reasonable_date" in str(caught.value)
    assert "fix:" in str(caught.value)


def test_a_float_amount_is_refused_with_the_template_named(tmp_path: Path) -> None:
    context = replace(hostile_contexts()["trial_period_plan"], new_pi=1144.31)
    with pytest.raises(TemplateProblem) as caught:
        render(TEMPLATES / "trial_period_plan.docx", context, tmp_path / "t.docx")
    assert "trial_period_plan.docx" in str(caught.value) and "Decimal" in str(caught.value)


def _template_with(path: Path, text: str) -> Path:
    doc = docx.Document()
    doc.add_paragraph().add_run(text)
    doc.save(str(path))
    return path


def test_shipped_templates_pass_the_check_and_list_their_variables() -> None:
    assert check_templates(TEMPLATES, c.sample_builders()) == []
    assert {"new_principal_balance", "borrower_names", "recording"} <= template_variables(
        TEMPLATES / "modification_agreement.docx"
    )


def test_check_reports_typos_syntax_errors_and_strays(tmp_path: Path) -> None:
    for name in c.DOCUMENTS:
        shutil.copy(TEMPLATES / f"{name}.docx", tmp_path)
    _template_with(tmp_path / "notice_complete.docx", "Complete on {{ complet_on|long_date }}.")
    _template_with(tmp_path / "denial.docx", "{% if appeal_deadline %}You may appeal.")
    _template_with(tmp_path / "trial_period_plan.docx", "Call {{ servicer.phnoe }}.")
    _template_with(tmp_path / "modification_agreement.docx", "Made {{ agreement_date|lng }}.")
    _template_with(tmp_path / "welcome_letter.docx", "Hello {{ borrower_names }}")
    (tmp_path / "acknowledgment_incomplete.docx").unlink()

    problems = {p.template: p for p in check_templates(tmp_path, c.sample_builders())}

    assert set(problems) == {
        "notice_complete.docx",
        "denial.docx",
        "trial_period_plan.docx",
        "modification_agreement.docx",
        "welcome_letter.docx",
        "acknowledgment_incomplete.docx",
    }
    assert "complet_on" in problems["notice_complete.docx"].problem
    assert "did you mean {{ complete_on }}" in problems["notice_complete.docx"].fix
    assert "syntax error" in problems["denial.docx"].problem
    assert "phnoe" in problems["trial_period_plan.docx"].problem  # a typo inside an object: trial render
    assert "unknown filter" in problems["modification_agreement.docx"].problem
    assert "long_date" in problems["modification_agreement.docx"].fix
    assert "no document of this name" in problems["welcome_letter.docx"].problem
    assert "missing" in problems["acknowledgment_incomplete.docx"].problem
