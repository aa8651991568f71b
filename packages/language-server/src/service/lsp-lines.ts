import { LineIndex } from "@nianbao/core";
import type { Position } from "vscode-languageserver-types";

/** Converts between offsets in a text and LSP positions. */
export interface PositionIndex {
  position(offset: number): Position;
  offset(position: Position): number;
}

/**
 * Lines as LSP counts them: ended by "\r\n", "\n" or a lone "\r" (core's default counts "\n" only,
 * which is right for file:line output but puts a position after a lone "\r" on the wrong line for an
 * editor). A position never points inside a line ending. The counting itself is core's `LineIndex`.
 */
export class LspLines extends LineIndex implements PositionIndex {
  constructor(text: string) {
    super(text, { lineBreaks: "lsp" });
  }
}
