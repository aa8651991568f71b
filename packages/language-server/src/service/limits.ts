import { DEFAULT_LIMITS } from "@nianbao/core";
import type { AnalyzedDocument } from "./document.js";

/**
 * Whether a document is small enough for the features that walk its text (completion, hover,
 * outline, folding, hints, actions). Beyond core's size limit the document was not read: its only
 * diagnostic is YAML-LIMIT, and every request about it answers nothing rather than scan megabytes
 * on each keystroke.
 */
export function withinLimits(doc: AnalyzedDocument): boolean {
  return doc.text.length <= DEFAULT_LIMITS.maxLength;
}
