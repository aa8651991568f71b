import { join } from "node:path";
import { reportTemplate, writeReportYaml } from "@nianbao/core";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
// @ts-expect-error plain ESM script without types, shared with the command-line runner
import { runE2E } from "../../../e2e/vscode/run.mjs";
// @ts-expect-error idem
import { HOSTILE_AGENCY } from "../../../e2e/vscode/scenario.mjs";
// @ts-expect-error idem
import * as webScenario from "../../../e2e/vscode/web-scenario.mjs";
import { e2eTools, repo, runE2ETests } from "./support/e2e.js";

const example = join(repo, "examples/jiangsu-huaian-hongzequ-gov-2023.nianbao.yaml");
const nextYear = join(repo, "examples/jiangsu-huaian-hongzequ-gov-2024.nianbao.yaml");

interface Facts {
  desktop: {
    reviewProblem: string;
    reviewTotal: { line: number; column: number };
    statusBar: string;
    fixedText: string;
    cells: Record<string, string>;
    marked: { className: string | null; title: string | null };
    editedCell: string;
    cursorAfterClick: { line: number; column: number };
    clickTarget: { line: number; column: number };
    recomputedText: string;
    exportedHtml: string;
    newReport: string;
    hostileTitle: string;
    hostile: { images: number; scripts: number };
    dialogsSeen: number;
    darkPreview: { dark: boolean };
    restoredTitle: string;
  };
  runningExtension: string;
  extensionProcesses: string[];
  crossYearProblem: string;
  hoverText: string;
  hintedRow: string;
  suggestion: string;
  docxHead: string;
  docxBase64: string;
  exportedMessage: string;
}

describe.runIf(runE2ETests)("VS Code for the Web: the extension in code-server's web worker extension host", () => {
  let facts: Facts;

  it("runs the desktop's scenario and the web's on the built .vsix", async () => {
    const buildHostile = ({ agency, other }: { agency: string; other: string }) =>
      writeReportYaml({ ...reportTemplate({ year: 2023, agency }), other });
    facts = await runE2E({
      ...e2eTools(),
      scenario: webScenario,
      workspace: { hongzeSource: example, hongzeNextSource: nextYear, buildHostile },
      settings: { "nianbao.locale": "zh-CN", ...webScenario.WEB_SETTINGS },
    });
  }, 900_000);

  it("runs in the web worker extension host, and no Node language server is started", () => {
    // The workbench's Running Extensions view names each extension's host: "web worker", not the remote's Node host.
    expect(facts.runningExtension).toContain("web worker");
    // An extension in code-server's Node host is shown with the server's address (127.0.0.1:port) instead.
    expect(facts.runningExtension).not.toMatch(/\d+\.\d+\.\d+\.\d+:\d+|local process/);
    // The desktop client forks dist/server.js from the installed extension (e2e.test.ts); the web's starts no process.
    expect(facts.extensionProcesses).toEqual([]);
  });

  it("shows the findings in the Problems view and applies the quick fix", () => {
    const d = facts.desktop;
    expect(d.reviewProblem).toContain("T4-ROWSUM");
    expect(d.reviewProblem).toContain("10 + 1 + 0 + 0 = 11");
    expect(d.reviewProblem).toContain(`[Ln ${d.reviewTotal.line}, Col ${d.reviewTotal.column}]`);
    expect(d.statusBar).toMatch(/年报\D*[1-9]/);
    expect(d.fixedText.split("\n")[d.reviewTotal.line - 1]).toBe("  行政复议:         [10, 1, 0, 0, 11]");
  });

  it("checks a report against last year's, read through the workbench", () => {
    expect(facts.crossYearProblem).toContain("XY-SIMILARITY");
    expect(facts.crossYearProblem).toContain("与上年报告");
  });

  it("answers hover, completion by pinyin initials and inlay hints from the worker", () => {
    expect(facts.hoverText).toContain("一、本年新收政府信息公开申请数量");
    expect(facts.hoverText).toContain("条例第五十条");
    expect(facts.suggestion).toBe("说明");
    expect(facts.hintedRow).toMatch(/本年新收:\s*\[自然人:\s*95,\s*商业企业:\s*0/);
  });

  it("draws the preview, follows edits and moves the cursor on a click", () => {
    const d = facts.desktop;
    expect(d.cells).toMatchObject({ "requests.new.0": "21", "litigation.review.4": "11" });
    expect(d.marked.className).toContain("nb-mark-error");
    expect(d.editedCell).toBe("25");
    expect(d.cursorAfterClick).toMatchObject({ line: d.clickTarget.line, column: d.clickTarget.column });
    expect(d.darkPreview.dark).toBe(true);
    expect(d.restoredTitle).toContain("年政府信息公开工作年度报告");
    expect(d.hostileTitle).toContain(HOSTILE_AGENCY);
    expect(d.hostile).toMatchObject({ images: 0, scripts: 0 });
    expect(d.dialogsSeen).toBe(0);
  });

  it("runs Recompute All Totals, Export HTML, New Report from last year's and Export Word in the browser", async () => {
    const d = facts.desktop;
    expect(d.recomputedText).toContain("  复议后起诉:       [ 5, 0, 0, 0, 5]");
    expect(d.exportedHtml).toContain("<title>洪泽区人民政府 2023 年政府信息公开工作年度报告</title>");
    expect(d.newReport).toMatch(/^年度: 2024$/m);
    expect(facts.docxHead).toBe("PK");
    const docx = await JSZip.loadAsync(Buffer.from(facts.docxBase64, "base64"));
    const xml = await docx.file("word/document.xml")!.async("string");
    expect(xml).toContain("淮安市洪泽区人民政府");
    expect(xml).toContain("2024");
    // In the web there is no program to open the file with: the message offers no 打开 button.
    expect(facts.exportedMessage).toContain("已导出 hongze-2024.docx");
    expect(facts.exportedMessage).not.toContain("打开");
  });
});
