#!/usr/bin/env bash
# Fails when a module imports a module it does not declare in Package.swift (issue 23).
#
#   scripts/check-imports.sh [PACKAGE_DIR]     check the package (default: this repository)
#   scripts/check-imports.sh --self-test       check that the check fails on a planted import
#
# Reads Package.swift itself (no build, no `swift package`): every .target / .testTarget /
# .executableTarget / .systemLibrary / … with its name, dependencies and path (default
# Sources/<name>, Tests/<name> for test targets), then every `import X` line of the target's
# .swift files (attributes such as @testable, @preconcurrency and `import struct X.Y` included).
# An import of X is declared when X is the target itself or is in its `dependencies:` (a target
# name or `.product(name: X, …)`). Imports of modules that are neither a target of this package
# nor a product it names must be toolchain modules (the SYSTEM list below); anything else fails,
# so a new dependency package cannot slip in undeclared either.
# Exit 0 when every import is declared, 1 with one line per undeclared import, 2 on bad usage.
set -euo pipefail

# Modules of the Swift toolchain and the C library; never declared in Package.swift (PackagePlugin:
# SwiftPM's API for package plugins, Plugins/*).
SYSTEM="Foundation FoundationEssentials FoundationInternationalization FoundationNetworking FoundationXML
Glibc Musl Darwin Android WinSDK ucrt CRT Bionic Dispatch Swift _Concurrency _StringProcessing
Synchronization Observation RegexBuilder Distributed Cxx CxxStdlib os Testing XCTest PackagePlugin"

here=$(cd "$(dirname "$0")/.." && pwd)

if [ "${1:-}" = "--self-test" ]; then
    t=$(mktemp -d "${TMPDIR:-/tmp}/check-imports.XXXXXX")
    trap 'rm -rf "$t"' EXIT
    mkdir -p "$t/Sources/A" "$t/Sources/B" "$t/Sources/C" "$t/Tests/ATests" "$t/Tests/Extra"
    cat > "$t/Package.swift" <<'EOF'
