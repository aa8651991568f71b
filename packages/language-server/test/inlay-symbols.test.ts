import { describe, expect, it } from "vitest";
import { buildYaml } from "../../core/test/support/build.js";
import { documentSymbols, foldingRanges } from "../src/service/symbols.js";
import { findingsFor } from "../src/service/diagnostics.js";
import { inlayHints } from "../src/service/inlay-hints.js";
import { doc, settings } from "./support/markers.js";

const whole = { start: { line: 0, character: 0 }, end: { line: 10_000, character: 0 } };

describe("inlay hints", () => {
  it("labels each number of a table row with its column, before the number, when asked", () => {
    const text = buildYaml();
    const d = doc(text);
    expect(inlayHints(d, whole, settings(), [])).toEqual([]);
    const hints = inlayHints(d, whole, settings({ inlayHints: { columnLabels: true } }), []);
    const line = text.split("\n").findIndex((l) => l.includes("本年新收"));
    const onLine = hints.filter((h) => h.position.line === line).map((h) => h.label);
    expect(onLine).toEqual(["自然人:", "商业企业:", "科研机构:", "社会公益组织:", "法律服务机构:", "其他:", "总计:"]);
    const first = hints.find((h) => h.position.line === line)!;
    expect(text.split("\n")[line]!.slice(first.position.character, first.position.character + 1)).toBe("0");
  });

  it("shows the computed value beside a wrong total, and can be turned off", () => {
    const text = buildYaml({ t4: { 行政复议: [10, 1, 0, 0, 0] } });
    const s = settings({ inlayHints: { columnLabels: false } });
    const d = doc(text, s);
    const hints = inlayHints(d, whole, s, findingsFor(d, s, null));
    expect(hints.map((h) => h.label)).toEqual(["≠ 11"]);
    const line = text.split("\n")[hints[0]!.position.line]!;
    expect(line.slice(0, hints[0]!.position.character).endsWith("0]".slice(0, 1))).toBe(true);
    const off = settings({ inlayHints: { columnLabels: false, totals: false } });
    expect(inlayHints(d, whole, off, findingsFor(d, off, null))).toEqual([]);
  });
});

describe("document symbols and folding", () => {
  it("outlines the sections with their printed headings, tables with their rows", () => {
    const d = doc(buildYaml());
    const symbols = documentSymbols(d, settings());
    const names = symbols.map((s) => s.name);
    expect(names).toEqual([
      "格式",
      "机关",
      "年度",
      "一、总体情况",
      "二、主动公开政府信息情况",
      "三、收到和处理政府信息公开申请情况",
      "四、政府信息公开行政复议、行政诉讼情况",
      "五、存在的主要问题及改进情况",
      "六、其他需要报告的事项",
    ]);
    const t3 = symbols.find((s) => s.name.startsWith("三、"))!;
    expect(t3.children!.map((c) => c.name)).toEqual([
      "一、本年新收政府信息公开申请数量",
      "二、上年结转政府信息公开申请数量",
      "三、本年度办理结果",
      "四、结转下年度继续办理",
    ]);
    const results = t3.children![2]!;
    expect(results.children!.map((c) => c.name)).toContain("（三）不予公开");
    const withheld = results.children!.find((c) => c.name === "（三）不予公开")!;
    expect(withheld.children![0]!.name).toBe("（三）不予公开 1.属于国家秘密");
  });

  it("folds every multi-line section and group", () => {
    const text = buildYaml();
    const ranges = foldingRanges(doc(text));
    const lines = text.split("\n");
    const t3 = lines.findIndex((l) => l.startsWith("依申请公开:"));
    const fold = ranges.find((r) => r.startLine === t3)!;
    expect(lines[fold.endLine]).toMatch(/^ {2}结转下年度:/);
  });
});
