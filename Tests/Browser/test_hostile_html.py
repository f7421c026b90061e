"""Raw HTML written to run code (Tests/Fixtures/hostile/raw-html.md, the same page
HostileInputTests reads) opened in Chromium: with `raw_html: safe`, the default,
and with `false`, nothing of it runs. `alert` is replaced before the page loads
by one that counts its calls; the page is loaded, its details toggled, every
element hovered and clicked, and the count must stay 0. With `raw_html: true`
(HTML trusted as written) the same page does run, which shows the count works."""
import shutil

import pytest
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By

from conftest import ROOT, build

COUNTING = "window.__calls = 0; window.alert = window.confirm = window.prompt = function () { window.__calls += 1; };"


def visit(browser, folder, settings):
    """Builds the hostile page with `settings` as playbook.yaml, opens it, touches everything;
    returns how often a script called alert, and the elements left with an `on…` attribute or a script URL."""
    site = folder / "site"
    (site / "content").mkdir(parents=True)
    shutil.copytree(ROOT / "templates", site / "templates")
    shutil.copy(ROOT / "Tests" / "Fixtures" / "hostile" / "raw-html.md", site / "content" / "hostile.md")
    (site / "playbook.yaml").write_text(settings)
    result = build(site, site / "public")
    assert result.returncode == 0, result.stderr

    script = browser.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": COUNTING})
    try:
        browser.get((site / "public" / "hostile" / "index.html").as_uri())
        body = browser.find_element(By.CSS_SELECTOR, "main")
        assert "listed" in body.text and "unclosed" in body.text
        for details in body.find_elements(By.TAG_NAME, "details"):
            browser.execute_script("arguments[0].open = !arguments[0].open", details)
        # Links to the site stay unfollowed (so the page stays); a `javascript:` one would run.
        browser.execute_script(
            "document.addEventListener('click', e => { const a = e.target.closest('a[href]');"
            " if (a && !/^javascript:/i.test(a.href)) e.preventDefault(); }, true)")
        for element in body.find_elements(By.CSS_SELECTOR, "*"):
            if element.is_displayed() and element.size["width"] > 0 and element.size["height"] > 0:
                try:
                    ActionChains(browser).move_to_element(element).click().perform()
                except Exception:
                    pass  # covered by another element, or gone: the click is what matters, not where it lands
        calls = browser.execute_script("return window.__calls")
        live = browser.execute_script(
            "return [...document.querySelectorAll('main *')].filter(e => [...e.attributes].some(a => /^on/i.test(a.name)"
            " || /^\\s*(javascript|vbscript|data:text)/i.test(a.value))).map(e => e.outerHTML)"
            ".concat([...document.querySelectorAll('main script, main iframe, main object, main embed')].map(e => e.outerHTML))")
        return calls, live
    finally:
        browser.execute_cdp_cmd("Page.removeScriptToEvaluateOnNewDocument", {"identifier": script["identifier"]})


@pytest.mark.parametrize("settings", ["title: Hostile\n", "markdown: {raw_html: false}\n"], ids=["safe", "false"])
def test_hostile_raw_html_runs_nothing(browser, tmp_path, settings):
    assert visit(browser, tmp_path, settings) == (0, [])


def test_hostile_raw_html_runs_when_trusted(browser, tmp_path):
    calls, live = visit(browser, tmp_path, "markdown: {raw_html: true}\n")
    assert calls > 0 and live
