#!/usr/bin/env bash
# Real-browser check of a rendered report (issue 14), run by `make browser-test` (part of `make test`).
#
#   scripts/browser-check.sh [--max-pages N] [--layout] REPORT_DIR OUT_DIR
#
# --layout: opens REPORT_DIR/index.html in headless Chromium inside an iframe of 1280 px and of
#   420 px (a wrapper page that only this script writes; the report ships no script) and asserts,
#   from the browser's own layout: no horizontal overflow of the document, every figure shows an
#   SVG with a non-zero box, no figure text runs past its SVG's edge, the claims ledger's verdict column starts inside the viewport, and at
#   420 px the median height of the figure text boxes is at least 10 px and none is under 10 px;
#   the claims table (table.glance) ends inside the first 900 px at 1280 px and its verdicts lie
#   inside the viewport at 420 px; no raw TeX (_{ or ^{) in the page text. Screenshots of the page
#   at both widths go to OUT_DIR.
# --max-pages N: prints the page to PDF (A4 from the page's @page rule) and asserts at most N pages
#   (pdfinfo), and that its text (pdftotext) keeps every sub-test table's Holm statistic and, with
#   --layout, every row label of the robustness map; the PDF and PNGs of its first pages go to OUT_DIR.
# Exit status 0 = all checks pass, 1 = a check failed (each failure says what was measured),
# 69 = Chromium or poppler-utils missing.
set -euo pipefail

layout=0; max_pages=""
while [ $# -gt 2 ]; do
  case "$1" in
    --layout) layout=1; shift ;;
    --max-pages) max_pages="$2"; shift 2 ;;
    *) echo "browser-check: unknown option $1" >&2; exit 64 ;;
  esac
