"""`playbook serve --team` end to end: the real binary on a fresh copy of the
full English sample in its own git repository (with a bare remote it pushes to), users made with
`playbook user add`, signed in through the login page in Chromium and over
plain HTTP. Saved sheets must be checked, committed as their user, pushed and
on the site at once; everything refused must leave no file and no commit.

The helpers here (a site, the server, an HTTP client with a session, sheets)
are used by test_team_load.py too."""
import http.client
import json
import os
import re
import signal
import subprocess
import time
import urllib.parse
from pathlib import Path

import pytest
import yaml
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

from conftest import PLAYBOOK
from test_workbook import choose, set_value

SETUP_AUTHOR = ("Site Setup", "setup@example.invalid")
PLAN_PAGE = "/visit-planning/preparing-the-visit/"
CARD_PAGE = "/call-scripts/call-review/"

# id: (name, role, password). Each test signs in whom it needs; raj-patel is locked out by one test alone.
USERS = {
    "wei-zhang": ("Wei Zhang", "manager", "wei-password-1"),
    "tom-becker": ("Tom Becker", "rep", "tom-password-1"),
    "li-na": ("Li Na", "rep", "li-na-password-1"),
    "raj-patel": ("Raj Patel", "rep", "raj-password-1"),
}


# ---------------------------------------------------------------- the site and its repository

def git(folder: Path, *arguments: str, check: bool = True) -> str:
    result = subprocess.run(["git", *arguments], cwd=folder, capture_output=True, text=True)
    if check:
        assert result.returncode == 0, f"git {' '.join(arguments)}: {result.stderr}"
    return result.stdout


def make_team_site(root: Path, users: dict) -> tuple:
    """`playbook init --language en --example` (the full English sample) in root/site, committed, pushed to the bare root/remote.git
    (branch main), and `users` ({id: (name, role, password)}) added. Returns (site, remote)."""
    site, remote = root / "site", root / "remote.git"
    made = subprocess.run([str(PLAYBOOK), "init", str(site), "--language", "en", "--example"], capture_output=True, text=True)
    assert made.returncode == 0, made.stderr
    assert (site / "content" / "_data" / "team.yaml").exists(), "init made no team data: not the full sample"
    git(site, "init", "-q", "-b", "main")
    git(site, "add", "-A")
    git(site, "-c", f"user.name={SETUP_AUTHOR[0]}", "-c", f"user.email={SETUP_AUTHOR[1]}", "-c", "commit.gpgsign=false",
        "commit", "-q", "-m", "The sample playbook")
    git(root, "init", "-q", "--bare", "-b", "main", str(remote))
    git(site, "remote", "add", "origin", str(remote))
    git(site, "push", "-q", "-u", "origin", "HEAD")
    for user, (name, role, password) in users.items():
        added = subprocess.run([str(PLAYBOOK), "user", "add", user, "--name", name, "--role", role, "--site", str(site)],
                               input=password + "\n", capture_output=True, text=True)
        assert added.returncode == 0, added.stderr
    return site, remote


class TeamServer:
    """`playbook serve --team --port 0` on a site; its terminal output kept in files."""

    def __init__(self, site: Path, logs: Path, push: str = None, name: str = "team"):
        self.site = site
        logs.mkdir(parents=True, exist_ok=True)
        self.out_path, self.err_path = logs / f"{name}.out", logs / f"{name}.err"
        command = [str(PLAYBOOK), "serve", "--team", "--site", str(site), "--port", "0"] + (["--push", push] if push else [])
        with open(self.out_path, "w") as out, open(self.err_path, "w") as err:
            self.process = subprocess.Popen(command, stdout=out, stderr=err)
        deadline = time.time() + 90
        self.port = None
        while time.time() < deadline and self.port is None:
            found = re.search(r"team server for .* at http://127\.0\.0\.1:(\d+)/ \(Ctrl-C to stop\)", self.out_path.read_text())
            if found:
                self.port = int(found.group(1))
            elif self.process.poll() is not None:
                break
            time.sleep(0.05)
        assert self.port, self.terminal()

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def log(self) -> str:
        return self.out_path.read_text()

    def terminal(self) -> str:
        return self.out_path.read_text() + self.err_path.read_text()

    def stop(self):
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    def kill(self):
        """SIGKILL: no chance to finish anything."""
        os.kill(self.process.pid, signal.SIGKILL)
        self.process.wait(timeout=20)


