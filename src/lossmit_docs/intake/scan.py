"""Which inbox entries are candidates: real files, not hidden, temporary or partial ones."""

from __future__ import annotations

import fnmatch
import os
from collections.abc import Iterator
from pathlib import Path

# Writers park unfinished files under these names and rename them when done.
IGNORED_PATTERNS = ("~$*", "*.part", "*.partial", "*.tmp", "*.temp", "*.crdownload", "*.download", "*.swp")


def is_ignored(relative: Path) -> bool:
    """Dot-files and dot-folders (ours included) and the usual partial-file names are never taken."""
    if any(part.startswith(".") for part in relative.parts):
        return True
    name = relative.name.lower()
    return any(fnmatch.fnmatch(name, pattern) for pattern in IGNORED_PATTERNS)


def candidates(inbox: Path) -> Iterator[Path]:
    """Every regular file under the inbox, sub-folders included, in a stable order."""
    for root, dirs, files in os.walk(inbox):
        root_path = Path(root)
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            path = root_path / name
            if not is_ignored(path.relative_to(inbox)) and path.is_file() and not path.is_symlink():
                yield path
