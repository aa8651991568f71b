/**
 * The stylesheet of a rendered report. Colours are custom properties with print-friendly defaults, so a
 * host (the VS Code preview) can map them to its theme without touching the layout. The focus ring
 * applies only where a host made the cells focusable (`@nianbao/core/browser`): a published page has
 * no tabindex, so it looks the same. A focused marked cell keeps its mark's colour inside the ring.
 */
export const REPORT_CSS = `
.nb-report{--nb-fg:#1a1a1a;--nb-bg:#fff;--nb-border:#333;--nb-head-bg:#f2f2f2;--nb-muted:#777;--nb-error:#d32f2f;--nb-warning:#b26a00;--nb-info:#1565c0;--nb-focus:#0b57d0;
  color:var(--nb-fg);background:var(--nb-bg);font-family:"Songti SC","SimSun","Noto Serif CJK SC","Source Han Serif SC",serif;line-height:1.7;max-width:60em;margin:0 auto;padding:1em 1.5em}
.nb-report h1{font-size:1.5em;text-align:center;margin:.6em 0 1em}
.nb-report h2{font-size:1.15em;margin:1.4em 0 .6em}
.nb-report h3{font-size:1em;margin:.8em 0 .3em}
.nb-report p{margin:.3em 0;text-indent:2em}
.nb-report p.nb-note{text-indent:0;font-size:.92em}
.nb-signature{margin-top:2em;text-align:right}
.nb-report .nb-signature p{text-indent:0}
.nb-table-wrap{overflow-x:auto}
.nb-table{border-collapse:collapse;width:100%;font-size:.9em;margin:.4em 0}
.nb-table th,.nb-table td{border:1px solid var(--nb-border);padding:.25em .4em;vertical-align:middle}
.nb-table th{background:var(--nb-head-bg);font-weight:normal;text-align:center}
.nb-table th.nb-label,.nb-table th.nb-group{text-align:left}
.nb-table td{text-align:center;font-variant-numeric:tabular-nums;min-width:2.5em}
.nb-table3 th.nb-relation{font-size:.85em}
.nb-table tr.nb-caption th{text-align:left;font-weight:bold}
.nb-missing,.nb-blank{background:repeating-linear-gradient(45deg,transparent 0 4px,rgba(127,127,127,.15) 4px 8px)}
.nb-placeholder,.nb-invalid{font-style:italic}
.nb-mark{outline:2px solid var(--nb-info);outline-offset:-2px}
.nb-mark-warning{outline-color:var(--nb-warning)}
.nb-mark-error{outline-color:var(--nb-error)}
td.nb-mark-error{color:var(--nb-error);font-weight:bold}
.nb-related{outline:1px dashed var(--nb-muted);outline-offset:-2px}
.nb-table [data-path][tabindex]:focus-visible{outline:3px solid var(--nb-focus);outline-offset:-3px}
.nb-table .nb-mark[tabindex]:focus-visible{box-shadow:inset 0 0 0 5px var(--nb-info)}
.nb-table .nb-mark-warning[tabindex]:focus-visible{box-shadow:inset 0 0 0 5px var(--nb-warning)}
.nb-table .nb-mark-error[tabindex]:focus-visible{box-shadow:inset 0 0 0 5px var(--nb-error)}
.nb-unreadable{border:2px dashed var(--nb-error);padding:.3em .6em;margin:.6em 0}
.nb-report .nb-unreadable-label{text-indent:0;color:var(--nb-error);font-weight:bold}
.nb-report .nb-unreadable-line{text-indent:0;white-space:pre-wrap;word-break:break-all;margin:0;min-height:1em}
@media print{.nb-report{max-width:none;padding:0}.nb-mark,.nb-related{outline:none}td.nb-mark-error{color:inherit;font-weight:normal}section{break-inside:auto}.nb-table{break-inside:avoid}}
@media screen and (max-width:760px){.nb-report{padding:.5em .75em}.nb-table{font-size:.8em}.nb-table th,.nb-table td{padding:.2em .15em}.nb-table td{min-width:1.5em}}
@page{size:A4;margin:25mm 20mm}
@media print{.nb-table-wrap{overflow:visible}.nb-table thead{display:table-header-group}.nb-table tr{break-inside:avoid}.nb-report h1,.nb-report h2,.nb-report h3{break-after:avoid}.nb-table td{min-width:0}.nb-table th,.nb-table td{padding:.2em .15em}}
`.trim();
