"""How the viz tests and benchmark start Debian's Chromium (no browser download, no network)."""

from __future__ import annotations

import os

CHROMIUM = os.environ.get("KG_CHROMIUM", "/usr/bin/chromium")
# as root, headless, and without the background connections this machine's closed network refuses
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
