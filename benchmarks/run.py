"""Every benchmark in one command (`make bench`): intake and OCR, accuracy end to end on the samples and on
holdout packets of other layouts and on Form 710 across deliveries, documents.

Each runs as its own process so one's worker pools and LibreOffice do not skew the next one's figures.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BENCHMARKS = ("bench_intake.py", "sample_accuracy.py", "holdout_accuracy.py", "form710_sweep.py", "bench_documents.py")


def main() -> int:
    failed = 0
    for name in BENCHMARKS:
        print(f"== {name}", flush=True)
        failed += subprocess.run([sys.executable, str(HERE / name)], check=False).returncode != 0
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
