"""Forms check themselves in the browser with the build's rules, and agree with
`playbook check`; a finished form is proposed on the site's repository; ticks
and drafts export to a file and import back."""
import json
import re
import subprocess
import time
from pathlib import Path

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from conftest import PLAYBOOK, build, copy_site
from test_workbook import PLAN_PAGE, set_value, wait_for_file

FORM = "form[data-form=visit-plan]"


def field_error(form, field):
    """The message shown at a field, with its control's aria-invalid, or None when none is shown."""
    element = form.find_element(By.CSS_SELECTOR, f".field[data-field={field}]")
    box = element.find_element(By.CSS_SELECTOR, ".field-error")
    if not box.is_displayed():
        return None
    control = element.find_element(By.CSS_SELECTOR, "input, textarea, select")
    assert control.get_attribute("aria-invalid") == "true"
    assert box.get_attribute("id") in (control.get_attribute("aria-describedby") or "").split()
    return box.text


def fill_finished_plan(browser, form, rep="tom-becker"):
    set_value(browser, form.find_element(By.NAME, "rep"), rep)
    set_value(browser, form.find_element(By.NAME, "account"), "summit-plastics")
    set_value(browser, form.find_element(By.NAME, "date"), "2026-12-09")
    Select(form.find_element(By.NAME, "reason")).select_by_visible_text("First visit")
    form.find_element(By.NAME, "best_commitment").send_keys("A product test booked for January")
    form.find_element(By.NAME, "minimum_commitment").send_keys("A second meeting")


def test_an_empty_required_field_and_an_unknown_rep_are_shown_at_their_fields(open_page):
    browser = open_page(PLAN_PAGE)
    form = browser.find_element(By.CSS_SELECTOR, FORM)
    fill_finished_plan(browser, form, rep="Nobody Known")
    form.find_element(By.NAME, "best_commitment").clear()
    form.find_element(By.CSS_SELECTOR, "[data-action=download]").click()
    assert "“Nobody Known” is not a rep of this team" in field_error(form, "rep")
    assert field_error(form, "best_commitment") == "This field is required."
    assert field_error(form, "account") is None and field_error(form, "date") is None
    assert browser.switch_to.active_element.get_attribute("name") == "rep"  # the first problem
    assert "Not downloaded" in form.find_element(By.CSS_SELECTOR, ".form-status").text

    # Fixing the rep clears its message as the field is left.
    rep = form.find_element(By.NAME, "rep")
    rep.clear()
    rep.send_keys("Tom Becker")
    form.find_element(By.NAME, "notes").click()  # leaving the field checks it again
    assert field_error(form, "rep") is None
    assert rep.get_attribute("aria-invalid") is None


def test_a_chinese_page_shows_the_chinese_messages(open_page):
    browser = open_page("visit-planning/preparing-the-visit/index.html")
    form = browser.find_element(By.CSS_SELECTOR, FORM)
    set_value(browser, form.find_element(By.NAME, "rep"), "无名氏")
    form.find_element(By.CSS_SELECTOR, "[data-action=download]").click()
    assert field_error(form, "rep") == "团队里没有“无名氏”这位销售，请从列表中选择姓名。"
    assert field_error(form, "account") == "此项必填。"
    assert "未下载" in form.find_element(By.CSS_SELECTOR, ".form-status").text

    browser.execute_script("window.confirm = function () { return true; };")
    form.find_element(By.CSS_SELECTOR, "[data-action=clear]").click()  # an empty form shows no problem
    assert field_error(form, "rep") is None and field_error(form, "account") is None


def test_a_reps_name_downloads_as_the_id(open_page, downloads):
    browser = open_page(PLAN_PAGE)
    form = browser.find_element(By.CSS_SELECTOR, FORM)
    fill_finished_plan(browser, form, rep="Tom Becker")
    account = form.find_element(By.NAME, "account")
    account.clear()
    account.send_keys("Summit Plastics")
    form.find_element(By.NAME, "notes").click()  # leaves the box (and closes its list of suggestions)
    form.find_element(By.CSS_SELECTOR, "[data-action=download]").click()
    downloaded = wait_for_file(downloads, "2026-12-09-summit-plastics*.md")
    text = downloaded.read_text(encoding="utf-8")
    downloaded.unlink()
    assert 'rep: "tom-becker"' in text and 'account: "summit-plastics"' in text
    assert "draft:" not in text


