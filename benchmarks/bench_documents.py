"""Documents per second for a batch of loans: docxtpl render alone, full packets (render + PDF + manifest)
through the warm converter (one and a pool of two), and two bare LibreOffice baselines on the same rendered
documents: a warm listener driven over UNO, and a fresh process per document.

Usage: python benchmarks/bench_documents.py [--loans 100] [--bare-docs 20]
The fresh-process baseline converts the first `--bare-docs` documents (each start costs about a second, so
all 100 would add minutes); its rate is per document, comparable with the others.

The warm-listener baseline is the issue's yardstick (aim: our packets within 1.2 times its time per
document). It starts `soffice --headless --accept=socket,host=127.0.0.1,...` (loopback only) on a fresh
profile and runs `uno_convert.py` under Debian's /usr/bin/python3, which has the UNO bridge (package
python3-uno, `apt-get install -y python3-uno`; needed for this benchmark only, never by the service); the
listener is stopped at the end.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path

from lossmit_docs.producing.contexts import DOCUMENTS, sample
from lossmit_docs.producing.packets import PacketRequest, PacketWriter
from lossmit_docs.producing.pdf_convert import Converter, ConverterPool, find_soffice
from lossmit_docs.producing.templates import render

TEMPLATES = Path(__file__).resolve().parents[1] / "templates"
UNO_HELPER = Path(__file__).resolve().with_name("uno_convert.py")
SYSTEM_PYTHON = "/usr/bin/python3"  # Debian's, with python3-uno
WARM_LISTENER = "bare soffice, warm listener (UNO)"
OURS = "render + PDF + packet, warm converter"


def requests(loans: int) -> list[PacketRequest]:
    """One document per loan, cycling through every template so each kind is in the mix."""
    kinds = sorted(DOCUMENTS)
    made = []
    for n in range(loans):
        document = kinds[n % len(kinds)]
        loan = f"{1000000 + n:010d}"
        context = replace(sample(DOCUMENTS[document]), loan_number=loan,
                          borrower_names=[f"Borrower {n} & Co <x>", "Co-Borrower {{ 7*7 }}"])
        made.append(PacketRequest(loan, document, date(2026, 11, 2), context))
    return made


def timed(action: Callable[[], object]) -> float:
    began = time.perf_counter()
    action()
    return time.perf_counter() - began


def bare_soffice(docs: list[Path], out_dir: Path) -> None:
    """What a naive service does: a fresh LibreOffice process for every document."""
    profile = Path(tempfile.mkdtemp(prefix="bench-profile-"))
    try:
        for doc in docs:
            subprocess.run([find_soffice(), f"-env:UserInstallation={profile.as_uri()}", "--headless",
                            "--convert-to", "pdf", "--outdir", str(out_dir), str(doc)],
                           check=True, capture_output=True, timeout=120)
    finally:
        shutil.rmtree(profile, ignore_errors=True)


def _free_loopback_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def warm_listener(docs: list[Path], warm: Path, out_dir: Path) -> float:
    """Seconds to convert `docs` through one LibreOffice listener, already started and warmed up."""
    port = _free_loopback_port()
    profile = Path(tempfile.mkdtemp(prefix="bench-listener-profile-"))
    listener = subprocess.Popen(
        [find_soffice(), "--headless", "--invisible", "--norestore", "--nologo",
         f"--accept=socket,host=127.0.0.1,port={port};urp;", f"-env:UserInstallation={profile.as_uri()}"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        done = subprocess.run([SYSTEM_PYTHON, str(UNO_HELPER), str(port), str(out_dir), str(warm), *map(str, docs)],
                              check=True, capture_output=True, text=True, timeout=60 + 10 * len(docs))
        made = [doc for doc in docs if (out_dir / doc.with_suffix(".pdf").name).is_file()]
        if len(made) != len(docs):
            raise SystemExit(f"the listener converted {len(made)} of {len(docs)} documents")
        return float(json.loads(done.stdout)["seconds"])
    finally:
        os.killpg(listener.pid, signal.SIGTERM)
        try:
            listener.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(listener.pid, signal.SIGKILL)
            listener.wait()
        shutil.rmtree(profile, ignore_errors=True)


def warm_up(converter: Converter | ConverterPool, work: Path) -> None:
    """A converter's first start also creates its profile; a service pays that once, not per batch."""
    sample_doc = render(TEMPLATES / "notice_complete.docx", sample(DOCUMENTS["notice_complete"]),
                        work / "warm.docx")
    converter.convert_many([(sample_doc, work / f"warm{i}.pdf") for i in range(2)])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--loans", type=int, default=100)
    parser.add_argument("--bare-docs", type=int, default=20)
    args = parser.parse_args()
    batch = requests(args.loans)
    rows: list[tuple[str, int, float]] = []
    with tempfile.TemporaryDirectory(prefix="bench-documents-") as tmp:
        work = Path(tmp)
        rendered = work / "rendered"
        rendered.mkdir()
        docs = [rendered / f"{r.loan_number}-{r.document}.docx" for r in batch]
        rows.append(("docxtpl render alone", len(docs), timed(lambda: [
            render(TEMPLATES / f"{r.document}.docx", r.context, doc) for r, doc in zip(batch, docs, strict=True)])))

        for label, converter in ((OURS, Converter()),
                                 ("render + PDF + packet, pool of 2", ConverterPool(size=2))):
            with converter:
                warm_up(converter, work)
                writer = PacketWriter(TEMPLATES, work / f"outbox-{len(rows)}", converter)
                results: list = []
                seconds = timed(lambda writer=writer, results=results: results.extend(writer.write_many(batch)))
                failed = [r.error for r in results if r.path is None]
                if failed:
                    raise SystemExit(f"{len(failed)} packets failed, first: {failed[0]}")
                rows.append((label, len(batch), seconds))

        (work / "listener").mkdir()
        rows.append((WARM_LISTENER, len(docs), warm_listener(docs, docs[0], work / "listener")))
        bare = docs[: args.bare_docs]
        (work / "bare").mkdir()
        rows.append(("bare soffice, fresh process per document", len(bare),
                     timed(lambda: bare_soffice(bare, work / "bare"))))

    print(f"{'method':<42} {'docs':>5} {'seconds':>8} {'docs/s':>7} {'s/doc':>6}")
    for label, count, seconds in rows:
        print(f"{label:<42} {count:>5} {seconds:>8.2f} {count / seconds:>7.2f} {seconds / count:>6.3f}")
    per_doc = {label: seconds / count for label, count, seconds in rows}
    for label in (OURS, "render + PDF + packet, pool of 2"):
        print(f"{label}: {per_doc[label] / per_doc[WARM_LISTENER]:.2f} x the warm listener's time per document "
              "(aim: 1.2 or less)")


if __name__ == "__main__":
    main()
