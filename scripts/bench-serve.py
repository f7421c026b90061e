#!/usr/bin/env python3
"""How long `playbook serve` takes from saving one page to answering with its
new HTML, on a synthetic site from ../shared/bench/make-corpus.py.

    python3 scripts/bench-serve.py [--pages 10000] [--edits 30] [--playbook BIN]

Builds the corpus (once, kept in $TMPDIR/playbook-serve-bench-N), copies the
project's templates into it, starts `playbook serve --port 0`, then edits one
page at a time — a new sentence in its body, written in place as an editor
saves — and polls the page over HTTP until the sentence is there. Prints each
time and the median. Edits are spread over different pages and a second
apart, as an author saves."""
import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=10000)
    parser.add_argument("--edits", type=int, default=30)
    parser.add_argument("--playbook", default=str(ROOT / ".build" / "release" / "playbook"))
    args = parser.parse_args()

    site = Path(tempfile.gettempdir()) / f"playbook-serve-bench-{args.pages}"
    if not (site / "content").is_dir():
        subprocess.run([sys.executable, str(ROOT.parent / "shared" / "bench" / "make-corpus.py"), str(args.pages), str(site)], check=True)
    shutil.rmtree(site / "templates", ignore_errors=True)
    shutil.copytree(ROOT / "templates", site / "templates")
    pages = sorted(p for p in (site / "content").rglob("*.md") if p.name != "_index.md" and "_data" not in p.parts)
    chosen = pages[:: max(1, len(pages) // args.edits)][: args.edits]
    originals = {page: page.read_text() for page in chosen}

    server = subprocess.Popen([args.playbook, "serve", "--site", str(site), "--port", "0"],
                              stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        started = time.perf_counter()
        port = None
        for line in server.stdout:
            found = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
            if found:
                port = int(found.group(1))
                break
        if port is None:
            print("the server did not start", file=sys.stderr)
            return 1
        print(f"{args.pages} pages: first build and start {time.perf_counter() - started:.1f} s")

        times = []
        for number, page in enumerate(chosen):
            url = f"http://127.0.0.1:{port}/" + str(page.relative_to(site / "content").with_suffix("")) + "/"
            marker = f"Edited sentence {number} {time.time_ns()}."
            text = originals[page]
            saved = time.perf_counter()
            with open(page, "w") as out:  # in place, as most editors save
                out.write(text + f"\n\n{marker}\n")
            while True:
                with urllib.request.urlopen(url) as response:
                    if marker.encode() in response.read():
                        break
                if time.perf_counter() - saved > 120:
                    print(f"no new HTML for {page} after 120 s", file=sys.stderr)
                    return 1
                time.sleep(0.001)
            times.append((time.perf_counter() - saved) * 1000)
            time.sleep(1.0)
        times_text = ", ".join(f"{t:.0f}" for t in times)
        print(f"save → new HTML, ms: {times_text}")
        print(f"median {statistics.median(times):.1f} ms, min {min(times):.1f} ms, max {max(times):.1f} ms over {len(times)} edits")
        return 0
    finally:
        server.terminate()
        server.wait(timeout=30)
        for page, text in originals.items():
            page.write_text(text)


if __name__ == "__main__":
    sys.exit(main())
