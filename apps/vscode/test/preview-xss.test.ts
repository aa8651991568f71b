import { describe, expect, it } from "vitest";
import { elements, REPORT_TAGS, strictHtml, textContent, textOfPath } from "@nianbao/test-support/html-strict";
import { hostileReport, XSS_CORPUS } from "@nianbao/test-support/xss";
import { previewContent, type PlainDiagnostic } from "../src/preview/model.js";

/**
 * Issue 6 in the preview: besides the report's own text, the extension puts the language server's
 * diagnostics (their code and message, which quote report text) into the page as the cells' marks,
 * and sends the title, which the webview sets as `document.title` (text, never markup). With the
 * XSS corpus in every field and in every diagnostic, the update message's HTML is still only the
 * renderer's markup, and the payloads are there as text.
 */

const diagnostic = (payload: string, paths: string[]): PlainDiagnostic => ({
  source: "nianbao",
  code: payload,
  severity: "error",
  message: payload,
  paths,
  start: { line: 0, character: 0 },
});

describe("the preview's update message with the XSS corpus", () => {
  it.each(XSS_CORPUS.map((p) => [p.length > 80 ? `${p.slice(0, 60)}… (${p.length} characters)` : p, p]))(
    "%s",
    (_, payload) => {
      const { yaml, fields } = hostileReport(payload, "title");
      const diagnostics = [
        diagnostic(payload, ["requests.granted.0", "litigation.review.0"]),
        diagnostic(payload, ["meta.title"]),
      ];
      const { message } = previewContent("file:///w/r.nianbao.yaml", 1, yaml, diagnostics);

      const parsed = strictHtml(message.html, { tags: REPORT_TAGS });
      expect(parsed.problems).toEqual([]);
      for (const [path, text] of fields) expect(textOfPath(parsed, path), path).toContain(text);
      // The diagnostics' words are in the marked cells' titles and codes, as text (the strict reader decoded them).
      const marked = [...elements(parsed.roots)].find((e) => e.attrs["data-path"] === "requests.granted.0")!;
      expect(marked.attrs.title).toBe(`${payload}: ${payload}`);
      expect(marked.attrs["data-codes"]).toBe(payload);
      // The title goes to document.title as it is written: a text sink, so nothing to escape.
      expect(message.title).toBe(payload.trim());
    },
  );

  it("escapes the lines YAML could not read, shown marked, with each payload as text", () => {
    const payloads = XSS_CORPUS.filter((p) => !p.includes("\n") && !p.includes("\u0000") && p.length < 200);
    // Enter pressed inside a quoted text, once per payload: every second line is at the key's indentation.
    const broken = payloads.map((p, i) => `  主动公开: "${i}\n  ${p.replace(/"/g, "")}"`).join("\n");
    const yaml = `格式: 2021\n机关: 测试局\n年度: 2025\n总体情况:\n${broken}\n`;
    const { message } = previewContent("file:///w/r.nianbao.yaml", 1, yaml, []);
    const parsed = strictHtml(message.html, { tags: REPORT_TAGS });
    expect(parsed.problems).toEqual([]);
    const blocks = [...elements(parsed.roots)].filter((e) => e.attrs.class === "nb-unreadable");
    expect(blocks.length).toBeGreaterThan(0);
    const shown = blocks.map((b) => textContent(b)).join("\n");
    expect(shown).toContain("以下内容无法读取，请检查原文");
    for (const p of payloads) expect(shown).toContain(p.replace(/"/g, "").trim());
  });
});
