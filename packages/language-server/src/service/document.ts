import { agencyIdentity, parseReport, type CheckOptions, type ParsedReport } from "@nianbao/core";
import { LspLines } from "./lsp-lines.js";
import type { Settings } from "./settings.js";

/** A report document as the service sees it: its text, and everything core made of it. */
export interface AnalyzedDocument {
  readonly uri: string;
  readonly version: number;
  readonly text: string;
  readonly parsed: ParsedReport;
  /** Offsets ↔ LSP positions, with the protocol's line endings. */
  readonly lines: LspLines;
}

export function checkOptions(settings: Settings): CheckOptions {
  return {
    locale: settings.locale,
    severity: settings.severity,
    ...(settings.profile ? { profile: settings.profile } : {}),
  };
}

export function analyze(uri: string, version: number, text: string, settings: Settings): AnalyzedDocument {
  return { uri, version, text, parsed: parseReport(text, checkOptions(settings)), lines: new LspLines(text) };
}

/** The agency as pairing compares it: core's agency identity (docs/guide.md), or null when blank. */
export function agencyKey(agency: string | null): string | null {
  return agencyIdentity(agency)?.key ?? null;
}
