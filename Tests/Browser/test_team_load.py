"""The team server under load and cut short, on loopback only: many clients
saving at once must lose, mix up or half-write nothing, and a server killed
(SIGKILL) in the middle of saves must leave whole sheets or none, a sound
repository, and start again.

Figures (saves per second, median and 99th-percentile latency) are printed
(`pytest -s`) and written as JSON to $PLAYBOOK_LOAD_REPORT when it is set;
nothing here asserts a time. $PLAYBOOK_LOAD_SAVES changes the number of saves
(200 by default) for a quicker run."""
import json
import os
import statistics
import subprocess
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from test_team_server import Client, TeamServer, commits, git, head, make_team_site, visit_plan, work_tree_changes

CLIENTS = 20
SAVES = int(os.environ.get("PLAYBOOK_LOAD_SAVES", "200"))
# Two managers, each signed in ten times (every client its own session); each saves for the reps they manage.
USERS = {
    "wei-zhang": ("Wei Zhang", "manager", "wei-password-1"),
    "maria-lopez": ("Maria Lopez", "manager", "maria-password-1"),
}
REPS = {"wei-zhang": ["wei-zhang", "li-na", "tom-becker", "chen-jie"],
        "maria-lopez": ["maria-lopez", "sam-okafor", "anna-kowalski", "raj-patel", "zhou-min"]}
PLANS = Path("content") / "visit-plans"


def accounts(site: Path) -> list:
    lines = (site / "content" / "_data" / "accounts.csv").read_text(encoding="utf-8").splitlines()[1:]
    return [line.split(",", 1)[0] for line in lines if line.strip()]


def sign_in_all(server: TeamServer, users: list) -> list:
    """One signed-in client per entry of `users`, signed in at once (bcrypt runs off the server's threads)."""
    def one(user):
        client = Client(server.port)
        answer = client.sign_in(user, USERS[user][2])
        assert answer.status == 303 and client.cookie, answer
        client.user, client.token = user, client.csrf()
        return client
    with ThreadPoolExecutor(len(users)) as pool:
        return list(pool.map(one, users))


def percentile(values: list, fraction: float) -> float:
    """The nearest-rank percentile."""
    ordered = sorted(values)
    return ordered[max(0, min(len(ordered) - 1, int(round(fraction * len(ordered) + 0.5)) - 1))]


def committed_texts(site: Path, paths: list) -> dict:
    """The contents of `paths` in HEAD, read by one `git cat-file --batch`."""
    request = "".join(f"HEAD:{path}\n" for path in paths).encode()
    output = subprocess.run(["git", "cat-file", "--batch"], cwd=site, input=request, capture_output=True, check=True).stdout
    found, offset = {}, 0
    for path in paths:
        end = output.index(b"\n", offset)
        header = output[offset:end].split()
        if header[-1] == b"missing":
            found[path], offset = None, end + 1
            continue
        size = int(header[2])
        found[path] = output[end + 1:end + 1 + size]
        offset = end + 1 + size + 1
    return found


@pytest.fixture
def fresh(tmp_path):
    """A new site with its repository and the two managers; no server yet."""
    site, _ = make_team_site(tmp_path, USERS)
    return site


