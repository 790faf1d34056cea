import Markup

/// The page shell: one self-contained HTML5 document around a rendered report body.
///
/// Inline CSS only — no scripts, fonts, images or styles from the network — so the page works
/// offline, from a file, and printed. The stylesheet gives a ~70-character text measure
/// (48rem), wider figures (up to 60rem), zebra-striped tables with right-aligned tabular
/// numbers, `<details>` data tables, figure captions, claim badges, dark mode through
/// `prefers-color-scheme`, a narrow layout (below 40rem: the `.fig-narrow` rendering of each
/// figure replaces `.fig-wide`, tables scroll in their own box), and print rules for A4 (light
/// colours, collapsed data tables left out with a `.print-only` note saying where the data is,
/// figures and table rows kept whole, the ledger and assumptions on new pages; figures at most
/// 105 mm tall, except Figure R6's grid of 4 × 5 panels, which gets a page of its own, 200 mm).
///
/// Verdict badges are blue (PASS), orange (FAIL), yellow (INCONCLUSIVE) and grey (diverged), in
/// light and dark mode: green/red backgrounds were indistinguishable under deuteranopia (CIELAB
/// ΔE₇₆ 2.5 in the Machado 2009 simulation); these keep every pair ≥ 12.9 apart in light mode and
/// ≥ 26 in dark mode, with text contrast ≥ 5.7:1.
public enum PageShell {
    /// Wraps `bodyHTML` (trusted HTML) in a complete document; `title` and `lang` are escaped.
    /// The output depends only on the arguments: no dates, no generator versions.
    public static func document(title: String, bodyHTML: String, lang: String = "en") -> String {
        var out = """
        <!DOCTYPE html>
        <html lang="\(Escape.xml(lang))">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="color-scheme" content="light dark">
        <title>\(Escape.xml(title))</title>
        <style>
        \(css)</style>
        </head>
        <body>
        <main>

        """
        out += bodyHTML
        if !bodyHTML.isEmpty && !bodyHTML.hasSuffix("\n") { out += "\n" }
        out += """
        </main>
        </body>
        </html>

        """
        return out
    }