class Answer:
    def __init__(self, status: int, headers: http.client.HTTPMessage, body: bytes):
        self.status, self.headers, self.body = status, headers, body

    @property
    def text(self) -> str:
        return self.body.decode("utf-8", "replace")

    def json(self):
        return json.loads(self.body)

    def __repr__(self):
        return f"<{self.status} {self.text[:500]!r}>"


class Client:
    """A browser-less user of the team server: its own session cookie, requests sent exactly as written."""

    def __init__(self, port: int):
        self.port = port
        self.cookie = None  # "playbook_session=…"

    def request(self, method: str, path: str, body: bytes = None, headers: dict = None, timeout: float = 60) -> Answer:
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout)
        try:
            sent = dict(headers or {})
            if self.cookie:
                sent["Cookie"] = self.cookie
            connection.putrequest(method, path, skip_accept_encoding=True)
            if body is not None:
                sent["Content-Length"] = str(len(body))
            for key, value in sent.items():
                connection.putheader(key, value)
            connection.endheaders(body)
            response = connection.getresponse()
            answer = Answer(response.status, response.headers, response.read())
        finally:
            connection.close()
        for header in answer.headers.get_all("Set-Cookie") or []:
            pair = header.split(";", 1)[0].strip()
            if pair.startswith("playbook_session="):
                self.cookie = pair
        return answer

    def get(self, path: str) -> Answer:
        return self.request("GET", path)

    def sign_in(self, user: str, password: str, next_page: str = None) -> Answer:
        fields = {"user": user, "password": password, "next": next_page or ""}
        return self.request("POST", "/_playbook/login", urllib.parse.urlencode(fields).encode(),
                            {"Content-Type": "application/x-www-form-urlencoded"})

    def session(self):
        answer = self.get("/_playbook/session")
        return answer.json() if answer.status == 200 else None

    def csrf(self) -> str:
        return self.session()["csrf"]

    def save(self, file: str, text: str, kind: str = "form", template: str = "visit-plan", replace: bool = False,
             csrf=True, timeout: float = 60) -> Answer:
        """POST /_playbook/save; csrf=True sends this session's token, a string sends that, None sends none."""
        headers = {"Content-Type": "application/json"}
        if csrf is True:
            csrf = self.csrf()
        if csrf is not None:
            headers["X-Playbook-CSRF"] = csrf
        body = json.dumps({"kind": kind, "template": template, "file": file, "text": text, "replace": replace}).encode()
        return self.request("POST", "/_playbook/save", body, headers, timeout=timeout)


def signed_in(server: TeamServer, user: str) -> Client:
    client = Client(server.port)
    answer = client.sign_in(user, USERS[user][2])
    assert answer.status == 303 and client.cookie, answer
    return client


def visit_plan(rep="tom-becker", account="summit-plastics", date="2026-12-02",
               best="The plant manager books a product test", minimum="A second meeting", notes="Notes.") -> str:
    return f"""---
form: visit-plan
rep: {rep}
account: {account}
date: {date}
reason: First visit
best_commitment: {json.dumps(best, ensure_ascii=False)}
minimum_commitment: {json.dumps(minimum, ensure_ascii=False)}
attendees:
  - name: "Ravi Shah"
    influence: High
commitment_obtained: partly
---

{notes}
"""


def scorecard(rep="chen-jie", scored_by="wei-zhang", date="2026-12-03", subject="Cold call to Alpine Outdoor") -> str:
    return f"""---
scorecard: call-coaching
rep: {rep}
scored_by: {scored_by}
date: {date}
subject: {json.dumps(subject)}
scores: {{script: 4, discovery: 3, listening: 4, objections: 3, commitment: 4, next_step: 5}}
---

Practise one open question, then wait.
"""


