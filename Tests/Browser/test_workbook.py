"""The workbook in a real browser: checklists keep their ticks, forms keep
their drafts and download files the build accepts, scorecards total live."""
import re
import shutil
import time
from pathlib import Path

from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import Select

from conftest import build, copy_site

# The English edition: these tests read the English interface and sample (the Chinese one is at the root).
PLAN_PAGE = "en/visit-planning/preparing-the-visit/index.html"


def test_a_ticked_box_stays_ticked_after_reload(open_page):
    browser = open_page(PLAN_PAGE)
    checklist = browser.find_element(By.CSS_SELECTOR, ".checklist")
    total = checklist.find_element(By.CSS_SELECTOR, ".checklist-total").text
    assert checklist.find_element(By.CSS_SELECTOR, ".checklist-done").text == "0"
    boxes = checklist.find_elements(By.CSS_SELECTOR, "input.task-box")
    boxes[0].click()
    boxes[2].click()
    assert checklist.find_element(By.CSS_SELECTOR, ".checklist-done").text == "2"

    browser.refresh()
    checklist = browser.find_element(By.CSS_SELECTOR, ".checklist")
    boxes = checklist.find_elements(By.CSS_SELECTOR, "input.task-box")
    assert [box.is_selected() for box in boxes[:3]] == [True, False, True]
    assert checklist.find_element(By.CSS_SELECTOR, ".checklist-done").text == "2"
    assert checklist.find_element(By.CSS_SELECTOR, ".checklist-total").text == total

    checklist.find_element(By.CSS_SELECTOR, ".checklist-reset").click()
    assert checklist.find_element(By.CSS_SELECTOR, ".checklist-done").text == "0"
    browser.refresh()
    assert not any(box.is_selected() for box in browser.find_elements(By.CSS_SELECTOR, ".checklist input.task-box"))


def test_a_draft_is_kept_across_reloads(open_page):
    browser = open_page(PLAN_PAGE)
    form = browser.find_element(By.CSS_SELECTOR, "form[data-form=visit-plan]")
    form.find_element(By.NAME, "best_commitment").send_keys("The CFO agrees to a pilot")
    form.find_element(By.CSS_SELECTOR, "[data-action=add-row]").click()
    form.find_element(By.CSS_SELECTOR, "[data-row] [data-field=name] input").send_keys("Grace Ho")

    browser.refresh()
    form = browser.find_element(By.CSS_SELECTOR, "form[data-form=visit-plan]")
    assert form.find_element(By.NAME, "best_commitment").get_attribute("value") == "The CFO agrees to a pilot"
    assert form.find_element(By.CSS_SELECTOR, "[data-row] [data-field=name] input").get_attribute("value") == "Grace Ho"
    assert "restored" in form.find_element(By.CSS_SELECTOR, ".form-status").text


def set_value(browser, element, value):
    """Sets a control the way typing would, so the form's own listeners run (date inputs ignore send_keys formats)."""
    browser.execute_script(
        "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input', {bubbles: true}));", element, value)


def wait_for_file(folder: Path, pattern: str, seconds: float = 10) -> Path:
    """The downloaded file, once Chromium has written it whole (it may appear empty first)."""
    deadline = time.time() + seconds
    while time.time() < deadline:
        found = [p for p in folder.glob(pattern) if not p.name.endswith(".crdownload") and p.stat().st_size > 0]
        if found:
            size = found[0].stat().st_size
            time.sleep(0.2)
            if found[0].stat().st_size == size:
                return found[0]
        time.sleep(0.2)
    raise AssertionError(f"no download matching {pattern} in {folder}")


