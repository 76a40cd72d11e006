"""Tests import the fixture builders in this folder (pdf_factory) directly."""

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
os.environ.setdefault("OMP_THREAD_LIMIT", "1")
