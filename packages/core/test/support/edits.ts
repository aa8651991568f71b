import type { Finding } from "../../src/index.js";

/** The text after a finding's quick fix is applied (edits do not overlap; applied from the end). */
export function applyFix(text: string, finding: Finding): string {
  const edits = [...(finding.fix?.edits ?? [])].sort((a, b) => b.range.start - a.range.start);
  return edits.reduce((t, e) => t.slice(0, e.range.start) + e.newText + t.slice(e.range.end), text);
}
