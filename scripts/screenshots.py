#!/usr/bin/env python3
"""Screenshots of the default theme, for reviewing a change by eye.

Builds the project's own sample (a copy of content/, templates/ and
playbook.yaml) with .build/debug/playbook (or $PLAYBOOK_BIN), opens it in
Debian's headless Chromium through selenium, and saves the visible window
(not the whole page, to keep each file small) of the team, a rep, the
accounts, an account and a scorecard page, in the light and the dark theme, at
390 and 1280 px wide, in Chinese and English, into docs/screenshots/:

    python3 scripts/screenshots.py [--output DIR] [--only NAME]

Names: <page>-<language>-<width>-<theme>.png, e.g. account-en-390-dark.png.
"""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("SE_OFFLINE", "true")
os.environ.setdefault("SE_AVOID_STATS", "true")

from selenium import webdriver  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
PLAYBOOK = Path(os.environ.get("PLAYBOOK_BIN", ROOT / ".build" / "debug" / "playbook"))

# Page name → its path in an edition, and what to scroll to before the shot (a CSS selector, or None).
PAGES = {
    "team": ("team/index.html", None),
    "rep": ("team/li-na/index.html", None),
    "accounts": ("accounts/index.html", None),
    "account": ("accounts/harbor-logistics/index.html", ".ladder"),
    "scorecard": ("call-scripts/call-review/index.html", "form[data-scorecard] fieldset.criterion"),
}
EDITIONS = {"zh-CN": "", "en": "en/"}
WIDTHS = (390, 1280)
HEIGHT = 900
THEMES = ("light", "dark")


def build(tmp: Path) -> Path:
    site = tmp / "site"
    site.mkdir()
    for name in ("content", "templates"):
        shutil.copytree(ROOT / name, site / name)
    shutil.copy(ROOT / "playbook.yaml", site / "playbook.yaml")
    result = subprocess.run([str(PLAYBOOK), "build", "--site", str(site)], capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(result.stderr)
    return site / "public"


def browser() -> webdriver.Chrome:
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--hide-scrollbars"):
        options.add_argument(argument)
    return webdriver.Chrome(service=Service(shutil.which("chromedriver") or "/usr/bin/chromedriver"), options=options)


def shoot(driver, public: Path, output: Path, only: str | None) -> list[Path]:
    made = []
    for width in WIDTHS:
        # The window's inner size, whatever the browser's frame takes.
        driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                               {"width": width, "height": HEIGHT, "deviceScaleFactor": 1, "mobile": width < 600})
        for theme in THEMES:
            driver.execute_cdp_cmd("Emulation.setEmulatedMedia",
                                   {"features": [{"name": "prefers-color-scheme", "value": theme}]})
            for language, prefix in EDITIONS.items():
                for name, (path, target) in PAGES.items():
                    if only and name != only:
                        continue
                    driver.get((public / prefix / path).as_uri())
                    if target:
                        driver.execute_script(
                            "var e = document.querySelector(arguments[0]); if (e) e.scrollIntoView({block: 'start'});"
                            "window.scrollBy(0, -70);", target)
                    time.sleep(0.3)
                    file = output / f"{name}-{language}-{width}-{theme}.png"
                    driver.save_screenshot(str(file))
                    made.append(file)
    return made


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--output", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--only", choices=sorted(PAGES), help="one page only")
    arguments = parser.parse_args()
    arguments.output.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        public = build(Path(tmp))
        driver = browser()
        try:
            made = shoot(driver, public, arguments.output, arguments.only)
        finally:
            driver.quit()
    total = sum(file.stat().st_size for file in made)
    print(f"{len(made)} screenshots, {total // 1024} KB, in {arguments.output}")


if __name__ == "__main__":
    main()
