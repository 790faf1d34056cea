#!/usr/bin/env bash
# Runs a command with TMPDIR set to a fresh empty folder and fails if the command leaves anything
# in it (issue 23: a test run must leave nothing in the temporary directory). `make test` runs the
# test suite through it:
#
#   scripts/run-in-clean-tmp.sh swift test -c release -Xswiftc -enable-testing --skip-build
#
# Exit status: the command's when it fails; otherwise 1 when something was left (listed, then
# removed), 0 when the folder is empty.
#
# SwiftPM itself leaves two kinds of entries in TMPDIR whatever the tests do, and they are not
# counted: its lock files (`_<path>.lock`, empty, e.g. `_work_clreport_.build.lock`) and folders
# `TemporaryDirectory.XXXXXX` holding only `.keep-directory`. Building also leaves the compiler's
# macro expansions (`swift-generated-sources/`), so build first with the usual TMPDIR and run the
# tests with --skip-build (a build under another TMPDIR also recompiled every module when we
# measured it).
set -uo pipefail
[ $# -gt 0 ] || { echo "usage: $0 COMMAND [ARG ...]" >&2; exit 64; }

tmp=$(mktemp -d "${TMPDIR:-/tmp}/clreport-test-tmp.XXXXXX") || exit 1
TMPDIR="$tmp" "$@"
status=$?

left=$(cd "$tmp" && find . -mindepth 1 -maxdepth 1 | sed 's|^\./||' | sort | while read -r entry; do
    case $entry in
        _*.lock) [ -f "$entry" ] && [ ! -s "$entry" ] && continue ;;
        TemporaryDirectory.*)
            [ -d "$entry" ] && [ -z "$(find "$entry" -mindepth 1 ! -name .keep-directory)" ] && continue ;;
    esac
    printf '%s\n' "$entry"
    # Up to five entries inside, to show what it is.
    [ -d "$entry" ] && find "$entry" -mindepth 1 | sort | head -5 | sed 's/^/    /'
done)
rm -rf "$tmp"

if [ $status -ne 0 ]; then exit $status; fi
if [ -n "$left" ]; then
    echo "run-in-clean-tmp: \`$*\` left these in the temporary directory (TMPDIR); a test must remove what it makes (Tests/TestSupport: TemporaryDirectory):"
    printf '%s\n' "$left" | sed 's/^/  /'
    exit 1
fi
echo "run-in-clean-tmp: nothing left in the temporary directory"
exit 0
