import { applyEdits, type Finding } from "../../src/index.js";

/** The text after a finding's quick fix is applied (edits do not overlap; applied from the end). */
export function applyFix(text: string, finding: Finding): string {
  return applyEdits(text, finding.fix?.edits ?? []);
}
