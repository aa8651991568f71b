import { pathLabel, typeLabel, yamlScalar } from "../describe.js";
import { observationsFor } from "../observed.js";
import type { DocumentRule } from "../types.js";
import { checkedCells } from "./cells.js";

/** A number followed by a unit, e.g. "12件", "3.5万元". */
const WITH_UNIT = /^([+-]?\d+(?:\.\d+)?)\s*(\S+)$/u;

/**
 * Every count or fee cell is a number: text that is not one (「abc」, 「12件」) is an error, and a
 * number that had to be normalised to be read (full-width 「１２」, 「1,234」) is flagged with a fix
 * writing the plain number. 年度 is held to the same: 「２０２４」 or 「2024年」 is read, and flagged.
 */
export const VAL_NUMERIC: DocumentRule = {
  code: "VAL-NUMERIC",
  severity: "error",
  category: "values",
  kind: "document",
  // Writes the number the cell was already read as (１２, 1,234, 12件 in a 件 cell).
  fixes: { "VAL-NUMERIC.fix": "auto" },
  example: "主动公开:\n  行政许可: 12件\n  行政处罚: １２\n",
  check(ctx) {
    for (const o of observationsFor(ctx, "VAL-NUMERIC")) {
      if (o.kind !== "normalized-meta") continue;
      const path = `meta.${o.field}`;
      const args = { label: pathLabel(ctx.form, path), raw: o.written, value: o.value, unit: o.unit ?? "" };
      ctx.emit({
        messageId: o.unit ? "VAL-NUMERIC.yearWithUnit" : "VAL-NUMERIC.fullWidth",
        args,
        range: o.range,
        paths: [path],
        fix: { messageId: "VAL-NUMERIC.fix", args: { value: o.value }, edits: [{ range: o.range, newText: o.value }] },
      });
    }
    for (const ref of checkedCells(ctx)) {
      const { cell } = ref;
      // Nearly every cell is a plain number: look nothing up for those.
      if (cell.status !== "invalid" && !(cell.status === "number" && cell.normalized && cell.exact !== null)) continue;
      const { path, unit } = ref;
      const range = ctx.range(path);
      const valueRange = ctx.valueRange(path);
      const fixTo = (value: string) =>
        valueRange
          ? { fix: { messageId: "VAL-NUMERIC.fix", args: { value }, edits: [{ range: valueRange, newText: value }] } }
          : {};
      if (cell.status === "invalid") {
        const raw = cell.raw ?? "";
        if (raw === "{…}" || raw === "[…]") {
          ctx.emit({
            messageId: "VAL-NUMERIC.collection",
            args: { label: ref.label, found: typeLabel(raw === "{…}" ? "mapping" : "sequence") },
            range,
            paths: [path],
          });
          continue;
        }
        // The form's own unit after the number is only a habit of Word tables; any other unit (元 for 万元) changes the number.
        const m = WITH_UNIT.exec(raw.normalize("NFKC").trim());
        if (m && unit && m[2] === unit)
          ctx.emit({
            messageId: "VAL-NUMERIC.withUnit",
            args: { label: ref.label, raw, value: m[1]!, unit },
            range,
            paths: [path],
            ...fixTo(m[1]!),
          });
        else ctx.emit({ messageId: "VAL-NUMERIC.notNumber", args: { label: ref.label, raw }, range, paths: [path] });
      } else if (cell.status === "number" && cell.normalized && cell.exact !== null) {
        const value = cell.note === null ? cell.exact : yamlScalar(`${cell.exact}（${cell.note}）`);
        ctx.emit({
          messageId: cell.normalized === "full-width" ? "VAL-NUMERIC.fullWidth" : "VAL-NUMERIC.thousands",
          args: { label: ref.label, raw: cell.raw ?? "", value: cell.exact },
          range,
          paths: [path],
          ...fixTo(value),
        });
      }
    }
  },
};
