"""The bilingual sample: Chinese at the root, English under en/. Every kind of
page has a language switch that lands on the same page in the other language
and back; a page without translation shows the default language's with a note;
each language searches its own pages; no page shows the other language's interface."""
import html
import re
import shutil
from pathlib import Path

import pytest
import yaml
from selenium.webdriver.common.by import By

from conftest import ROOT, build, copy_site
from test_workbook import search

KINDS = {
    "home": "index.html",
    "section": "visit-planning/index.html",
    "page": "visit-planning/commitment-objective/index.html",
    "form": "visit-planning/preparing-the-visit/index.html",
    "scorecard": "call-scripts/call-review/index.html",
    "sheet": "visit-plans/2026-10-06-harbor-logistics/index.html",
    "team": "team/index.html",
    "rep": "team/li-na/index.html",
    "accounts": "accounts/index.html",
    "account": "accounts/harbor-logistics/index.html",
    "tags": "tags/index.html",
    "404": "404.html",
}


def switch_to(browser, language):
    link = browser.find_element(By.CSS_SELECTOR, f".language-switch a[hreflang='{language}']")
    link.click()
    return browser


@pytest.mark.parametrize("kind", KINDS)
def test_the_switch_lands_on_the_same_page_in_the_other_language_and_back(open_page, kind):
    path = KINDS[kind]
    browser = open_page(path)
    start = browser.current_url
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "zh-CN"
    switch_to(browser, "en")
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "en"
    expected = start.replace("/public/", "/public/en/", 1)
    if kind == "404":
        expected = expected.replace("en/404.html", "en/index.html")  # one 404 page: its switch leads home
    assert browser.current_url == expected
    assert browser.find_element(By.CSS_SELECTOR, "main")
    switch_to(browser, "zh-CN")
    assert browser.current_url == (start if kind != "404" else start.replace("404.html", "index.html"))


def test_a_page_without_translation_shows_the_original_with_a_note(browser, tmp_path):
    copy = copy_site(ROOT, tmp_path / "site")
    (copy / "content" / "visit-planning" / "after-the-visit.en.md").unlink()
    result = build(copy, copy / "public")
    assert result.returncode == 0, result.stderr
    assert "en: 1 of " in result.stderr and "not translated yet" in result.stderr
    browser.get((copy / "public" / "visit-planning" / "after-the-visit" / "index.html").as_uri())
    title = browser.find_element(By.TAG_NAME, "h1").text
    assert "尚未翻译" in browser.find_element(By.CSS_SELECTOR, ".language-switch").text
    switch_to(browser, "en")
    assert browser.current_url.endswith("/public/en/visit-planning/after-the-visit/index.html")
    note = browser.find_element(By.CSS_SELECTOR, ".note-untranslated")
    assert note.is_displayed() and "not translated into English yet" in note.text
    assert browser.find_element(By.TAG_NAME, "h1").text == title
    assert browser.find_element(By.CSS_SELECTOR, "article").get_attribute("lang") == "zh-CN"


def test_each_language_searches_its_own_pages(open_page):
    browser = open_page("en/index.html")
    _, items = search(browser, "commitment")
    links = [item.find_element(By.TAG_NAME, "a").get_attribute("href") for item in items]
    assert links and all("/public/en/" in link for link in links), links
    browser = open_page("index.html")
    _, items = search(browser, "承诺目标")
    links = [item.find_element(By.TAG_NAME, "a").get_attribute("href") for item in items]
    assert links and not any("/public/en/" in link for link in links), links


def visible_text(page: str) -> str:
    """The interface text a reader sees or hears: outside scripts and styles, the labelling attributes, and not
    what authors wrote — a page's body (an English page may quote the course's Chinese terms) or a filled
    sheet's answers (a record, written once in the team's language)."""
    page = re.sub(r"<(script|style)\b.*?</\1>", " ", page, flags=re.S)
    page = re.sub(r'<div class="content".*?</article>', " ", page, flags=re.S)
    if '<article class="page sheet">' in page:
        page = re.sub(r"<(dd|td)\b.*?</\1>", " ", page, flags=re.S)
    attributes = " ".join(re.findall(r'\b(?:title|aria-label|placeholder|alt)="([^"]*)"', page))
    return html.unescape(re.sub(r"<[^>]+>", " ", page) + " " + attributes)


