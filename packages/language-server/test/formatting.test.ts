import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { importReport, nextYearFrom, readReport, reportTemplate, writeReportYaml } from "@nianbao/core";
import { formatting } from "../src/service/formatting.js";
import { applyEdits, doc } from "./support/markers.js";

const examplesDir = new URL("../../../examples/", import.meta.url);
const examples = readdirSync(examplesDir)
  .filter((f) => f.endsWith(".nianbao.yaml"))
  .map((f) => [f, readFileSync(new URL(f, examplesDir), "utf8")] as const);

const format = (text: string) => applyEdits(text, formatting(doc(text)));
const model = (text: string) => JSON.stringify(readReport(text).report);
const comments = (text: string) =>
  text
    .split("\n")
    .filter((l) => l.trim().startsWith("#"))
    .map((l) => l.trim());

/** The same report written carelessly: four spaces per level, rows squeezed, keys unpadded. */
function messy(text: string): string {
  return text
    .split("\n")
    .map((l) => {
      const w = /^ */u.exec(l)![0].length;
      const doubled = " ".repeat(2 * w) + l.slice(w);
      return /^\s*[^\s#:][^:]*:\s*\[[^\]#]*\]\s*(#.*)?$/u.test(l)
        ? doubled
            .replace(/:\s+\[\s*/u, ": [")
            .replace(/\s*,\s*/gu, ",  ")
            .replace(/\s*\]/u, " ]")
        : doubled.replace(/^(\s*[^\s#:][^:]*:) +(?=\S)/u, "$1 ");
    })
    .join("\n");
}

describe("formatting", () => {
  it("has the examples", () => expect(examples.length).toBeGreaterThanOrEqual(10));

  it.each(examples)("lays out %s as written, keeping its meaning and comments, idempotently", (_name, text) => {
    const untidy = messy(text);
    expect(untidy).not.toBe(text);
    expect(model(untidy)).toBe(model(text));
    const once = format(untidy);
    expect(model(once)).toBe(model(text));
    expect(comments(once)).toEqual(comments(untidy));
    expect(formatting(doc(once))).toEqual([]);
    expect(once).toBe(format(text));
  });

  it("finds nothing to change in a report Nianbao wrote: the template, next year's, an import", () => {
    const template = writeReportYaml(reportTemplate({ agency: "测试市测试局", year: 2025 }));
    const hongze = readFileSync(new URL("jiangsu-huaian-hongzequ-gov-2023.nianbao.yaml", examplesDir), "utf8");
    const nextYear = writeReportYaml(nextYearFrom(readReport(hongze)).report);
    const imported = importReport(
      readFileSync(new URL("sources/jiangsu-huaian-hongzequ-gov-2023.txt", examplesDir), "utf8"),
    ).yaml;
    for (const text of [template, nextYear, imported]) expect(formatting(doc(text))).toEqual([]);
  });

  it("aligns a new report's rows as the examples are, with one edit per changed line", () => {
    const text = [
      "依申请公开:",
      "  # 自然人 …",
      "  本年新收: [12, 0, 0, 0, 3, 0, 15]",
      "  上年结转: [1, 0, 0, 0, 0, 0, 1]",
      "  办理结果:",
      "     予以公开: [5, 0, 0, 0, 1, 0, 6]",
      "  结转下年度: [0, 0, 0, 0, 0, 0, 0]  # 无",
      "",
    ].join("\n");
    const edits = formatting(doc(text));
    expect(edits.map((e) => e.range.start.line)).toEqual([2, 3, 5, 6]);
    expect(applyEdits(text, edits)).toBe(
      [
        "依申请公开:",
        "  # 自然人 …",
        "  本年新收:   [12, 0, 0, 0, 3, 0, 15]",
        "  上年结转:   [ 1, 0, 0, 0, 0, 0,  1]",
        "  办理结果:",
        "    予以公开: [ 5, 0, 0, 0, 1, 0,  6]",
        "  结转下年度: [ 0, 0, 0, 0, 0, 0,  0]  # 无",
        "",
      ].join("\n"),
    );
  });

  it("corrects one wrongly indented line as it lays out the rest", () => {
    const [, text] = examples.find(([n]) => n === "jiangsu-suqian-city-2024.nianbao.yaml")!;
    const broken = text.replace("\n    予以公开:", "\n     予以公开:");
    expect(format(broken)).toBe(format(text));
  });

  it("refuses a text it cannot read safely", () => {
    const [, text] = examples[0]!;
    expect(formatting(doc(messy(text).replace(/\]\n/u, "\n")))).toEqual([]);
    expect(formatting(doc(`${messy(text)}\n格式: 2021\n`))).toEqual([]);
  });

  it("formats only the lines of a range", () => {
    const text = ["依申请公开:", "    本年新收: [1, 0, 0, 0, 0, 0, 1]", "    上年结转: [0, 0, 0, 0, 0, 0, 0]", ""].join(
      "\n",
    );
    const edits = formatting(doc(text), { start: { line: 2, character: 0 }, end: { line: 2, character: 5 } });
    expect(edits.map((e) => e.range.start.line)).toEqual([2]);
  });

  it("moves the text of a | block with its key, keeping the text", () => {
    const text = [
      "总体情况:",
      "    主动公开: |",
      "        第一段。",
      "",
      "          第二段缩进多两格。",
      "    依申请公开: ''",
      "",
    ].join("\n");
    const out = format(text);
    expect(out).toBe(
      ["总体情况:", "  主动公开: |", "    第一段。", "", "      第二段缩进多两格。", "  依申请公开: ''", ""].join("\n"),
    );
    expect(model(out)).toBe(model(text));
  });
});