# ---------------------------------------------------------------- what the repository and disk hold

COMMIT_FORMAT = "%H%x1f%an%x1f%ae%x1f%cn%x1f%s%x1f%(trailers:key=Playbook-User,valueonly,separator=)%x1e"


def commits(folder: Path, *arguments: str) -> list:
    """Commits of the repository at `folder` (a work tree or a bare repository), newest first, as dicts."""
    found = []
    for record in git(folder, "log", f"--format={COMMIT_FORMAT}", *arguments).split("\x1e"):
        if record.strip():
            sha, name, email, committer, subject, user = record.strip("\n").split("\x1f")
            found.append({"sha": sha, "author": name, "email": email, "committer": committer, "subject": subject,
                          "user": user.strip()})
    return found


def front_matter(text: str) -> dict:
    assert text.startswith("---\n"), text[:80]
    return yaml.safe_load(text[4:text.index("\n---\n", 4)])


def head(site: Path) -> str:
    return git(site, "rev-parse", "HEAD").strip()


def work_tree_changes(site: Path) -> str:
    return git(site, "status", "--porcelain", "--untracked-files=all")


def files_in(site: Path) -> set:
    """Every file of the site outside .git (the sources, the users file, the served output)."""
    return {str(p.relative_to(site)) for p in site.rglob("*") if p.is_file() and ".git" not in p.relative_to(site).parts[:1]}


def wait_until(condition, seconds: float = 20, message: str = "condition"):
    deadline = time.time() + seconds
    while time.time() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.1)
    raise AssertionError(f"{message}: not met after {seconds} s")


class NothingWritten:
    """`with NothingWritten(site):` fails unless the block left the commit, the work tree and the site's files as they were."""

    def __init__(self, site: Path):
        self.site = site

    def __enter__(self):
        self.head, self.files = head(self.site), files_in(self.site)
        assert work_tree_changes(self.site) == ""
        return self

    def __exit__(self, kind, value, trace):
        if kind is None:
            assert head(self.site) == self.head, "a commit was made"
            assert work_tree_changes(self.site) == "", work_tree_changes(self.site)
            assert files_in(self.site) == self.files, sorted(files_in(self.site) ^ self.files)
        return False


# ---------------------------------------------------------------- fixtures

@pytest.fixture(scope="module")
def team(tmp_path_factory):
    """One site, repository, remote and server for the module; tests use their own file names and users."""
    root = tmp_path_factory.mktemp("team")
    site, remote = make_team_site(root, USERS)
    server = TeamServer(site, root / "logs", push="origin")
    server.remote = remote
    yield server
    server.stop()


def sign_in_page_says(url: str, message: str) -> bool:
    """True for the login page asked to show `message` (`/login/?failed`, `…?locked&next=…`)."""
    parts = urllib.parse.urlsplit(url)
    return parts.path == "/login/" and message in urllib.parse.parse_qs(parts.query, keep_blank_values=True)


def browser_sign_in(browser, server: TeamServer, user: str, page: str):
    """Signs `user` in through the login page the way a person does: asks for `page`, is sent to
    the login page, signs in, and is brought back. Starts with no cookie and no drafts."""
    browser.get(server.url("/login/"))
    browser.delete_all_cookies()
    browser.execute_script("window.localStorage.clear()")
    browser.get(server.url(page))
    WebDriverWait(browser, 10).until(lambda b: "/login/" in b.current_url)
    asked = urllib.parse.urlsplit(browser.current_url)
    assert asked.path == "/login/" and urllib.parse.parse_qs(asked.query) == {"next": [page]}, browser.current_url
    browser.find_element(By.ID, "sign-in-user").send_keys(user)
    browser.find_element(By.ID, "sign-in-password").send_keys(USERS[user][2])
    browser.find_element(By.CSS_SELECTOR, ".sign-in-form button").click()
    WebDriverWait(browser, 10).until(lambda b: b.current_url == server.url(page))
    shown = browser.find_element(By.CSS_SELECTOR, "[data-team-user]")
    WebDriverWait(browser, 10).until(lambda b: shown.is_displayed())
    assert shown.find_element(By.CSS_SELECTOR, "[data-team-name]").text == USERS[user][0]
    assert shown.find_element(By.CSS_SELECTOR, ".sign-out button").is_displayed()
    return browser


