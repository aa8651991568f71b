import type { Locale, Severity } from "../findings/index.js";
import { formFor, type FormDef } from "../form/index.js";
import type { Bilingual, MessageArgs } from "../messages/format.js";
import { message } from "../messages/index.js";
import type { Cell, Report } from "../model/index.js";
import { isYamlError } from "../read/observations.js";
import type { ReadResult } from "../read/reader.js";
import { table2CellLabel, table3ColumnLabel, table3RowLabel } from "../rules/labels.js";
import type { Range } from "../source/index.js";
import { contactParagraph } from "./contact.js";
import { nextYearReport } from "./next-year.js";

/** What starting next year's report found in last year's cells that are carried (code XY-CARRY). */
export interface CarryFinding {
  readonly code: "XY-CARRY";
  /** "warning": a blank or placeholder carried as written; "error": a carried row or cell that could not be read. */
  readonly severity: Severity;
  readonly messageId: string;
  readonly args: MessageArgs;
  readonly message: string;
  /** The model path in last year's report (a row such as `requests.carriedOut`, or a cell). */
  readonly path: string;
  /** Where in last year's text (offsets). */
  readonly range: Range;
}

export interface NextYear {
  /** `nextYearReport` of last year's report. */
  readonly report: Report;
  readonly findings: readonly CarryFinding[];
}

/**
 * Next year's report from last year's as read (`nextYearReport`), with what the carry-over could not
 * take as a figure: a warning for each carried row with blank or placeholder cells (carried as
 * written, not as 0), an error when a carried row or cell cannot be read (missing, or text that is
 * not a number, as after a broken line). With an error the new report must not be used: its
 * carried cells would be guesses. The 概述's contact details (地址, 电话…) are carried as its only
 * text: they rarely change, and the rest of the prose must be written fresh.
 */
export function nextYearFrom(previous: ReadResult, locale: Locale = "zh-CN"): NextYear {
  const report = withContact(nextYearReport(previous.report), previous.report);
  const findings: CarryFinding[] = [];
  const form = previous.form;
  const where = (path: string): Range => {
    const e = previous.sourceMap.get(path) ?? previous.sourceMap.get(path.split(".").slice(0, -1).join("."));
    return e?.value ?? e?.key ?? { start: 0, end: 0 };
  };
  const add = (severity: Severity, messageId: string, args: MessageArgs, path: string, range = where(path)) =>
    findings.push({
      code: "XY-CARRY",
      severity,
      messageId,
      args,
      message: message(messageId, args, locale),
      path,
      range,
    });

  const row = table3RowLabel(form, "carriedOut");
  const target = table3RowLabel(formFor(report.format), "carriedIn");
  const cells = previous.report.requests.carriedOut;
  const unreadable = cells ? indexes(cells, (c) => c.status === "missing" || c.status === "invalid") : null;
  if (!cells || unreadable!.length === cells.length) {
    // A row lost to a syntax error (a tab before 结转下年度:) is best shown where the error is.
    const syntax = previous.sourceMap.has("requests.carriedOut") ? undefined : previous.observations.find(isYamlError);
    add("error", "XY-CARRY.fromRowUnreadable", { row }, "requests.carriedOut", syntax?.range);
  } else if (unreadable!.length)
    add(
      "error",
      "XY-CARRY.fromCellsUnreadable",
      {
        row,
        columns: join(unreadable!.map((i) => table3ColumnLabel(form, i))),
        written: writtenList(cells, unreadable!),
      },
      `requests.carriedOut.${unreadable![0]}`,
    );
  else {
    const empty = indexes(cells, (c) => c.status === "blank" || c.status === "placeholder");
    if (empty.length)
      add(
        "warning",
        "XY-CARRY.fromBlank",
        {
          row,
          target,
          columns: join(empty.map((i) => table3ColumnLabel(form, i))),
          written: writtenList(cells, empty),
        },
        `requests.carriedOut.${empty[0]}`,
      );
  }

  for (const { rowId, colId } of stockCells(form, formFor(report.format))) {
    const cell = previous.report.proactive[rowId]?.[colId];
    const path = `proactive.${rowId}.${colId}`;
    const label = table2CellLabel(form, rowId, colId);
    if (!cell || cell.status === "missing" || cell.status === "invalid")
      add("error", "XY-CARRY.fromStockUnreadable", { cell: label, written: written(cell) }, path);
    else if (cell.status === "blank" || cell.status === "placeholder")
      add("warning", "XY-CARRY.fromStockBlank", { cell: label, written: written(cell) }, path);
  }
  return { report, findings };
}

/** Next year's report with last year's contact paragraph as its 概述, when last year's has one. */
function withContact(next: Report, previous: Report): Report {
  const contact = contactParagraph(previous.overview.topics.intro ?? previous.overview.text);
  if (contact === null) return next;
  return { ...next, overview: { text: null, topics: { ...next.overview.topics, intro: contact } } };
}

/** The 现行有效 cells `nextYearReport` carries: those both last year's form and next year's have. */
function stockCells(previous: FormDef, next: FormDef): { rowId: string; colId: string }[] {
  const out: { rowId: string; colId: string }[] = [];
  for (const block of next.table2.blocks) {
    const stock = block.columns.find((c) => c.id === "valid");
    const before = previous.table2.blocks.find((b) => b.id === block.id);
    if (stock && before?.columns.some((c) => c.id === stock.id))
      for (const row of block.rows) out.push({ rowId: row.id, colId: stock.id });
  }
  return out;
}

function indexes(cells: readonly Cell[], test: (c: Cell) => boolean): number[] {
  return cells.flatMap((c, i) => (test(c) ? [i] : []));
}

function join(labels: readonly Bilingual[]): Bilingual {
  return { zh: labels.map((l) => l.zh).join("、"), en: labels.map((l) => l.en).join(", ") };
}

/** How the cells are written, for the message: '/' as '/', a blank as "". */
function written(cell: Cell | undefined): string {
  return cell && cell.status !== "missing" ? JSON.stringify(cell.raw ?? "") : "—";
}

function writtenList(cells: readonly Cell[], at: readonly number[]): string {
  return at.map((i) => written(cells[i])).join(", ");
}
