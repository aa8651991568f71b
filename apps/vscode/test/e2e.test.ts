import { readFileSync } from "node:fs";
import { join } from "node:path";
import { reportTemplate, writeReportYaml } from "@nianbao/core";
import { describe, expect, it } from "vitest";
// @ts-expect-error plain ESM script without types, shared with the command-line runner
import { runE2E } from "../../../e2e/vscode/run.mjs";
// @ts-expect-error idem
import { HOSTILE_AGENCY } from "../../../e2e/vscode/scenario.mjs";
import { e2eTools, repo, runE2ETests } from "./support/e2e.js";

const example = join(repo, "examples/jiangsu-huaian-hongzequ-gov-2023.nianbao.yaml");

interface Facts {
  problems: string[];
  reviewProblem: string;
  reviewTotal: { line: number; column: number; value: string };
  statusBar: string;
  fixTitle: string;
  fixedText: string;
  cells: Record<string, string>;
  headers: { text: string; colspan: number; rowspan: number }[];
  marked: { className: string | null; title: string | null; description: string | null };
  reviewAfterFix: { className: string | null };
  editedCell: string;
  markAfterEdit: number;
  cursorAfterClick: { line: number; column: number };
  clickTarget: { line: number; column: number };
  keyboardStart: string;
  keyboardCell: string;
  keyboardRing: { visible: boolean; style: string; width: string };
  cursorAfterEnter: { line: number; column: number };
  enterTarget: { line: number; column: number };
  hostileTitle: string;
  hostile: { images: number; scripts: number; otherText: string; resultsRowspan: number | null };
  restoredTitle: string;
  previewScrollY: number;
  recomputedText: string;
  exportedHtml: string;
  newReport: string;
  editorScroll: { before: number; after: number };
  darkPreview: { dark: boolean; background: string };
  dialogsSeen: number;
  extensionProcesses: string[];
}