def save_button(form):
    button = form.find_element(By.CSS_SELECTOR, "[data-action=save]")
    assert button.is_displayed() and button.text == "Save to the playbook"
    return button


def status_of(browser, form, words: str, seconds: float = 30) -> str:
    status = form.find_element(By.CSS_SELECTOR, ".form-status")
    WebDriverWait(browser, seconds).until(lambda b: words in status.text)
    return status.text


def fill_visit_plan(browser, form, rep: str, account: str, date: str, best: str, notes: str):
    set_value(browser, form.find_element(By.NAME, "rep"), rep)
    set_value(browser, form.find_element(By.NAME, "account"), account)
    set_value(browser, form.find_element(By.NAME, "date"), date)
    Select(form.find_element(By.NAME, "reason")).select_by_visible_text("First visit")
    if best:
        form.find_element(By.NAME, "best_commitment").send_keys(best)
    form.find_element(By.NAME, "minimum_commitment").send_keys("A second meeting with the technical lead")
    form.find_element(By.CSS_SELECTOR, "[data-action=add-row]").click()
    row = form.find_element(By.CSS_SELECTOR, "[data-row]")
    row.find_element(By.CSS_SELECTOR, "[data-field=name] input").send_keys("Ravi Shah")
    Select(row.find_element(By.CSS_SELECTOR, "[data-field=influence] select")).select_by_visible_text("High")
    Select(form.find_element(By.NAME, "commitment_obtained")).select_by_visible_text("partly")
    form.find_element(By.NAME, "notes").send_keys(notes)


def fill_scorecard(browser, card, rep: str, scored_by: str, date: str, subject: str, account: str = None):
    set_value(browser, card.find_element(By.NAME, "rep"), rep)
    set_value(browser, card.find_element(By.NAME, "scored_by"), scored_by)
    set_value(browser, card.find_element(By.NAME, "date"), date)
    set_value(browser, card.find_element(By.NAME, "subject"), subject)
    if account:
        set_value(browser, card.find_element(By.NAME, "account"), account)
    for criterion in card.find_elements(By.CSS_SELECTOR, "fieldset.criterion"):
        choose(browser, criterion.find_elements(By.CSS_SELECTOR, "input[type=radio]")[3])  # 4 of 5


def page_text(browser, server: TeamServer, path: str) -> str:
    browser.get(server.url(path))
    assert browser.current_url == server.url(path), browser.current_url  # not sent to the login page
    return browser.find_element(By.CSS_SELECTOR, "main").get_attribute("innerHTML")


# ---------------------------------------------------------------- the tests

