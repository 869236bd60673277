"""Render the shipped example as HTML and take a screenshot of it in headless Chromium.

Run by hand from the repository root after a change to the HTML layout, then commit the PNG::

    python docs/_tools/screenshot.py

It needs Debian's ``chromium`` and ``chromium-driver``, selenium (the ``test`` extra) and a CJK
font (``fonts-noto-cjk``) for the text to show.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests"))

from browser import chromium  # noqa: E402
from govinfo_report.examples import load_example  # noqa: E402
from govinfo_report.render import render_html  # noqa: E402

OUTPUT = ROOT / "docs" / "_static" / "example-report.png"
WIDTH = 1000


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        page = Path(folder) / "report.html"
        page.write_text(render_html(load_example()), encoding="utf-8")
        with chromium(WIDTH, 800) as driver:
            driver.get(page.as_uri())
            # The window is larger than the page's viewport by the browser's own frame.
            frame, height = driver.execute_script(
                "return [window.outerHeight - window.innerHeight, document.documentElement.scrollHeight]"
            )
            driver.set_window_size(WIDTH, height + frame)
            driver.save_screenshot(str(OUTPUT))
    print(f"wrote {OUTPUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