def test_a_downloaded_plan_builds_and_a_broken_one_fails_at_its_line(open_page, site, downloads, tmp_path):
    browser = open_page(PLAN_PAGE)
    form = browser.find_element(By.CSS_SELECTOR, "form[data-form=visit-plan]")
    set_value(browser, form.find_element(By.NAME, "rep"), "tom-becker")
    set_value(browser, form.find_element(By.NAME, "account"), "summit-plastics")
    set_value(browser, form.find_element(By.NAME, "date"), "2026-12-02")
    Select(form.find_element(By.NAME, "reason")).select_by_visible_text("First visit")
    form.find_element(By.NAME, "best_commitment").send_keys('The plant manager books a "product test" for January')
    form.find_element(By.NAME, "minimum_commitment").send_keys("A second meeting with the technical lead")
    form.find_element(By.CSS_SELECTOR, "[data-action=add-row]").click()
    row = form.find_element(By.CSS_SELECTOR, "[data-row]")
    row.find_element(By.CSS_SELECTOR, "[data-field=name] input").send_keys("Ravi Shah")
    Select(row.find_element(By.CSS_SELECTOR, "[data-field=influence] select")).select_by_visible_text("High")
    Select(form.find_element(By.NAME, "commitment_obtained")).select_by_visible_text("partly")
    form.find_element(By.NAME, "notes").send_keys("Bring the test plan on paper.")
    form.find_element(By.CSS_SELECTOR, "[data-action=download]").click()
    downloaded = wait_for_file(downloads, "2026-12-02-summit-plastics*.md")
    text = downloaded.read_text(encoding="utf-8")
    assert text.startswith("---\nform: visit-plan\n")
    assert "Bring the test plan on paper." in text

    # Into a copy of the site's content/visit-plans/, and rebuild with --strict.
    copy = copy_site(site, tmp_path / "site")
    target = copy / "content" / "visit-plans" / "2026-12-02-summit-plastics.md"
    shutil.copy(downloaded, target)
    downloaded.unlink()
    result = build(copy, copy / "public", "--strict")
    assert result.returncode == 0, result.stderr

    browser.get((copy / "public" / "en" / "visit-plans" / "2026-12-02-summit-plastics" / "index.html").as_uri())
    page = browser.find_element(By.CSS_SELECTOR, "main").text
    assert "Summit Plastics" in page and "Tom Becker" in page
    assert 'The plant manager books a "product test" for January' in page
    assert "Ravi Shah" in page and "partly" in page and "Bring the test plan on paper." in page
    browser.get((copy / "public" / "en" / "team" / "tom-becker" / "index.html").as_uri())
    assert "2 December 2026" in browser.find_element(By.CSS_SELECTOR, "table.sheets").text

    # Empty a required field: the build fails, naming the field at its line, and keeps the old site.
    lines = target.read_text(encoding="utf-8").split("\n")
    number = next(i for i, line in enumerate(lines) if line.startswith("best_commitment:"))
    lines[number] = 'best_commitment: ""'
    target.write_text("\n".join(lines), encoding="utf-8")
    before = (copy / "public" / "index.html").read_bytes()
    result = build(copy, copy / "public", "--strict")
    assert result.returncode == 1
    expected = f"content/visit-plans/2026-12-02-summit-plastics.md:{number + 1}:18: error: required field 'best_commitment' is empty"
    assert expected in result.stderr.splitlines(), result.stderr
    assert (copy / "public" / "index.html").read_bytes() == before


def choose(browser, radio):
    """Clicks a scale point as a person would: scrolled to the middle of the window, clear of the pinned total."""
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", radio)
    radio.click()


def test_every_criterion_at_the_top_reads_100(open_page):
    browser = open_page("en/call-scripts/call-review/index.html")
    card = browser.find_element(By.CSS_SELECTOR, "form[data-scorecard=call-coaching]")
    output = card.find_element(By.CSS_SELECTOR, "output.total")
    assert output.text == "0"
    criteria = card.find_elements(By.CSS_SELECTOR, "fieldset.criterion")
    choose(browser, criteria[0].find_elements(By.CSS_SELECTOR, "input[type=radio]")[2])
    assert card.find_element(By.CSS_SELECTOR, ".anchor-text").text.startswith("3: Clear opening")
    for criterion in criteria:
        choose(browser, criterion.find_elements(By.CSS_SELECTOR, "input[type=radio]")[-1])
    assert output.text == "100"
    assert "Excellent" in card.find_element(By.CSS_SELECTOR, ".band").text


def test_clear_asks_first(open_page):
    browser = open_page(PLAN_PAGE)
    form = browser.find_element(By.CSS_SELECTOR, "form[data-form=visit-plan]")
    form.find_element(By.NAME, "next_step").send_keys("Call back")
    form.find_element(By.CSS_SELECTOR, "[data-action=clear]").click()
    alert = browser.switch_to.alert
    assert "Clear every field" in alert.text
    alert.dismiss()
    assert form.find_element(By.NAME, "next_step").get_attribute("value") == "Call back"
    form.find_element(By.CSS_SELECTOR, "[data-action=clear]").click()
    browser.switch_to.alert.accept()
    assert form.find_element(By.NAME, "next_step").get_attribute("value") == ""
    browser.refresh()
    assert browser.find_element(By.NAME, "next_step").get_attribute("value") == ""


def test_every_control_is_labelled(open_page):
    browser = open_page(PLAN_PAGE)
    unlabelled = browser.execute_script("""
        return Array.from(document.querySelectorAll('form[data-form] input, form[data-form] select, form[data-form] textarea'))
          .filter(c => c.type !== 'hidden' && c.labels.length === 0 && !c.closest('fieldset.choices'))
          .map(c => c.name || c.id);
    """)
    assert unlabelled == []
    described = browser.execute_script("""
        return Array.from(document.querySelectorAll('[aria-describedby]'))
          .every(c => c.getAttribute('aria-describedby').split(' ').every(id => document.getElementById(id)));
    """)
    assert described


