#!/usr/bin/env python3
"""How long `playbook serve` takes from saving one page to answering with its
new HTML, on a synthetic site from ../shared/bench/make-corpus.py.

    python3 scripts/bench-serve.py [--pages 10000] [--edits 30] [--playbook BIN] [--edit body|title]

Builds the corpus (once, kept in $TMPDIR/playbook-serve-bench-N), copies the
project's templates into it, starts `playbook serve --port 0`, then edits one
page at a time — a new sentence in its body (`--edit body`, the default), or a
new title (`--edit title`), written in place as an editor saves — and polls
the page over HTTP until the sentence is there; for a new title, until both
the page and its section's landing page (which lists it) show it. Prints each
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
    parser.add_argument("--edit", choices=["body", "title"], default="body")
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
            relative = page.relative_to(site / "content").with_suffix("")
            urls = [f"http://127.0.0.1:{port}/{relative}/"]
            marker = f"Edited sentence {number} {time.time_ns()}."
            text = originals[page]
            if args.edit == "title":
                marker = f"Retitled {number} {time.time_ns()}"
                urls.append(f"http://127.0.0.1:{port}/{relative.parent}/")
                edited, count = re.subn(r"^title: .*$", f"title: {marker}", text, count=1, flags=re.M)
                if count != 1:
                    print(f"{page} has no title line", file=sys.stderr)
                    return 1
            else:
                edited = text + f"\n\n{marker}\n"
            saved = time.perf_counter()
            with open(page, "w") as out:  # in place, as most editors save
                out.write(edited)
            waiting = list(urls)
            while True:
                while waiting:
                    with urllib.request.urlopen(waiting[0]) as response:
                        if marker.encode() not in response.read():
                            break
                    waiting.pop(0)
                if not waiting:
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
