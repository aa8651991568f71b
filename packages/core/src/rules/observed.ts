import type { Observation } from "../read/observations.js";
import type { Range } from "../source/index.js";
import type { RuleContext } from "./types.js";

/** The tables as model paths: an empty value there is a missing table, not a misshapen one. */
const TABLE_ROOTS: ReadonlySet<string> = new Set(["proactive", "requests", "litigation"]);

/**
 * The one rule that reports each observation of the reader. Routing every observation here, rather
 * than letting each rule pick the kinds it likes, is what guarantees that none is dropped and none
 * is reported twice.
 */
export function ruleForObservation(o: Observation): string {
  switch (o.kind) {
    case "yaml-error":
    case "duplicate-key":
      return "YAML-SYNTAX";
    case "limit":
      return "YAML-LIMIT";
    case "heading-ordinal":
      return "STR-HEADING-ORDINAL";
    case "template-mismatch":
    case "format-undeclared":
      return "STR-TEMPLATE-VERSION";
    case "bad-meta":
      // An unreadable 机关 or 年度 is as bad as a missing one; an optional field goes to the rule about it.
      if (o.field === "format") return "STR-TEMPLATE-VERSION";
      if (o.field === "title") return "STR-TITLE";
      if (o.field === "publishedOn") return "META-TIMELINESS";
      return "STR-SECTIONS";
    case "normalized-meta":
      // Written as a cell with full-width digits or a unit would be, and reported as such a cell is.
      return "VAL-NUMERIC";
    case "mistyped-key":
      return "STR-ROW-LABELS";
    case "unknown-key":
      return o.area === "table" || o.area === "notes" ? "STR-ROW-LABELS" : "STR-SECTIONS";
    case "missing":
      if (o.what === "table") return "STR-TABLE-PRESENT";
      return o.what === "meta" || o.what === "section" || o.what === "topic" ? "STR-SECTIONS" : "STR-TABLE-SHAPE";
    case "wrong-type":
      if (o.area !== "table") return "STR-SECTIONS";
      return TABLE_ROOTS.has(o.path) && o.found === "empty" ? "STR-TABLE-PRESENT" : "STR-TABLE-SHAPE";
    case "row-length":
      return "STR-TABLE-SHAPE";
    default:
      return unreachable(o);
  }
}

function unreachable(o: never): never {
  throw new Error(`observation kind not routed to a rule: ${JSON.stringify(o)}`);
}

/** The observations the rule `code` reports. */
export function observationsFor(ctx: RuleContext, code: string): Observation[] {
  return ctx.read.observations.filter((o) => ruleForObservation(o) === code);
}

/**
 * Where to show a finding about the entry at `path`: its own range, unless that is empty (a key
 * written with no value), in which case the key, so that the editor has something to underline.
 */
export function visibleRange(ctx: RuleContext, range: Range, path: string): Range {
  return range.end > range.start ? range : (ctx.keyRange(path) ?? range);
}
