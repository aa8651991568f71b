/**
 * @nianbao/core — the 政府信息公开工作年度报告 domain: the official form described once, reading
 * `*.nianbao.yaml` with exact source ranges, every check of the rules reference, and the helpers
 * other apps need. Runs in Node and in browsers (no Node-only API).
 */
export * from "./form/index.js";
export * from "./model/index.js";
export { reportYearDue } from "./model/report-year.js";
export * from "./source/index.js";
export * from "./findings/index.js";
export {
  readReport,
  emptyReport,
  DEFAULT_LIMITS,
  type ReadResult,
  type ReadLimits,
  type ReadOptions,
} from "./read/reader.js";
export { isYamlError, type Observation, type Area } from "./read/observations.js";
export type { MutableReport } from "./read/state.js";
export { notAReport, type NotAReportReason } from "./read/not-a-report.js";
export { decodeBytes, type DecodedText, type TextEncoding } from "./read/decode.js";
export { cellFromText, canonicalDecimal, PLACEHOLDERS } from "./read/cells.js";
export { normalizeKey } from "./read/keys.js";
export {
  parseReport,
  checkRead,
  checkAgainstPreviousYear,
  checkUnpaired,
  fileErrorFirst,
  type ParsedReport,
} from "./check/index.js";
export { agencyIdentity, compareIdentities, nameSimilarity, type AgencyIdentity } from "./pairing/identity.js";
export {
  pairPreviousYears,
  LIKELY_SIMILARITY,
  MAX_LIKELY_CANDIDATES,
  type PairingEntry,
  type PreviousYearMatch,
} from "./pairing/previous-year.js";
export { RULES, ruleByCode } from "./rules/index.js";
export * from "./config/index.js";
export { DISABLE_NEXT_LINE, disableDirectives, type DisableDirective } from "./rules/config/directives.js";
export type {
  Rule,
  ConfigRule,
  DocumentRule,
  CrossYearRule,
  UnpairedRule,
  RuleBase,
  RuleCategory,
  CheckOptions,
  ResolvedCheckOptions,
  RuleContext,
  CrossYearContext,
  UnpairedContext,
  LikelyPrevious,
  FindingDraft,
} from "./rules/types.js";
export {
  CATALOGUES,
  LOCALES,
  message,
  formatMessage,
  type Bilingual,
  type MessageArg,
  type MessageArgs,
  type Catalogue,
} from "./messages/index.js";
export { addDecimal, subtractDecimal, compareDecimal, sumDecimals } from "./arith/decimal.js";
export { countOf, sumCounts } from "./arith/cells.js";
export {
  writeReportYaml,
  reportTemplate,
  cellYaml,
  type WriteYamlOptions,
  type TemplateOptions,
} from "./write/yaml.js";
export {
  proseKeyLine,
  closingQuote,
  unquoteLine,
  isPlainStart,
  blockLines,
  type ProseKeyLine,
} from "./write/prose-block.js";
export { pastedRowYaml } from "./write/pasted-row.js";
export { displayWidth, keyPadder, columnWidths, alignedRow, MAX_KEY_ALIGN } from "./write/align.js";
export { layoutReportText } from "./write/layout.js";
export {
  documentSchema,
  jsonSchema,
  jsonSchemaFileName,
  reportSchema,
  modelCellSchema,
  type DocumentData,
} from "./schema/index.js";
export {
  derivedTotals,
  recomputeTotalsEdits,
  sumExact,
  table3Counts,
  table3ResultRowIds,
  table3ResultsSum,
  table3RoleRow,
  table3RowIds,
  table3RowSum,
  table3TotalColumn,
  table4RowSum,
  table4TotalColumn,
  type DerivedTotal,
  type Table3Counts,
} from "./arith/totals.js";
export { renderReportMarkdown, escapeMarkdown } from "./render/markdown.js";
export { nextYearReport, formatForYear } from "./write/next-year.js";
export { nextYearFrom, type NextYear, type CarryFinding } from "./write/next-year-from.js";
export { quotePreviousProblems } from "./write/previous-problems.js";
export * from "./render/index.js";
export * from "./import/source.js";
export { positionsToSource } from "./import/read-positions.js";
export { pdfPageText, hasPdfHeader, type PdfViewportLike, type PdfTextItemLike } from "./import/pdf-items.js";
export { oneBlockALine, isLegacyWord, isZip } from "./import/docx-html.js";
export {
  importReport,
  importSource,
  readSource,
  detectKind,
  interpretSource,
  type Interpretation,
  readTsv,
  readLayout,
  readMarkdown,
  readHtml,
  readFlattened,
  rankCuts,
  cutsInComment,
  type RankedCut,
  type RankContext,
  type Breaks,
  type ImportOptions,
  type ImportResult,
  type ImportFinding,
  type ImportStats,
  type Provenance,
} from "./import/index.js";
export type { ImportRule } from "./rules/types.js";
