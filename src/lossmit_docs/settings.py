"""Folders, limits and the database URL.

Precedence, lowest first: defaults, the config file (`<home>/lossmit.toml`, or `--config`), `LOSSMIT_*`
environment variables (for containers), then command-line options. Folders left unset live under home.
"""

from __future__ import annotations

import os
import tomllib
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

CONFIG_NAME = "lossmit.toml"
ENV_PREFIX = "LOSSMIT_"


class Settings(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    home: Path = Path(".")
    inbox: Path | None = None
    outbox: Path | None = None
    quarantine: Path | None = None
    archive: Path | None = None
    database: str | None = None  # a path or an SQLAlchemy URL
    templates: Path | None = None

    settle_seconds: float = Field(default=3.0, ge=0)
    # A file that stays still but does not open as a PDF is given this much longer before it is judged
    # broken: a slow writer may pause mid-file.
    incomplete_grace_seconds: float = Field(default=30.0, ge=0)
    rescan_seconds: float = Field(default=30.0, gt=0)
    polling: bool = False

    max_file_bytes: int = Field(default=200 * 1024 * 1024, gt=0)
    max_pages: int = Field(default=500, gt=0)
    ocr_dpi: int = Field(default=300, ge=72, le=600)
    max_page_pixels: int = Field(default=60_000_000, gt=0)
    ocr_timeout_seconds: float = Field(default=120.0, gt=0)
    ocr_language: str = "eng"
    # Entries tesseract reads poorly (handwriting) are read again by a second recogniser, a crop each;
    # this bounds the added time per page (0 turns the second reader off).
    handwriting_crops_per_page: int = Field(default=16, ge=0)
    workers: int = Field(default=0, ge=0)  # 0: one per core

    # Notices and agreements. The servicer's details here are used where the loan data leaves them empty.
    auto_notices: bool = True  # the watcher makes the notice the law requires next when a case changes
    servicer_name: str = "Loan Servicer"
    servicer_address: str = ""
    servicer_phone: str = ""
    servicer_website: str = ""
    servicer_signer: str = "Authorized Officer"
    servicer_signer_title: str = "Vice President, Loss Mitigation"
    flex_rules: Path | None = None  # the Flex Modification parameters (default: the packaged rules file)
    conversion_timeout_seconds: float = Field(default=60.0, gt=0)  # one LibreOffice start, before documents

    def folder(self, name: str) -> Path:
        value = getattr(self, name)
        return Path(value) if value is not None else self.home / name

    @property
    def inbox_dir(self) -> Path:
        return self.folder("inbox")

    @property
    def outbox_dir(self) -> Path:
        return self.folder("outbox")

    @property
    def quarantine_dir(self) -> Path:
        return self.folder("quarantine")

    @property
    def archive_dir(self) -> Path:
        return self.folder("archive")

    @property
    def templates_dir(self) -> Path:
        return self.folder("templates")

    @property
    def database_url(self) -> str:
        db = self.database or str(self.home / "lossmit.db")
        return db if "://" in db else f"sqlite:///{Path(db).resolve()}"

    @property
    def worker_count(self) -> int:
        return self.workers or os.cpu_count() or 1


def load(overrides: dict[str, Any] | None = None, config_file: Path | None = None) -> Settings:
    """Merge defaults, config file, environment and command-line overrides (None means 'not given')."""
    given = {k: v for k, v in (overrides or {}).items() if v is not None}
    env = {
        key[len(ENV_PREFIX) :].lower(): value
        for key, value in os.environ.items()
        if key.startswith(ENV_PREFIX) and key[len(ENV_PREFIX) :].lower() in Settings.model_fields
    }
    home = Path(given.get("home") or env.get("home") or ".")
    path = config_file or (home / CONFIG_NAME)
    from_file: dict[str, Any] = {}
    if path.is_file():
        with path.open("rb") as fh:
            from_file = tomllib.load(fh)
    merged = {**from_file, **env, **given, "home": home}
    return Settings.model_validate(merged)
