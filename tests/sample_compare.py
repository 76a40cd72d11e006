"""Compare a case.json with a sample packet's expected.json the way shared/samples/README.md says.

Used by the sample tests and by `benchmarks/sample_accuracy.py`, so the figures quoted and the assertions
made are the same comparison.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

NAME_LIKE = {"borrower_name", "co_borrower_name", "property_address", "employer", "employee_name", "bank_name"}


@dataclass(frozen=True)
class Check:
    kind: str  # status | missing | application | document | fields
    label: str
    want: Any
    got: Any
    scanned: bool = False

    @property
    def ok(self) -> bool:
        return self.want == self.got


@dataclass
class Comparison:
    checks: list[Check] = field(default_factory=list)

    def of(self, kind: str, scanned: bool | None = None) -> list[Check]:
        return [c for c in self.checks if c.kind == kind and (scanned is None or c.scanned == scanned)]

    def wrong(self, kind: str | None = None) -> list[Check]:
        return [c for c in self.checks if not c.ok and (kind is None or c.kind == kind)]


def normalize(name: str, value: Any) -> Any:
    if value is None:
        return None
    if isinstance(value, dict) and "value" in value:  # a case.json field
        return normalize(name, value["value"])
    if name in NAME_LIKE and isinstance(value, str):
        return " ".join(re.sub(r"[^\w\s]", " ", value.lower()).split())
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float):
        return Decimal(str(value)).quantize(Decimal("0.01"))
    if isinstance(value, list):
        return sorted(str(v) for v in value)
    if isinstance(value, dict):
        return {k: normalize(k, v) for k, v in value.items()}
    return value


def _pages_key(pages: list[dict[str, Any]]) -> tuple[tuple[str, int], ...]:
    return tuple((p["file"], p["page"]) for p in pages)


def compare(expected: dict[str, Any], case: dict[str, Any]) -> Comparison:
    result = Comparison()
    add = result.checks.append
    add(Check("status", "status", expected["status"], case["status"]))
    add(Check("missing", "missing", sorted(expected["missing"]), sorted(m["code"] for m in case["missing"])))
    docs_by_pages = {_pages_key(d["pages"]): d for d in case["documents"]}
    want_app = expected.get("application")
    app_doc = next((d for d in expected["documents"] if d["type"] == "mortgage_assistance_application"), None)
    app_scanned = bool(app_doc and app_doc.get("scanned"))
    got_app = case.get("application") or {}
    for name, want in (want_app or {}).items():
        got = got_app.get(name)
        if name == "income":
            got = {k: v for k, v in (got or {}).items() if normalize(k, v) not in (None, Decimal("0.00"))}
        add(Check("application", name, normalize(name, want), normalize(name, got), app_scanned))
    for doc in expected["documents"]:
        key = _pages_key(doc["pages"])
        found = docs_by_pages.get(key)
        label = f"{doc['type']} {key[0][0]}#{','.join(str(p) for _, p in key)}"
        add(Check("document", label, doc["type"], found["type"] if found else None, bool(doc.get("scanned"))))
        for name, want in (doc.get("fields") or {}).items():
            got = (found or {}).get("fields", {}).get(name)
            add(Check("fields", f"{label}.{name}", normalize(name, want), normalize(name, got),
                      bool(doc.get("scanned"))))
    return result
