import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { TextDocument } from "vscode-languageserver-textdocument";
import { buildYaml } from "../../core/test/support/build.js";
import { analyze } from "../src/service/document.js";
import { hover } from "../src/service/hover.js";
import { LspLines } from "../src/service/lsp-lines.js";
import { resolveSettings } from "../src/service/settings.js";

describe("LSP positions", () => {
  it("agree with vscode-languageserver-textdocument on every offset and position, whatever the line endings", () => {
    const text = fc
      .array(fc.constantFrom("a", "机", "\r", "\n", "\r\n", "😀", " "), { maxLength: 30 })
      .map((parts) => parts.join(""));
    fc.assert(
      fc.property(
        text,
        fc.integer({ min: -2, max: 40 }),
        fc.integer({ min: -1, max: 12 }),
        fc.integer({ min: -1, max: 40 }),
        (t, offset, line, character) => {
          const lines = new LspLines(t);
          const doc = TextDocument.create("file:///x", "yaml", 1, t);
          expect(lines.position(offset)).toEqual(doc.positionAt(offset));
          expect(lines.offset({ line, character })).toBe(doc.offsetAt({ line, character }));
          expect(lines.lineCount).toBe(doc.lineCount);
          for (let l = 0; l < lines.lineCount; l++)
            expect(lines.lineText(l)).toBe(
              doc
                .getText({ start: { line: l, character: 0 }, end: { line: l, character: 1e9 } })
                .replace(/\r?\n$|\r$/, ""),
            );
        },
      ),
      { numRuns: 3_000, seed: 11 },
    );
  });

  it("put a hover's range on the line an editor shows, after a lone carriage return", () => {
    // A quoted agency name with a lone carriage return in it: an editor ends line 1 there.
    const text = buildYaml({ agency: "测试市测试局" }).replace("测试市测试局", "测试市\r测试局");
    const s = resolveSettings({ locale: "zh-CN" });
    const d = analyze("file:///t.nianbao.yaml", 1, text, s);
    const editor = TextDocument.create("file:///t.nianbao.yaml", "yaml", 1, text);
    const at = editor.positionAt(text.indexOf("年度"));
    // Core's "\n"-only lines would put 年度 on line 2.
    expect(at).toEqual({ line: 3, character: 0 });
    const h = hover(d, at, s);
    expect(h?.range?.start).toEqual(at);
    expect(JSON.stringify(h?.contents)).toContain("年度");
  });
});