def test_print_gives_one_clean_page(open_page):
    import base64
    import re as regex
    from selenium.webdriver.common.print_page_options import PrintOptions
    browser = open_page(PLAN_PAGE)
    form = browser.find_element(By.CSS_SELECTOR, "form[data-form=visit-plan]")
    # What the Print button does before it opens the dialog.
    browser.execute_script("document.body.classList.add('printing-form'); arguments[0].classList.add('print-target');", form)
    options = PrintOptions()
    options.page_width, options.page_height = 21.0, 29.7  # A4, in centimetres
    pdf = base64.b64decode(browser.print_page(options))
    pages = len(regex.findall(rb"/Type\s*/Page[^s]", pdf))
    assert pages == 1, f"the printed visit plan takes {pages} pages"
    text = browser.execute_script("return document.querySelector('main').innerText")
    assert "Visit plan" in text


def test_a_downloaded_scorecard_builds_with_its_total_and_band(open_page, site, downloads, tmp_path):
    browser = open_page("en/call-scripts/call-review/index.html")
    card = browser.find_element(By.CSS_SELECTOR, "form[data-scorecard=call-coaching]")
    set_value(browser, card.find_element(By.NAME, "rep"), "chen-jie")
    set_value(browser, card.find_element(By.NAME, "scored_by"), "wei-zhang")
    set_value(browser, card.find_element(By.NAME, "date"), "2026-12-03")
    set_value(browser, card.find_element(By.NAME, "subject"), "Cold call to Alpine Outdoor")
    # 4 of 5 on every criterion: 80 %, the "Excellent" band.
    for criterion in card.find_elements(By.CSS_SELECTOR, "fieldset.criterion"):
        choose(browser, criterion.find_elements(By.CSS_SELECTOR, "input[type=radio]")[3])
    assert card.find_element(By.CSS_SELECTOR, "output.total").text == "80"
    card.find_element(By.CSS_SELECTOR, "[data-action=download]").click()
    downloaded = wait_for_file(downloads, "2026-12-03-chen-jie*.md")
    copy = copy_site(site, tmp_path / "site")
    shutil.copy(downloaded, copy / "content" / "scorecards" / "2026-12-03-chen-jie.md")
    downloaded.unlink()
    result = build(copy, copy / "public", "--strict")
    assert result.returncode == 0, result.stderr
    browser.get((copy / "public" / "en" / "scorecards" / "2026-12-03-chen-jie" / "index.html").as_uri())
    text = browser.find_element(By.CSS_SELECTOR, "main").text
    assert "80.0 %" in text and "Excellent" in text and "Chen Jie" in text and "Wei Zhang" in text


def test_the_table_of_contents_follows_the_reading(open_page):
    browser = open_page(PLAN_PAGE)
    target = browser.find_element(By.ID, "surprises")
    browser.execute_script("arguments[0].scrollIntoView({block: 'start'})", target)
    time.sleep(0.5)
    current = browser.find_elements(By.CSS_SELECTOR, ".toc a.current")
    assert [link.get_attribute("href").split("#")[1] for link in current] == ["surprises"]
    assert current[0].get_attribute("aria-current") == "location"


def search(browser, text):
    box = browser.find_element(By.ID, "search-input")
    box.clear()
    box.send_keys(text)
    deadline = time.time() + 15  # generous: CI machines are shared
    while time.time() < deadline:
        # The results of the whole query, not of the first characters typed.
        if browser.find_element(By.ID, "search-results").get_attribute("data-query") == text:
            items = browser.find_elements(By.CSS_SELECTOR, "#search-results li[role=option]")
            if items:
                return box, items
        time.sleep(0.1)
    raise AssertionError(f"no result for {text!r}")


def test_search_finds_an_english_word_by_prefix_and_follows_it(open_page):
    browser = open_page("en/performance/growth-formula/index.html")  # from disk, two folders deep
    box, items = search(browser, "Commitm")
    titles = [item.text for item in items]
    assert any("The commitment objective" in t for t in titles), titles
    assert browser.find_elements(By.CSS_SELECTOR, "#search-results mark")[0].text.lower() == "commitm"
    box.send_keys(Keys.ARROW_DOWN)
    assert items[0].get_attribute("aria-selected") == "true"
    first = items[0].find_element(By.TAG_NAME, "a").get_attribute("href")
    box.send_keys(Keys.ENTER)
    deadline = time.time() + 5
    while browser.current_url != first and time.time() < deadline:
        time.sleep(0.1)
    assert browser.current_url == first
    assert browser.find_element(By.CSS_SELECTOR, "h1").text


