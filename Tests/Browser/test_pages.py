"""Pages that stay in view (issue #22, item 4): the table of contents and the
sidebar stay on screen, the sidebar shows the section being read, the home page
leads with the processes, the account page marks its current step, the
scorecard's total stays in view and every point says what it means, and a
printed form is a clean paper form."""
import base64
import subprocess
import time

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.common.print_page_options import PrintOptions

PROCESS_PAGE = "en/visit-planning/preparing-the-visit/index.html"
SCORECARD_PAGE = "en/call-scripts/call-review/index.html"


@pytest.fixture
def window(browser):
    """Sets the window's size for one test, and gives the session's back after it."""
    before = browser.get_window_size()

    def size(width, height):
        browser.set_window_size(width, height)
    yield size
    browser.set_window_size(before["width"], before["height"])


def in_viewport(browser, element) -> bool:
    return browser.execute_script(
        "var r = arguments[0].getBoundingClientRect();"
        "return r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight + 1;", element)


def scroll_to(browser, fraction):
    browser.execute_script("window.scrollTo(0, (document.documentElement.scrollHeight - window.innerHeight) * arguments[0])", fraction)
    time.sleep(0.4)  # the IntersectionObserver reports on the next frames


def test_the_table_of_contents_and_the_sidebar_stay_in_view(open_page, window):
    window(1280, 800)
    browser = open_page(PROCESS_PAGE)
    toc = browser.find_element(By.CSS_SELECTOR, ".toc")
    sidebar = browser.find_element(By.ID, "sidebar")
    content = browser.find_element(By.CSS_SELECTOR, ".content")
    # A column beside the text, not above it.
    assert toc.rect["x"] > content.rect["x"] + content.rect["width"] - 1
    for fraction in (0.5, 0.9):
        scroll_to(browser, fraction)
        assert in_viewport(browser, toc), f"the table of contents scrolled away at {fraction:.0%} of the page"
        top = browser.execute_script("return arguments[0].getBoundingClientRect().top", sidebar)
        assert top >= 0 and top < 100, f"the sidebar scrolled away at {fraction:.0%} of the page (top {top})"
        current = browser.find_elements(By.CSS_SELECTOR, ".toc a.current[aria-current=location]")
        assert len(current) == 1, "no heading of the table of contents is marked as being read"
        assert in_viewport(browser, current[0])
        # The marked heading is one whose section is on screen.
        heading = browser.find_element(By.ID, current[0].get_attribute("href").split("#", 1)[1])
        assert browser.execute_script("return arguments[0].getBoundingClientRect().top", heading) < 800


def test_on_a_narrow_screen_the_table_of_contents_is_above_the_text(open_page, window):
    window(390, 800)
    browser = open_page(PROCESS_PAGE)
    toc = browser.find_element(By.CSS_SELECTOR, ".toc")
    content = browser.find_element(By.CSS_SELECTOR, ".content")
    assert toc.rect["y"] < content.rect["y"]
    assert browser.execute_script("return getComputedStyle(arguments[0]).position", toc) == "static"


def sidebar_links(browser):
    return [a.get_attribute("href") for a in browser.find_elements(By.CSS_SELECTOR, "#sidebar a")]


def test_the_sidebar_shows_the_section_being_read(open_page):
    browser = open_page(PROCESS_PAGE)
    links = sidebar_links(browser)
    assert len(links) < 30, f"the sidebar of a process page has {len(links)} links"
    assert not [link for link in links if "/team/" in link and not link.endswith("/team/index.html")], "reps listed"
    assert not [link for link in links if "/accounts/" in link and not link.endswith("/accounts/index.html")], "accounts listed"
    assert not [link for link in links if "/tags/" in link and not link.endswith("/tags/index.html")], "tags listed"
    for single in ("/en/team/index.html", "/en/accounts/index.html", "/en/tags/index.html"):
        assert sum(link.endswith(single) for link in links) == 1, single
    # The section being read is open on its pages, this page marked.
    opened = browser.find_element(By.CSS_SELECTOR, "#sidebar li.open")
    assert opened.find_element(By.CSS_SELECTOR, "a[aria-current=page]").get_attribute("href").endswith(PROCESS_PAGE)
    assert len(browser.find_elements(By.CSS_SELECTOR, "#sidebar li.open")) == 1
    # The team, accounts, sheets and tags apart, under their own heading.
    group = browser.find_element(By.CSS_SELECTOR, "#sidebar .nav-records")
    assert group.get_attribute("aria-labelledby") == "nav-records"
    assert browser.find_element(By.ID, "nav-records").text == "Team and records"
    assert len(group.find_elements(By.CSS_SELECTOR, ":scope > li")) == 5

    # Inside the team, its reps; never the accounts.
    browser = open_page("en/team/chen-jie/index.html")
    links = sidebar_links(browser)
    reps = [link for link in links if "/en/team/" in link and not link.endswith("/en/team/index.html")]
    assert 1 < len(reps) <= 31
    assert not [link for link in links if "/accounts/" in link and not link.endswith("/accounts/index.html")]
    # A tag's page lists no tags.
    browser = open_page("en/tags/index.html")
    tag = browser.find_element(By.CSS_SELECTOR, ".tag-cloud a").get_attribute("href")
    browser.get(tag)
    assert not [link for link in sidebar_links(browser) if "/tags/" in link and not link.endswith("/tags/index.html")]