def test_an_unfinished_plan_downloads_as_a_draft(open_page, downloads):
    browser = open_page(PLAN_PAGE)
    form = browser.find_element(By.CSS_SELECTOR, FORM)
    set_value(browser, form.find_element(By.NAME, "account"), "northwind-foods")
    set_value(browser, form.find_element(By.NAME, "date"), "2026-12-10")
    form.find_element(By.CSS_SELECTOR, "[data-action=download]").click()
    downloaded = wait_for_file(downloads, "2026-12-10-northwind-foods*.md")
    text = downloaded.read_text(encoding="utf-8")
    downloaded.unlink()
    assert text.startswith("---\nform: visit-plan\ndraft: true\n")
    assert "as a draft (draft: true)" in form.find_element(By.CSS_SELECTOR, ".form-status").text
    assert field_error(form, "rep") == "This field is required."


# The same filled forms, checked in the browser and by the build: the fields with problems must agree.
GOOD = {
    "rep": "tom-becker", "account": "summit-plastics", "date": "2026-12-02", "reason": "First visit",
    "best_commitment": "A product test", "minimum_commitment": "A second meeting",
    "attendees": [{"name": "Ravi Shah", "role": "", "influence": "High"}],
    "information_to_give": "", "information_to_get": "", "questions": "", "surprises": "", "mental_preparation": "",
    "commitment_obtained": "",
}
CASES = {
    "good": {},
    "missing required": {"best_commitment": "", "rep": ""},
    "bad date": {"date": "2026-02-30"},
    "unknown option": {"reason": "Coffee"},
    "unknown rep": {"rep": "nobody"},
    "unknown account": {"account": "acme"},
    "row without a name": {"attendees": [{"name": "", "role": "CFO", "influence": "Low"}]},
    "bad row option": {"attendees": [{"name": "Ann", "role": "", "influence": "Huge"}]},
    "several": {"date": "12/02/2026", "reason": "", "commitment_obtained": "maybe"},
}


def build_problems(output: str) -> set:
    """The top-level field ids the build names in its errors."""
    found = set()
    for line in output.splitlines():
        if ": error: " not in line:
            continue
        match = re.search(r"of a row of '(\w+)'", line) or re.search(r"field '(\w+)'", line)
        assert match, line
        found.add(match.group(1))
    return found


def test_the_browser_and_the_build_agree(open_page, site, tmp_path):
    browser = open_page(PLAN_PAGE)
    form = browser.find_element(By.CSS_SELECTOR, FORM)
    copy = copy_site(site, tmp_path / "site")
    agree(browser, form, copy / "content" / "visit-plans", copy, CASES, GOOD)


def agree(browser, form, folder, copy, cases, good):
    for name, change in cases.items():
        values = dict(good, **change)
        in_browser = browser.execute_script(
            "return window.Playbook.formChecks.check(arguments[0], arguments[1]).map(function (p) { return p.field; });",
            form, values)
        text = browser.execute_script("return window.Playbook.forms.markdownFor(arguments[0], arguments[1], false);", form, values)
        target = folder / "zz-agreement.md"
        target.write_text(text, encoding="utf-8")
        result = subprocess.run([str(PLAYBOOK), "check", "--site", str(copy)], capture_output=True, text=True)
        target.unlink()
        assert set(in_browser) == build_problems(result.stdout + result.stderr), (name, text, result.stderr)
        assert (result.returncode == 0) == (not in_browser), (name, result.stderr)