def test_search_finds_a_chinese_phrase(open_page):
    browser = open_page("index.html")
    box, items = search(browser, "承诺目标")
    # The Chinese edition's own index: every result a Chinese page, at the root.
    links = [item.find_element(By.TAG_NAME, "a").get_attribute("href") for item in items]
    assert links and not any("/public/en/" in link for link in links), links
    box.send_keys(Keys.ENTER)
    deadline = time.time() + 5
    while browser.current_url != links[0] and time.time() < deadline:
        time.sleep(0.1)
    assert "承诺目标" in browser.find_element(By.CSS_SELECTOR, "main").text


def test_navigation_links_work_from_disk(open_page):
    browser = open_page("en/index.html")
    browser.find_element(By.CSS_SELECTOR, ".sidebar a[href$='visit-planning/index.html']").click()
    assert browser.find_element(By.CSS_SELECTOR, "h1").text == "Customer visits"
    browser.find_element(By.CSS_SELECTOR, ".pager-next").click()
    assert browser.find_element(By.CSS_SELECTOR, "h1").text == "The commitment objective"
    browser.find_element(By.CSS_SELECTOR, ".breadcrumbs a").click()
    assert browser.current_url.endswith("/public/en/index.html")


def test_the_script_modules_load_from_disk_before_playbook_js(open_page, site):
    """playbook.js only starts the modules of assets/js/ (classic scripts on window.Playbook, so
    they load from file://): each must be in the head, deferred, before it, and registered."""
    browser = open_page(PLAN_PAGE)
    scripts = browser.execute_script(
        "return Array.prototype.map.call(document.querySelectorAll('head script[src]'),"
        " function (s) { return [s.getAttribute('src'), s.defer]; })")
    assert all(deferred for _, deferred in scripts)
    # Each by its fingerprinted name (NAME.<8 hex>.js), written beside the plain one.
    assert all(re.search(r"\.[0-9a-f]{8}\.js$", src) for src, _ in scripts), scripts
    assert all(((site / "public" / PLAN_PAGE).parent / src).resolve().is_file() for src, _ in scripts)
    plain = [re.sub(r"\.[0-9a-f]{8}\.js$", ".js", src) for src, _ in scripts]
    sources = [src for src in plain if "/assets/messages." not in src]  # the page's language's strings come first
    assert sources[-1] == "../../../assets/playbook.js"
    # Every module of the theme but the sign-in page's own (the team server's sign-in page loads it alone).
    modules = sorted(path.name for path in (site / "templates" / "assets" / "js").glob("*.js") if path.name != "sign-in.js")
    assert sorted(src.split("../../../assets/js/", 1)[1] for src in sources[:-1]) == modules
    assert sources[0] == "../../../assets/js/core.js"
    started = browser.execute_script(
        "return ['nav', 'search', 'toc', 'checklists', 'forms'].filter(function (m) {"
        " return window.Playbook[m] && typeof window.Playbook[m].start === 'function'; })")
    assert started == ["nav", "search", "toc", "checklists", "forms"]


def test_the_sidebar_marks_the_page_being_read(open_page):
    # The sidebar is shared by the pages around this one (made once for them
    # all), so the script marks this page's link.
    browser = open_page(PLAN_PAGE)
    current = browser.find_elements(By.CSS_SELECTOR, "#sidebar a[aria-current=page]")
    assert len(current) == 1
    assert current[0].get_attribute("href") == browser.current_url
    assert current[0].text == browser.find_element(By.CSS_SELECTOR, "h1").text
    # A section's landing page: its entry, not its "All N pages" link.
    browser = open_page("en/visit-planning/index.html")
    current = browser.find_elements(By.CSS_SELECTOR, "#sidebar a[aria-current=page]")
    assert [link.text for link in current] == ["Customer visits"]


def test_search_typed_while_the_index_loads_shows_the_whole_query(open_page):
    """Focus asks for the index; the query typed before it arrives must still be searched when it does."""
    browser = open_page("en/index.html")
    # One script: focus and input both happen before the index's <script> can load.
    browser.execute_script("""
        var box = document.getElementById('search-input');
        box.dispatchEvent(new Event('focus'));
        box.value = 'visit';
        box.dispatchEvent(new Event('input'));
    """)
    deadline = time.time() + 15
    while time.time() < deadline:
        if browser.find_element(By.ID, "search-results").get_attribute("data-query") == "visit":
            break
        time.sleep(0.1)
    assert browser.find_element(By.ID, "search-results").get_attribute("data-query") == "visit"
    assert browser.find_elements(By.CSS_SELECTOR, "#search-results li[role=option]")
