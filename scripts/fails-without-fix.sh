#!/usr/bin/env bash
# Mutation check of the reliability fixes (issue 15): does each test fail without its fix?
#
# For every Tests/Reliability/mutations/NN-name.patch (a patch that undoes one fix minimally; its
# header line "# tests: <regex>" names the tests that must catch it), this script
#   1. syncs the working tree (tracked + untracked, not ignored files) into a private copy,
#      $MUTANTS_DIR (default .build/mutants; the copy keeps its own .build, so re-runs are incremental),
#   2. runs the named tests on the unmutated copy once (they must pass: a test that fails anyway
#      proves nothing),
#   3. per patch: `git apply` in the copy, build, `swift test --filter <tests>`, `git apply -R`;
#      CAUGHT = the tests failed (or crashed, or timed out), MISSED = they passed.
# The working tree itself is never modified; the copy is restored on every exit path (trap).
#
# Usage: scripts/fails-without-fix.sh [PATCH-PREFIX ...]     e.g. scripts/fails-without-fix.sh 05 11
# Env:   SWIFT (swift), CONFIG (-c release), MUTANTS_DIR, MUTATION_TIMEOUT (seconds per test run, 1800),
#        MUTATION_PATCH_DIR (another folder of patches, e.g. to re-run one with other tests)
# Exit:  0 every mutation CAUGHT; 1 some MISSED (or a patch did not apply/build, or no test matched);
#        2 the unmutated tests fail (fix them first).
set -uo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
SWIFT=${SWIFT:-swift}
CONFIG=${CONFIG:--c release}
TESTFLAGS="-Xswiftc -enable-testing"
MUTANTS_DIR=${MUTANTS_DIR:-$ROOT/.build/mutants}
TIMEOUT=${MUTATION_TIMEOUT:-1800}
PATCH_DIR=${MUTATION_PATCH_DIR:-$ROOT/Tests/Reliability/mutations}
COPY=$MUTANTS_DIR/tree
LOGS=$MUTANTS_DIR/logs
RESULTS=$MUTANTS_DIR/results.md

mkdir -p "$COPY" "$LOGS" || { echo "fails-without-fix: cannot create $MUTANTS_DIR" >&2; exit 73; }
# The copy is a repository of its own (never committed to), so `git -C "$COPY" apply` patches the
# copy's files even when the copy lies inside this worktree (.build/mutants is ignored here).
[ -d "$COPY/.git" ] || git -C "$COPY" init -q || { echo "fails-without-fix: cannot init $COPY" >&2; exit 73; }

# The patch currently applied to the copy (reverted by the trap on any exit).
APPLIED=""
restore() {
    if [ -n "$APPLIED" ]; then
        git -C "$COPY" apply -R "$APPLIED" 2>/dev/null || sync_tree
        APPLIED=""
    fi
}
trap 'restore' EXIT
trap 'restore; exit 130' INT TERM HUP

# Copies changed and new files into the copy (unchanged files keep their mtime, so the copy's
# build stays incremental) and deletes files that are gone from the working tree.
sync_tree() {
    local list
    list=$(mktemp)
    # Tracked and untracked (not ignored) files, plus Package.resolved (not committed) so the copy
    # pins the same dependency versions as the working tree.
    (cd "$ROOT" && { git ls-files -co --exclude-standard; [ -f Package.resolved ] && echo Package.resolved; } | LC_ALL=C sort -u) > "$list"
    while IFS= read -r f; do
        [ -f "$ROOT/$f" ] || continue
        if ! cmp -s "$ROOT/$f" "$COPY/$f"; then
            mkdir -p "$(dirname "$COPY/$f")" && cp -p "$ROOT/$f" "$COPY/$f"
        fi
    done < "$list"
    (cd "$COPY" && find . \( -path ./.build -o -path ./.git \) -prune -o -type f -print | sed 's|^\./||' | LC_ALL=C sort) \
        | LC_ALL=C comm -23 - "$list" | while IFS= read -r gone; do rm -f "$COPY/$gone"; done
    rm -f "$list"
}

tests_of() { sed -n 's/^# tests: //p' "$1" | head -1; }

# Number of tests Swift Testing ran, from "Test run with N tests …" (empty when it did not finish).
tests_run() { grep -Eo 'Test run with [0-9]+ test' "$1" | tail -1 | grep -Eo '[0-9]+'; }

