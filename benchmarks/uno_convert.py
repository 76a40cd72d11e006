"""Convert .docx files to PDF through an already running LibreOffice listener, timed: the warm baseline.

Run with Debian's /usr/bin/python3, which has the UNO bridge (package python3-uno); the service never
imports `uno`. Usage: /usr/bin/python3 uno_convert.py PORT OUTDIR WARMUP_DOCX DOCX...
The warm-up document is converted first and not timed, so the figure is the listener's steady state.
Prints one JSON object: {"documents": n, "seconds": s}.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import uno
from com.sun.star.beans import PropertyValue
from com.sun.star.connection import NoConnectException

CONNECT_SECONDS = 60.0


def _props(**values: object) -> tuple[PropertyValue, ...]:
    made = []
    for name, value in values.items():
        prop = PropertyValue()
        prop.Name, prop.Value = name, value
        made.append(prop)
    return tuple(made)


def _desktop(port: int) -> object:
    """The listener's desktop, waiting while a fresh profile is being created."""
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    give_up = time.monotonic() + CONNECT_SECONDS
    while True:
        try:
            context = resolver.resolve(f"uno:socket,host=127.0.0.1,port={port};urp;StarOffice.ComponentContext")
            return context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", context)
        except NoConnectException:
            if time.monotonic() > give_up:
                raise
            time.sleep(0.2)


def _convert(desktop: object, source: Path, out_dir: Path) -> None:
    document = desktop.loadComponentFromURL(source.resolve().as_uri(), "_blank", 0, _props(Hidden=True))
    try:
        target = (out_dir / source.with_suffix(".pdf").name).resolve().as_uri()
        document.storeToURL(target, _props(FilterName="writer_pdf_Export"))
    finally:
        document.close(True)


def main() -> None:
    port, out_dir, warm, *docs = sys.argv[1:]
    desktop = _desktop(int(port))
    _convert(desktop, Path(warm), Path(out_dir))
    began = time.perf_counter()
    for doc in docs:
        _convert(desktop, Path(doc), Path(out_dir))
    print(json.dumps({"documents": len(docs), "seconds": time.perf_counter() - began}))


if __name__ == "__main__":
    main()
