/**
 * Reporting the rows left unread for want of a cut (ImportLog.unsplit), once the whole report is
 * read, so that the cuts can be ranked by the rest of the table, the prose and last year's report
 * (candidates.ts). The row stays unread: its cuts are only shown, in the finding and in the YAML
 * comment, where the editor offers each as a quick fix. When every cut breaks a relation, the
 * published table is inconsistent whatever the reading: an error (IMP-INCONSISTENT) says so, so
 * that the report's real error does not disappear behind an unreadable row.
 */
import type { Locale } from "../findings/index.js";
import { FORMS, table3Leaves } from "../form/index.js";
import type { Bilingual } from "../messages/format.js";
import { LOCALES, message } from "../messages/index.js";
import type { Cell, Report, Table3RowId } from "../model/index.js";
import {
  breaks,
  cutsOf,
  rankCuts,
  SHOWN_CANDIDATES,
  statedCounts,
  type Breaks,
  type RankContext,
  type RankedCut,
} from "./candidates.js";
import type { ImportLog, UnsplitRow } from "./findings.js";

const T2_FLOW = ["made", "repealed", "valid"];
const T3_WIDTH = 7;
const T4_BLOCK = 5;

export function reportUnsplitRows(log: ImportLog, report: Report, previous: Report | null): void {
  if (log.unsplit.length === 0) return;
  const prose = statedCounts(proseOf(report));
  // Table 四's rows glued into one run are ranked together: each row is shown its block of a cut.
  const groups = new Map<string, UnsplitRow[]>();
  for (const u of log.unsplit) {
    const key = `${u.path.split(".")[0]}|${u.source.line}|${u.source.column}|${u.digits}`;
    groups.set(key, [...(groups.get(key) ?? []), u]);
  }
  for (const rows of groups.values()) {
    const width = rows.reduce((n, r) => n + r.cellPaths.length, 0);
    const whole = contextFor(rows, width, report, prose, previous);
    const ranked = rankCuts(rows[0]!.digits, whole);
    let offset = 0;
    for (const row of rows) {
      // Each row is shown what its own part breaks: table 四's first blocks may add up where the last does not.
      const own = rows.length === 1 ? whole : contextFor([row], row.cellPaths.length, report, prose, previous);
      const cuts = shown(ranked, offset, row.cellPaths.length).map((c) => ({
        ...c,
        broken: own.broken(c.values).count,
      }));
      reportRow(log, row, cuts, ranked[0]?.broken ?? 0, width, ranked.length);
      offset += row.cellPaths.length;
    }
  }
}

/** The best distinct readings of one row's part of the ranked cuts. */
function shown(ranked: readonly RankedCut[], from: number, width: number): RankedCut[] {
  const out: RankedCut[] = [];
  const seen = new Set<string>();
  for (const cut of ranked) {
    const values = cut.values.slice(from, from + width);
    const key = values.join(",");
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ ...cut, values });
    if (out.length === SHOWN_CANDIDATES) break;
  }
  return out;
}

/**
 * `fewestBroken`: what the best cut of the whole run breaks; the row carries the error when its own
 * part of that cut breaks something, else it is only ambiguous.
 */
function reportRow(
  log: ImportLog,
  row: UnsplitRow,
  cuts: readonly RankedCut[],
  fewestBroken: number,
  width: number,
  cutCount: number,
): void {
  const base = { row: row.label, line: row.source.line, digits: row.digits };
  const common = {
    source: row.source,
    path: row.path,
    paths: row.cellPaths,
    ...(cuts.length ? { cuts: cuts.map((c) => c.values) } : {}),
  };
  if (cuts.length === 0) {
    // Too many cuts to rank (or none without a leading zero): the reader's account, as before.
    const messageId = row.found === 0 ? "IMP-FLATTENED.none" : "IMP-FLATTENED.ambiguous";
    const examples = cutsOf(row.digits, width, 3)
      .cuts.map((s) => s.join(" "))
      .join("；");
    log.add({
      code: "IMP-FLATTENED",
      messageId,
      args: { ...base, count: row.found, examples },
      ...common,
      comment: { messageId: "import.comment.ambiguous", args: { digits: row.digits } },
    });
    return;
  }
  const list = bilingual((locale) =>
    cuts.map((c) => cutText(c, locale)).join(message("import.cut.separator", {}, locale)),
  );
  const said = bilingual((locale) =>
    message("import.comment.cuts", { cuts: list[locale === "en" ? "en" : "zh"] }, locale),
  );
  if (fewestBroken > 0 && cuts[0]!.broken > 0) {
    log.add({
      code: "IMP-INCONSISTENT",
      messageId: "IMP-INCONSISTENT.row",
      args: { ...base, broken: fewestBroken, candidates: list },
      ...common,
      comment: { messageId: "import.comment.inconsistent", args: { digits: row.digits, cuts: said } },
    });
    return;
  }
  log.add({
    code: "IMP-FLATTENED",
    messageId: "IMP-FLATTENED.ranked",
    args: { ...base, count: row.found === 0 ? cutCount : row.found, examples: list },
    ...common,
    comment: { messageId: "import.comment.ambiguousCuts", args: { digits: row.digits, cuts: said } },
  });
}

