"""`playbook serve` end to end: the real binary on a copy of the sample site,
its watcher, its HTTP answers, and an open page in Chromium."""
import http.client
import os
import re
import shutil
import subprocess
import time
from pathlib import Path

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from conftest import PLAYBOOK, ROOT, copy_site

PAGE = "content/visit-planning/commitment-objective.md"
PAGE_URL = "/visit-planning/commitment-objective/"


class Server:
    """`playbook serve --port 0` (or `port`) on a site; its terminal output kept in files."""

    def __init__(self, site: Path, logs: Path, port: int = 0):
        self.site = site
        self.out_path, self.err_path = logs / "serve.out", logs / "serve.err"
        self.process = subprocess.Popen([str(PLAYBOOK), "serve", "--site", str(site), "--port", str(port)],
                                        stdout=open(self.out_path, "w"), stderr=open(self.err_path, "w"))
        deadline = time.time() + 60
        self.port = None
        while time.time() < deadline and self.port is None:
            found = re.search(r"http://127\.0\.0\.1:(\d+)/", self.out_path.read_text())
            if found:
                self.port = int(found.group(1))
            elif self.process.poll() is not None:
                break
            time.sleep(0.05)
        assert self.port, self.out_path.read_text() + self.err_path.read_text()

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def get(self, path: str):
        """(status, headers, body) for a path sent exactly as written, `..` and all."""
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=10)
        connection.putrequest("GET", path, skip_accept_encoding=True)
        connection.endheaders()
        response = connection.getresponse()
        body = response.read()
        connection.close()
        return response.status, dict(response.getheaders()), body.decode("utf-8", "replace")

    def wait_for(self, path: str, text: str, present: bool = True, seconds: float = 20) -> str:
        deadline = time.time() + seconds
        while time.time() < deadline:
            status, _, body = self.get(path)
            if (text in body) == present:
                return body
            time.sleep(0.05)
        raise AssertionError(f"{path}: {'no' if present else 'still'} {text!r} after {seconds} s")

    def terminal(self) -> str:
        return self.out_path.read_text() + self.err_path.read_text()

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=20)


@pytest.fixture
def served(tmp_path):
    """The sample in English alone (`playbook init --language en`): a one-language site, whose edits serve applies in place."""
    site = tmp_path / "site"
    made = subprocess.run([str(PLAYBOOK), "init", str(site), "--language", "en", "--example"], capture_output=True, text=True)
    assert made.returncode == 0, made.stderr
    logs = tmp_path / "logs"
    logs.mkdir()
    server = Server(site, logs)
    yield server
    server.stop()


def edit(site: Path, path: str, old: str, new: str):
    file = site / path
    text = file.read_text()
    assert old in text
    file.write_text(text.replace(old, new, 1))


def test_an_edit_changes_the_served_page(served):
    edit(served.site, PAGE, "\n\n", "\n\nA sentence saved while serving.\n\n")
    served.wait_for(PAGE_URL, "A sentence saved while serving.")
    assert "rebuilt 1 files" in served.terminal()
    # The file on disk is what `build` writes: the reload script is added only to what is served.
    on_disk = (served.site / "public" / "visit-planning" / "commitment-objective" / "index.html").read_text()
    assert "A sentence saved while serving." in on_disk
    assert "data-playbook-live-reload" not in on_disk
    assert "data-playbook-live-reload" in served.get(PAGE_URL)[2]


def test_a_broken_edit_shows_the_error_and_keeps_the_last_good_page(served):
    before = served.get(PAGE_URL)[2]
    text = (served.site / PAGE).read_text()
    (served.site / PAGE).write_text(text.replace("---\n", "---\nweight: [unclosed\n", 1))
    deadline = time.time() + 20
    while f"{PAGE}:" not in served.terminal() and time.time() < deadline:
        time.sleep(0.05)
    assert re.search(re.escape(PAGE) + r":\d+:\d+: error: ", served.terminal()), served.terminal()
    status, _, after = served.get(PAGE_URL)
    assert status == 200 and after == before

    # The open pages are told: the event stream starts with the errors.
    connection = http.client.HTTPConnection("127.0.0.1", served.port, timeout=5)
    connection.request("GET", "/_playbook/events")
    response = connection.getresponse()
    assert response.getheader("Content-Type") == "text/event-stream"
    stream = b""
    while b"event: problems" not in stream or not stream.endswith(b"\n\n"):
        stream += response.read1(4096)
    connection.close()
    assert PAGE.replace("/", "\\/").encode() in stream

    (served.site / PAGE).write_text(text + "\nMended while serving.\n")
    served.wait_for(PAGE_URL, "Mended while serving.")


