// The audit page's script: reads the data embedded once in the page (a JSON block), draws the
// overview, the matrix and the rules reference, and renders a report when one is opened
// (#report-N), so that thousands of reports cost one parse, not thousands of pre-rendered pages.

import type { AuditData } from "../src/output/audit/data.js";
import { h, wordsOf } from "./dom.js";
import { matrixView } from "./matrix.js";
import { yearsOf } from "./model.js";
import { overviewView, rulesView } from "./overview.js";
import { reportView } from "./report.js";

function start(): void {
  const data = JSON.parse(document.getElementById("nb-audit-data")!.textContent!) as AuditData;
  const t = wordsOf(data);
  const years = yearsOf(data);
  const main = document.getElementById("nb-audit")!;
  const slot = h("div", { id: "au-report-slot" });
  main.replaceChildren(
    h(
      "nav",
      { class: "au-nav", "aria-label": t("audit.nav.label") },
      h("a", { href: "#overview" }, t("audit.nav.overview")),
      h("a", { href: "#matrix" }, t("audit.nav.matrix")),
      h("a", { href: "#rules" }, t("audit.nav.rules")),
    ),
    overviewView(data, years, t),
    matrixView(data, years, t),
    slot,
    rulesView(data, t),
  );

  const route = () => {
    const m = /^#report-(\d+)$/.exec(location.hash);
    const index = m ? Number(m[1]) : -1;
    if (index >= 0 && index < data.reports.length) {
      const view = reportView(data, index, t);
      slot.replaceChildren(view);
      document.body.classList.add("au-reading");
      view.scrollIntoView();
      document.getElementById("report-title")?.focus({ preventScroll: true });
    } else {
      slot.replaceChildren();
      document.body.classList.remove("au-reading");
    }
  };
  window.addEventListener("hashchange", route);
  route();
  document.body.dataset.ready = "true";
}

start();
