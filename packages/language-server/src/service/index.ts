/**
 * The language service's public entry (`@nianbao/language-server`): createLanguageService and the
 * workspace it is given. Nothing reachable from here imports Node (test/browser-bundle.test.ts).
 */
export { createLanguageService } from "./language-service.js";
export { createInMemoryWorkspace, type InMemoryWorkspace, type InMemoryWorkspaceInit } from "./in-memory-workspace.js";
export type {
  CancellationToken,
  Disposable,
  FileChange,
  IndexingOptions,
  LanguageServiceInit,
  Logger,
  NianbaoLanguageService,
  ReportDocument,
  ReportWorkspace,
} from "./api.js";
export type { Settings } from "./settings.js";
export { resolveSettings, localeFrom, DEFAULT_FILE_PATTERNS } from "./settings.js";
export { COMPLETION_TRIGGER_CHARACTERS } from "./completion.js";
export { pasteAsRow } from "./paste-row-public.js";
