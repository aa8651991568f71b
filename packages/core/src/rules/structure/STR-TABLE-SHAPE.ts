import { describePath, type ColumnDef, type FormDef } from "../../form/index.js";
import type { Observation } from "../../read/observations.js";
import { pastedRowYaml } from "../../write/pasted-row.js";
import { pathLabel, typeLabel } from "../describe.js";
import { observationsFor, visibleRange } from "../observed.js";
import type { DocumentRule, FindingDraft } from "../types.js";

/**
 * The tables have the form's shape: every row, group and cell (table 三 25 rows × 7, table 四 3 × 5,
 * table 二 its rows and columns), each row of the right length and of the right YAML type.
 */
export const STR_TABLE_SHAPE: DocumentRule = {
  code: "STR-TABLE-SHAPE",
  severity: "error",
  category: "structure",
  kind: "document",
  // Offered only when the pasted cells are exactly the row's width, each a readable value.
  fixes: { "STR-TABLE-SHAPE.splitRow": "auto" },
  example: "复议诉讼:\n  行政复议: [0, 0, 0, 0]\n  未经复议直接起诉: [0, 0, 0, 0, 0]\n  复议后起诉: 0\n",
  check(ctx) {
    for (const o of observationsFor(ctx, "STR-TABLE-SHAPE")) {
      const draft = describe(ctx.form, o, ctx.text);
      if (draft) ctx.emit({ ...draft, range: visibleRange(ctx, draft.range, draft.paths?.[0] ?? "") });
    }
  },
};

const parentOf = (path: string) => path.slice(0, Math.max(0, path.lastIndexOf(".")));

/** The value columns of the row at `path`, as the form prints them. */
function columnsOf(form: FormDef, path: string): readonly ColumnDef[] {
  const target = describePath(form, path);
  if (target?.kind !== "row") return [];
  if (target.block) return target.block.columns;
  return path.startsWith("requests.") ? form.table3.columns : form.table4.columns;
}

function describe(form: FormDef, o: Observation, text: string): FindingDraft | null {
  switch (o.kind) {
    case "missing": {
      const args = { key: o.key, label: pathLabel(form, o.path, o.label), where: pathLabel(form, parentOf(o.path)) };
      const id = o.what === "group" ? "missingGroup" : o.what === "cell" ? "missingCell" : "missingRow";
      return { messageId: `STR-TABLE-SHAPE.${id}`, args, range: o.range, paths: [o.path] };
    }
    case "row-length": {
      const columns = columnsOf(form, o.path);
      return {
        messageId: o.actual < o.expected ? "STR-TABLE-SHAPE.rowShort" : "STR-TABLE-SHAPE.rowLong",
        args: {
          label: pathLabel(form, o.path, o.label),
          expected: o.expected,
          actual: o.actual,
          columns: columns.map((c) => c.label).join("、"),
        },
        range: o.range,
        paths: [o.path],
      };
    }
    case "wrong-type": {
      const label = pathLabel(form, o.path);
      const found = typeLabel(o.found);
      const columns = columnsOf(form, o.path);
      const pasted =
        o.expected === "sequence" && o.found === "text" && columns.length > 1
          ? pastedRowYaml(text.slice(o.range.start, o.range.end), columns.length)
          : null;
      // A row pasted from Word or Excel: its cells are all there, only the brackets and commas are not.
      if (pasted)
        return {
          messageId: "STR-TABLE-SHAPE.pastedRow",
          args: { label, width: columns.length, row: pasted },
          range: o.range,
          paths: [o.path],
          fix: {
            messageId: "STR-TABLE-SHAPE.splitRow",
            args: { width: columns.length },
            edits: [{ range: o.range, newText: pasted }],
          },
        };
      if (o.expected === "sequence")
        return {
          messageId: "STR-TABLE-SHAPE.notRow",
          args: {
            label,
            found,
            width: columns.length,
            columns: columns.map((c) => c.label).join("、"),
            example: `[${columns.map(() => "0").join(", ")}]`,
          },
          range: o.range,
          paths: [o.path],
        };
      if (o.expected === "mapping" && columns.length > 1)
        return {
          messageId: "STR-TABLE-SHAPE.notCells",
          args: { label, found, example: `{ ${columns.map((c) => `${c.key}: 0`).join(", ")} }` },
          range: o.range,
          paths: [o.path],
        };
      return {
        messageId: "STR-TABLE-SHAPE.wrongType",
        args: { label, found, expected: typeLabel(o.expected) },
        range: o.range,
        paths: [o.path],
      };
    }
    default:
      return null;
  }
}
