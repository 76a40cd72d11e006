"""Borrower numbers that must never be written whole: SSNs and account numbers, cut to the last four."""

from __future__ import annotations

import logging
import re

SSN_RE = re.compile(r"(?<!\d)(\d{3})([- ]?)(\d{2})\2(\d{4})(?!\d)")
LABELLED_NUMBER_RE = re.compile(
    r"(?i)\b(ssn|social security(?: number| no\.?)?|account(?: number| no\.?| #)?|acct\.?(?: #| no\.?)?)"
    r"(\s*[:#]?\s*)([0-9][0-9 -]{3,}[0-9])"
)


def last4(number: str) -> str:
    digits = re.sub(r"\D", "", number)
    return digits[-4:]


def redact(text: str) -> str:
    """Replace whole SSNs and labelled account numbers by their last four, keeping the rest of the text."""
    text = LABELLED_NUMBER_RE.sub(lambda m: f"{m.group(1)}{m.group(2)}****{last4(m.group(3))}", text)
    return SSN_RE.sub(lambda m: f"***-**-{m.group(4)}", text)


class RedactingFilter(logging.Filter):
    """Installed on every handler the service sets up: a safety net, since no stage logs borrower text."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        cleaned = redact(message)
        if cleaned != message:
            record.msg, record.args = cleaned, None
        return True