def test_paths_out_of_the_site_are_refused(served):
    (served.site / "secret.txt").write_text("top secret")
    os.symlink(served.site / "secret.txt", served.site / "public" / "leak.txt")
    os.symlink(served.site, served.site / "public" / "up")
    for attempt in ["/../secret.txt", "/../../../../etc/passwd", "/%2e%2e/secret.txt", "/%2E%2E/%2e%2e/etc/passwd",
                    "/..%2fsecret.txt", "/visit-planning%2f..%2f..%2fsecret.txt", "/..%5csecret.txt",
                    "/leak.txt", "/up/secret.txt", "/up/playbook.yaml"]:
        status, _, body = served.get(attempt)
        assert status in (400, 403, 404), (attempt, status)
        assert "top secret" not in body and "root:" not in body and "review_after_days" not in body, attempt


def test_content_types_redirects_and_the_sites_404_page(served):
    status, headers, body = served.get("/")
    assert status == 200 and headers["Content-Type"] == "text/html; charset=utf-8"
    assert served.get("/assets/playbook.css")[1]["Content-Type"] == "text/css; charset=utf-8"
    assert served.get("/assets/playbook.js")[1]["Content-Type"] == "text/javascript; charset=utf-8"
    assert served.get("/assets/js/forms.js")[1]["Content-Type"] == "text/javascript; charset=utf-8"
    status, headers, _ = served.get("/visit-planning")
    assert status == 301 and headers["Location"] == "/visit-planning/"
    status, headers, body = served.get("/no/such/page/")
    assert status == 404 and "Page not found" in body and headers["Content-Type"].startswith("text/html")


def main_text(browser) -> str:
    # Read in one script call: during a reload, an element found a moment before may be gone.
    return browser.execute_script("var m = document.querySelector('main'); return m ? m.innerText : ''") or ""


def test_an_open_page_reloads_after_an_edit_and_shows_errors_over_the_page(served, browser):
    browser.get(served.url(PAGE_URL))
    WebDriverWait(browser, 10).until(lambda b: b.execute_script("return document.readyState") == "complete")
    # Served at its folder's URL (no index.html), the page's sidebar link is still the one marked.
    current = browser.find_elements(By.CSS_SELECTOR, "#sidebar a[aria-current=page]")
    assert [link.get_attribute("href") for link in current] == [browser.current_url + "index.html"]
    # Wait until the page listens for rebuilds (its stream is open), then mark this page load.
    time.sleep(0.5)
    browser.execute_script("window.playbookMark = 'before the edit'")

    edit(served.site, PAGE, "\n\n", "\n\nReloaded by itself.\n\n")
    WebDriverWait(browser, 20).until(lambda b: "Reloaded by itself." in main_text(b))
    assert browser.execute_script("return window.playbookMark") is None  # a new page load, not the old one

    text = (served.site / PAGE).read_text()
    (served.site / PAGE).write_text(text.replace("---\n", "---\nweight: [unclosed\n", 1))
    overlay = WebDriverWait(browser, 20).until(lambda b: b.find_element(By.ID, "playbook-problems"))
    assert PAGE in overlay.text and "error:" in overlay.text
    assert "Reloaded by itself." in main_text(browser)  # the last good page stays

    (served.site / PAGE).write_text(text)
    WebDriverWait(browser, 20).until(lambda b: not b.find_elements(By.ID, "playbook-problems"))


def test_an_output_folder_in_the_sources_is_refused(tmp_path):
    site = tmp_path / "site"
    (site / "content").mkdir(parents=True)
    (site / "content" / "_index.md").write_text("# Home\n")
    result = subprocess.run([str(PLAYBOOK), "serve", "--site", str(site), "--output", str(site / "content" / "out"), "--port", "0"],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 1
    assert "--output" in result.stderr and "refusing to write the site" in result.stderr


def test_an_edit_to_a_translation_reaches_its_language_on_a_bilingual_site(tmp_path):
    """On a site in two languages every edit goes through the whole pipeline; the edited edition shows it."""
    site = copy_site(ROOT, tmp_path / "site")
    logs = tmp_path / "logs"
    logs.mkdir()
    server = Server(site, logs)
    try:
        english = PAGE.replace(".md", ".en.md")
        edit(site, english, "\n\n", "\n\nA sentence saved in English.\n\n")
        server.wait_for("/en/" + PAGE_URL.lstrip("/"), "A sentence saved in English.")
        assert "A sentence saved in English." not in server.get(PAGE_URL)[2]
    finally:
        server.stop()