describe.runIf(runE2ETests)("VS Code extension in a real VS Code (code-server + Chromium)", () => {
  let facts: Facts;

  it("runs the whole scenario on the built .vsix", async () => {
    const buildHostile = ({ agency, other }: { agency: string; other: string }) =>
      writeReportYaml({ ...reportTemplate({ year: 2023, agency }), other });
    facts = await runE2E({ ...e2eTools(), workspace: { hongzeSource: example, buildHostile } });
  }, 600_000);

  it("shows the finding in the Problems view with its code and 中文 message at the right line", () => {
    const p = facts.reviewProblem;
    expect(p).toContain("T4-ROWSUM");
    expect(p).toContain("表四「行政复议」");
    expect(p).toContain("10 + 1 + 0 + 0 = 11");
    expect(p).toContain("「总计」填写为 0");
    expect(p).toContain(`[Ln ${facts.reviewTotal.line}, Col ${facts.reviewTotal.column}]`);
    expect(facts.problems.some((r) => r.includes("复议后起诉") && r.includes("T4-ROWSUM"))).toBe(true);
    expect(facts.statusBar).toMatch(/年报\D*[1-9]/);
  });

  it("applies the quick fix chosen in the light-bulb menu", () => {
    expect(facts.fixTitle).toContain("11");
    const before = readFileSync(example, "utf8").split("\n");
    const after = facts.fixedText.split("\n");
    expect(after[facts.reviewTotal.line - 1]).toBe("  行政复议:         [10, 1, 0, 0, 11]");
    // Only the total changed: every other line, comments included, is as it was.
    expect(after.length).toBe(before.length);
    expect(after.filter((l, i) => l !== before[i])).toEqual(["  行政复议:         [10, 1, 0, 0, 11]"]);
  });

  it("draws the tables with the report's values and the official merged header cells", () => {
    expect(facts.cells).toMatchObject({
      "requests.new.0": "21",
      "requests.new.6": "21",
      "requests.partlyGranted.0": "4",
      "requests.notHeld.6": "10",
      "requests.otherHandling.6": "0",
      "proactive.fees.amount": "7730.28",
      "proactive.normativeDocuments.repealed": "5",
      "litigation.review.0": "10",
      "litigation.review.4": "11",
      "litigation.litigationAfterReview.4": "0",
    });
    const span = (text: string) => facts.headers.find((h) => h.text === text);
    expect(span("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）")).toMatchObject({
      colspan: 3,
      rowspan: 3,
    });
    expect(span("申请人情况")).toMatchObject({ colspan: 7, rowspan: 1 });
    expect(span("法人或其他组织")).toMatchObject({ colspan: 5, rowspan: 1 });
    expect(span("自然人")).toMatchObject({ colspan: 1, rowspan: 2 });
    expect(span("（三）不予公开")).toMatchObject({ rowspan: 8 });
    expect(span("行政诉讼")).toMatchObject({ colspan: 10 });
    expect(span("未经复议直接起诉")).toMatchObject({ colspan: 5 });
    expect(span("第二十条第（一）项")).toMatchObject({ colspan: 4 });
    expect(span("本年处理决定数量")).toMatchObject({ colspan: 3 });
    // 洪泽区 2023 kept 2019's single （六）其他处理 row: drawn as written, the block spans 20 rows.
    expect(span("三、本年度办理结果")).toMatchObject({ rowspan: 20 });
  });

  it("marks the cell with a finding, with its message, and unmarks the fixed one", () => {
    expect(facts.marked.className).toContain("nb-mark-error");
    expect(facts.marked.title).toContain("T4-ROWSUM");
    expect(facts.marked.title).toContain("复议后起诉");
    // The same message for assistive technology, which does not read a title reliably.
    expect(facts.marked.description).toBe(facts.marked.title);
    expect(facts.reviewAfterFix.className ?? "").not.toContain("nb-mark");
  });

  it("follows an edit in the editor and moves the cursor on a click", () => {
    expect(facts.editedCell).toBe("25");
    expect(facts.markAfterEdit).toBeGreaterThan(0);
    expect(facts.cursorAfterClick).toMatchObject({ line: facts.clickTarget.line, column: facts.clickTarget.column });
  });

  it("reaches a cell from the keyboard and moves the cursor to it with Enter", () => {
    // Table 三's Tab stop followed the click; Down then End reach the row's last figure.
    expect(facts.keyboardStart).toBe("requests.partlyGranted.0");
    expect(facts.keyboardCell).toBe("requests.stateSecret.6");
    // The focused cell shows the focus ring (the theme's focus colour, preview.css).
    expect(facts.keyboardRing).toEqual({ visible: true, style: "solid", width: "3px" });
    expect(facts.cursorAfterEnter).toMatchObject({ line: facts.enterTarget.line, column: facts.enterTarget.column });
    expect(facts.enterTarget.line).not.toBe(facts.clickTarget.line);
  });

  it("runs Recompute All Totals, Export HTML and New Report from last year's through the UI", () => {
    expect(facts.recomputedText).toContain("  复议后起诉:       [ 5, 0, 0, 0, 5]");
    expect(facts.exportedHtml).toContain("<title>洪泽区人民政府 2023 年政府信息公开工作年度报告</title>");
    expect(facts.exportedHtml).toContain('data-path="litigation.litigationAfterReview.4">5</td>');
    expect(facts.newReport).toMatch(/^机关: 淮安市洪泽区人民政府$/m);
    expect(facts.newReport).toMatch(/^年度: 2024$/m);
    expect(facts.newReport).toMatch(/^ {2}行政规范性文件: \{ 本年制发: 0, 本年废止: 0, 现行有效: 5 \}$/m);
    expect(facts.newReport).toMatch(/^ {2}上年结转: +\[ *0, *0, *0, *0, *0, *0, *0\]$/m);
    expect(facts.newReport).not.toContain("洪泽区人民政府坚持");
  });

  it("shows a hostile agency name as text and runs nothing", () => {
    expect(facts.hostileTitle).toContain(HOSTILE_AGENCY);
    expect(facts.hostile.images).toBe(0);
    expect(facts.hostile.scripts).toBe(0);
    expect(facts.hostile.otherText).toContain("<script>");
    expect(facts.dialogsSeen).toBe(0);
    expect(facts.hostile.resultsRowspan).toBe(22);
  });

  it("keeps the preview's and the editor's scroll in step, both ways, and follows the dark theme", () => {
    expect(facts.previewScrollY).toBeGreaterThan(200);
    expect(facts.editorScroll.after).toBeLessThan(facts.editorScroll.before - 5);
    expect(facts.darkPreview.dark).toBe(true);
    // The report's background follows the theme's editor background, not the print default (white).
    expect(facts.darkPreview.background).not.toBe("rgb(255, 255, 255)");
  });

  it("runs the language server as a Node process of the installed extension (the desktop host)", () => {
    // e2e-web.test.ts asserts the opposite for VS Code for the Web: no process at all.
    expect(facts.extensionProcesses.filter((p) => p.includes("/dist/server.js"))).toHaveLength(1);
  });

  it("restores the preview after a window reload", () => {
    expect(facts.restoredTitle).toContain("年政府信息公开工作年度报告");
  });
});
