import { isMap, isScalar, isSeq, type Node, type PairNode as Pair } from "./node.js";
import type { FormatYear, MetaFieldDef, TopicDef } from "../form/types.js";
import type { ReportNote, TableId } from "../model/index.js";
import type { Range } from "../source/index.js";
import { MATCHERS } from "./matchers.js";
import { typeName, type ReadState } from "./state.js";

/** Reading the metadata, 一、总体情况 and the 说明 list. */

export function readFormat(s: ReadState, pair: Pair, keyRange: Range): FormatYear | null {
  const node = s.resolve(pair.value);
  const vr = node ? s.range(node) : keyRange;
  s.setEntry("meta.format", keyRange, node ? vr : undefined);
  const t = s.scalarText(node)?.trim().normalize("NFKC") ?? "";
  if (t === "2019" || t === "2021") {
    s.report.formatDeclared = true;
    return Number(t) as FormatYear;
  }
  s.obs.push({ kind: "bad-meta", field: "format", written: t, range: vr });
  return null;
}

export function readMeta(s: ReadState, def: MetaFieldDef, pair: Pair, keyRange: Range): void {
  const node = s.resolve(pair.value);
  const vr = node ? s.range(node) : undefined;
  s.setEntry(`meta.${def.id}`, keyRange, vr);
  const raw = s.scalarText(node);
  const t = raw?.trim() ?? "";
  const bad = () => s.obs.push({ kind: "bad-meta", field: def.id, written: t, range: vr ?? keyRange });
  if (node && !isScalar(node)) return void bad();
  switch (def.id) {
    case "year": {
      // Read as a cell is: full-width digits and a trailing 年 (the year's unit) are read, and noted.
      const halfWidth = t.normalize("NFKC");
      const digits = halfWidth.replace(/\s*年$/u, "");
      const y = Number(digits);
      if (Number.isInteger(y) && y >= 2000 && y <= 2100) {
        s.report.year = y;
        if (digits !== t)
          s.obs.push({
            kind: "normalized-meta",
            field: "year",
            written: t,
            value: String(y),
            fullWidth: halfWidth !== t,
            unit: digits !== halfWidth ? "年" : null,
            range: vr ?? keyRange,
          });
      } else bad();
      break;
    }
    case "publishedOn": {
      const d = t
        .normalize("NFKC")
        .replace(/[年月/.]/gu, "-")
        .replace(/日$/u, "");
      const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(d);
      if (m && validDate(+m[1]!, +m[2]!, +m[3]!))
        s.report.publishedOn = `${m[1]}-${m[2]!.padStart(2, "0")}-${m[3]!.padStart(2, "0")}`;
      else if (t !== "") bad();
      break;
    }
    case "agency":
      if (t) s.report.agency = t;
      else bad();
      break;
    case "title":
      if (t) s.report.title = t;
      break;
    default:
      break;
  }
}

export function readOverview(s: ReadState, node: Node | null, keyRange: Range): void {
  if (node == null || isScalar(node)) {
    s.report.overview = { text: s.scalarText(node), topics: {} };
    return;
  }
  if (!isMap(node)) {
    s.obs.push({
      kind: "wrong-type",
      path: "overview",
      expected: "mapping",
      found: typeName(node),
      range: s.range(node, keyRange),
      area: "section",
    });
    return;
  }
  const topics: Record<string, string> = {};
  for (const { pair, target, keyRange: kr } of s.pairs<TopicDef>(
    node,
    "overview",
    MATCHERS[s.form.year].overview,
    "section",
    (t) => t.key,
  )) {
    const v = s.resolve(pair.value);
    s.setEntry(`overview.${target.id}`, kr, v ? s.range(v) : undefined);
    if (v && !isScalar(v)) {
      s.obs.push({
        kind: "wrong-type",
        path: `overview.${target.id}`,
        expected: "text",
        found: typeName(v),
        range: s.range(v),
        area: "section",
      });
      continue;
    }
    const t = s.scalarText(v);
    if (t !== null) topics[target.id] = t;
  }
  s.report.overview = { text: null, topics };
}

export function readNotes(s: ReadState, pair: Pair, keyRange: Range): void {
  const node = s.resolve(pair.value);
  s.setEntry("notes", keyRange, node ? s.range(node) : undefined);
  if (node == null) return;
  if (!isSeq(node)) {
    s.obs.push({
      kind: "wrong-type",
      path: "notes",
      expected: "sequence",
      found: typeName(node),
      range: s.range(node),
      area: "notes",
    });
    return;
  }
  const notes: ReportNote[] = [];
  const tables: Record<string, TableId> = {
    主动公开: "proactive",
    依申请公开: "requests",
    复议诉讼: "litigation",
    二: "proactive",
    三: "requests",
    四: "litigation",
  };
  node.items.forEach((raw, i) => {
    const item = s.resolve(raw);
    const path = `notes.${i}`;
    s.setEntry(path, undefined, item ? s.range(item) : undefined);
    if (isScalar(item)) {
      notes.push({ rule: null, table: null, text: String(item.value ?? "") });
      return;
    }
    if (!isMap(item)) {
      s.obs.push({
        kind: "wrong-type",
        path,
        expected: "mapping",
        found: typeName(item),
        range: item ? s.range(item) : keyRange,
        area: "notes",
      });
      return;
    }
    let rule: string | null = null;
    let table: TableId | null = null;
    let text = "";
    for (const hit of s.pairs(item, path, MATCHERS[s.form.year].noteFields, "notes", (t) => t)) {
      const v = s.resolve(hit.pair.value);
      const t = s.scalarText(v)?.trim() ?? "";
      s.setEntry(`${path}.${hit.target}`, hit.keyRange, v ? s.range(v) : undefined);
      if (hit.target === "rule") rule = t.toUpperCase();
      else if (hit.target === "text") text = t;
      else table = tables[t] ?? null;
    }
    notes.push({ rule, table, text });
  });
  s.report.notes = notes;
}

function validDate(y: number, m: number, d: number): boolean {
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}