def catalogue_values(language):
    def walk(node):
        if isinstance(node, dict):
            for key, value in node.items():
                if key != "name":  # language.name: each language's own name, shown in every switch
                    yield from walk(value)
        elif isinstance(node, str):
            yield node
    text = yaml.safe_load((ROOT / "templates" / "i18n" / f"{language}.yaml").read_text(encoding="utf-8"))
    # The words of each string outside its {{fields}} and markup.
    for value in walk(text):
        for part in re.split(r"\{\{[^}]*\}\}|<[^>]+>", value):
            part = part.strip(" :：·,.…()（）-—")
            if len(part) >= 4 or (language == "zh-CN" and len(part) >= 2):
                yield part


def team_data_words() -> list:
    """Team data is one set, shown in both languages as written (names, roles, regions, segments): not interface."""
    import csv
    team = yaml.safe_load((ROOT / "content" / "_data" / "team.yaml").read_text(encoding="utf-8"))
    words = [str(rep.get(key, "")) for rep in team["reps"] for key in ("name", "role", "region")]
    with open(ROOT / "content" / "_data" / "accounts.csv", encoding="utf-8") as accounts:
        words += [value for row in csv.DictReader(accounts) for value in (row["name"], row["segment"])]
    return sorted((word for word in words if word), key=len, reverse=True)


def test_no_page_shows_the_other_languages_interface(site):
    english = set(catalogue_values("en")) - set(catalogue_values("zh-CN"))
    chinese = set(catalogue_values("zh-CN")) - set(catalogue_values("en"))
    data = team_data_words()
    problems = []
    for page in sorted((site / "public").rglob("*.html")):
        relative = page.relative_to(site / "public").as_posix()
        text = visible_text(page.read_text(encoding="utf-8"))
        for word in data:
            text = text.replace(word, " ")
        foreign = chinese if relative.startswith("en/") else english
        found = sorted(value for value in foreign if value in text)
        if found:
            problems.append(f"{relative}: {found[:5]}")
    assert problems == [], "\n".join(problems[:20])


def test_a_plan_filled_in_the_chinese_form_builds_and_reads_in_both_languages(open_page, site, downloads, tmp_path):
    from selenium.webdriver.support.ui import Select
    from test_workbook import set_value, wait_for_file
    browser = open_page("visit-planning/preparing-the-visit/index.html")
    form = browser.find_element(By.CSS_SELECTOR, "form[data-form=visit-plan]")
    set_value(browser, form.find_element(By.NAME, "rep"), "li-na")
    set_value(browser, form.find_element(By.NAME, "account"), "harbor-logistics")
    set_value(browser, form.find_element(By.NAME, "date"), "2026-12-05")
    Select(form.find_element(By.NAME, "reason")).select_by_visible_text("高层拜访")
    form.find_element(By.NAME, "best_commitment").send_keys("客户运营副总同意在两个仓库试点")
    form.find_element(By.NAME, "minimum_commitment").send_keys("客户介绍仓库经理给我们认识")
    Select(form.find_element(By.NAME, "commitment_obtained")).select_by_visible_text("拿到一部分")
    form.find_element(By.CSS_SELECTOR, "[data-action=download]").click()
    downloaded = wait_for_file(downloads, "2026-12-05-harbor-logistics*.md")
    text = downloaded.read_text(encoding="utf-8")
    # The file stores the options' values, the same in every language.
    assert "reason: \"Executive visit\"" in text and "commitment_obtained: \"partly\"" in text, text
    copy = copy_site(site, tmp_path / "site")
    shutil.copy(downloaded, copy / "content" / "visit-plans" / "2026-12-05-harbor-logistics.md")
    downloaded.unlink()
    result = build(copy, copy / "public", "--strict")
    assert result.returncode == 0, result.stderr
    sheet = Path("visit-plans") / "2026-12-05-harbor-logistics" / "index.html"
    browser.get((copy / "public" / sheet).as_uri())
    chinese = browser.find_element(By.CSS_SELECTOR, "main").text
    assert "高层拜访" in chinese and "拿到一部分" in chinese and "客户运营副总同意在两个仓库试点" in chinese
    switch_to(browser, "en")
    assert browser.current_url.endswith("/public/en/" + sheet.as_posix())
    english = browser.find_element(By.CSS_SELECTOR, "main").text
    assert "Executive visit" in english and "partly" in english and "高层拜访" not in english