def test_concurrent_saves_are_all_kept_whole(fresh, tmp_path):
    site = fresh
    server = TeamServer(site, tmp_path / "logs")
    try:
        names = list(USERS)
        clients = sign_in_all(server, [names[i % len(names)] for i in range(CLIENTS)])
        known = accounts(site)
        before, plans_before = head(site), {p.name for p in (site / PLANS).iterdir()}

        # Each client its own files: distinct names, and texts that say whose they are.
        work = {index: [] for index in range(CLIENTS)}
        for number in range(SAVES):
            index = number % CLIENTS
            user = clients[index].user
            file = f"2027-01-{1 + number % 28:02d}-load-{index:02d}-{number:03d}.md"
            text = visit_plan(rep=REPS[user][number % len(REPS[user])], account=known[number % len(known)],
                              date=f"2027-01-{1 + number % 28:02d}", best=f"Client {index}, save {number}: a product test",
                              notes=f"Saved by client {index} as save {number} ({user}).\n\nA second paragraph, {number}.")
            work[index].append((file, text))

        start = threading.Barrier(CLIENTS)
        results = []  # (file, text, status, body, seconds)
        lock = threading.Lock()

        def run(index):
            client = clients[index]
            start.wait()
            for file, text in work[index]:
                began = time.perf_counter()
                try:
                    answer = client.save(file, text, csrf=client.token, timeout=300)
                    status, body = answer.status, answer.text
                except Exception as error:  # noqa: BLE001 - a lost answer is a finding, recorded
                    status, body = None, repr(error)
                with lock:
                    results.append((file, text, status, body, time.perf_counter() - began))

        began = time.perf_counter()
        with ThreadPoolExecutor(CLIENTS) as pool:
            list(pool.map(run, range(CLIENTS)))
        elapsed = time.perf_counter() - began

        latencies = [r[4] for r in results]
        figures = {
            "saves": len(results), "clients": CLIENTS, "seconds": round(elapsed, 3),
            "saves_per_second": round(len(results) / elapsed, 3),
            "median_latency_seconds": round(statistics.median(latencies), 4),
            "p99_latency_seconds": round(percentile(latencies, 0.99), 4),
            "max_latency_seconds": round(max(latencies), 4),
            "binary": str(Path(os.environ.get("PLAYBOOK_BIN", "")).resolve()) if os.environ.get("PLAYBOOK_BIN") else None,
        }
        print("\nteam server load:", json.dumps(figures))
        if os.environ.get("PLAYBOOK_LOAD_REPORT"):
            Path(os.environ["PLAYBOOK_LOAD_REPORT"]).write_text(json.dumps(figures, indent=2) + "\n")

        # Every save answered ok, with its own file.
        refused = [(file, status, body) for file, _, status, body, _ in results if status != 200]
        assert len(results) == SAVES and not refused, refused[:5]
        for file, _, _, body, _ in results:
            answer = json.loads(body)
            assert answer["ok"] is True and answer["file"] == f"{PLANS}/{file}", answer

        # One commit each, adding just that file; the files on disk and in HEAD exactly what was sent.
        made = commits(site, f"{before}..HEAD")
        assert len(made) == SAVES, len(made)
        assert sorted(c["subject"] for c in made) == sorted(f"Add visit-plan {r[0]}" for r in results)
        assert {c["user"] for c in made} == set(USERS)
        for commit in made:
            assert commit["email"] == f"{commit['user']}@users.playbook.invalid" and commit["author"] == USERS[commit["user"]][0]
        plans_after = {p.name for p in (site / PLANS).iterdir()}
        assert plans_after - plans_before == {r[0] for r in results}
        sent = {f"{PLANS}/{file}": text.encode() for file, text, *_ in results}
        for path, data in sent.items():
            assert (site / path).read_bytes() == data, path
        in_head = committed_texts(site, list(sent))
        assert [path for path, data in sent.items() if in_head[path] != data] == []
        assert work_tree_changes(site) == ""
        assert git(site, "rev-list", "--count", f"{before}..HEAD").strip() == str(SAVES)
        assert not list((site / PLANS).glob(".*")), "temporary files left behind"
    finally:
        server.stop()


