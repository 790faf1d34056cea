#!/usr/bin/env bash
# Follows the "Adding a figure" recipe of Sources/README.md once, in a scratch copy of this commit:
# applies scripts/figure-recipe/figure10.patch (a constructed Figure 10: one claim of one sub-test on
# the `main` sweep, one chart, a section of its own), checks that it touches exactly the recipe's
# three files, builds, renders the quick profile and checks the page carries the figure, its chart
# and its claim. Slow (a clean build and a quick report: ~15 min on 2 cores), so not in `make test`.
#
#   scripts/check-figure-recipe.sh [CACHE_DIR]     CACHE_DIR: a quick-profile cache to reuse (optional)
#
# Exit 0 when the recipe holds, 1 when it does not (the message says what), 2 on bad usage.
set -euo pipefail
[ $# -le 1 ] || { echo "usage: scripts/check-figure-recipe.sh [CACHE_DIR]" >&2; exit 2; }
here=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/figure-recipe.XXXXXX")
cleanup() { git -C "$here" worktree remove --force "$work/tree" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
fail() { echo "check-figure-recipe: $*" >&2; exit 1; }

# SwiftPM leaves lock files for a build folder in $TMPDIR: keep them in the scratch folder.
mkdir -p "$work/tmp"
export TMPDIR="$work/tmp"
git -C "$here" worktree add --detach "$work/tree" HEAD >/dev/null
cd "$work/tree"
git apply "$here/scripts/figure-recipe/figure10.patch"
touched=$(git status --porcelain | awk '{print $2}' | LC_ALL=C sort | paste -sd' ')
expected="Sources/Experiments/Figures/Figure10.swift Sources/Reporting/Figures/Figure10.swift templates/figures/fig10.md"
[ "$touched" = "$expected" ] || fail "the figure touched: $touched; the recipe lists: $expected"
swift build -c release >"$work/build.log" 2>&1 || { tail -20 "$work/build.log" >&2; fail "the figure does not build"; }
cache=${1:-$work/cache}
.build/release/clreport report --profile quick --out "$work/out" --cache "$cache" >"$work/report.log" 2>&1 \
    || { tail -20 "$work/report.log" >&2; fail "the quick report with the figure failed"; }
grep -q 'id="fig-fig10"' "$work/out/index.html" || fail "the page has no section for Figure 10"
[ -f "$work/out/figures/fig10.svg" ] || fail "no figures/fig10.svg"
grep -q '"majority-rises-with-balance"' "$work/out/results.json" || fail "results.json has no Figure 10 claim"
grep -q '"section" : "fig10"' "$work/out/results.json" || fail "the claim's section is not fig10"
echo "check-figure-recipe: a new figure is the recipe's three files ($expected); it builds and renders (section, chart, claim)"
