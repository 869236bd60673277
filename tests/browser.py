"""Headless Chromium for the tests and the docs screenshot (Debian's chromium and chromium-driver).

The machine may have no network: Chromium runs with a fresh profile and with every feature
that would reach the network turned off, and selenium is pointed at the installed driver so
that it never looks for one to download.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)
#: Set (to 1) where the browser must be there: a missing browser then fails instead of skipping.
REQUIRE_BROWSER = "GOVINFO_REQUIRE_BROWSER"


def missing() -> str | None:
    """Why the browser cannot run here, or ``None`` when it can."""
    for path in (CHROMIUM, CHROMEDRIVER):
        if not path.is_file():
            return f"{path} is not installed (Debian packages chromium and chromium-driver)"
    try:
        import selenium  # noqa: F401
    except ImportError:
        return "selenium is not installed"
    return None


def browser_required() -> bool:
    """Whether a missing browser is a failure (CI) rather than a reason to skip."""
    return os.environ.get(REQUIRE_BROWSER, "") not in ("", "0")


@contextmanager
def chromium(width: int = 1100, height: int = 900) -> Iterator[Any]:
    """A headless Chromium driven by selenium, with a fresh profile that is removed afterwards."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    profile = tempfile.mkdtemp(prefix="govinfo-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in (*FLAGS, f"--user-data-dir={profile}", f"--window-size={width},{height}"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(executable_path=str(CHROMEDRIVER)), options=options)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)
