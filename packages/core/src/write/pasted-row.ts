/**
 * A table row copied from Word or Excel arrives as its cells joined by tabs, often with a line end
 * and sometimes with the row's label in front. The quick fix on such a value and the editor's paste
 * both turn it into a YAML row with this one function, so the two never disagree.
 */
import { cellFromText } from "../read/cells.js";
import { cellYaml } from "./yaml.js";

/**
 * The YAML row (`[3, 1, 0, …]`) that a pasted tab-separated row stands for, or null when the text
 * is not one row of `width` cells. Full-width digits and thousands separators are read as numbers;
 * placeholders (「—」, 「/」) and blank cells are kept as written for the rules to judge, never
 * made 0. A first cell that is no number, placeholder or blank is the row's label and is dropped.
 */
export function pastedRowYaml(text: string, width: number): string | null {
  const line = text.replace(/[\r\n]+$/u, "");
  if (!line.includes("\t") || /[\r\n]/u.test(line)) return null;
  let cells = line.split("\t").map((c) => cellFromText(c));
  if (cells.length > 0 && cells[0]!.status === "invalid") cells = cells.slice(1);
  // A trailing tab (Word's row end, an Excel selection one column too wide) adds no cell.
  while (cells.length > width && cells[cells.length - 1]!.status === "blank") cells = cells.slice(0, -1);
  if (cells.length !== width || cells.some((c) => c.status === "invalid")) return null;
  const yaml = cells.map((c) => (c.status === "number" && c.note === null && c.exact !== null ? c.exact : cellYaml(c)));
  return `[${yaml.join(", ")}]`;
}