def test_a_manager_saves_a_plan_and_a_scorecard_for_their_reps(team, browser):
    site = team.site
    browser_sign_in(browser, team, "wei-zhang", PLAN_PAGE)
    cookie = browser.get_cookie("playbook_session")
    assert cookie["httpOnly"] is True and cookie["sameSite"] == "Strict", cookie
    assert browser.execute_script("return document.cookie").find("playbook_session") < 0

    # The visit plan, for Tom Becker (one of Wei Zhang's reps), chosen by name.
    form = browser.find_element(By.CSS_SELECTOR, "form[data-form=visit-plan]")
    fill_visit_plan(browser, form, "Tom Becker", "Summit Plastics", "2026-12-02",
                    "The plant manager books a product test", "Saved from the browser by the manager.")
    save_button(form).click()
    said = status_of(browser, form, "Saved 2026-12-02-summit-plastics.md")
    assert "committed to the playbook" in said
    plan = site / "content" / "visit-plans" / "2026-12-02-summit-plastics.md"
    text = plan.read_text(encoding="utf-8")
    assert text.startswith("---\nform: visit-plan\n")
    fields = front_matter(text)
    assert (fields["rep"], fields["account"], str(fields["date"])) == ("tom-becker", "summit-plastics", "2026-12-02"), fields
    assert [(row["name"], row["influence"]) for row in fields["attendees"]] == [("Ravi Shah", "High")], fields
    assert text.endswith("\n---\n\nSaved from the browser by the manager.\n")
    # The status links to the sheet's page, served at once.
    link = form.find_element(By.CSS_SELECTOR, ".form-status a")
    assert link.get_attribute("href") == team.url("/visit-plans/2026-12-02-summit-plastics/")

    # The scorecard, for Chen Jie, also one of Wei Zhang's reps.
    browser.get(team.url(CARD_PAGE))
    card = browser.find_element(By.CSS_SELECTOR, "form[data-scorecard=call-coaching]")
    fill_scorecard(browser, card, "Chen Jie", "Wei Zhang", "2026-12-03", "Cold call to Harbor Logistics", "Harbor Logistics")
    assert card.find_element(By.CSS_SELECTOR, "output.total").text == "80"
    save_button(card).click()
    status_of(browser, card, "Saved 2026-12-03-harbor-logistics.md")
    sheet = site / "content" / "scorecards" / "2026-12-03-harbor-logistics.md"
    text = sheet.read_text(encoding="utf-8")
    assert text.startswith("---\nscorecard: call-coaching\n")
    fields = front_matter(text)
    assert (fields["rep"], fields["scored_by"], fields["account"]) == ("chen-jie", "wei-zhang", "harbor-logistics"), fields
    assert set(fields["scores"].values()) == {4}, fields
    assert work_tree_changes(site) == ""

    # Each is one commit, by Wei Zhang, committed by the server, with the trailer; both pushed to the remote.
    expected = {"Add visit-plan 2026-12-02-summit-plastics.md": "content/visit-plans/2026-12-02-summit-plastics.md",
                "Add call-coaching 2026-12-03-harbor-logistics.md": "content/scorecards/2026-12-03-harbor-logistics.md"}

    def pushed():
        found = {c["subject"]: c for c in commits(team.remote, "refs/heads/main")}
        return found if set(expected) <= set(found) else None
    remote = wait_until(pushed, 30, "both saves pushed to the bare remote")
    for subject, path in expected.items():
        commit = remote[subject]
        assert (commit["author"], commit["email"]) == ("Wei Zhang", "wei-zhang@users.playbook.invalid"), commit
        assert commit["committer"] == "Playbook team server" and commit["user"] == "wei-zhang", commit
        assert git(team.remote, "show", "--format=", "--name-only", commit["sha"]).split() == [path]
        assert git(team.remote, "show", f"{commit['sha']}:{path}") == (site / path).read_text(encoding="utf-8")

    # On the rep's and the account's pages, without a rebuild by hand.
    plan_link = "visit-plans/2026-12-02-summit-plastics/index.html"
    card_link = "scorecards/2026-12-03-harbor-logistics/index.html"
    assert plan_link in page_text(browser, team, "/team/tom-becker/")
    assert plan_link in page_text(browser, team, "/accounts/summit-plastics/")
    assert card_link in page_text(browser, team, "/team/chen-jie/")
    assert card_link in page_text(browser, team, "/accounts/harbor-logistics/")
    shown = page_text(browser, team, "/visit-plans/2026-12-02-summit-plastics/")
    assert "Saved from the browser by the manager." in shown and "Tom Becker" in shown
    browser.get(team.url("/scorecards/2026-12-03-harbor-logistics/"))
    main = browser.find_element(By.CSS_SELECTOR, "main").text
    assert "Chen Jie" in main and "Wei Zhang" in main
    assert re.search(r"saved content/visit-plans/2026-12-02-summit-plastics\.md for wei-zhang .*committed", team.log())


