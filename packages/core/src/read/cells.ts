import { isAlias, type Document } from "yaml";
import { isMap, isScalar, isSeq, type Node } from "./node.js";
import type { Cell } from "../model/index.js";

/** Texts that stand for "no value" in published tables. Kept as placeholders, never read as 0. */
export const PLACEHOLDERS: readonly string[] = Object.freeze([
  "/",
  "／",
  "-",
  "－",
  "—",
  "——",
  "--",
  "–",
  "无",
  "不适用",
  "N/A",
  "n/a",
  "NA",
  "暂无",
  "空",
]);

const DECIMAL = /^[+-]?\d+(?:\.\d+)?$/;
const ANNOTATED = /^([+-]?\d+(?:\.\d+)?)\s*[（(]\s*([^）)]+?)\s*[）)]$/u;
const THOUSANDS = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;

/** Digits without a leading zero ("0", "17"): already canonical, and most of the cells of a report. */
function isCanonicalCount(text: string): boolean {
  const n = text.length;
  if (n === 0 || n > 15) return false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x30 || c > 0x39 || (c === 0x30 && i === 0 && n > 1)) return false;
  }
  return true;
}

/** Canonical decimal text: no leading '+', no leading zeros, no trailing fractional zeros. */
export function canonicalDecimal(text: string): string {
  if (isCanonicalCount(text)) return text;
  let s = text.trim();
  let sign = "";
  if (s.startsWith("+")) s = s.slice(1);
  else if (s.startsWith("-")) {
    sign = "-";
    s = s.slice(1);
  }
  let [int = "0", frac = ""] = s.split(".");
  int = int.replace(/^0+(?=\d)/, "");
  frac = frac.replace(/0+$/, "");
  const body = frac ? `${int}.${frac}` : int;
  return body === "0" ? "0" : sign + body;
}

/*
 * Every cell read is frozen: a cell is an immutable value, and the cells of the small counts and
 * the empty cell are shared by every report of the process (the language server's included), so
 * a caller that could change one would change it everywhere. To change a cell, replace it.
 */
const freeze: (cell: Cell) => Cell = Object.freeze;

function numberCell(exact: string, raw: string | null, note: string | null, normalized: Cell["normalized"]): Cell {
  return freeze({ status: "number", value: Number(exact), exact: canonicalDecimal(exact), raw, note, normalized });
}

const otherCell = (status: "blank" | "placeholder" | "invalid", raw: string | null): Cell =>
  freeze({ status, value: null, exact: null, raw, note: null, normalized: null });
const BLANK = otherCell("blank", null);

/** Reads the text of a cell as written by an author or an importer. */
export function cellFromText(text: string): Cell {
  const t = text.trim();
  if (t === "") return otherCell("blank", text);
  if (PLACEHOLDERS.includes(t)) return otherCell("placeholder", text);
  if (DECIMAL.test(t)) return numberCell(t, text, null, null);
  const half = t.normalize("NFKC").replace(/[－−]/gu, "-");
  if (DECIMAL.test(half)) return numberCell(half, text, null, "full-width");
  if (THOUSANDS.test(half)) return numberCell(half.replace(/,/g, ""), text, null, "thousands-separator");
  // Full-width brackets are ordinary Chinese punctuation: only the digits decide "full-width".
  const direct = ANNOTATED.exec(t);
  const annotated = direct ?? ANNOTATED.exec(half);
  if (annotated) return numberCell(annotated[1]!, text, annotated[2]!, direct ? null : "full-width");
  return otherCell("invalid", text);
}

/**
 * The cells of the counts 0 to 999 as a report writes them, made once: most cells of every report
 * are one of them (more than half are 0).
 */
const SMALL_COUNTS: readonly Cell[] = Object.freeze(
  Array.from({ length: 1000 }, (_, v): Cell =>
    freeze({ status: "number", value: v, exact: String(v), raw: null, note: null, normalized: null }),
  ),
);

/** Reads a YAML node in a value position. */
export function cellFromNode(node: unknown, doc: Document | null): Cell {
  let n = node as Node | null | undefined;
  if (isAlias(n)) n = doc ? (n.resolve(doc) as Node | undefined) : undefined;
  if (n == null) return BLANK;
  if (isScalar(n)) {
    const v = n.value;
    if (v === null) return n.source == null ? BLANK : otherCell("blank", n.source);
    if (typeof v === "number") {
      // Most cells: digits yaml read as an int, already canonical and exactly the number it holds.
      if (typeof n.source === "string" && isCanonicalCount(n.source))
        return v < SMALL_COUNTS.length
          ? SMALL_COUNTS[v]!
          : freeze({ status: "number", value: v, exact: n.source, raw: null, note: null, normalized: null });
      const src =
        typeof n.source === "string" && (isCanonicalCount(n.source) || DECIMAL.test(n.source.trim()))
          ? n.source.trim()
          : null;
      if (src) return numberCell(src, null, null, null);
      if (Number.isFinite(v)) return numberCell(numberToDecimal(v), n.source ?? String(v), null, null);
      return otherCell("invalid", n.source ?? String(v));
    }
    if (typeof v === "bigint") return numberCell(v.toString(), null, null, null);
    if (typeof v === "string") return cellFromText(v);
    return otherCell("invalid", n.source ?? String(v));
  }
  return otherCell("invalid", isMap(n) ? "{…}" : isSeq(n) ? "[…]" : String(n));
}

function numberToDecimal(v: number): string {
  // From 1e21 up toFixed() writes an exponent; every such double is an integer, which BigInt writes in full.
  if (Number.isInteger(v)) return BigInt(v).toString();
  return String(v).includes("e") ? v.toFixed(20).replace(/0+$/, "").replace(/\.$/, "") : String(v);
}