def test_ratings_and_numbers_agree_with_the_build(open_page, site, tmp_path):
    """The account plan's ratings (1 to 5) and number, through the entry point: no control can hold these values."""
    browser = open_page("en/account-management/account-plan/index.html")
    form = browser.find_element(By.CSS_SELECTOR, "form[data-form=account-plan]")
    good = browser.execute_script("return window.Playbook.fields.values(arguments[0]);", form)
    good.update({"rep": "li-na", "account": "harbor-logistics", "date": "2026-12-01", "level_now": 2, "level_target": 4,
                 "critical_vulnerability": "One contact only", "revenue_target": 250000})
    cases = {
        "good": {},
        "rating above the scale": {"level_target": 6},
        "rating below the scale": {"level_now": 0},
        "rating not whole": {"level_now": 2.5},
        "number as text": {"revenue_target": "a lot"},
        "missing ratings": {"level_now": "", "level_target": ""},
        "player without a name": {"players": [{"name": "", "role": "Coach"}]},
    }
    copy = copy_site(site, tmp_path / "site")
    agree(browser, form, copy / "content" / "visit-plans", copy, cases, good)


def test_a_scorecard_needs_every_criterion_scored(open_page):
    browser = open_page("en/call-scripts/call-review/index.html")
    card = browser.find_element(By.CSS_SELECTOR, "form[data-scorecard=call-coaching]")
    problems = browser.execute_script(
        "return window.Playbook.formChecks.check(arguments[0], {rep: 'chen-jie', scored_by: 'wei-zhang', date: '2026-12-03',"
        " subject: 'x', account: ''}).map(function (p) { return p.problem; });", card)
    assert set(problems) == {"score"}  # every criterion unscored


def repository_copy(site: Path, tmp_path: Path) -> Path:
    copy = copy_site(site, tmp_path / "site")
    settings = copy / "playbook.yaml"
    settings.write_text(settings.read_text(encoding="utf-8") + "\nrepository: {url: https://github.com/acme/playbook, branch: main}\n", encoding="utf-8")
    result = build(copy, copy / "public")
    assert result.returncode == 0, result.stderr
    return copy


def opened(browser):
    return browser.execute_script("return window.__opened || [];")


def intercept_open(browser):
    browser.execute_script("window.__opened = []; window.open = function (url) { window.__opened.push(url); return null; };")


def test_propose_on_github(browser, site, tmp_path, downloads):
    copy = repository_copy(site, tmp_path)
    page = (copy / "public" / PLAN_PAGE).as_uri()
    browser.get(page)
    browser.execute_script("window.localStorage.clear()")
    browser.get(page)
    form = browser.find_element(By.CSS_SELECTOR, FORM)
    button = form.find_element(By.CSS_SELECTOR, "[data-action=propose]")
    assert button.is_displayed() and button.text == "Propose on GitHub"
    intercept_open(browser)

    button.click()  # unfinished: nothing opens, the problems are shown
    assert opened(browser) == []
    assert field_error(form, "rep") == "This field is required."

    fill_finished_plan(browser, form)
    form.find_element(By.NAME, "notes").click()  # leaving the last field clears its message first
    button.click()
    assert len(opened(browser)) == 1, form.find_element(By.CSS_SELECTOR, ".form-status").text
    [url] = opened(browser)
    assert url.startswith("https://github.com/acme/playbook/new/main?filename=content%2Fvisit-plans%2F2026-12-09-summit-plastics.md&value=")
    assert "form%3A%20visit-plan" in url and len(url) <= 8192

    # Too long for an address: downloaded, and the folder's upload page opened.
    intercept_open(browser)
    browser.execute_script("arguments[0].value = 'x'.repeat(9000);", form.find_element(By.NAME, "questions"))
    button.click()
    assert opened(browser) == ["https://github.com/acme/playbook/upload/main/content/visit-plans/"]
    downloaded = wait_for_file(downloads, "2026-12-09-summit-plastics*.md")
    downloaded.unlink()
    assert "drop it on the upload page" in form.find_element(By.CSS_SELECTOR, ".form-status").text