def test_an_empty_required_field_and_an_unknown_rep_are_refused(team, browser):
    site = team.site
    browser_sign_in(browser, team, "wei-zhang", PLAN_PAGE)
    form = browser.find_element(By.CSS_SELECTOR, "form[data-form=visit-plan]")
    log_before = team.log()
    with NothingWritten(site):
        # In the browser: both shown at their fields, and nothing sent.
        fill_visit_plan(browser, form, "Nobody Known", "Summit Plastics", "2026-12-04", "", "Never saved.")
        save_button(form).click()
        assert "Not saved: 2 fields need attention" in status_of(browser, form, "Not saved")
        for field, words in [("rep", "“Nobody Known” is not a rep of this team"), ("best_commitment", "This field is required.")]:
            box = form.find_element(By.CSS_SELECTOR, f".field[data-field={field}]")
            error = box.find_element(By.CSS_SELECTOR, ".field-error")
            assert error.is_displayed() and words in error.text, (field, error.text)
            assert box.find_element(By.NAME, field).get_attribute("aria-invalid") == "true", field
        for field in ("account", "date", "minimum_commitment"):
            box = form.find_element(By.CSS_SELECTOR, f".field[data-field={field}]")
            assert box.find_element(By.NAME, field).get_attribute("aria-invalid") != "true", field
        time.sleep(0.5)
        assert team.log() == log_before, "the browser sent a sheet it had found problems in"

        # Sent anyway, with a session and its token: the server's checker refuses each at its field.
        client = signed_in(team, "wei-zhang")
        cases = [
            ("2026-12-04-summit-plastics.md", visit_plan(date="2026-12-04", best=""), "best_commitment", "required", None),
            ("2026-12-05-summit-plastics.md", visit_plan(rep="nobody-known", date="2026-12-05"), "rep", "rep", "nobody-known"),
        ]
        for file, text, field, problem, value in cases:
            answer = client.save(file, text)
            assert answer.status == 422, answer
            body = answer.json()
            assert body["ok"] is False and body["refusal"] == "invalid", body
            assert [p["field"] for p in body["problems"]] == [field], body
            found = body["problems"][0]
            assert found["problem"] == problem and found.get("value") == value, found
            line = text.split("\n").index(next(ln for ln in text.split("\n") if ln.startswith(field + ":"))) + 1
            assert found["line"] == line and found["column"] > 0, found
            assert not (site / "content" / "visit-plans" / file).exists()
            assert f"refused to save content/visit-plans/{file} for wei-zhang:" in team.log()
        # Both at once: both named.
        answer = client.save("2026-12-06-summit-plastics.md", visit_plan(rep="nobody-known", date="2026-12-06", best=""))
        assert answer.status == 422 and {p["field"] for p in answer.json()["problems"]} == {"rep", "best_commitment"}, answer


def test_a_rep_cannot_save_a_scorecard(team, browser):
    site = team.site
    browser_sign_in(browser, team, "tom-becker", CARD_PAGE)
    card = browser.find_element(By.CSS_SELECTOR, "form[data-scorecard=call-coaching]")
    with NothingWritten(site):
        fill_scorecard(browser, card, "Tom Becker", "Wei Zhang", "2026-12-07", "Scoring myself")
        save_button(card).click()
        said = status_of(browser, card, "Not saved")
        assert "only managers and admins save scorecards" in said, said
        assert not (site / "content" / "scorecards" / "2026-12-07-tom-becker.md").exists()
        assert "refused to save content/scorecards/2026-12-07-tom-becker.md for tom-becker: a rep may not save scorecards" in team.log()

        client = signed_in(team, "tom-becker")
        answer = client.save("2026-12-08-tom-becker.md", scorecard(rep="tom-becker", date="2026-12-08"), kind="scorecard",
                             template="call-coaching")
        assert answer.status == 403 and answer.json()["refusal"] == "scorecard", answer
        assert not (site / "content" / "scorecards" / "2026-12-08-tom-becker.md").exists()


