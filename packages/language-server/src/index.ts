/**
 * @nianbao/language-server — a pure language service for `*.nianbao.yaml` (functions from a
 * document to diagnostics, completions, hovers, actions, hints, symbols) and, in server.ts, the
 * thin LSP wiring.
 */
export {
  createLanguageService,
  createInMemoryWorkspace,
  type InMemoryWorkspace,
  type InMemoryWorkspaceInit,
  type CancellationToken,
  type Disposable,
  type FileChange,
  type IndexingOptions,
  type LanguageServiceInit,
  type Logger,
  type NianbaoLanguageService,
  type ReportDocument,
  type ReportWorkspace,
} from "./service/index.js";
export { analyze, agencyKey, checkOptions, type AnalyzedDocument } from "./service/document.js";
export {
  diagnostics,
  findingsFor,
  cachedFindings,
  toDiagnostic,
  toLspRange,
  DIAGNOSTIC_SOURCE,
  type PreviousYear,
} from "./service/diagnostics.js";
export { completion, COMPLETION_TRIGGER_CHARACTERS } from "./service/completion.js";
export { pasteAsRow } from "./service/paste-row.js";
export { hover } from "./service/hover.js";
export { codeActions } from "./service/code-actions.js";
export { onTypeFormatting } from "./service/on-type-formatting.js";
export { formatting } from "./service/formatting.js";
export { inlayHints } from "./service/inlay-hints.js";
export { documentSymbols, foldingRanges } from "./service/symbols.js";
export {
  resolveSettings,
  localeFrom,
  matchesPatterns,
  globToRegExp,
  DEFAULT_FILE_PATTERNS,
  type Settings,
} from "./service/settings.js";
export { createCache, initialsOf, type ServiceCache } from "./service/cache.js";
export {
  indexReport,
  summaryOf,
  findPrevious,
  dependentsOf,
  folderOf,
  type IndexedReport,
  type PreviousInIndex,
  type WorkspaceIndex,
} from "./service/workspace.js";
export { PreviousYears, type TextLoader } from "./service/previous-years.js";
export { withinLimits } from "./service/limits.js";
export { cursorContext } from "./service/yaml-context.js";
export { pathAt } from "./service/positions.js";
export { LspLines, type PositionIndex } from "./service/lsp-lines.js";
export { t as lsMessage } from "./messages/index.js";
