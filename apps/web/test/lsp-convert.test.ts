import { ChangeSet, Text } from "@codemirror/state";
import { TextDocument } from "vscode-languageserver-textdocument";
import { describe, expect, it } from "vitest";
import { toChanges, toContentChanges, toOffset, toPosition } from "../src/app/lsp-convert.js";

describe("LSP positions and CodeMirror offsets", () => {
  const doc = Text.of(["机关: 测试局", "年度: 2023", "😀 x"]);

  it("map both ways in UTF-16 units, clamping past the end of a line or the text", () => {
    expect(toOffset(doc, { line: 1, character: 4 })).toBe("机关: 测试局\n".length + 4);
    expect(toPosition(doc, "机关: 测试局\n年度: ".length)).toEqual({ line: 1, character: 4 });
    expect(toOffset(doc, { line: 2, character: 3 })).toBe(doc.length - 1);
    expect(toOffset(doc, { line: 0, character: 99 })).toBe(7);
    expect(toOffset(doc, { line: 9, character: 0 })).toBe(doc.length);
  });

  it("turns a transaction's changes into incremental changes the worker's document applies to the same text", () => {
    const changes = ChangeSet.of(
      [
        { from: 0, to: 2, insert: "单位" },
        { from: 12, to: 16, insert: "2024" },
        { from: doc.length, insert: "\n新行" },
      ],
      doc.length,
    );
    const after = changes.apply(doc).toString();
    const worker = TextDocument.update(
      TextDocument.create("u", "nianbao", 1, doc.toString()),
      toContentChanges(doc, changes),
      2,
    );
    expect(worker.getText()).toBe(after);
  });

  it("turns a code action's edits into one CodeMirror change", () => {
    const edits = [
      { range: { start: { line: 1, character: 4 }, end: { line: 1, character: 8 } }, newText: "2024" },
      { range: { start: { line: 0, character: 4 }, end: { line: 0, character: 7 } }, newText: "某局" },
    ];
    expect(ChangeSet.of(toChanges(doc, edits), doc.length).apply(doc).toString()).toBe("机关: 某局\n年度: 2024\n😀 x");
  });
});