def test_a_server_killed_during_saves_leaves_whole_sheets_or_none(fresh, tmp_path):
    site = fresh
    plans = site / PLANS
    originals = {p.name: p.read_bytes() for p in plans.iterdir()}
    server = TeamServer(site, tmp_path / "logs", name="before-kill")
    clients = sign_in_all(server, ["wei-zhang"] * 2 + ["maria-lopez"] * 2)
    known = accounts(site)
    sent, answered = {}, {}  # file name: bytes sent / answered ok
    lock, stop = threading.Lock(), threading.Event()

    def stream(index):
        client, number = clients[index], 0
        while not stop.is_set():
            file = f"2027-02-01-crash-{index}-{number:04d}.md"
            text = visit_plan(rep=REPS[client.user][number % len(REPS[client.user])], account=known[number % len(known)],
                              date="2027-02-01", best=f"Stream {index}, save {number}",
                              notes=f"Stream {index}, save {number}.\n\n" + "A longer body line. " * 200)
            with lock:
                sent[file] = text.encode()
            try:
                answer = client.save(file, text, csrf=client.token, timeout=30)
            except Exception:  # noqa: BLE001 - the server is gone
                return
            if answer.status == 200:
                with lock:
                    answered[file] = text.encode()
            number += 1

    threads = [threading.Thread(target=stream, args=(i,), daemon=True) for i in range(len(clients))]
    for thread in threads:
        thread.start()
    time.sleep(1.0)
    # At least one save through, so the kill lands among saves rather than before them.
    deadline = time.time() + 20
    while not answered and time.time() < deadline:
        time.sleep(0.05)
    server.kill()
    stop.set()
    for thread in threads:
        thread.join(timeout=40)
    assert answered, server.terminal()

    # git may still be finishing a commit it was running for the killed server; then no lock is left.
    lock_file = site / ".git" / "index.lock"
    deadline = time.time() + 10
    while lock_file.exists() and time.time() < deadline:
        time.sleep(0.1)
    assert not lock_file.exists(), ".git/index.lock left behind"
    fsck = subprocess.run(["git", "fsck", "--no-progress"], cwd=site, capture_output=True, text=True)
    assert fsck.returncode == 0, fsck.stdout + fsck.stderr

    # Every sheet on disk is one that was sent, byte for byte; the rest are temporary files (removed on restart).
    leftovers = []
    for file in plans.iterdir():
        if file.name in originals:
            assert file.read_bytes() == originals[file.name], file.name
        elif file.name.startswith(".") and file.name.endswith(".saving"):
            leftovers.append(file.name)
        else:
            assert file.name in sent, f"unexpected file {file.name}"
            assert file.read_bytes() == sent[file.name], f"{file.name} is not whole"
    # Every save answered ok is on disk and committed, exactly as sent.
    in_head = committed_texts(site, [f"{PLANS}/{name}" for name in answered])
    for name, data in answered.items():
        assert (plans / name).read_bytes() == data, name
        assert in_head[f"{PLANS}/{name}"] == data, f"{name} answered ok but not committed"
    # What is not committed besides temporary files: a sheet written whole whose commit the kill stopped.
    uncommitted = "".join(line + "\n" for line in work_tree_changes(site).splitlines() if not line.endswith(".saving"))
    print(f"\nkilled after {len(answered)} saves answered ok ({len(sent)} sent); "
          f"temporary files left: {len(leftovers)}; not committed: {uncommitted.strip() or 'none'}")

    # A kill between writing and renaming leaves a temporary file: one planted in each sheet folder, half written.
    planted = [plans / ".2027-02-01-planted.md.0A1B2C3D-0000-4000-8000-000000000000.saving",
               site / "content" / "scorecards" / ".2027-02-01-planted.md.0A1B2C3D-0000-4000-8000-000000000001.saving"]
    for file in planted:
        file.write_bytes(sent[next(iter(sent))][:100])

    # Starting again: leftovers removed, uncommitted sheets reported, and a new save goes through.
    server = TeamServer(site, tmp_path / "logs", name="after-kill")
    try:
        for folder in (plans, site / "content" / "scorecards"):
            assert not [p.name for p in folder.glob(".*.saving")], "temporary files not removed on start"
        assert work_tree_changes(site) == uncommitted  # the sheets themselves are left for people to look at
        if uncommitted.strip():
            assert "not committed" in server.log(), server.log()
        stale = Client(server.port)
        stale.cookie = clients[0].cookie
        assert stale.get("/_playbook/session").status == 401  # sessions do not outlive the server
        client = sign_in_all(server, ["wei-zhang"])[0]
        # Every whole sheet the kill left is on the site again, committed or not.
        for file in plans.glob("2027-02-01-crash-*.md"):
            assert client.get(f"/visit-plans/{file.stem}/").status == 200, file.name
        before = head(site)
        text = visit_plan(date="2027-02-02", notes="After the restart.")
        answer = client.save("2027-02-02-after-restart.md", text, csrf=client.token)
        assert answer.status == 200 and answer.json()["ok"] is True, answer
        assert (plans / "2027-02-02-after-restart.md").read_bytes() == text.encode()
        made = commits(site, f"{before}..HEAD")
        assert [c["subject"] for c in made] == ["Add visit-plan 2027-02-02-after-restart.md"], made
        assert git(site, "show", "--format=", "--name-only", "HEAD").split() == [f"{PLANS}/2027-02-02-after-restart.md"]
        assert client.get("/visit-plans/2027-02-02-after-restart/").status == 200
    finally:
        server.stop()