build() { (cd "$COPY" && $SWIFT build $CONFIG $TESTFLAGS --build-tests) > "$1" 2>&1; }
# The tests that failed ("✘ Test name(…"), comma-separated; "crash at File.swift:line" when the
# test process died first (the first frame in Sources/ of its backtrace).
failed_tests() {
    local names crash
    names=$(grep -Eo '^✘ Test [A-Za-z0-9_]+\(' "$1" | sed 's/^✘ Test //; s/($//' | LC_ALL=C sort -u | paste -sd, | sed 's/,/, /g')
    crash=$(grep -Eo 'Sources/[A-Za-z0-9_/+.-]+\.swift:[0-9]+' "$1" | head -1 | sed 's|^Sources/||')
    if [ -n "$names" ]; then echo "$names"; elif [ -n "$crash" ]; then echo "crash at $crash"; else echo "-"; fi
}
run_tests() { (cd "$COPY" && timeout "$TIMEOUT" $SWIFT test $CONFIG $TESTFLAGS --skip-build --filter "$2") > "$1" 2>&1; }

patches=()
for p in "$PATCH_DIR"/*.patch; do
    name=$(basename "$p" .patch)
    if [ $# -gt 0 ]; then
        keep=""
        for want in "$@"; do case "$name" in "$want"*) keep=1 ;; esac; done
        [ -n "$keep" ] || continue
    fi
    [ -n "$(tests_of "$p")" ] || { echo "fails-without-fix: $p has no '# tests: <regex>' line" >&2; exit 65; }
    patches+=("$p")
done
[ ${#patches[@]} -gt 0 ] || { echo "fails-without-fix: no patches selected in $PATCH_DIR" >&2; exit 66; }

echo "fails-without-fix: syncing $ROOT into $COPY"
sync_tree

# Baseline: every named test passes on the unmutated tree.
all=$(for p in "${patches[@]}"; do tests_of "$p"; done | LC_ALL=C sort -u | paste -sd'|')
echo "fails-without-fix: baseline build and tests ($all)"
if ! build "$LOGS/baseline-build.log"; then
    echo "fails-without-fix: the unmutated tree does not build; see $LOGS/baseline-build.log" >&2; exit 2
fi
if ! run_tests "$LOGS/baseline.log" "$all"; then
    echo "fails-without-fix: the tests fail WITHOUT any mutation; see $LOGS/baseline.log" >&2; exit 2
fi
echo "fails-without-fix: baseline passed ($(tests_run "$LOGS/baseline.log") tests)"

{
    echo "| patch | tests (--filter) | result | failed | tests run | seconds |"
    echo "|---|---|---|---|---|---|"
} > "$RESULTS"
status=0
for p in "${patches[@]}"; do
    name=$(basename "$p" .patch)
    filter=$(tests_of "$p")
    log="$LOGS/$name.log"
    start=$(date +%s)
    : > "$log"
    if ! git -C "$COPY" apply "$p" 2> "$log"; then
        result="NOT APPLIED"; status=1; n="-"
    else
        APPLIED=$p
        if ! build "$LOGS/$name.build.log"; then
            result="DOES NOT BUILD (see $name.build.log)"; status=1; n="-"
        else
            run_tests "$log" "$filter"; rc=$?
            n=$(tests_run "$log")
            if [ "$rc" -eq 0 ]; then
                if [ "${n:-0}" -eq 0 ]; then result="NO TEST MATCHED"; else result="MISSED"; fi
                status=1
            elif [ "$rc" -eq 124 ]; then
                result="CAUGHT (timeout)"
            elif [ -z "$n" ]; then
                result="CAUGHT (crash, exit $rc)"
            else
                result="CAUGHT"
            fi
        fi
        restore
    fi
    secs=$(( $(date +%s) - start ))
    failed=$(failed_tests "$log")
    printf '%-40s %-24s %s\n' "$name" "$result" "(${n:--} tests, ${secs} s, log $log; failed: $failed)"
    echo "| $name | \`${filter//|/\\|}\` | $result | $failed | ${n:--} | $secs |" >> "$RESULTS"
done
echo "fails-without-fix: table in $RESULTS"
exit $status
