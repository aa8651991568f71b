import type { Catalogue } from "../format.js";

/** Messages shared by many rules (en). */
export const messages: Catalogue = {
  "fix.setValue": "Change {label} to {value}",
  "fix.recomputeTotal": "Recompute {label} as {value}",
  "related.addend": "Addend: {label} = {value}",
  "related.total": "Total: {label} = {value}",
  "related.previousYear": "Last year's report: {label} = {value}",
  "internal.ruleFailed": "Rule {code} failed and was skipped: {detail}",
};
