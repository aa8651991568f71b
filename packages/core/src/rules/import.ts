import type { ImportRule } from "./types.js";

/**
 * The checks of importing a published report (RULES.md, “Import quality”, and T3-SPLIT-CELL). The
 * importer (import/) reports them against the published source; they are listed here so that
 * their codes, severities and documentation live in the one registry.
 */
const importRule = (code: string, severity: ImportRule["severity"]): ImportRule => ({
  code,
  severity,
  category: "import",
  kind: "import",
});

export const importRules: readonly ImportRule[] = [
  importRule("IMP-SOURCE-GATE", "error"),
  importRule("IMP-FLATTENED", "warning"),
  importRule("IMP-UNREADABLE", "warning"),
  importRule("T3-SPLIT-CELL", "warning"),
  importRule("IMP-INCONSISTENT", "error"),
];