@pytest.mark.parametrize("edition, heading", [("en/", "Team, accounts and records"), ("", "团队、客户与记录")])
def test_the_home_page_leads_with_the_processes(open_page, edition, heading):
    browser = open_page(edition + "index.html")
    groups = browser.find_elements(By.CSS_SELECTOR, "main > section")
    assert [group.get_attribute("class") for group in groups] == ["processes", "records"]
    processes = [a.get_attribute("href") for a in groups[0].find_elements(By.CSS_SELECTOR, ".card a")]
    numbers = [n.text for n in groups[0].find_elements(By.CSS_SELECTOR, ".card-number")]
    assert numbers == [str(n) for n in range(1, len(processes) + 1)]
    assert any(href.endswith("/visit-planning/index.html") for href in processes)
    for apart in ("team", "accounts", "tags", "visit-plans", "scorecards"):
        assert not [href for href in processes if f"/{apart}/" in href], f"{apart} among the processes"
    records = [a.get_attribute("href").split("/")[-2] for a in groups[1].find_elements(By.CSS_SELECTOR, ".card a")]
    assert records == ["team", "accounts", "visit-plans", "scorecards", "tags"]
    assert not groups[1].find_elements(By.CSS_SELECTOR, ".card-number")
    assert groups[1].find_element(By.CSS_SELECTOR, "h2").text == heading


@pytest.mark.parametrize("edition, level, stage", [("en/", "Current level", "Current stage"), ("", "当前层次", "当前阶段")])
def test_the_account_page_marks_the_current_step(open_page, edition, level, stage):
    browser = open_page(edition + "accounts/harbor-logistics/index.html")
    for selector, words in ((".ladder", level), (".stages", stage)):
        current = browser.find_elements(By.CSS_SELECTOR, f"{selector} [aria-current=step]")
        assert len(current) == 1, selector
        assert current[0].find_element(By.CSS_SELECTOR, ".current-mark").text == words
        assert "←" not in browser.find_element(By.CSS_SELECTOR, selector).text
        # Marked for the eye too: a filled box, not only words.
        background = browser.execute_script("return getComputedStyle(arguments[0]).backgroundColor", current[0])
        assert background not in ("rgba(0, 0, 0, 0)", "transparent")


@pytest.mark.parametrize("width", [390, 1280])
def test_the_scorecard_total_stays_in_view_while_scoring(open_page, window, width):
    window(width, 800)
    browser = open_page(SCORECARD_PAGE)
    card = browser.find_element(By.CSS_SELECTOR, "form[data-scorecard]")
    criteria = card.find_elements(By.CSS_SELECTOR, "fieldset.criterion")
    total = card.find_element(By.CSS_SELECTOR, "output.total")
    for criterion in (criteria[0], criteria[len(criteria) // 2], criteria[-1]):
        browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", criterion)
        time.sleep(0.1)
        criterion.find_element(By.CSS_SELECTOR, "input[value='4']").click()
        assert in_viewport(browser, total), "the weighted total is off-screen while scoring"
    assert float(total.text) > 0


def test_every_scorecard_point_says_what_it_means(open_page):
    for page, between in ((SCORECARD_PAGE, "between “"), ("call-scripts/call-review/index.html", "介于「")):
        browser = open_page(page)
        radios = browser.find_elements(By.CSS_SELECTOR, "form[data-scorecard] fieldset.criterion input[type=radio]")
        assert radios
        empty = [radio.get_attribute("name") + ":" + radio.get_attribute("value") for radio in radios
                 if not (radio.get_attribute("data-anchor") or "").strip()]
        assert not empty, f"points without anchor text: {empty}"
        criterion = browser.find_element(By.CSS_SELECTOR, "form[data-scorecard] fieldset.criterion")
        browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", criterion)
        criterion.find_element(By.CSS_SELECTOR, "input[value='2']").click()
        shown = criterion.find_element(By.CSS_SELECTOR, ".anchor-text").text
        assert shown.startswith("2: ") and between in shown, shown


@pytest.mark.parametrize("page, words", [(PROCESS_PAGE, "Add an attendee"), ("visit-planning/preparing-the-visit/index.html", "添加参会人")])
def test_a_list_add_button_reads_as_a_person_says_it(open_page, page, words):
    browser = open_page(page)
    button = browser.find_element(By.CSS_SELECTOR, "form[data-form=visit-plan] [data-field=attendees] [data-action=add-row]")
    assert button.text == words


@pytest.mark.parametrize("page, forbidden, columns", [
    (PROCESS_PAGE, ("mm/dd/yyyy", "Choose", "Add an attendee"), ("Name", "Role", "Influence")),
    ("visit-planning/preparing-the-visit/index.html", ("mm/dd/yyyy", "年/月/日", "请选择", "添加参会人"), ("姓名", "角色", "影响程度")),
])
def test_a_printed_visit_plan_is_a_clean_paper_form(open_page, tmp_path, page, forbidden, columns):
    browser = open_page(page)
    form = browser.find_element(By.CSS_SELECTOR, "form[data-form=visit-plan]")
    form.find_element(By.CSS_SELECTOR, "button[data-action=add-row]").click()  # a row begun, left empty
    browser.execute_script("document.activeElement.focus();"  # the focus stays in the row: no ring on paper
                           "document.body.classList.add('printing-form'); arguments[0].classList.add('print-target');", form)
    options = PrintOptions()
    options.page_width, options.page_height = 21.0, 29.7
    pdf = tmp_path / "plan.pdf"
    pdf.write_bytes(base64.b64decode(browser.print_page(options)))
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    for words in forbidden:
        assert words not in text, f"the printed form shows {words!r}"
    # Three blank rows to write on under the list, headed by its columns (one more for the row begun).
    header = [line for line in text.splitlines() if all(column in line for column in columns)]
    assert header, "no blank rows headed by the list's columns"
    assert browser.execute_script(
        "return arguments[0].querySelectorAll('[data-field=attendees] .print-rows tbody tr').length", form) == 3
    browser.execute_script("document.body.classList.remove('printing-form'); arguments[0].classList.remove('print-target');", form)
