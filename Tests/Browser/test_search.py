"""Search that finds (issue #22): a rep's or an account's name finds its page first, in both editions and
in Chinese; one typo is forgiven; each result links to the heading whose section holds the words, with a
snippet marking them; nothing typed or indexed becomes markup."""
import time
from pathlib import Path
from urllib.parse import unquote

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from conftest import build, copy_site, ROOT
from test_workbook import search


def first_link(items) -> str:
    return unquote(items[0].find_element(By.TAG_NAME, "a").get_attribute("href"))


def links(items) -> list:
    return [unquote(item.find_element(By.TAG_NAME, "a").get_attribute("href")) for item in items]


def section_text(browser, heading_id: str) -> str:
    """The heading's text and what follows it up to the next heading: its section."""
    return browser.execute_script("""
        var heading = document.getElementById(arguments[0]), text = heading.textContent;
        for (var node = heading.nextElementSibling; node && !/^H[1-6]$/.test(node.tagName); node = node.nextElementSibling) {
            text += ' ' + node.textContent;
        }
        return text;""", heading_id)


def test_a_reps_name_finds_her_page_first_in_both_editions(open_page):
    browser = open_page("en/index.html")
    _, items = search(browser, "Li Na")
    assert first_link(items).endswith("/public/en/team/li-na/index.html"), links(items)
    assert items[0].find_element(By.CSS_SELECTOR, ".result-title").text == "Li Na"
    browser = open_page("index.html")
    _, items = search(browser, "Li Na")
    assert first_link(items).endswith("/public/team/li-na/index.html"), links(items)
    # A partial name still finds her, ahead of pages that only mention her.
    _, items = search(browser, "li n")
    assert first_link(items).endswith("/public/team/li-na/index.html"), links(items)


def test_an_accounts_name_finds_its_page_first(open_page):
    browser = open_page("en/index.html")
    _, items = search(browser, "Harbor Logistics")
    found = links(items)
    assert found[0].endswith("/public/en/accounts/harbor-logistics/index.html"), found
    # The visit plan titled with the account's name comes after it.
    assert any("/visit-plans/" in link for link in found[1:]), found
    browser = open_page("index.html")
    _, items = search(browser, "harbor logistics")
    assert first_link(items).endswith("/public/accounts/harbor-logistics/index.html"), links(items)


def test_one_typo_finds_the_page_marked_below_exact_matches(open_page):
    browser = open_page("en/index.html")
    _, items = search(browser, "comitment")
    found = links(items)
    # The page titled with the word as the index spells it comes first.
    assert found[0].endswith("/en/visit-planning/commitment-objective/index.html"), found
    assert items[0].find_element(By.CSS_SELECTOR, ".result-typo").text == "Similar spelling"
    marks = [mark.text.lower() for mark in browser.find_elements(By.CSS_SELECTOR, "#search-results mark")]
    assert "commitment" in marks, marks
    # Four letters are too few to guess at; a transposition is one typo too.
    _, items = search(browser, "cmomitment")
    assert items
    exact = browser.execute_script("return Playbook.search.oneEditApart('visti', 'visit') && !Playbook.search.oneEditApart('vist', 'vast x')")
    assert exact


def test_an_exact_word_ranks_above_a_typo(open_page):
    browser = open_page("en/index.html")
    _, items = search(browser, "visits")
    typo = [bool(item.find_elements(By.CSS_SELECTOR, ".result-typo")) for item in items]
    assert typo == sorted(typo), typo  # every exact match first


def test_a_result_links_to_the_heading_whose_section_holds_the_words(open_page):
    browser = open_page("en/index.html")
    box, items = search(browser, "share of wallet")
    href = first_link(items)
    assert href.endswith("/en/account-management/account-plan/index.html#share-of-wallet"), links(items)
    snippet = items[0].find_element(By.CSS_SELECTOR, ".result-snippet")
    assert [mark.text.lower() for mark in snippet.find_elements(By.TAG_NAME, "mark")][:1] == ["share"]
    assert "Share of wallet" in items[0].find_element(By.CSS_SELECTOR, ".result-section").text
    box.send_keys(Keys.ENTER)
    deadline = time.time() + 5
    while "#" not in browser.current_url and time.time() < deadline:
        time.sleep(0.1)
    assert unquote(browser.current_url) == href
    assert "wallet" in section_text(browser, "share-of-wallet").lower()


