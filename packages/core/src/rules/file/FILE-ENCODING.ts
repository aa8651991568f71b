import { observationsFor } from "../observed.js";
import type { DocumentRule } from "../types.js";

/** Names of the encodings as Windows and editors show them in their "save as" dialogs. */
const SHOWN = { gb18030: "GB18030 (GBK)", "utf-16le": "UTF-16 LE", "utf-16be": "UTF-16 BE" } as const;

/**
 * The file is not UTF-8. It was checked as written (the reader decoded it), but every other tool
 * of the chain (Git diffs, the language server, a web form, the next year's `new --from`) expects
 * UTF-8, and a GB18030 file opened as UTF-8 shows only mojibake. Not in RULES.md: a file warning.
 * Only a caller that decodes bytes knows the encoding (the CLI passes it, see `decodeBytes`).
 */
export const FILE_ENCODING: DocumentRule = {
  code: "FILE-ENCODING",
  severity: "warning",
  category: "file",
  kind: "document",
  check(ctx) {
    for (const o of observationsFor(ctx, "FILE-ENCODING")) {
      if (o.kind !== "encoding") continue;
      ctx.emit({ messageId: "FILE-ENCODING.notUtf8", args: { encoding: SHOWN[o.encoding] }, range: o.range });
    }
  },
};