def test_no_propose_button_without_a_repository(open_page):
    browser = open_page(PLAN_PAGE)
    assert not browser.find_element(By.CSS_SELECTOR, f"{FORM} [data-action=propose]").is_displayed()


def test_an_unscored_scorecard_downloads_as_a_draft(open_page, downloads):
    browser = open_page("en/call-scripts/call-review/index.html")
    card = browser.find_element(By.CSS_SELECTOR, "form[data-scorecard=call-coaching]")
    set_value(browser, card.find_element(By.NAME, "rep"), "chen-jie")
    set_value(browser, card.find_element(By.NAME, "scored_by"), "wei-zhang")
    set_value(browser, card.find_element(By.NAME, "date"), "2026-12-04")
    set_value(browser, card.find_element(By.NAME, "subject"), "A call")
    card.find_element(By.CSS_SELECTOR, "[data-action=download]").click()
    downloaded = wait_for_file(downloads, "2026-12-04-chen-jie*.md")
    text = downloaded.read_text(encoding="utf-8")
    downloaded.unlink()
    assert text.startswith("---\nscorecard: call-coaching\ndraft: true\n")
    first = card.find_element(By.CSS_SELECTOR, "fieldset.criterion")
    error = first.find_element(By.CSS_SELECTOR, ".field-error")
    assert error.is_displayed() and error.text == "Choose a score for this criterion."
    assert error.get_attribute("id") in first.get_attribute("aria-describedby").split()
    assert browser.switch_to.active_element == first.find_element(By.CSS_SELECTOR, "input[type=radio]")


def test_ticks_and_drafts_export_and_import_back(open_page, downloads, tmp_path):
    browser = open_page(PLAN_PAGE)
    for old in downloads.glob("playbook-browser-data-*.json"):
        old.unlink()
    boxes = browser.find_elements(By.CSS_SELECTOR, "input.task-box")[:2]
    for box in boxes:
        box.click()
    ids = [box.get_attribute("data-task") for box in boxes]
    browser.find_element(By.CSS_SELECTOR, FORM).find_element(By.NAME, "best_commitment").send_keys("A pilot in March")
    browser.find_element(By.CSS_SELECTOR, "[data-action=export-data]").click()
    exported = wait_for_file(downloads, "playbook-browser-data-*.json")
    data = json.loads(exported.read_text(encoding="utf-8"))
    assert all(data["items"][f"playbook:task:{i}"] == "1" for i in ids)

    browser.execute_script("window.localStorage.clear()")
    browser.refresh()
    assert not any(b.is_selected() for b in browser.find_elements(By.CSS_SELECTOR, "input.task-box")[:2])
    assert browser.find_element(By.NAME, "best_commitment").get_attribute("value") == ""
    browser.find_element(By.CSS_SELECTOR, "input[data-import-file]").send_keys(str(exported))
    status = browser.find_element(By.CSS_SELECTOR, ".browser-data-status")
    deadline = time.time() + 5
    while "Restored" not in status.text and time.time() < deadline:
        time.sleep(0.1)
    assert status.text == f"Restored {len(data['items'])} items from {exported.name}."
    assert all(b.is_selected() for b in browser.find_elements(By.CSS_SELECTOR, "input.task-box")[:2])
    assert browser.find_element(By.NAME, "best_commitment").get_attribute("value") == "A pilot in March"  # the draft too
    browser.refresh()
    assert all(b.is_selected() for b in browser.find_elements(By.CSS_SELECTOR, "input.task-box")[:2])
    exported.unlink()

    status = browser.find_element(By.CSS_SELECTOR, ".browser-data-status")
    bad = tmp_path / "not-an-export.json"
    bad.write_text('{"hello": 1}', encoding="utf-8")
    browser.find_element(By.CSS_SELECTOR, "input[data-import-file]").send_keys(str(bad))
    deadline = time.time() + 5
    while "not-an-export" not in status.text and time.time() < deadline:
        time.sleep(0.1)
    assert status.text == "not-an-export.json is not an export of ticks and drafts from this playbook: nothing was changed."
