"""Accuracy on the sample packets through the real service: each packet is dropped into its own inbox,
`lossmit process --received-on` runs, and its case.json is compared with expected.json.

    python benchmarks/sample_accuracy.py [--samples DIR] [-v]
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from sample_compare import Comparison, compare

SAMPLES = Path(__file__).resolve().parents[2] / "shared" / "samples"


def run_packet(packet: Path, root: Path) -> tuple[Comparison, float, int]:
    """Process one packet in a fresh home; return the comparison, seconds taken and pages."""
    expected = json.loads((packet / "expected.json").read_text())
    home = root / packet.name
    shutil.copytree(packet / "inbox", home / "inbox")
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "lossmit_docs.cli", "--home", str(home), "process",
                    "--received-on", expected["received_on"], "--settle-seconds", "0"],
                   check=False, capture_output=True)
    seconds = time.perf_counter() - start
    case_path = home / "outbox" / expected["loan_number"] / "case.json"
    case = json.loads(case_path.read_text()) if case_path.exists() else {
        "status": None, "missing": [], "documents": [], "application": None}
    pages = sum(len(d["pages"]) for d in expected["documents"])
    return compare(expected, case), seconds, pages


def _share(checks: list) -> str:
    return f"{sum(c.ok for c in checks)}/{len(checks)}" if checks else "-"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--samples", type=Path, default=SAMPLES)
    parser.add_argument("-v", "--verbose", action="store_true", help="list every wrong value")
    args = parser.parse_args()
    root = Path(tempfile.mkdtemp(prefix="lossmit-samples-"))
    total = Comparison()
    try:
        for packet in sorted(p for p in args.samples.iterdir() if (p / "expected.json").exists()):
            result, seconds, pages = run_packet(packet, root)
            total.checks += result.checks
            print(f"{packet.name}: status {_share(result.of('status'))}, missing {_share(result.of('missing'))}, "
                  f"documents {_share(result.of('document'))}, application {_share(result.of('application'))}, "
                  f"fields {_share(result.of('fields'))}; {pages} pages in {seconds:.1f} s")
            if args.verbose:
                for check in result.wrong():
                    print(f"    {check.kind} {check.label}: want {check.want!r} got {check.got!r}")
        print("total: status", _share(total.of("status")), "missing", _share(total.of("missing")),
              "documents", _share(total.of("document")))
        for scanned in (False, True):
            kind = "scanned" if scanned else "born-digital"
            print(f"  {kind}: application fields {_share(total.of('application', scanned))}, "
                  f"other document fields {_share(total.of('fields', scanned))}, "
                  f"document types {_share(total.of('document', scanned))}")
    finally:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
