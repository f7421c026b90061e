#!/usr/bin/env bash
# Build performance, as the README's Performance section reports it.
#
#   bash scripts/bench-build.sh [PAGES] [RUNS]     # release build, then playbook vs Hugo in the same run
#   bash scripts/bench-build.sh --scale            # release build, then 10,000 vs 50,000 pages
#   bash scripts/bench-build.sh --instructions     # release build, then instructions per stage (callgrind, 1,000 pages)
#   bash scripts/bench-build.sh --lean-theme [PAGES] [RUNS]   # as the first, with a theme doing what the Hugo side's does
#   bash scripts/bench-build.sh --languages [PAGES] [RUNS]    # one language against the same corpus in two
#
# The comparison is ../shared/bench/compare-hugo.sh (Debian's hugo and hyperfine;
# installed here when missing). The machine is shared and noisy: read the ratios.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v hugo >/dev/null || ! command -v hyperfine >/dev/null; then
  apt-get update -qq && apt-get install -y -qq hugo hyperfine
fi
swift build -c release >/dev/null
bin=$(pwd)/.build/release/playbook

if [ "${1:-}" = "--instructions" ]; then
  # Instructions, not seconds: the same count for the same binary and input however busy the machine is.
  command -v valgrind >/dev/null || { apt-get update -qq && apt-get install -y -qq valgrind; }
  site=${TMPDIR:-/tmp}/playbook-bench-1000
  if [ ! -f "$site/content/_index.md" ]; then
    rm -rf "$site"; python3 ../shared/bench/make-corpus.py 1000 "$site" >/dev/null
  fi
  rm -rf "$site/templates" "$site/public"; cp -r templates "$site/templates"
  stripped=$(mktemp); cp "$bin" "$stripped"; chmod +x "$stripped"; strip -g "$stripped"  # valgrind cannot read this binary's DWARF
  out=$(mktemp)
  valgrind --tool=callgrind --callgrind-out-file="$out" "$stripped" build --site "$site" 2>&1 | grep -E "built|Collected"
  callgrind_annotate --inclusive=yes "$out" 2>/dev/null | grep -E \
    'LayoutEngineV6render_7context|PageParserV5parse_|0B8RendererV6render_10sourcePath|FrontMatterParserV4read|SearchIndexO5bytes3for[A-Za-z0-9_]*FZ |PageContextV4make|cmark_parse_document' \
    | sed -E 's/\?\?\?://; s/ \[.*//'
  rm -f "$stripped" "$out"
  exit 0
fi

if [ "${1:-}" = "--languages" ]; then
  # One language against two (every page also as NAME.en.md, scripts/bench-translate.py), in the same hyperfine run.
  pages=${2:-10000}
  one=${TMPDIR:-/tmp}/playbook-bench-lang1-$pages; two=${TMPDIR:-/tmp}/playbook-bench-lang2-$pages
  for site in "$one" "$two"; do
    if [ ! -f "$site/content/_index.md" ]; then
      rm -rf "$site"; python3 ../shared/bench/make-corpus.py "$pages" "$site" >/dev/null
      if [ "$site" = "$two" ]; then python3 scripts/bench-translate.py "$site" >/dev/null; fi
    fi
    rm -rf "$site/templates" "$site/public"; cp -r templates "$site/templates"
  done
  hyperfine --warmup 1 --runs "${3:-5}" -N "$bin build --site $one" "$bin build --site $two"
  exit 0
fi

if [ "${1:-}" = "--lean-theme" ]; then
  # The same comparison with a theme that renders what the Hugo side's templates render
  # (title, summary, table of contents, content, previous/next, a list of sections; a
  # section's pages), about a dozen tags a page instead of the default theme's forty:
  # the engines compared at equal template work. The default theme's figure is the one that counts.
  work=$(mktemp -d)
  cp -r templates "$work/templates"; rm -rf "$work/templates/layouts"; cp -r scripts/bench-lean-theme/layouts "$work/templates/layouts"
  project=$(pwd); cd "$work"
  bash "$project/../shared/bench/compare-hugo.sh" "$bin" "${2:-10000}" "${3:-5}"
  rm -rf "$work"; exit 0
fi

if [ "${1:-}" != "--scale" ]; then
  exec bash ../shared/bench/compare-hugo.sh "$bin" "${1:-10000}" "${2:-5}"
fi

# Scale: one build of each size after a warm-up build, wall time and peak memory.
declare -A wall memory
for pages in 10000 50000; do
  site=${TMPDIR:-/tmp}/playbook-bench-$pages
  if [ ! -f "$site/content/_index.md" ]; then
    rm -rf "$site"; python3 ../shared/bench/make-corpus.py "$pages" "$site" >/dev/null
  fi
  rm -rf "$site/templates"; cp -r templates "$site/templates"
  rm -rf "$site/public"
  "$bin" build --site "$site" >/dev/null
  rm -rf "$site/public"  # a fresh output: every file written
  out=$( { /usr/bin/time -f "%e %M" "$bin" build --site "$site" --timings >/dev/null; } 2>&1 | tail -1)
  wall[$pages]=${out% *}; memory[$pages]=${out#* }
  echo "$pages pages: ${wall[$pages]} s, peak $(( ${memory[$pages]} / 1024 )) MiB"
done
python3 -c "print(f'50,000 / 10,000 pages: wall {${wall[50000]}/${wall[10000]}:.2f}, peak memory {${memory[50000]}/${memory[10000]}:.2f}')"
