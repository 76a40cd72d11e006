"""The watched inbox: native events where the OS gives them, and always a periodic full rescan.

Native events do not fire on network shares and miss whatever arrived while the service was down, so the
rescan is the ground truth; events only make the common case fast. Events never process anything
themselves: they wake the loop, which asks the settler whether each file is whole.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from pathlib import Path

from watchdog.events import FileSystemEvent, FileSystemEventHandler
from watchdog.observers import Observer
from watchdog.observers.polling import PollingObserver

log = logging.getLogger(__name__)


class _Wake(FileSystemEventHandler):
    def __init__(self, wake: threading.Event) -> None:
        self._wake = wake

    def on_any_event(self, event: FileSystemEvent) -> None:
        if event.event_type in ("created", "modified", "moved", "closed"):
            self._wake.set()


def watch(inbox: Path, sweep: Callable[[], bool], *, polling: bool, rescan_seconds: float,
          tick_seconds: float, stop: threading.Event) -> None:
    """Run `sweep` on every event burst, every tick while files wait to settle, and every rescan period.

    `sweep` returns True while some file is still settling, so the loop comes back soon for it.
    """
    wake = threading.Event()
    observer = PollingObserver(timeout=max(1.0, tick_seconds)) if polling else Observer()
    observer.schedule(_Wake(wake), str(inbox), recursive=True)
    observer.start()
    log.info("watching %s (%s observer, full rescan every %ss)", inbox, "polling" if polling else "native",
             rescan_seconds)
    try:
        pending = True
        next_rescan = 0.0
        while not stop.is_set():
            now = time.monotonic()
            if pending or wake.is_set() or now >= next_rescan:
                wake.clear()
                if now >= next_rescan:
                    next_rescan = now + rescan_seconds
                pending = sweep()
            # Wake at least once a second so a stop request is honoured promptly.
            wake.wait(min(1.0, tick_seconds if pending else max(0.0, next_rescan - time.monotonic())))
    finally:
        observer.stop()
        observer.join(timeout=5)
