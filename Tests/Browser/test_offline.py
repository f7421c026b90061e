"""Offline reading over `playbook serve` on localhost: after one visit the
service worker (sw.js) keeps the pages and the theme's files; with the network
cut, pages read and not read and search still work; after a rebuild with a
changed page, the new-version notice appears and its Reload shows the change.

The network is cut by stopping the server (and Chromium's offline emulation is
switched on as well): this Chromium applies `Network.emulateNetworkConditions`
to the page, not to the service worker's own fetches, so emulation alone would
let the worker reach the server. The server then starts again on the same port
(the worker and its caches belong to that origin).

Each test has its own Chromium, so no worker or cache outlives it into the
other tests' shared browser."""
import json
import shutil
import subprocess
import time

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

from conftest import PLAYBOOK
from test_serve import Server, edit

PAGE = "content/visit-planning/commitment-objective.md"
PAGE_URL = "/visit-planning/commitment-objective/index.html"

# What the cache holds, by cache name: [name, number of entries].
CACHES = """
var done = arguments[arguments.length - 1];
caches.keys().then(function (names) {
  return Promise.all(names.map(function (name) {
    return caches.open(name).then(function (cache) { return cache.keys(); }).then(function (keys) { return [name, keys.length]; });
  }));
}).then(done, function (error) { done(String(error)); });
"""


@pytest.fixture
def chromium():
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,1600"):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(shutil.which("chromedriver") or "/usr/bin/chromedriver"), options=options)
    driver.implicitly_wait(2)
    driver.set_script_timeout(30)
    yield driver
    driver.quit()


@pytest.fixture
def site(tmp_path):
    """The sample in English alone, as test_serve.py serves it."""
    site = tmp_path / "site"
    made = subprocess.run([str(PLAYBOOK), "init", str(site), "--language", "en", "--example"], capture_output=True, text=True)
    assert made.returncode == 0, made.stderr
    return site


def wait(browser, condition, seconds=30, message=""):
    return WebDriverWait(browser, seconds, poll_frequency=0.1).until(lambda b: condition(b), message)


def build_name(server: Server) -> str:
    worker = server.get("/sw.js")[2]
    return worker.split('var BUILD = "', 1)[1].split('"', 1)[0]


def heading(browser) -> str:
    return browser.find_element(By.CSS_SELECTOR, "h1").text


def test_the_site_reads_offline_and_offers_a_new_version(site, tmp_path, chromium):
    logs = tmp_path / "logs"
    logs.mkdir()
    server = Server(site, logs)
    port = server.port
    try:
        status, headers, worker = server.get("/sw.js")
        assert status == 200 and headers["Content-Type"] == "text/javascript; charset=utf-8"
        assert headers["Cache-Control"] == "no-store"
        precache = json.loads(worker.split("var PRECACHE = ", 1)[1].split(";\n", 1)[0])
        assert "call-scripts/call-review/index.html" in precache and "404.html" in precache

        # One visit: the worker installs (keeping every listed file), takes the page, links the manifest.
        browser = chromium
        browser.get(server.url(PAGE_URL))
        wait(browser, lambda b: b.execute_script("return !!navigator.serviceWorker.controller"), message="no worker took the page")
        kept = browser.execute_async_script(CACHES)
        assert len(kept) == 1 and kept[0][0].startswith(build_name(server) + " "), kept
        assert kept[0][1] >= len(precache), (kept, len(precache))
        manifest_url = browser.execute_script("return document.querySelector('link[rel=manifest]').href")
        manifest = json.loads(server.get(manifest_url.split(str(port), 1)[1])[2])
        assert manifest["name"] == "Sales playbook" and manifest["display"] == "standalone"

        # The network cut: the server stopped (and the page's network emulated offline).
        server.stop()
        browser.execute_cdp_cmd("Network.enable", {})
        browser.execute_cdp_cmd("Network.emulateNetworkConditions",
                                {"offline": True, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1})
        browser.get(server.url(PAGE_URL))  # read before
        assert heading(browser) == "The commitment objective"
        assert browser.execute_script("return document.styleSheets[0].cssRules.length") > 100  # the stylesheet, kept too
        browser.get(server.url("/call-scripts/call-review/index.html"))  # never read: kept at install
        assert heading(browser) == "Reviewing call quantity and quality"
        browser.get(server.url("/customer-success/"))  # a folder's address: its index.html
        assert heading(browser) == "Customer success"
        browser.get(server.url("/no-such-page/"))  # never made: the kept 404 page
        assert heading(browser) == "Page not found"

        browser.get(server.url("/call-scripts/index.html"))
        box = browser.find_element(By.ID, "search-input")
        box.send_keys("renew")
        wait(browser, lambda b: b.find_elements(By.CSS_SELECTOR, "#search-results li a"), message="no search result offline")
        titles = [link.text for link in browser.find_elements(By.CSS_SELECTOR, "#search-results li a")]
        assert any("Securing the renewal" in title for title in titles), titles
        box.send_keys(Keys.ENTER)
        wait(browser, lambda b: heading(b) != "Call scripts")

        # Back online; a page changes and the site is rebuilt.
        browser.execute_cdp_cmd("Network.emulateNetworkConditions",
                                {"offline": False, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1})
        server = Server(site, logs, port=port)
        browser.get(server.url(PAGE_URL))
        assert not browser.find_element(By.CSS_SELECTOR, "[data-update-notice]").is_displayed()
        old = build_name(server)
        edit(site, PAGE, "\n\n", "\n\nA sentence from the new version.\n\n")
        server.wait_for(PAGE_URL, "A sentence from the new version.")
        deadline = time.time() + 20
        while build_name(server) == old and time.time() < deadline:
            time.sleep(0.05)
        new = build_name(server)
        assert new != old

        # The next page load finds the new worker: the notice; Reload lets it take over.
        browser.get(server.url(PAGE_URL))
        notice = wait(browser, lambda b: b.find_element(By.CSS_SELECTOR, "[data-update-notice]").is_displayed()
                      and b.find_element(By.CSS_SELECTOR, "[data-update-notice]"), message="no new-version notice")
        assert notice.text.startswith("A new version of the playbook is available.")
        notice.find_element(By.CSS_SELECTOR, "button[data-action=reload]").click()
        wait(browser, lambda b: [name for name, _ in b.execute_async_script(CACHES)] == [new + " " + server.url("/")],
             message="the new build's cache did not replace the old one")
        wait(browser, lambda b: "A sentence from the new version." in b.find_element(By.CSS_SELECTOR, "main").text)
        assert not browser.find_element(By.CSS_SELECTOR, "[data-update-notice]").is_displayed()
    finally:
        if server.process.poll() is None:
            server.stop()


def test_from_disk_nothing_registers_and_nothing_is_fetched(site, chromium):
    """file://: no worker, no manifest link (fetching it from disk would fail), no notice, no console error."""
    built = subprocess.run([str(PLAYBOOK), "build", "--site", str(site)], capture_output=True, text=True)
    assert built.returncode == 0, built.stderr
    chromium.get((site / "public" / "visit-planning" / "commitment-objective" / "index.html").as_uri())
    assert heading(chromium) == "The commitment objective"
    time.sleep(0.5)
    found = chromium.execute_script(
        "return [navigator.serviceWorker ? navigator.serviceWorker.controller : null,"
        " document.querySelectorAll('link[rel=manifest]').length,"
        " document.querySelector('[data-update-notice]').hidden]")
    assert found == [None, 0, True]
    assert [entry for entry in chromium.get_log("browser") if entry["level"] == "SEVERE"] == []