def test_a_chinese_phrase_links_to_its_heading(open_page):
    browser = open_page("index.html")
    _, items = search(browser, "最低可接受承诺")
    href = first_link(items)
    page, heading = href.split("#", 1)
    assert page.endswith("/public/visit-planning/commitment-objective/index.html"), links(items)
    # Marked where it is shown: in the heading (the snippet keeps the section's first words only).
    assert "最低可接受承诺" in [mark.text for mark in items[0].find_elements(By.CSS_SELECTOR, ".result-section mark, .result-snippet mark")]
    browser.get(href)
    assert "最低可接受承诺" in section_text(browser, heading)


@pytest.fixture(scope="module")
def named_site(tmp_path_factory) -> Path:
    """The sample with Li Na written in Chinese, a page about her, and a page quoting markup."""
    copy = copy_site(ROOT, tmp_path_factory.mktemp("named"))
    team = copy / "content" / "_data" / "team.yaml"
    team.write_text(team.read_text(encoding="utf-8").replace("name: Li Na\n", "name: 李娜\n"), encoding="utf-8")
    (copy / "content" / "visit-planning" / "coaching-notes.md").write_text(
        "---\ntitle: 李娜的辅导记录\n---\n\n这周和李娜一起复盘了两次拜访。\n\n## 标记\n\n"
        "页面里写着 `<img src=x onerror=window.__xss=1>` 这样的代码。\n", encoding="utf-8")
    result = build(copy, copy / "public", "--strict")
    assert result.returncode == 0, result.stderr
    return copy


def test_a_chinese_name_finds_the_reps_page_first(browser, named_site):
    browser.get((named_site / "public" / "index.html").as_uri())
    _, items = search(browser, "李娜")
    found = links(items)
    assert found[0].endswith("/public/team/li-na/index.html"), found
    assert found[1].endswith("/public/visit-planning/coaching-notes/index.html"), found
    assert items[0].find_element(By.CSS_SELECTOR, ".result-title mark").text == "李娜"


def test_markup_in_a_query_or_the_index_stays_text(browser, named_site):
    browser.get((named_site / "public" / "index.html").as_uri())
    _, items = search(browser, "onerror")
    snippet = items[0].find_element(By.CSS_SELECTOR, ".result-snippet")
    assert "<img src=x onerror=window.__xss=1>" in snippet.text
    query = "<img src=x onerror=window.__xss=2>"
    box = browser.find_element(By.ID, "search-input")
    box.clear()
    box.send_keys(query)
    deadline = time.time() + 15
    while browser.find_element(By.ID, "search-results").get_attribute("data-query") != query and time.time() < deadline:
        time.sleep(0.1)
    assert browser.find_element(By.ID, "search-results").get_attribute("data-query") == query
    assert not browser.find_elements(By.CSS_SELECTOR, "#search-results img")
    assert browser.execute_script("return window.__xss === undefined")


def test_the_index_loads_only_when_the_box_is_used(open_page):
    browser = open_page("en/index.html")
    loaded = "return Array.prototype.some.call(document.scripts, function (s) { return /search-index/.test(s.src); })"
    assert not browser.execute_script(loaded)
    assert browser.execute_script("return window.PLAYBOOK_SEARCH === undefined")
    search(browser, "visit")
    assert browser.execute_script(loaded)


@pytest.mark.parametrize("page, query", [("index.html", "承诺目标"), ("en/index.html", "comitment")])
def test_axe_finds_no_violation_in_snippets_and_typo_results(open_page, page, query):
    from test_quality_gates import axe_violations
    browser = open_page(page)
    search(browser, query)
    for scheme in ("light", "dark"):
        browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": [{"name": "prefers-color-scheme", "value": scheme}]})
        violations = axe_violations(browser)
        assert violations == [], "\n".join(violations)
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": []})
