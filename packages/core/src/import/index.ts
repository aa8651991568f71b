/**
 * Importing a published report: detect what kind of text it is, read it into the intermediate form
 * (one reader per kind), interpret that against the form, and write the `*.nianbao.yaml`, with a
 * comment at every row that was inferred or could not be read. A PDF arrives as a SourceDocument
 * built from its text positions (`importSource`); core never reads PDF bytes.
 */
import type { Locale } from "../findings/index.js";
import { message } from "../messages/index.js";
import type { Report } from "../model/index.js";
import { writeReportYaml } from "../write/yaml.js";
import { detectKind } from "./detect.js";
import { unifyIdeographs } from "./ideographs.js";
import type { ImportFinding } from "./findings.js";
import { interpretSource, type ImportStats } from "./interpret.js";
import { readFlattened } from "./read-flattened.js";
import { readHtml } from "./read-html.js";
import { readLayout } from "./read-layout.js";
import { readMarkdown } from "./read-markdown.js";
import { readTsv } from "./read-tsv.js";
import type { SourceDocument, SourceKind } from "./source.js";

export interface ImportOptions {
  /** The kind of text; detected from the content (and the file name) when not given. */
  readonly kind?: Exclude<SourceKind, "pdf">;
  /** Named in the YAML's header comment. */
  readonly fileName?: string;
  /** Language of the findings and of the YAML's comments (default zh-CN). */
  readonly locale?: Locale;
  /** Longest text read, in UTF-16 units (default 5,000,000: a report page is well under 1,000,000). */
  readonly maxLength?: number;
  /**
   * The same agency's report of the year before, when known (a folder of several years): the cuts
   * of a glued row that could not be read are ranked by how they continue it. Never decides a cell.
   */
  readonly previous?: Report | null;
}

/** A published report is tens of kilobytes; a page with its scripts and styles a few hundred. */
export const DEFAULT_IMPORT_MAX_LENGTH = 5_000_000;

export interface ImportResult {
  readonly report: Report;
  /** Every cell that could not be read or was decoded by inference, every row not placed, every label normalised. */
  readonly findings: readonly ImportFinding[];
  /** The report as `*.nianbao.yaml`, with the import's comments. */
  readonly yaml: string;
  readonly kind: SourceKind;
  readonly stats: ImportStats;
  readonly source: SourceDocument;
  /**
   * False when no report was found in the source (no section heading and no table: an empty file,
   * a 404 page) or it was too large to read; an error finding says which. Nothing was imported.
   */
  readonly reportFound: boolean;
}

/** Reads a published text into the intermediate form, with the reader of its kind. */
export function readSource(text: string, kind: Exclude<SourceKind, "pdf">): SourceDocument {
  switch (kind) {
    case "tsv":
      return readTsv(text);
    case "layout":
      return readLayout(text);
    case "markdown":
      return readMarkdown(text);
    case "html":
      return readHtml(text);
    case "docx":
      return { ...readHtml(text), kind: "docx" };
    case "flattened":
      return readFlattened(text);
  }
}

/**
 * Imports a published report given as text (web-page text, `pdftotext -layout`, Markdown, HTML, a
 * CMS export). Never throws; a text that is a PDF's bytes is reported as such.
 */
export function importReport(text: string, options: ImportOptions = {}): ImportResult {
  const max = options.maxLength ?? DEFAULT_IMPORT_MAX_LENGTH;
  if (text.length > max)
    return importSource({ kind: options.kind ?? "layout", lines: [], tables: [] }, options, {
      max,
      actual: text.length,
    });
  const unified = unifyIdeographs(text);
  const detected = options.kind ?? detectKind(unified, options.fileName);
  // PDF bytes read as text have no usable lines; the caller must build the SourceDocument from positions.
  const doc = detected === "pdf" ? { kind: "pdf" as const, lines: [], tables: [] } : readSource(unified, detected);
  return importSource(doc, options);
}

/** Imports a report already in the intermediate form (what the PDF reader produces). */
export function importSource(
  doc: SourceDocument,
  options: Omit<ImportOptions, "kind" | "maxLength"> = {},
  tooLarge?: { max: number; actual: number },
): ImportResult {
  const locale = options.locale ?? "zh-CN";
  const result = interpretSource(unifiedDocument(doc), locale, tooLarge, options.previous ?? null);
  const { stats } = result;
  const header = [
    ...(result.report.title ? [result.report.title] : []),
    message(
      "import.header.source",
      { file: options.fileName ?? "-", kind: message(`import.kind.${doc.kind}`, {}, locale) },
      locale,
    ),
    message(
      stats.unreadable + stats.inferred > 0 ? "import.header.stats" : "import.header.statsClean",
      { cells: stats.cells, read: stats.read, inferred: stats.inferred, unreadable: stats.unreadable },
      locale,
    ),
    ...result.notes,
  ];
  const yaml = writeReportYaml(result.report, { header, comments: result.comments });
  return {
    report: result.report,
    findings: result.findings,
    yaml,
    kind: doc.kind,
    stats,
    source: doc,
    reportFound: result.reportFound,
  };
}

/** A document (a PDF's, read from positions) with its stand-in ideographs unified, as importReport does for text. */
function unifiedDocument(doc: SourceDocument): SourceDocument {
  return {
    ...doc,
    lines: doc.lines.map((l) => ({ ...l, text: unifyIdeographs(l.text) })),
    tables: doc.tables.map((t) => ({
      ...t,
      rows: t.rows.map((r) => ({ ...r, cells: r.cells.map((c) => ({ ...c, text: unifyIdeographs(c.text) })) })),
    })),
  };
}

export { detectKind } from "./detect.js";
export type { ImportFinding, Provenance } from "./findings.js";
export type { ImportStats } from "./interpret.js";
export { interpretSource, type Interpretation } from "./interpret.js";
export { readFlattened } from "./read-flattened.js";
export { readHtml } from "./read-html.js";
export { readLayout } from "./read-layout.js";
export { readMarkdown } from "./read-markdown.js";
export { readTsv } from "./read-tsv.js";
export { splits, splitsTable4, splitsWithTotal } from "./flattened-split.js";
export { magnitudePrior, rankCuts, statedCounts, type Breaks, type RankContext, type RankedCut } from "./candidates.js";
export { cutsInComment } from "./cuts-comment.js";
