import type { ReadResult } from "@nianbao/core";
import { selectionForPath } from "./model.js";
import { parseFromWebview } from "./protocol.js";

/** What the preview asks of the editor side, so the message handling is testable without VS Code. */
export interface PreviewHost {
  /** The last rendered read of the previewed file, or null before the first render. */
  current(): ReadResult | null;
  /** Send the content (again). */
  render(): void;
  /** Put the editor's selection on these offsets and show it. */
  select(range: { start: number; end: number }): void;
  /** Scroll the editor so this 0-based line is at its top. */
  revealLine(line: number): void;
}

/** Acts on one message from the webview; anything malformed or unknown is ignored. Returns what it did. */
export function handleWebviewMessage(raw: unknown, host: PreviewHost): "render" | "select" | "reveal" | "ignored" {
  const m = parseFromWebview(raw);
  if (!m) return "ignored";
  switch (m.type) {
    case "ready":
      host.render();
      return "render";
    case "select": {
      const read = host.current();
      const range = read ? selectionForPath(read, m.path) : null;
      if (!range) return "ignored";
      host.select(range);
      return "select";
    }
    case "revealLine": {
      const read = host.current();
      if (read && m.line >= read.lineIndex.lineCount) return "ignored";
      host.revealLine(m.line);
      return "reveal";
    }
  }
}