def test_saves_without_a_session_or_token_and_forged_names_are_refused(team):
    site = team.site
    text = visit_plan(date="2026-12-09")
    with NothingWritten(site):
        anonymous = Client(team.port)
        answer = anonymous.save("2026-12-09-summit-plastics.md", text, csrf="0" * 64)
        assert answer.status == 401 and answer.json()["refusal"] == "login", answer

        client = signed_in(team, "wei-zhang")
        token = client.csrf()
        answer = client.save("2026-12-09-summit-plastics.md", text, csrf=None)
        assert answer.status == 403 and answer.json()["refusal"] == "csrf", answer
        for wrong in ["0" * len(token), token[:-1], token + "0", "", signed_in(team, "wei-zhang").csrf()]:
            answer = client.save("2026-12-09-summit-plastics.md", text, csrf=wrong)
            assert answer.status == 403 and answer.json()["refusal"] == "csrf", (wrong, answer)

        for name in ["../x.md", "/etc/x.md", "a\u0000.md", "..md", ".hidden.md", "sub/x.md",
                     "../../../x.md", "..\\x.md", "x.md/", "x.txt", ".md", "-x.md", "x.md\n", "%2e%2e%2fx.md"]:
            answer = client.save(name, text, csrf=token)
            assert answer.status == 400 and answer.json()["refusal"] == "name", (name, answer)
            answer = client.save(name, scorecard(), kind="scorecard", template="call-coaching", csrf=token)
            assert answer.status == 400 and answer.json()["refusal"] == "name", (name, answer)
        for outside in [Path("/etc/x.md"), site.parent / "x.md", site / "content" / "x.md", site / "x.md"]:
            assert not outside.exists(), outside
    assert "refused a save from 127.0.0.1: not signed in" in team.log()
    assert "refused a save by wei-zhang: no or wrong CSRF token" in team.log()


def test_replacing_a_sheet_needs_replace_and_its_owner_or_manager(team):
    site = team.site
    file = "2026-12-10-summit-plastics.md"
    path = site / "content" / "visit-plans" / file
    tom, li, wei = signed_in(team, "tom-becker"), signed_in(team, "li-na"), signed_in(team, "wei-zhang")

    first = visit_plan(date="2026-12-10", notes="Tom's own plan.")
    answer = tom.save(file, first)
    assert answer.status == 200 and answer.json()["ok"] is True, answer
    assert answer.json()["file"] == f"content/visit-plans/{file}" and answer.json()["url"] == "visit-plans/2026-12-10-summit-plastics/"
    assert path.read_text(encoding="utf-8") == first

    with NothingWritten(site):
        answer = tom.save(file, visit_plan(date="2026-12-10", notes="Again, without replace."))
        assert answer.status == 409 and answer.json()["refusal"] == "exists", answer
        # Another rep (same manager), replacing it with a plan of her own: not hers to replace.
        answer = li.save(file, visit_plan(rep="li-na", date="2026-12-10", notes="Li Na's."), replace=True)
        assert answer.status == 403 and answer.json()["refusal"] == "owner", answer
        assert path.read_text(encoding="utf-8") == first

    before = head(site)
    second = visit_plan(date="2026-12-10", notes="Corrected by the manager.")
    answer = wei.save(file, second, replace=True)
    assert answer.status == 200 and answer.json()["ok"] is True, answer
    assert path.read_text(encoding="utf-8") == second
    made = commits(site, f"{before}..HEAD")
    assert len(made) == 1, made
    assert made[0]["subject"] == f"Update visit-plan {file}"
    assert (made[0]["author"], made[0]["email"], made[0]["user"]) == ("Wei Zhang", "wei-zhang@users.playbook.invalid", "wei-zhang")
    assert work_tree_changes(site) == ""
    # The page shows the new text at once.
    page = wei.get("/visit-plans/2026-12-10-summit-plastics/")
    assert page.status == 200 and "Corrected by the manager." in page.text


def test_a_wrong_password_is_refused(team, browser):
    browser.get(team.url("/login/"))
    browser.delete_all_cookies()
    browser.find_element(By.ID, "sign-in-user").send_keys("li-na")
    browser.find_element(By.ID, "sign-in-password").send_keys("not-her-password")
    browser.find_element(By.CSS_SELECTOR, ".sign-in-form button").click()
    WebDriverWait(browser, 10).until(lambda b: sign_in_page_says(b.current_url, "failed"))
    assert browser.find_element(By.CSS_SELECTOR, "[data-sign-in-message=failed]").is_displayed()
    assert not browser.find_element(By.CSS_SELECTOR, "[data-sign-in-message=locked]").is_displayed()
    browser.get(team.url(PLAN_PAGE))
    assert "/login/?next=" in browser.current_url  # still signed out
    assert "refused sign-in of 'li-na' from 127.0.0.1: wrong user name or password" in team.log()


