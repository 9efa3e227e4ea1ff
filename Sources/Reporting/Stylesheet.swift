/// The report's only stylesheet, inlined into the page: light and dark themes through
/// `prefers-color-scheme`, print rules, a reading width of about 80 characters, system fonts
/// only (nothing is fetched).
enum Stylesheet {
    static let css = #"""
        :root {
          color-scheme: light dark;
          --bg: #fbfbfa; --fg: #1f2328; --muted: #656d76; --border: #d8dee4; --card: #ffffff;
          --code-bg: #f6f8fa; --accent: #0969da; --shadow: 0 1px 3px rgba(31,35,40,.08);
          --ok: #1a7f37; --ok-bg: #dafbe1; --bad: #cf222e; --bad-bg: #ffebe9; --warn: #9a6700; --warn-bg: #fff8c5;
          --dim: #8c959f; --dim-bg: #eaeef2; --row-alt: #f6f8fa; --row-hover: #eef4fd;
          --tok-keyword: #cf222e; --tok-type: #8250df; --tok-string: #0a3069; --tok-number: #0550ae;
          --tok-comment: #6e7781; --tok-operator: #953800; --tok-identifier: #1f2328; --tok-punct: #57606a;
          --mono: ui-monospace, "SF Mono", "Cascadia Code", "DejaVu Sans Mono", Menlo, Consolas, monospace;
          --sans: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif;
        }
        @media (prefers-color-scheme: dark) {
          :root {
            --bg: #0d1117; --fg: #e6edf3; --muted: #8d96a0; --border: #30363d; --card: #161b22;
            --code-bg: #0d1117; --accent: #4493f8; --shadow: none;
            --ok: #3fb950; --ok-bg: #12261e; --bad: #f85149; --bad-bg: #2d1214; --warn: #d29922; --warn-bg: #2b2111;
            --dim: #6e7681; --dim-bg: #21262d; --row-alt: #1c2129; --row-hover: #1f2a3a;
            --tok-keyword: #ff7b72; --tok-type: #d2a8ff; --tok-string: #a5d6ff; --tok-number: #79c0ff;
            --tok-comment: #8b949e; --tok-operator: #ffa657; --tok-identifier: #e6edf3; --tok-punct: #8d96a0;
          }
          /* Chart fills (tab10, viridis) are chosen for a light page: give charts a light panel, and a dark
             text colour on it, since their text and axes are drawn in currentColor. */
          .output-svg > svg { background: #f6f8fa; color: #1f2328; border-radius: 6px; padding: .4rem; }
        }
        * { box-sizing: border-box; }
        html { -webkit-text-size-adjust: 100%; }
        body { margin: 0; background: var(--bg); color: var(--fg); font: 16px/1.6 var(--sans); }
        .page { max-width: 56rem; margin: 0 auto; padding: 2rem 1.25rem 4rem; }
        a { color: var(--accent); text-decoration: none; }
        a:hover { text-decoration: underline; }
        code, pre { font-family: var(--mono); font-size: 0.875rem; }
        pre { margin: 0; white-space: pre; overflow-x: auto; tab-size: 4; line-height: 1.45; }

        /* Header */
        .report-header { border-bottom: 1px solid var(--border); padding-bottom: 1.25rem; margin-bottom: 1.5rem; }
        .kicker { margin: 0; color: var(--muted); font-size: .8rem; text-transform: uppercase; letter-spacing: .08em; }
        .title { margin: .2rem 0 1rem; font-size: 2.1rem; line-height: 1.2; }
        .facts { display: grid; grid-template-columns: repeat(auto-fill, minmax(15rem, 1fr)); gap: .5rem 1.5rem; margin: 0; }
        .facts div { min-width: 0; }
        .facts dt { color: var(--muted); font-size: .75rem; text-transform: uppercase; letter-spacing: .06em; }
        .facts dd { margin: 0; overflow-wrap: anywhere; }
        .failure-banner {
            margin: 1rem 0 0; padding: .6rem .9rem; border-radius: 6px; background: var(--bad-bg); color: var(--bad);
            border: 1px solid var(--bad); font-weight: 600;
        }

        /* Badges */
        .badge {
            display: inline-block; padding: 0 .55rem; border-radius: 999px; font-size: .75rem; font-weight: 600;
            line-height: 1.6rem; white-space: nowrap;
        }
        .badge-succeeded { background: var(--ok-bg); color: var(--ok); }
        .badge-failed { background: var(--bad-bg); color: var(--bad); }
        .badge-notRun, .badge-skipped { background: var(--dim-bg); color: var(--dim); }
        .badge.zero { background: var(--dim-bg); color: var(--dim); }

        /* Contents */
        .toc { border: 1px solid var(--border); border-radius: 8px; padding: .75rem 1.25rem; margin: 0 0 2rem; background: var(--card); }
        .toc-title { margin: 0 0 .3rem; font-weight: 700; font-size: .8rem; text-transform: uppercase; letter-spacing: .06em; color: var(--muted); }
        .toc ul { list-style: none; margin: 0; padding: 0; columns: 2 16rem; }
        .toc li { break-inside: avoid; padding: .1rem 0; }
        .toc-depth-1 { padding-left: 1rem !important; font-size: .95rem; }
        .toc-depth-2 { padding-left: 2rem !important; font-size: .9rem; }
        .toc-depth-3 { padding-left: 3rem !important; font-size: .9rem; }

        /* Prose and headings */
        .prose { overflow-wrap: break-word; }
        .prose img { max-width: 100%; }
        .prose pre { background: var(--code-bg); padding: .75rem 1rem; border-radius: 6px; border: 1px solid var(--border); }
        .prose :not(pre) > code { background: var(--code-bg); padding: .1em .35em; border-radius: 4px; border: 1px solid var(--border); font-size: .85em; }
        .prose blockquote { margin: 1rem 0; padding: 0 1rem; color: var(--muted); border-left: 3px solid var(--border); }
        .prose table { border-collapse: collapse; }
        .prose th, .prose td { border: 1px solid var(--border); padding: .25rem .6rem; }
        .section-heading { line-height: 1.25; margin: 2.2rem 0 .8rem; scroll-margin-top: 1rem; }
        h1.section-heading { font-size: 1.9rem; } h2.section-heading { font-size: 1.5rem; border-bottom: 1px solid var(--border); padding-bottom: .3rem; }
        h3.section-heading { font-size: 1.2rem; }
        .anchor { margin-left: .4rem; color: var(--muted); opacity: 0; font-weight: 400; }
        .section-heading:hover .anchor { opacity: 1; }

        /* Cells */
        .cell {
            margin: 1.1rem 0 1.6rem; border: 1px solid var(--border); border-left: 4px solid var(--border);
            border-radius: 8px; background: var(--card); box-shadow: var(--shadow); overflow: hidden;
            scroll-margin-top: 1rem;
        }
        .cell.status-succeeded { border-left-color: var(--ok); }
        .cell.status-failed { border-color: var(--bad); border-left-color: var(--bad); }
        .cell.status-notRun, .cell.status-skipped { opacity: .6; border-style: dashed; border-left-style: solid; border-left-color: var(--dim); }
        .cell-head {
            display: flex; align-items: center; gap: .75rem; padding: .3rem .75rem; font-size: .8rem;
            color: var(--muted); border-bottom: 1px solid var(--border); font-family: var(--mono);
        }
        .prompt { color: var(--accent); font-weight: 600; }
        .status-failed .prompt { color: var(--bad); }
        .loc { color: var(--muted); }
        .spacer { flex: 1; }
        .time { font-variant-numeric: tabular-nums; }
        .cell-code { background: var(--code-bg); }
        .cell-code pre { padding: .7rem .9rem; }
        .cell-code details pre { padding-top: 0; }
        .fold > summary { cursor: pointer; padding: .3rem .9rem; color: var(--accent); font-size: .8rem; font-family: var(--sans); user-select: none; }
        .fold[open] > summary { border-bottom: 1px dashed var(--border); }
        .cell-outputs { border-top: 1px solid var(--border); padding: .4rem 0; }
        .output { padding: .35rem .9rem; min-width: 0; }
        .output-stream pre, .output-text pre { color: var(--fg); }
        .output-stream .fold > summary, .output-text .fold > summary { padding-left: 0; }
        .out-prompt { display: block; color: var(--tok-operator); font-family: var(--mono); font-size: .75rem; font-weight: 600; }
        .output-html, .output-svg { overflow-x: auto; }
        .output-svg svg, .output-html svg { max-width: 100%; height: auto; }
        .output-warning { margin: .3rem .9rem; padding: .4rem .7rem; border-radius: 6px; background: var(--warn-bg); color: var(--warn); font-size: .9rem; }
        .output-error { margin: .3rem .9rem; padding: .55rem .8rem; border-radius: 6px; background: var(--bad-bg); border: 1px solid var(--bad); }
        .error-head { margin: 0; color: var(--bad); font-family: var(--mono); font-size: .875rem; overflow-wrap: anywhere; }
        .error-loc { font-weight: 600; }
        .error-message { color: var(--fg); }
        .error-excerpt { margin: .45rem 0 0; padding: .45rem .6rem; background: var(--card); border-radius: 4px; color: var(--fg); }
        .error-notes { margin: .4rem 0 0; padding-left: 1.1rem; font-size: .875rem; }
        .cell-caption { margin: 0; padding: .4rem .9rem .6rem; font-size: .9rem; color: var(--muted); font-style: italic; border-top: 1px solid var(--border); }

        /* Tables, pandas-like */
        .table-wrap { overflow-x: auto; max-width: 100%; }
        table.dataframe { border-collapse: collapse; font-size: .82rem; font-variant-numeric: tabular-nums; margin: .2rem 0; }
        table.dataframe caption { caption-side: top; text-align: left; color: var(--muted); font-size: .85rem; padding-bottom: .3rem; }
        table.dataframe th, table.dataframe td { padding: .25rem .7rem; text-align: left; white-space: nowrap; border: none; }
        table.dataframe td.lines { white-space: pre; }
        table.dataframe thead th { border-bottom: 1px solid var(--fg); font-weight: 600; vertical-align: bottom; }
        table.dataframe thead tr.columns-name th { border-bottom: none; text-align: center; color: var(--muted); font-weight: 600; }
        table.dataframe tbody th { font-weight: 600; text-align: right; color: var(--muted); }
        table.dataframe .num { text-align: right; }
        table.dataframe tbody tr:nth-child(even) { background: var(--row-alt); }
        table.dataframe tbody tr:hover { background: var(--row-hover); }
        table.dataframe .more, table.dataframe tr.more td, table.dataframe tr.more th { color: var(--muted); text-align: center; }
        .shape { margin: .2rem 0 .1rem; color: var(--muted); font-size: .78rem; }

        /* Code highlighting */
        .tok-keyword { color: var(--tok-keyword); font-weight: 600; }
        .tok-type { color: var(--tok-type); }
        .tok-string { color: var(--tok-string); }
        .tok-number { color: var(--tok-number); }
        .tok-comment { color: var(--tok-comment); font-style: italic; }
        .tok-operator { color: var(--tok-operator); }
        .tok-identifier { color: var(--tok-identifier); }
        .tok-punctuation { color: var(--tok-punct); }

        .report-footer { margin-top: 3rem; padding-top: 1rem; border-top: 1px solid var(--border); color: var(--muted); font-size: .85rem; }

        @media (min-width: 84rem) {
          .page { max-width: 76rem; display: grid; grid-template-columns: 15rem minmax(0, 56rem); column-gap: 3rem; }
          .report-header, .report-footer { grid-column: 1 / -1; }
          .toc { grid-column: 1; align-self: start; position: sticky; top: 1rem; max-height: calc(100vh - 2rem); overflow-y: auto; }
          .toc ul { columns: 1; }
          main { grid-column: 2; min-width: 0; }
          .report-footer { grid-column: 2; }
        }
        @media print {
          :root { --bg: #fff; --card: #fff; --shadow: none; }
          body { font-size: 11pt; background: #fff; color: #000; }
          .page { max-width: none; padding: 0; display: block; }
          .toc { position: static; max-height: none; }
          @page { margin: 14mm 12mm; }
          .cell { break-inside: avoid; box-shadow: none; }
          /* A cell taller than a page breaks between its parts, never inside code, a chart or a row. */
          .cell-code, .output-svg, .output-html, .output-text, .output-error, table.dataframe tr, figure { break-inside: avoid; }
          .cell-head { break-after: avoid; }
          .prose p, .prose li { orphans: 3; widows: 3; }
          .section-heading { break-after: avoid; }
          pre { white-space: pre-wrap; overflow-wrap: anywhere; }
          /* About 100 characters of code and a 16-column table fit the width of an A4 page. */
          .cell-code pre, .output pre { font-size: 8pt; }
          table.dataframe { font-size: 7.5pt; }
          table.dataframe th, table.dataframe td { padding: .12rem .4rem; }
          .table-wrap, .output-html, .output-svg { overflow: visible; }
          .anchor, .report-footer a { display: none; }
          details::details-content { content-visibility: visible; display: contents; }
          details > summary { display: none; }
          a { color: inherit; }
        }
        """#
}