    /// The inline stylesheet (ends with a newline).
    public static let css = """
    :root {
      color-scheme: light dark;
      --bg: #ffffff;
      --fg: #1d1f23;
      --muted: #5b6270;
      --rule: #d8dbe0;
      --stripe: #f4f5f7;
      --code-bg: #f2f3f5;
      --link: #0b5cad;
      --pass-bg: #c2dbf4; --pass-fg: #0b3f70;
      --fail-bg: #fbe6da; --fail-fg: #7a2500;
      --inconclusive-bg: #f4eec2; --inconclusive-fg: #544800;
      --diverged-bg: #dcd8df; --diverged-fg: #3f3648;
    }
    @media (prefers-color-scheme: dark) {
      :root {
        --bg: #16181c;
        --fg: #e4e6ea;
        --muted: #a3a9b4;
        --rule: #3a3f48;
        --stripe: #1f2228;
        --code-bg: #23262d;
        --link: #7cb4f0;
        --pass-bg: #144271; --pass-fg: #d2e7fc;
        --fail-bg: #401c07; --fail-fg: #fcc7a6;
        --inconclusive-bg: #716414; --inconclusive-fg: #fffbe0;
        --diverged-bg: #2f2932; --diverged-fg: #ddd3e6;
      }
    }
    *, *::before, *::after { box-sizing: border-box; }
    html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
    body {
      margin: 0;
      padding: 2rem 1.25rem 4rem;
      background: var(--bg);
      color: var(--fg);
      font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif;
      font-size: 1.0625rem;
      line-height: 1.6;
    }
    main > * { max-width: 48rem; margin-left: auto; margin-right: auto; }
    main > figure, main > .wide { max-width: 60rem; }
    h1, h2, h3, h4, h5, h6 { line-height: 1.25; margin-top: 2em; margin-bottom: 0.5em; }
    h1 { font-size: 1.75rem; margin-top: 0; }
    h2 { font-size: 1.5rem; padding-bottom: 0.2em; border-bottom: 1px solid var(--rule); }
    h3 { font-size: 1.2rem; }
    p, ul, ol, dl, blockquote, pre, table { margin-top: 0; margin-bottom: 1em; }
    a { color: var(--link); text-underline-offset: 0.15em; }
    h1 > a, h2 > a, h3 > a { color: inherit; }
    code, kbd, samp, pre {
      font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace;
      font-size: 0.9em;
    }
    code { background: var(--code-bg); padding: 0.1em 0.3em; border-radius: 3px; }
    pre { background: var(--code-bg); padding: 0.75rem 1rem; overflow-x: auto; border-radius: 4px; line-height: 1.45; }
    pre code { background: none; padding: 0; }
    blockquote { margin-left: 0; padding-left: 1rem; border-left: 3px solid var(--rule); color: var(--muted); }
    hr { border: 0; border-top: 1px solid var(--rule); margin: 2rem auto; }
    img, svg { max-width: 100%; height: auto; }
    table { border-collapse: collapse; width: auto; max-width: 100%; font-size: 0.95em; display: block; overflow-x: auto; }
    caption { caption-side: top; text-align: left; color: var(--muted); padding-bottom: 0.4em; font-size: 0.95em; }
    th, td { padding: 0.35em 0.75em; border-bottom: 1px solid var(--rule); text-align: left; vertical-align: top; }
    thead th { border-bottom: 2px solid var(--rule); font-weight: 600; }
    tbody tr:nth-child(even) { background: var(--stripe); }
    th.num, td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
    figure { margin: 2rem auto; }
    figure > svg { display: block; width: 100%; height: auto; margin: 0 auto; }
    figcaption { color: var(--muted); font-size: 0.95em; margin-top: 0.5em; max-width: 48rem; }
    figcaption .what-we-see { display: block; color: var(--fg); margin-top: 0.35em; }
    details { margin-top: 0.75em; }
    details > summary { cursor: pointer; color: var(--muted); font-size: 0.95em; }
    details > summary:focus-visible { outline: 2px solid var(--link); outline-offset: 2px; }
    details[open] > summary { margin-bottom: 0.5em; }
    .badge {
      display: inline-block;
      padding: 0.05em 0.5em;
      border-radius: 0.75em;
      border: 1px solid currentColor;
      font-size: 0.8em;
      font-weight: 700;
      letter-spacing: 0.04em;
      line-height: 1.5;
      vertical-align: 0.1em;
      white-space: nowrap;
    }
    .badge-pass { background: var(--pass-bg); color: var(--pass-fg); }
    .badge-fail { background: var(--fail-bg); color: var(--fail-fg); }
    .badge-inconclusive { background: var(--inconclusive-bg); color: var(--inconclusive-fg); }
    .badge-diverged { background: var(--diverged-bg); color: var(--diverged-fg); }
    .print-only { display: none; }
    .fig-narrow { display: none; }
    nav.toc { font-size: 0.95em; }
    nav.toc ol { margin: 0 0 1em; padding-left: 1.5em; }
    .backlinks { font-size: 0.85em; color: var(--muted); white-space: nowrap; }
    table.ledger td:first-child { white-space: nowrap; }
    table.ledger tr.ledger-subtests > td { white-space: normal; min-width: 0; }
    table.subtests { font-size: 0.9em; }
    table.glance { font-size: 0.85em; }
    table.glance td, table.glance th { padding: 0.25em 0.6em; }
    pre.how-computed { white-space: pre-wrap; overflow-wrap: anywhere; font-size: 0.8em; max-height: 40rem; overflow-y: auto; max-width: calc(100vw - 2.5rem); position: sticky; left: 0; }
    :target { scroll-margin-top: 1rem; }
    li:target, tr:target { outline: 2px solid var(--link); outline-offset: 2px; }
    @media (max-width: 40rem) {
      body { padding: 1rem 0.75rem 3rem; font-size: 1rem; }
      .fig-wide { display: none; }
      .fig-narrow { display: block; }
      main { overflow-wrap: break-word; }
      td, th { padding: 0.3em 0.5em; }
      table.ledger td:nth-child(2) { min-width: 8rem; }
      /* On a phone the ledger keeps verdict, claim and tally; the paper's words and the rule are one
         tap away, under the claim in its figure's section. */
      table.ledger th:nth-child(3), table.ledger td:nth-child(3),
      table.ledger th:nth-child(4), table.ledger td:nth-child(4) { display: none; }
    }
    @media print {
      @page { size: A4; margin: 14mm 13mm 16mm; }
      :root {
        color-scheme: light;
        --bg: #ffffff; --fg: #000000; --muted: #333333; --rule: #999999; --stripe: #f2f2f2; --code-bg: #f2f2f2; --link: #000000;
        --pass-bg: #ffffff; --pass-fg: #000000; --fail-bg: #ffffff; --fail-fg: #000000;
        --inconclusive-bg: #ffffff; --inconclusive-fg: #000000; --diverged-bg: #ffffff; --diverged-fg: #000000;
      }
      body { padding: 0; font-size: 9pt; line-height: 1.35; }
      main > *, main > figure, main > .wide { max-width: none; }
      h1 { font-size: 17pt; }
      h2 { font-size: 13pt; margin-top: 1.4em; }
      h3 { font-size: 11pt; }
      h2 { break-before: auto; }
      h1, h2, h3, h4, h5, h6 { break-after: avoid; page-break-after: avoid; }
      figure, .badge, pre, blockquote, li, table.short { break-inside: avoid; page-break-inside: avoid; }
      figure { margin: 0.8em auto; }
      /* A figure with a "What we see" line keeps its chart whole and at least 3 caption lines with it; the rest of a long caption may run onto the next page. */
      figure:has(.what-we-see) { break-inside: auto; page-break-inside: auto; }
      figure > .fig-wide { break-inside: avoid; page-break-inside: avoid; break-after: avoid; page-break-after: avoid; }
      figcaption { orphans: 3; widows: 3; }
      figure > svg, .fig-wide > svg { max-height: 105mm; width: auto; max-width: 100%; }
      #fig-fig6 .fig-wide > svg { max-height: 200mm; }
      .figure-pair { display: flex; gap: 4mm; align-items: flex-start; break-inside: avoid; page-break-inside: avoid; }
      .figure-pair > figure { flex: 1 1 0; min-width: 0; margin: 0; }
      .figure-pair figure > svg, .figure-pair .fig-wide > svg { max-height: 105mm; }
      .figure-pair figcaption { font-size: 7.5pt; }
      table.robustness-map, table.choices, table.rule-log, table.glance { font-size: 7pt; }
      table.robustness-map th, table.robustness-map td, table.choices td, table.rule-log td { padding: 0.1em 0.35em; }
      .fig-wide { display: block; }
      .fig-narrow { display: none; }
      nav.toc, .backlinks { display: none; }
      table { display: table; overflow: visible; font-size: 8.5pt; }
      th, td { padding: 0.2em 0.5em; }
      thead { display: table-header-group; }
      tr { break-inside: avoid; page-break-inside: avoid; }
      a { text-decoration: none; }
      details { display: none; }
      details.subtests { display: none; }
      table.subtests-print { font-size: 7pt; margin: 0.2em 0 0.6em; }
      table.ledger th:nth-child(3), table.ledger td:nth-child(3) { display: none; }
      table.subtests-print td, table.subtests-print th { padding: 0.05em 0.35em; }
      tr.ledger-subtests { display: none; }
      .print-only { display: block; }
      p.print-only { font-size: 8.5pt; color: var(--muted); margin: 0.3em 0 0; }
    }

    """
}