def test_the_sixth_attempt_for_one_user_is_locked_even_with_the_right_password(team, browser):
    client = Client(team.port)
    for attempt in range(5):
        answer = client.sign_in("raj-patel", f"wrong-password-{attempt}")
        assert answer.status == 303 and sign_in_page_says(answer.headers["Location"], "failed"), answer.headers
    assert client.cookie is None
    # The sixth, with the right password, through the login page.
    browser.get(team.url("/login/"))
    browser.delete_all_cookies()
    browser.find_element(By.ID, "sign-in-user").send_keys("raj-patel")
    browser.find_element(By.ID, "sign-in-password").send_keys(USERS["raj-patel"][2])
    browser.find_element(By.CSS_SELECTOR, ".sign-in-form button").click()
    WebDriverWait(browser, 10).until(lambda b: sign_in_page_says(b.current_url, "locked"))
    assert browser.find_element(By.CSS_SELECTOR, "[data-sign-in-message=locked]").is_displayed()
    assert not [c for c in browser.get_cookies() if c["name"] == "playbook_session"]
    answer = client.sign_in("raj-patel", USERS["raj-patel"][2])
    assert answer.status == 303 and sign_in_page_says(answer.headers["Location"], "locked"), answer.headers
    assert client.cookie is None
    assert client.get("/_playbook/session").status == 401
    assert "refused sign-in of 'raj-patel' from 127.0.0.1: too many failed attempts" in team.log()


def test_the_users_file_is_never_served_and_the_search_index_needs_a_session(team):
    site, output = team.site, team.site / ".playbook" / "site"
    hashes = {line.split(":", 1)[1].strip() for line in (site / ".playbook" / "users.yaml").read_text().splitlines()
              if "password_hash:" in line}
    assert len(hashes) == len(USERS)
    anonymous, signed = Client(team.port), signed_in(team, "wei-zhang")
    for path in ["/.playbook/users.yaml", "/../.playbook/users.yaml", "/../../.playbook/users.yaml", "/%2e%2e/.playbook/users.yaml",
                 "/..%2f.playbook%2fusers.yaml", "/.playbook/site/../users.yaml", "/users.yaml", "/../users.yaml",
                 "/assets/../../.playbook/users.yaml", "/assets/..%2f..%2f.playbook%2fusers.yaml", "/login/../../.playbook/users.yaml"]:
        for client in (anonymous, signed):
            answer = client.get(path)
            assert answer.status != 200, (path, answer)
            assert "password_hash" not in answer.text and not any(h in answer.text for h in hashes), path
    # Not in the output folder, under any name.
    for file in output.rglob("*"):
        if file.is_file():
            data = file.read_bytes()
            assert file.name != "users.yaml" and b"password_hash" not in data, file
            assert not any(h.encode() in data for h in hashes), file

    # Pages and the search index need a session; the theme's other files and the login page do not.
    indexes = sorted(p.name for p in (output / "assets").glob("search-index*"))
    assert indexes, sorted(p.name for p in (output / "assets").iterdir())
    for name in indexes:
        answer = anonymous.get(f"/assets/{name}")
        assert answer.status == 303 and answer.headers["Location"].startswith("/login/?next="), (name, answer)
        assert signed.get(f"/assets/{name}").status == 200
    for path in ["/", "/team/tom-becker/", "/visit-plans/", "/accounts/summit-plastics/index.html"]:
        answer = anonymous.get(path)
        assert answer.status == 303, (path, answer)
        location = answer.headers["Location"]
        assert location.startswith("/login/?next=") and urllib.parse.unquote(location.split("=", 1)[1]) == path, location
        assert signed.get(path).status == 200, path
    for path in ["/login/", "/assets/playbook.css", "/assets/playbook.js"]:
        assert anonymous.get(path).status == 200, path
    assert anonymous.get("/_playbook/session").status == 401
