import {
  countOf,
  describePath,
  printedLabel,
  table3ResultRowIds,
  table3RoleRow,
  table3TotalColumn,
  table4TotalColumn,
  type Cell,
  type FormDef,
  type Report,
  printedHeading,
} from "@nianbao/core";
import { MarkupKind, type Hover, type Position } from "vscode-languageserver-types";
import { t } from "../messages/index.js";
import { toLspRange } from "./diagnostics.js";
import type { AnalyzedDocument } from "./document.js";
import { pathAt } from "./positions.js";
import type { Settings } from "./settings.js";

interface SumParts {
  readonly cells: readonly (Cell | undefined)[];
}

/** The cells a derived cell adds up, when the cell is a total (the same relations the rules check). */
export function addendsOf(form: FormDef, report: Report, path: string): SumParts | null {
  const [table, rowId, col] = path.split(".");
  const c = Number(col);
  if (table === "litigation") {
    const row = report.litigation[rowId as keyof Report["litigation"]];
    return row && c === table4TotalColumn(form) ? { cells: row.slice(0, c) } : null;
  }
  if (table !== "requests") return null;
  const totalCol = table3TotalColumn(form);
  const row = report.requests[rowId as keyof Report["requests"]];
  if (!row) return null;
  if (c === totalCol) return { cells: row.slice(0, totalCol) };
  if (rowId !== table3RoleRow(form, "total")) return null;
  // （七）总计 of an applicant column: the result rows this report holds (2019's single （六） row included).
  return {
    cells: table3ResultRowIds(form, report.requests).map((id) => report.requests[id as keyof Report["requests"]]?.[c]),
  };
}

function cellText(cell: Cell | undefined): string {
  if (!cell) return "—";
  if (cell.status === "number") return cell.exact ?? "";
  return cell.raw === null ? "∅" : JSON.stringify(cell.raw);
}

/** Hover on any key, row or cell: the printed label, the 条例 article, the filling rule, and for a total its sum. */
export function hover(doc: AnalyzedDocument, position: Position, settings: Settings): Hover | null {
  const { parsed } = doc;
  const offset = doc.lines.offset(position);
  const at = pathAt(parsed.sourceMap, offset);
  if (!at) return null;
  const form = parsed.read.form;
  const target = describePath(form, at.path);
  if (!target) return null;
  const locale = settings.locale;
  const label = printedLabel(target);
  const lines: string[] = [];
  const title = locale === "en" ? `**${label.zh}** (${label.en})` : `**${label.zh}**`;
  const section = "section" in target ? target.section : null;
  lines.push(section && target.kind !== "section" ? `${title}  \n${printedHeading(section)}` : title);
  const article =
    target.kind === "row" || target.kind === "cell"
      ? (target.row.article ?? target.block?.article ?? section?.article)
      : target.kind === "section"
        ? target.section.article
        : target.kind === "group"
          ? target.group.article
          : undefined;
  if (article) lines.push(t("hover.article", locale, { article }));
  const note =
    target.kind === "meta"
      ? target.field.note
      : target.kind === "section"
        ? target.section.note
        : target.kind === "topic"
          ? target.topic.note
          : target.kind === "row" || target.kind === "cell"
            ? target.row.note
            : target.kind === "group"
              ? target.group.note
              : undefined;
  if (note) lines.push(locale === "en" ? note.en : note.zh);
  if (target.kind === "cell" && target.column.unit) lines.push(t("hover.unit", locale, { unit: target.column.unit }));
  if ((target.kind === "row" || target.kind === "cell") && target.row.id === "partlyGranted")
    lines.push(t("hover.partialOnce", locale));
  if (target.kind === "section" && target.section.id === "requests") lines.push(t("hover.relation", locale));
  if (target.kind === "cell") {
    const addends = addendsOf(form, parsed.report, at.path);
    if (addends) {
      const values = addends.cells.map(countOf);
      if (values.every((v) => v !== null)) {
        const sum = (values as number[]).reduce((a, b) => a + b, 0);
        const own = countOf(cellAt(parsed.report, at.path));
        const args = { addends: addends.cells.map(cellText).join(" + "), sum };
        lines.push(t(own === sum ? "hover.sumMatches" : "hover.sumOf", locale, args));
      }
    }
  }
  return { contents: { kind: MarkupKind.Markdown, value: lines.join("\n\n") }, range: toLspRange(doc.lines, at.range) };
}

export function cellAt(report: Report, path: string): Cell | undefined {
  const [table, row, col] = path.split(".");
  if (table === "requests") return report.requests[row as keyof Report["requests"]]?.[Number(col)];
  if (table === "litigation") return report.litigation[row as keyof Report["litigation"]]?.[Number(col)];
  if (table === "proactive") return report.proactive[row!]?.[col!];
  return undefined;
}
