"""Where this checkout's content lives. Everything is found relative to this
file, so a checkout is always built from its own data, docs and templates."""

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = ROOT / "data"
DOCS_DIR = ROOT / "docs"
COMPONENTS_DIR = ROOT / "macros" / "components"
# What builds keep for the next build (compiled templates, QR codes); never committed.
CACHE_DIR = ROOT / ".cache"