done
[ $# -eq 2 ] || { echo "usage: browser-check.sh [--max-pages N] [--layout] REPORT_DIR OUT_DIR" >&2; exit 64; }
report="$(cd "$1" && pwd)/index.html"
out="$2"
mkdir -p "$out"
out="$(cd "$out" && pwd)"
[ -f "$report" ] || { echo "browser-check: no report at $report; render one first (make report)" >&2; exit 66; }
chrome="$(command -v chromium || command -v chromium-browser || true)"
[ -n "$chrome" ] || { echo "browser-check: chromium not found; run make deps (installs the Debian package chromium)" >&2; exit 69; }
command -v pdfinfo >/dev/null || { echo "browser-check: pdfinfo not found; run make deps (installs poppler-utils)" >&2; exit 69; }

profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
run_chrome() {
  timeout 120 "$chrome" --headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --hide-scrollbars \
    --no-first-run --no-default-browser-check --user-data-dir="$profile" --allow-file-access-from-files "$@" 2>/dev/null
}
failures=0
fail() { echo "browser-check: FAIL: $*"; failures=$((failures + 1)); }

measure() { # width → prints "key=value ..." measured inside an iframe of that width
  local width="$1" wrapper="$out/wrapper-$1.html"
  cat > "$wrapper" <<HTML
<!DOCTYPE html>
<html><head><meta charset="utf-8"></head><body style="margin:0">
<iframe id="f" src="file://$report" style="width:${width}px;height:1000px;border:0"></iframe>
<pre id="out">no-measurement</pre>
<script>
document.getElementById('f').addEventListener('load', function () {
  var d = this.contentDocument, w = this.contentWindow, root = d.documentElement;
  var figures = d.querySelectorAll('figure'), blank = [], heights = [], clipped = [];
  figures.forEach(function (f) {
    var shown = Array.prototype.filter.call(f.querySelectorAll('svg'), function (s) {
      var r = s.getBoundingClientRect(); return r.width > 0 && r.height > 0;
    });
    if (shown.length === 0) blank.push(f.id || '(no id)');
    shown.forEach(function (s) {
      var box = s.getBoundingClientRect();
      s.querySelectorAll('text').forEach(function (t) {
        var r = t.getBoundingClientRect();
        heights.push(r.height);
        if (r.right > box.right + 1 || r.left < box.left - 1) clipped.push(t.textContent.slice(0, 30).replace(/\s+/g, '_'));
      });
    });
  });
  heights.sort(function (a, b) { return a - b; });
  var median = heights.length ? heights[Math.floor(heights.length / 2)] : 0;
  var verdict = d.querySelector('table.ledger tbody tr .badge'), vr = verdict ? verdict.getBoundingClientRect() : null;
  var wide = [];
  d.querySelectorAll('main *').forEach(function (e) {
    var r = e.getBoundingClientRect();
    if (r.right > root.clientWidth + 1 && !e.closest('table, pre') && e.getClientRects().length) wide.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.tagName === 'text' ? '[' + e.textContent.slice(0, 24).replace(/\s+/g, '_') + ']' : ''));
  });
  var glance = d.querySelector('table.glance'), gr = glance ? glance.getBoundingClientRect() : null;
  var offRight = Array.prototype.filter.call(d.querySelectorAll('table.glance .badge'), function (b) {
    return b.getBoundingClientRect().right > root.clientWidth + 1;
  }).length;
  var small = 0, smallIn = {};
  figures.forEach(function (f) {
    f.querySelectorAll('svg text').forEach(function (t) {
      var h = t.getBoundingClientRect().height;
      if (h > 0 && h < 10) { small++; smallIn[f.id || '(no id)'] = true; }
    });
  });
  var seenTables = {}, holm = 0;
  d.querySelectorAll('table.subtests').forEach(function (t) {
    if (seenTables[t.textContent]) return;
    seenTables[t.textContent] = true;
    holm += (t.textContent.match(/Holm/g) || []).length;
  });
  var text = d.body.innerText, tex = (text.match(/[_^]\{/g) || []).length;
  var mapLabels = Array.prototype.map.call(d.querySelectorAll('table.robustness-map tbody tr > :first-child'), function (c) {
    return c.textContent.trim().replace(/\s+/g, '_');
  }).filter(function (t) { return t.length; });
  document.getElementById('out').textContent = 'RESULT glanceBottom=' + (gr ? (gr.bottom + w.scrollY).toFixed(0) : 'none')
    + ' glanceBadgesOffRight=' + offRight + ' smallTexts=' + small + ' smallIn=' + (Object.keys(smallIn).join(',') || 'none')
    + ' holmInSubtests=' + holm + ' rawTeX=' + tex
    + ' mapLabels=' + (mapLabels.join('|') || 'none') + ' viewport=' + root.clientWidth + ' scrollWidth=' + root.scrollWidth
    + ' figures=' + figures.length + ' blank=' + (blank.join(',') || 'none') + ' texts=' + heights.length
    + ' medianText=' + median.toFixed(2) + ' clippedTexts=' + clipped.length + ' clippedFirst=' + (clipped.slice(0, 3).join(',') || 'none') + ' verdictLeft=' + (vr ? vr.left.toFixed(0) : 'none')
    + ' verdictRight=' + (vr ? vr.right.toFixed(0) : 'none') + ' wideElements=' + (wide.slice(0, 5).join(',') || 'none');
});
</script>
</body></html>
HTML
  run_chrome --window-size="$((width + 40)),1100" --virtual-time-budget=10000 --dump-dom "file://$wrapper" \
    | sed -n 's/.*\(RESULT [^<]*\)<.*/\1/p'
}
field() { echo "$1" | tr ' ' '\n' | sed -n "s/^$2=//p"; }

