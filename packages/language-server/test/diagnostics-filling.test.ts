import { describe, expect, it } from "vitest";
import { DiagnosticSeverity } from "vscode-languageserver-types";
import { reportTemplate, writeReportYaml } from "@nianbao/core";
import { diagnostics, MAX_RELATED } from "../src/service/diagnostics.js";
import { doc, settings } from "./support/markers.js";

const template = writeReportYaml(reportTemplate({ agency: "测试市测试局", year: 2025 }));
const typed = (text: string, row: string, cells: string) =>
  text.replace(new RegExp(`(\\n *${row}: +)\\[[^\\]]*\\]`, "u"), `$1${cells}`);

describe("diagnostics of a report being filled in", () => {
  it("after typing only 本年新收: no T3-IDENTITY error, one hint on 办理结果 saying what is missing", () => {
    const text = typed(template, "本年新收", "[3, 1, 0, 0, 1, 0, 5]");
    const s = settings();
    const all = diagnostics(doc(text, s), s, null);
    const identity = all.filter((d) => d.code === "T3-IDENTITY");
    // Before: four errors on （七）总计, one per column 3 + 1 + 1 = 5 leaves unbalanced.
    expect(identity).toHaveLength(1);
    expect(identity[0]!.severity).toBe(DiagnosticSeverity.Information);
    expect(identity[0]!.message).toContain(
      "已填写「一、本年新收政府信息公开申请数量」 5 件，「三、本年度办理结果」尚未填写",
    );
    expect(identity[0]!.range.start.line).toBe(text.split("\n").findIndex((l) => l.trim().startsWith("办理结果:")));
    expect(all.filter((d) => d.severity === DiagnosticSeverity.Error)).toEqual([]);
  });

  it("carries at most two related locations, the whole list in data for the Problems view's clients", () => {
    let text = typed(template, "本年新收", "[3, 1, 0, 0, 1, 0, 5]");
    text = typed(text, "予以公开", "[1, 0, 0, 0, 0, 0, 1]");
    const s = settings();
    const errors = diagnostics(doc(text, s), s, null).filter((d) => d.code === "T3-IDENTITY");
    expect(errors.length).toBeGreaterThan(1);
    for (const d of errors) {
      expect(d.severity).toBe(DiagnosticSeverity.Error);
      // Three terms per equation; the hover shows two.
      expect(d.relatedInformation).toHaveLength(MAX_RELATED);
      const data = d.data as { related: { message: string }[] };
      expect(data.related).toHaveLength(3);
      expect(data.related.slice(0, MAX_RELATED)).toEqual(d.relatedInformation);
    }
  });
});
