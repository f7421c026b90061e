"""Fixtures for the browser tests: the sample playbook built once, and a
headless Chromium (Debian's chromium and chromium-driver) driven by selenium."""
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service

# Debian's chromium and chromium-driver are used by path: Selenium Manager stays offline and sends no statistics.
os.environ.setdefault("SE_OFFLINE", "true")
os.environ.setdefault("SE_AVOID_STATS", "true")

ROOT = Path(__file__).resolve().parents[2]
PLAYBOOK = Path(os.environ.get("PLAYBOOK_BIN", ROOT / ".build" / "debug" / "playbook"))


def build(site: Path, output: Path, *extra: str) -> subprocess.CompletedProcess:
    return subprocess.run([str(PLAYBOOK), "build", "--site", str(site), "--output", str(output), *extra],
                          capture_output=True, text=True)


def copy_site(source: Path, target: Path) -> Path:
    """The site's sources (content, templates, settings) copied into `target`, which may exist and be empty."""
    for name in ("content", "templates"):
        shutil.copytree(source / name, target / name)
    shutil.copy(source / "playbook.yaml", target / "playbook.yaml")
    return target


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> Path:
    """A copy of the project's own site (content, templates, settings), built with --strict."""
    copy = copy_site(ROOT, tmp_path_factory.mktemp("site"))
    result = build(copy, copy / "public", "--strict")
    assert result.returncode == 0, result.stderr
    return copy


@pytest.fixture(scope="session")
def downloads(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("downloads")


@pytest.fixture(scope="session")
def browser(downloads):
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,2000"):
        options.add_argument(argument)
    options.add_experimental_option("prefs", {
        "download.default_directory": str(downloads),
        "download.prompt_for_download": False,
    })
    driver = webdriver.Chrome(service=Service(shutil.which("chromedriver") or "/usr/bin/chromedriver"), options=options)
    driver.execute_cdp_cmd("Page.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(downloads)})
    driver.implicitly_wait(2)
    yield driver
    driver.quit()


@pytest.fixture
def open_page(browser, site):
    """Opens a page of the built site from disk, with this browser's storage emptied first."""
    def go(path: str):
        browser.get((site / "public" / path).as_uri())
        browser.execute_script("window.localStorage.clear()")
        browser.get((site / "public" / path).as_uri())
        return browser
    return go
