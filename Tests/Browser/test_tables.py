"""The manager's tables in Chromium: the roster and the accounts sort by any
column and filter by owner, tier, stage, region and overdue visits; without
JavaScript they are whole; at 360 to 1440 px no table is cut off (it fits, or
scrolls inside its frame with the first column fixed); printed, every column
is on paper."""
import base64
import subprocess

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.common.print_page_options import PrintOptions
from selenium.webdriver.support.ui import Select

ACCOUNTS = "en/accounts/index.html"
TEAM = "en/team/index.html"


def rows(browser, table_id):
    return browser.find_elements(By.CSS_SELECTOR, f"#{table_id} tbody tr")


def visible_names(browser, table_id):
    return [row.find_element(By.CSS_SELECTOR, "th").text for row in rows(browser, table_id) if row.is_displayed()]


def column_values(browser, table_id, column):
    return browser.execute_script(
        """return Array.from(document.querySelectorAll('#' + arguments[0] + ' tbody tr'))
             .filter(row => !row.hidden).map(row => {
               const cell = row.cells[arguments[1]];
               const figure = cell.querySelector('data[value]');
               return figure ? Number(figure.getAttribute('value')) : cell.textContent.trim();
             });""", table_id, column)


def test_accounts_sort_by_revenue_both_ways(open_page):
    browser = open_page(ACCOUNTS)
    heading = browser.find_elements(By.CSS_SELECTOR, "#accounts-table thead th")[4]
    heading.find_element(By.TAG_NAME, "button").click()
    revenue = column_values(browser, "accounts-table", 4)
    assert revenue == sorted(revenue) and len(revenue) >= 40
    assert heading.get_attribute("aria-sort") == "ascending"
    heading.find_element(By.TAG_NAME, "button").click()
    assert column_values(browser, "accounts-table", 4) == sorted(revenue, reverse=True)
    assert heading.get_attribute("aria-sort") == "descending"
    # By name, in the page's language.
    browser.find_elements(By.CSS_SELECTOR, "#accounts-table thead th button")[0].click()
    names = visible_names(browser, "accounts-table")
    assert names == sorted(names, key=str.casefold)


def test_accounts_filter_by_owner_tier_stage_and_overdue(open_page):
    browser = open_page(ACCOUNTS)
    everyone = len(visible_names(browser, "accounts-table"))
    form = browser.find_element(By.CSS_SELECTOR, "form[data-filter-for=accounts-table]")
    assert form.is_displayed()
    Select(form.find_element(By.CSS_SELECTOR, "select[data-filter=owner]")).select_by_visible_text("Li Na")
    owners = column_values(browser, "accounts-table", 2)
    assert owners and set(owners) == {"Li Na"}
    Select(form.find_element(By.CSS_SELECTOR, "select[data-filter=tier]")).select_by_value("A")
    assert set(column_values(browser, "accounts-table", 1)) <= {"A"}
    Select(form.find_element(By.CSS_SELECTOR, "select[data-filter=owner]")).select_by_index(0)
    Select(form.find_element(By.CSS_SELECTOR, "select[data-filter=tier]")).select_by_index(0)
    Select(form.find_element(By.CSS_SELECTOR, "select[data-filter=stage]")).select_by_value("customer")
    assert set(column_values(browser, "accounts-table", 6)) == {"Customer"}
    Select(form.find_element(By.CSS_SELECTOR, "select[data-filter=stage]")).select_by_index(0)
    form.find_element(By.CSS_SELECTOR, "input[data-filter=overdue]").click()
    overdue = [row for row in rows(browser, "accounts-table") if row.is_displayed()]
    assert 0 < len(overdue) < everyone
    assert all(row.find_elements(By.CSS_SELECTOR, ".badge-overdue") for row in overdue)
    assert "of %d rows" % everyone in form.find_element(By.CSS_SELECTOR, "[data-filter-count]").text
    # Days overdue, and when the next visit was due, on every overdue account that was ever visited.
    visited = [row for row in overdue if row.find_elements(By.CSS_SELECTOR, "td:nth-child(9) time")]
    assert visited and all("days overdue" in row.text for row in visited)


def test_the_roster_filters_by_region_and_sorts_by_attainment(open_page):
    browser = open_page(TEAM)
    form = browser.find_element(By.CSS_SELECTOR, "form[data-filter-for=roster]")
    Select(form.find_element(By.CSS_SELECTOR, "select[data-filter=region]")).select_by_visible_text("North")
    regions = column_values(browser, "roster", 3)
    assert regions and set(regions) == {"North"}
    Select(form.find_element(By.CSS_SELECTOR, "select[data-filter=region]")).select_by_index(0)
    browser.find_elements(By.CSS_SELECTOR, "#roster thead th button")[7].click()
    attainment = [value for value in column_values(browser, "roster", 7) if isinstance(value, (int, float))]
    assert attainment == sorted(attainment) and len(attainment) >= 5
    # Each attainment says its band in words too, not by colour alone.
    bands = browser.find_elements(By.CSS_SELECTOR, "#roster .band .visually-hidden")
    assert bands and {band.get_attribute("textContent") for band in bands} <= {"on target", "watch", "behind"}


def test_without_javascript_the_tables_are_whole(site):
    html = (site / "public" / ACCOUNTS).read_text()
    assert html.count("<tr data-owner=") >= 40
    assert '<form class="table-filter" data-filter-for="accounts-table" aria-label="Filter the table" hidden>' in html


@pytest.mark.parametrize("width", [360, 768, 1280, 1440])
@pytest.mark.parametrize("path", [TEAM, ACCOUNTS, "en/team/li-na/index.html", "en/accounts/harbor-logistics/index.html"])
def test_no_table_is_cut_off(open_page, browser, width, path):
    browser.set_window_size(width, 1000)
    try:
        page = open_page(path)
        problems = page.execute_script(
            """const problems = [];
               for (const table of document.querySelectorAll('main table')) {
                 const frame = table.closest('.table-scroll');
                 if (table.scrollWidth <= table.parentElement.clientWidth + 1 && table.getBoundingClientRect().right <= innerWidth + 1) continue;
                 if (!frame) { problems.push('a table wider than the page, with no scroll frame'); continue; }
                 if (getComputedStyle(frame).overflowX !== 'auto') problems.push('a scroll frame that does not scroll');
                 if (frame.getBoundingClientRect().right > innerWidth + 1) problems.push('a scroll frame wider than the page');
                 const first = table.querySelector('tbody tr > :first-child');
                 if (first && getComputedStyle(first).position !== 'sticky') problems.push('a first column that scrolls away');
               }
               if (document.documentElement.scrollWidth > innerWidth + 1) problems.push('the page scrolls sideways');
               return problems;""")
        assert problems == [], f"{path} at {width} px: {problems}"
    finally:
        browser.set_window_size(1280, 2000)


def test_printed_tables_show_every_column(open_page, tmp_path):
    for path, table in [(TEAM, "roster"), (ACCOUNTS, "accounts-table")]:
        browser = open_page(path)
        headers = [th.get_attribute("textContent").strip() for th in browser.find_elements(By.CSS_SELECTOR, f"#{table} thead th")]
        options = PrintOptions()
        options.page_width, options.page_height = 21.0, 29.7
        pdf = tmp_path / (table + ".pdf")
        pdf.write_bytes(base64.b64decode(browser.print_page(options)))
        text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
        # A long heading wraps on paper ("NEXT / VISIT DUE"): each of its words must be printed.
        words = set(text.upper().split())
        missing = [header for header in headers if not set(header.upper().split()) <= words]
        assert missing == [], f"{path}: printed without {missing}"