if [ "$layout" -eq 1 ]; then
  for width in 1280 420; do
    line="$(measure "$width")"
    [ -n "$line" ] || { fail "at $width px the measuring script produced no result (Chromium could not load $report?)"; continue; }
    echo "browser-check: $width px: ${line#RESULT }"
    vp="$(field "$line" viewport)"; sw="$(field "$line" scrollWidth)"
    [ "$sw" -le "$vp" ] || fail "at $width px the document is $sw px wide in a $vp px viewport (horizontal overflow; first wide elements: $(field "$line" wideElements))"
    [ "$(field "$line" figures)" -gt 0 ] || fail "at $width px the page has no <figure>"
    [ "$(field "$line" blank)" = "none" ] || fail "at $width px these figures show no SVG with a non-zero box: $(field "$line" blank)"
    [ "$(field "$line" clippedTexts)" -eq 0 ] || fail "at $width px $(field "$line" clippedTexts) figure text(s) run past the edge of their SVG and are cut off, e.g. $(field "$line" clippedFirst)"
    vl="$(field "$line" verdictLeft)"; vrr="$(field "$line" verdictRight)"
    if [ "$vl" != "none" ] && [ "$vrr" -gt "$vp" ]; then fail "at $width px the ledger's first verdict badge ends at x = $vrr px, outside the $vp px viewport"; fi
    [ "$(field "$line" rawTeX)" -eq 0 ] || fail "at $width px the page text holds $(field "$line" rawTeX) raw TeX fragment(s) (_{ or ^{)"
    gb="$(field "$line" glanceBottom)"
    if [ "$width" -eq 1280 ]; then
      [ "$gb" != "none" ] || fail "the page has no claims table (table.glance)"
      [ "$gb" = "none" ] || [ "$gb" -le 900 ] || fail "at 1280 px the claims table ends at y = $gb px, below the first screen (900 px)"
      echo "$(field "$line" mapLabels)" | tr '|' '\n' | tr '_' ' ' > "$out/map-labels.txt"
      field "$line" holmInSubtests > "$out/holm-count.txt"
    fi
    if [ "$width" -eq 420 ]; then
      [ "$(field "$line" glanceBadgesOffRight)" -eq 0 ] || fail "at 420 px $(field "$line" glanceBadgesOffRight) verdict(s) of the claims table lie right of the viewport (horizontal scrolling needed)"
      [ "$(field "$line" smallTexts)" -eq 0 ] || fail "at 420 px $(field "$line" smallTexts) figure text box(es) are under 10 px tall, in $(field "$line" smallIn)"
      med="$(field "$line" medianText)"
      awk -v m="$med" 'BEGIN { exit !(m >= 10) }' || fail "at 420 px the median figure text box is $med px tall (want ≥ 10 px; $(field "$line" texts) text boxes measured)"
    fi
    run_chrome --window-size="$width,2400" --screenshot="$out/screenshot-$width.png" "file://$report" >/dev/null || true
    [ -s "$out/screenshot-$width.png" ] && echo "browser-check: screenshot $out/screenshot-$width.png"
  done
fi

if [ -n "$max_pages" ]; then
  pdf="$out/report.pdf"
  run_chrome --no-pdf-header-footer --print-to-pdf="$pdf" "file://$report" >/dev/null || true
  if [ ! -s "$pdf" ]; then
    fail "Chromium wrote no PDF for $report"
  else
    pages="$(pdfinfo "$pdf" | sed -n 's/^Pages: *//p')"
    size="$(pdfinfo "$pdf" | sed -n 's/^Page size: *//p')"
    echo "browser-check: print: $pages pages ($size) in $pdf"
    [ "$pages" -le "$max_pages" ] || fail "$report prints to $pages pages (want ≤ $max_pages)"
    # The printed page keeps the evidence: every sub-test's statistic (its Holm-adjusted test) and
    # every row label of the robustness map (read from the page by the 1280 px layout check).
    printed="$(pdftotext -layout "$pdf" - 2>/dev/null | tr -s ' \n' ' ')"
    want="$(cat "$out/holm-count.txt" 2>/dev/null || echo 0)"
    holm="$(echo "$printed" | grep -o 'Holm' | wc -l)"
    [ "$holm" -ge "$want" ] || fail "the printed PDF names Holm $holm times; the page's sub-test tables name it $want times (sub-test statistics dropped in print?)"
    if [ -s "$out/map-labels.txt" ]; then
      while IFS= read -r label; do
        # The label's first word (a reading id): a wrapped cell can split the rest across lines.
        [ -z "$label" ] || echo "$printed" | grep -qF -- "${label%%[ ,]*}" || fail "the printed PDF lacks the robustness map's row label '$label'"
      done < "$out/map-labels.txt"
    fi
    command -v pdftoppm >/dev/null && pdftoppm -png -r 50 -f 1 -l 4 "$pdf" "$out/page" || true
  fi
fi

if [ "$failures" -gt 0 ]; then
  echo "browser-check: $failures check(s) failed; screenshots and wrapper pages are in $out"
  exit 1
fi
echo "browser-check: all checks passed ($out)"
