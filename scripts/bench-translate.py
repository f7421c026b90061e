#!/usr/bin/env python3
"""Make a benchmark corpus (../shared/bench/make-corpus.py) a site in two languages.

    bench-translate.py SITE [LANGUAGE]

Beside every page NAME.md it writes NAME.LANGUAGE.md (default `en`): a copy,
standing for a translation of the same size, and
it writes playbook.yaml with `languages: [zh-CN, LANGUAGE]`. The same corpus
always gives the same files. The shared generator stays as it is: this is the
project's own step on top of it.
"""
import sys
from pathlib import Path


def main() -> None:
    site = Path(sys.argv[1])
    language = sys.argv[2] if len(sys.argv) > 2 else "en"
    pages = 0
    for page in sorted((site / "content").rglob("*.md")):
        name = page.name
        if name.count(".") > 1 or (name.startswith("_") and name != "_index.md"):
            continue
        text = page.read_text(encoding="utf-8")
        page.with_name(page.name[:-3] + "." + language + ".md").write_text(text, encoding="utf-8")
        pages += 1
    (site / "playbook.yaml").write_text(f"languages: [zh-CN, {language}]\n", encoding="utf-8")
    print(f"{pages} pages translated into {language}")


if __name__ == "__main__":
    main()