function bilingual(say: (locale: Locale) => string): Bilingual {
  const [zh, en] = LOCALES.map(say);
  return { zh: zh!, en: en! };
}

/** `[34, 0, 89]（与正文相符）`: the cut as the YAML writes a row, and why it ranks where it does. */
function cutText(cut: RankedCut, locale: Locale): string {
  const why = [
    ...(cut.broken > 0 ? [message("import.cut.broken", { count: cut.broken }, locale)] : []),
    ...(cut.prose > 0 ? [message("import.cut.prose", {}, locale)] : []),
    ...(cut.lastYear > 0 ? [message("import.cut.lastYear", {}, locale)] : []),
  ];
  const values = `[${cut.values.join(", ")}]`;
  return why.length
    ? message("import.cut.why", { values, why: why.join(message("import.cut.reasonSeparator", {}, locale)) }, locale)
    : values;
}

const numberOf = (c: Cell | undefined): number | null => (c?.status === "number" ? c.value : null);

function contextFor(
  rows: readonly UnsplitRow[],
  width: number,
  report: Report,
  prose: ReadonlySet<number>,
  previous: Report | null,
): RankContext {
  const [table, rowId] = rows[0]!.path.split(".") as [string, string];
  const none = () => 0;
  if (table === "proactive") {
    const columns = rows[0]!.cellPaths.map((p) => p.split(".").at(-1));
    if (columns.join() !== T2_FLOW.join()) return { width, broken: () => breaks([]), prose, lastYear: none };
    const before = numberOf(previous?.proactive[rowId]?.valid);
    return {
      width,
      prose,
      // What is in force at the end of the year cannot be less than what was made less what was repealed.
      broken: ([made, repealed, valid]) => breaks(valid! < made! - repealed! ? [[valid!, made! - repealed!]] : []),
      lastYear: ([made, repealed, valid]) => (before !== null && before + made! - repealed! === valid ? 1 : 0),
    };
  }
  if (table === "requests")
    return {
      width,
      prose,
      broken: table3Broken(report, rowId as Table3RowId),
      lastYear: table3LastYear(previous, rowId),
    };
  return {
    width,
    prose,
    broken: (values) => {
      const pairs: [number, number][] = [];
      for (let b = 0; b + T4_BLOCK <= values.length; b += T4_BLOCK)
        pairs.push([values.slice(b, b + T4_BLOCK - 1).reduce((s, v) => s + v, 0), values[b + T4_BLOCK - 1]!]);
      return breaks(pairs);
    },
    lastYear: none,
  };
}

const ROLES: ReadonlyMap<string, string> = new Map(
  [...table3Leaves(FORMS[2021]), ...table3Leaves(FORMS[2019])].map((l) => [l.row.id, l.row.role]),
);

/** The row's own total, then per column: （七）总计 = Σ results, and 一 + 二 = 三 + 四 (other rows as read). */
function table3Broken(report: Report, rowId: Table3RowId): (values: readonly number[]) => Breaks {
  const ids = Object.keys(report.requests) as Table3RowId[];
  const results = ids.filter((id) => ROLES.get(id) === "result");
  const cell = (id: string, c: number) => numberOf(report.requests[id as Table3RowId]?.[c]);
  // The other result rows are fixed: their sum per column is taken once (null when one is not read).
  const othersSum = Array.from({ length: T3_WIDTH }, (_, c) => {
    let sum = 0;
    for (const id of results) {
      if (id === rowId) continue;
      const v = cell(id, c);
      if (v === null) return null;
      sum += v;
    }
    return sum;
  });
  const isResult = results.includes(rowId);
  return (values) => {
    const at = (id: string, c: number) => (id === rowId ? values[c]! : cell(id, c));
    const pairs: [number, number][] = [[values.slice(0, -1).reduce((s, v) => s + v, 0), values.at(-1)!]];
    for (let c = 0; c < T3_WIDTH; c++) {
      const total = at("total", c);
      const others = othersSum[c]!;
      if (total !== null && others !== null && results.length)
        pairs.push([others + (isResult ? values[c]! : 0), total]);
      const [n, ci, co] = [at("new", c), at("carriedIn", c), at("carriedOut", c)];
      if (n !== null && ci !== null && co !== null && total !== null) pairs.push([n + ci, total + co]);
    }
    return breaks(pairs);
  };
}

/** 上年结转 is last year's 结转下年度, column by column. */
function table3LastYear(previous: Report | null, rowId: string): (values: readonly number[]) => number {
  const before = rowId === "carriedIn" ? previous?.requests.carriedOut : undefined;
  if (!before) return () => 0;
  return (values) => values.filter((v, c) => numberOf(before[c]) === v).length;
}

function proseOf(report: Report): string {
  return [
    report.overview.text ?? "",
    ...Object.values(report.overview.topics),
    report.problems ?? "",
    report.other ?? "",
  ].join("\n");
}