// swift-tools-version:6.0
import PackageDescription
let package = Package(
    name: "selftest",   // "https://example.com/x" is a string with // in it, not a comment
    dependencies: [.package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0")],
    targets: [
        .target(name: "A"),
        /* .target(name: "Commented", dependencies: ["Nothing"]), */
        .target(name: "B", dependencies: [
            "A", .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .target(name: "C", dependencies: [.target(name: "A")], path: "Sources/C"),
        .testTarget(name: "ATests", dependencies: ["A"]),
        .testTarget(name: "BTests", dependencies: ["B"], path: "Tests/Extra", exclude: ["x"]),
    ]
)
EOF
    printf 'import Foundation\n' > "$t/Sources/A/A.swift"
    printf '#if canImport(Glibc)\nimport Glibc\n#endif\n@preconcurrency import A\nimport ArgumentParser\n' > "$t/Sources/B/B.swift"
    printf 'import struct A.Thing\n' > "$t/Sources/C/C.swift"
    printf 'import Testing\n@testable import A\n' > "$t/Tests/ATests/T.swift"
    printf 'import Testing\n@testable import B\n' > "$t/Tests/Extra/T.swift"
    "$0" "$t" > "$t/out" 2>&1 || { echo "check-imports self-test: a clean package failed:"; cat "$t/out"; exit 1; }
    # Each planted import must be reported, and the run must fail.
    printf 'import B\n' >> "$t/Sources/A/A.swift"                    # a target not declared
    printf 'import ArgumentParser\n' >> "$t/Sources/C/C.swift"       # a product not declared
    printf '@testable import C\n' >> "$t/Tests/Extra/T.swift"        # in a target with a path:
    printf 'import Unheard\n' >> "$t/Tests/ATests/T.swift"           # neither target, product nor system
    if "$0" "$t" > "$t/out" 2>&1; then echo "check-imports self-test: planted imports passed"; cat "$t/out"; exit 1; fi
    for want in "Sources/A/A.swift: A imports B" "Sources/C/C.swift: C imports ArgumentParser" \
                "Tests/Extra/T.swift: BTests imports C" "Tests/ATests/T.swift: ATests imports Unheard"; do
        grep -qF "$want" "$t/out" || { echo "check-imports self-test: missing \"$want\" in:"; cat "$t/out"; exit 1; }
    done
    [ "$(grep -c '^check-imports: ' "$t/out")" -eq 5 ] || { echo "check-imports self-test: unexpected output:"; cat "$t/out"; exit 1; }
    echo "check-imports self-test: passed (4 planted imports reported)"
    exit 0
fi

[ $# -le 1 ] || { echo "usage: $0 [PACKAGE_DIR] | --self-test" >&2; exit 2; }
pkg=${1:-$here}
[ -f "$pkg/Package.swift" ] || { echo "check-imports: $pkg/Package.swift not found" >&2; exit 2; }
cd "$pkg"

# 1. The targets: one line "name<TAB>kind<TAB>path<TAB>dep dep …<TAB>excluded …" each.
targets=$(awk '
    { src = src $0 "\n" }
    END {
        # Drop comments (outside string literals), keep strings and newlines.
        n = length(src); out = ""; i = 1
        while (i <= n) {
            c = substr(src, i, 1); c2 = substr(src, i, 2)
            if (c == "\"") {
                j = i + 1
                while (j <= n && substr(src, j, 1) != "\"") { if (substr(src, j, 1) == "\\") j++; j++ }
                out = out substr(src, i, j - i + 1); i = j + 1
            } else if (c2 == "//") {
                while (i <= n && substr(src, i, 1) != "\n") i++
            } else if (c2 == "/*") {
                j = index(substr(src, i + 2), "*/"); i = (j ? i + j + 3 : n + 1); out = out " "
            } else { out = out c; i++ }
        }
        rest = out
        while (match(rest, /\.(target|testTarget|executableTarget|systemLibrary|binaryTarget|macro|plugin)[ \t\n]*\(/)) {
            kind = substr(rest, RSTART + 1, RLENGTH - 1); sub(/[ \t\n]*\($/, "", kind)
            body = balanced(rest, RSTART + RLENGTH - 1, "(", ")")
            rest = substr(rest, RSTART + RLENGTH - 1 + length(body))
            if (!match(body, /name:[ \t\n]*"[^"]*"/)) continue
            name = substr(body, RSTART, RLENGTH); sub(/^name:[ \t\n]*"/, "", name); sub(/"$/, "", name)
            deps = ""; others = body
            if (match(body, /dependencies:[ \t\n]*\[/)) {
                list = balanced(body, RSTART + RLENGTH - 1, "[", "]")
                others = substr(body, 1, RSTART - 1) substr(body, RSTART + RLENGTH - 1 + length(list))
                gsub(/package:[ \t\n]*"[^"]*"/, "", list)      # .product(name: "X", package: "p"): p is no module
                gsub(/condition:[ \t\n]*\.when\([^)]*\)/, "", list)
                deps = strings(list)
            }
            path = (kind == "testTarget" ? "Tests/" : (kind == "plugin" ? "Plugins/" : "Sources/")) name
            if (match(others, /path:[ \t\n]*"[^"]*"/)) {
                path = substr(others, RSTART, RLENGTH); sub(/^path:[ \t\n]*"/, "", path); sub(/"$/, "", path)
            }
            excl = ""
            if (match(others, /exclude:[ \t\n]*\[/)) excl = strings(balanced(others, RSTART + RLENGTH - 1, "[", "]"))
            printf "%s\t%s\t%s\t%s\t%s\n", name, kind, path, deps, excl
        }
    }
    # The text from position p (an opening bracket) to its matching closing bracket, inclusive.
    function balanced(s, p, op, cl,   depth, k, ch, inString) {
        depth = 0; inString = 0
        for (k = p; k <= length(s); k++) {
            ch = substr(s, k, 1)
            if (inString) { if (ch == "\\") k++; else if (ch == "\"") inString = 0; continue }
            if (ch == "\"") inString = 1
            else if (ch == op) depth++
            else if (ch == cl && --depth == 0) return substr(s, p, k - p + 1)
        }
        return substr(s, p)
    }
    # The string literals of s, space-separated.
    function strings(s,   r) {
        r = ""
        while (match(s, /"[^"]*"/)) { r = r (r == "" ? "" : " ") substr(s, RSTART + 1, RLENGTH - 2); s = substr(s, RSTART + RLENGTH) }
        return r
    }
' Package.swift)

[ -n "$targets" ] || { echo "check-imports: no targets found in $pkg/Package.swift" >&2; exit 2; }

# Every module this package can name: its targets and the products its targets depend on.
known=$(printf '%s\n' "$targets" | awk -F '\t' '{ print $1; n = split($4, d, " "); for (i = 1; i <= n; i++) print d[i] }' | sort -u)

# 2. Every import line of every Swift target, checked against its dependencies.
status=0
tab=$(printf '\t')
while IFS="$tab" read -r name kind path deps excl; do
    case $kind in systemLibrary|binaryTarget) continue ;; esac
    [ -d "$path" ] || continue
    # Other targets nested in this one's folder, and excluded paths, are not its sources.
    prune=""
    for other in $(printf '%s\n' "$targets" | awk -F '\t' -v p="$path" 'index($3, p "/") == 1 { print $3 }'); do
        prune="$prune $other"
    done
    for e in $excl; do prune="$prune $path/$e"; done
    files=$(find "$path" -name '*.swift' -type f | sort | while read -r f; do
        skip=0
        for p in $prune; do case $f in "$p"|"$p"/*) skip=1 ;; esac; done
        [ $skip -eq 1 ] || printf '%s\n' "$f"
    done)
    [ -n "$files" ] || continue
    # "file<TAB>module" for each import (the first component of `import [kind] A.B`).
    imports=$(printf '%s\n' "$files" | while read -r f; do
        awk -v f="$f" '
            /^[ \t]*(@[A-Za-z_]+(\([^)]*\))?[ \t]+)*import[ \t]/ {
                line = $0
                sub(/^[ \t]*(@[A-Za-z_]+(\([^)]*\))?[ \t]+)*import[ \t]+/, "", line)
                sub(/^(typealias|struct|class|enum|protocol|let|var|func)[ \t]+/, "", line)
                sub(/[^A-Za-z0-9_].*$/, "", line)
                if (line != "") printf "%s\t%s\n", f, line
            }' "$f"
    done)
    [ -n "$imports" ] || continue
    bad=$(printf '%s\n' "$imports" | awk -F '\t' -v self="$name" -v deps=" $deps " -v known=" $(echo $known) " -v sys=" $(echo $SYSTEM) " '
        $2 == self || index(deps, " " $2 " ") { next }
        index(known, " " $2 " ") { printf "check-imports: %s: %s imports %s, which is not in its dependencies in Package.swift\n", $1, self, $2; next }
        index(sys, " " $2 " ") { next }
        { printf "check-imports: %s: %s imports %s, which is neither a target of this package, a product its targets use, nor a toolchain module (scripts/check-imports.sh SYSTEM)\n", $1, self, $2 }
    ' | sort -u)
    if [ -n "$bad" ]; then printf '%s\n' "$bad"; status=1; fi
done <<EOF
$targets
EOF

if [ $status -ne 0 ]; then
    echo "check-imports: FAILED: declare each module above in the importing target's dependencies in Package.swift"
else
    echo "check-imports: every import of $(printf '%s\n' "$targets" | wc -l | tr -d ' ') targets is declared in Package.swift"
fi
exit $status
