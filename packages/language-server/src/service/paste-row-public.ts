import { createCache } from "./cache.js";
import { pasteAsRow as rowOfPaste } from "./paste-row.js";

/**
 * What a paste of `pasted` over text[start, end) should insert when it is a row copied from Word or
 * Excel onto a table 三/四 row: the row written `[a, b, …]` (the service's 「拆成 7 格」 fix); null
 * for any other paste, which then goes in as copied. For editors' paste handlers (the VS Code
 * extension's), which run beside the language server rather than in it.
 */
export function pasteAsRow(text: string, start: number, end: number, pasted: string): string | null {
  return rowOfPaste(text, start, end, pasted, createCache());
}
