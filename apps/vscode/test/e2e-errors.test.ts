import { readFileSync } from "node:fs";
import { join } from "node:path";
import { reportTemplate, writeReportYaml } from "@nianbao/core";
import { describe, expect, it } from "vitest";
// @ts-expect-error plain ESM script without types, shared with the command-line runner
import { runE2E } from "../../../e2e/vscode/run.mjs";
// @ts-expect-error idem
import * as errorsScenario from "../../../e2e/vscode/errors-scenario.mjs";
import { e2eTools, repo, runE2ETests } from "./support/e2e.js";

const indentSource = join(repo, "examples/jiangsu-suqian-city-2024.nianbao.yaml");
const formatSource = join(repo, "examples/jiangsu-huaian-city-gov-2024.nianbao.yaml");
const template = writeReportYaml(reportTemplate({ agency: "测试市测试局", year: 2025 }), {
  header: ["测试市测试局2025年政府信息公开工作年度报告"],
});

interface Row {
  text: string;
  severity: string;
}
interface Facts {
  indentLine: number;
  indentRows: Row[];
  indentCursor: { line: number };
  indentFixTitle: string;
  indentFixed: string;
  formatToasts: string[];
  formatted: string;
  fillingRows: Row[];
  hoverText: string;
  hoverQuickFixVisible: boolean;
  hoverQuickFixInside: boolean;
  deleted: string;
  missingRows: Row[];
  restoreCursor: { line: number };
  restoreTitle: string;
  restored: string;
  dialogs: string[];
}

describe.runIf(runE2ETests)("errors where the mistake is, in a real VS Code (code-server + Chromium)", () => {
  let facts: Facts;

  it("runs the errors scenario on the built .vsix", async () => {
    facts = await runE2E({
      ...e2eTools(),
      scenario: errorsScenario,
      workspace: { indentSource, formatSource, template },
    });
  }, 600_000);

  it("shows one wrongly indented line as one problem on that line, and its quick fix re-indents it", () => {
    const line = facts.indentLine;
    // Before: 「缩进不正确」 on the next line, with no fix.
    expect(facts.indentRows.filter((r) => r.severity === "error")).toHaveLength(1);
    const [row] = facts.indentRows.filter((r) => r.text.includes("YAML-SYNTAX"));
    expect(row!.text).toContain(`第 ${line} 行多了 1 个空格`);
    expect(row!.text).toContain(`[Ln ${line}, Col 1]`);
    expect(facts.indentRows.filter((r) => r.text.includes(`[Ln ${line},`))).toHaveLength(1);
    expect(facts.indentCursor.line).toBe(line);
    expect(facts.indentFixTitle).toContain(`将第 ${line} 行改为缩进 4 个空格`);
    expect(facts.indentFixed).toBe(readFileSync(indentSource, "utf8"));
  });

  it("formats a careless report with Format Document", () => {
    expect(facts.formatToasts.join(" ")).not.toMatch(/no formatter/iu);
    expect(facts.formatted).toBe(readFileSync(formatSource, "utf8"));
  });

  it("shows a report being filled in one hint, not an error per column, and keeps the quick fix in the hover", () => {
    const identity = facts.fillingRows.filter((r) => r.text.includes("T3-IDENTITY"));
    expect(identity).toHaveLength(1);
    expect(identity[0]!.severity).toBe("info");
    expect(identity[0]!.text).toContain("本年新收政府信息公开申请数量」 5 件，「三、本年度办理结果」尚未填写");
    expect(facts.fillingRows.filter((r) => r.severity === "error")).toEqual([]);
    expect(facts.hoverText).toContain("尚未填写");
    expect(facts.hoverText).not.toContain("勾稽关系的一项");
    expect(facts.hoverQuickFixVisible).toBe(true);
    expect(facts.hoverQuickFixInside).toBe(true);
  });

  it("restores a deleted table 四 with the quick fix on its problem", () => {
    expect(facts.deleted).not.toContain("复议诉讼");
    const [row] = facts.missingRows.filter((r) => r.text.includes("STR-TABLE-PRESENT"));
    const where = template.split("\n").findIndex((l) => l.startsWith("依申请公开:")) + 1;
    // Where the table belongs, on the key of table 三 before it; before: line 1.
    expect(row!.text).toContain(`[Ln ${where}, Col 1]`);
    expect(facts.restoreCursor.line).toBe(where);
    expect(facts.restoreTitle).toContain("恢复「四、政府信息公开行政复议、行政诉讼情况」");
    expect(facts.restored).toBe(template);
    expect(facts.dialogs).toEqual([]);
  });
});
