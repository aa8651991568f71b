import { reportTemplate, writeReportYaml } from "@nianbao/core";
import { describe, expect, it } from "vitest";
// @ts-expect-error plain ESM script without types, shared with the command-line runner
import { runE2E } from "../../../e2e/vscode/run.mjs";
// @ts-expect-error idem
import * as typing from "../../../e2e/vscode/typing-scenario.mjs";
import { e2eTools, runE2ETests } from "./support/e2e.js";

interface Place {
  left: number;
  right: number;
  visible: boolean;
}
interface Reach {
  before: { cell: Place; label: Place | null };
  after: { cell: Place; label: Place | null };
  scrolls: string | null;
}
interface Preview {
  paneWidth: number;
  table3Total: Reach;
  table4Last: Reach;
}
interface Retyped {
  line: string;
  selected: string;
  /** Double-clicks made until the digit was selected (a loaded machine may need a second). */
  attempts: number;
}
interface Suggestions {
  rows: string[];
  message: string;
}
interface Facts {
  preview: { withSideBar: Preview; withoutSideBar: Preview };
  rowWidth: { labelsOff: number; labelsOn: number; editor: number };
  retyped: { left: Retyped; right: Retyped };
  retypedWithLabels: Retyped;
  pastedLine: string;
  pastedFile: string;
  pastedLineProblems: number;
  unicodeHighlights: number;
  commentSuggestions: Suggestions;
  valueSuggestions: Suggestions;
  typedInitials: Suggestions;
  typedChinese: Suggestions;
}

describe.runIf(runE2ETests)("what a clerk pastes and types, in a real VS Code on a 1,366-pixel screen", () => {
  let facts: Facts;

  it("runs the typing scenario on the built .vsix", async () => {
    const report = writeReportYaml(reportTemplate({ year: 2025, agency: "某县交通运输局" }));
    const keysOnly =
      report
        .split("\n")
        .slice(0, report.split("\n").findIndex((l) => l.startsWith("年度:")) + 1)
        .join("\n") + "\n";
    facts = await runE2E({
      ...e2eTools(),
      scenario: typing,
      workspace: { report, keysOnly },
      viewport: { width: 1366, height: 768 },
      // Retyping a cell breaks its row's total for a moment; the sum hint beside it ("≠ 4") would be
      // read as part of the line. What is measured here is the cell, not that hint.
      settings: { "nianbao.locale": "zh-CN", "nianbao.inlayHints.totals": false },
      contextOptions: { permissions: ["clipboard-read", "clipboard-write"] },
    });
    console.log(
      JSON.stringify({ preview: facts.preview, rowWidth: facts.rowWidth, retypedWithLabels: facts.retypedWithLabels }),
    );
  }, 600_000);

  it("writes a row pasted from Excel as [a, b, …], with no problem on its line", () => {
    expect(facts.pastedLine).toMatch(/^上年结转: +\[3, 1, 0, 0, 1, 0, 5\]$/u);
    expect(facts.pastedFile.trim()).toMatch(/^上年结转: +\[3, 1, 0, 0, 1, 0, 5\]$/u);
    expect(facts.pastedLineProblems).toBe(0);
  });

  it("replaces a one-digit cell double-clicked on either half", () => {
    expect(facts.retyped.left.line).toMatch(/^本年新收: +\[3, 0, 0, 0, 0, 0, 0\]$/u);
    expect(facts.retyped.right.line).toMatch(/^本年新收: +\[0, 4, 0, 0, 0, 0, 0\]$/u);
    // The one digit, and only it, was selected when the key came.
    expect(facts.retyped.left.selected).toMatch(/\(1 selected\)$/u);
    expect(facts.retyped.right.selected).toMatch(/\(1 selected\)$/u);
  });

  it("fits a table row beside the preview without column labels", () => {
    expect(facts.rowWidth.labelsOff).toBeLessThanOrEqual(facts.rowWidth.editor);
  });

  it("offers no words of the English comment on Ctrl+Space, in the comment or in a value", () => {
    for (const w of ["and", "figures", "fill", "Fill", "text", "section"]) {
      expect(facts.commentSuggestions.rows).not.toContain(w);
      expect(facts.valueSuggestions.rows).not.toContain(w);
    }
    // Nor keys matched by pinyin initials: in a comment, f is a word being written.
    expect(facts.commentSuggestions.rows).toEqual([]);
  });

  it("does not mark a full-width digit as an ambiguous character", () => {
    expect(facts.unicodeHighlights).toBe(0);
  });

  it("suggests keys while typing pinyin initials or Chinese, without Ctrl+Space", () => {
    expect(facts.typedInitials.rows).toContain("主动公开");
    expect(facts.typedChinese.rows).toContain("主动公开");
  });

  it("fits the 总计 of table 三 and the last column of table 四 in the pane, the row label in view", () => {
    for (const { table3Total, table4Last } of [facts.preview.withSideBar, facts.preview.withoutSideBar]) {
      expect(table3Total.before.cell.visible).toBe(true);
      expect(table3Total.before.label?.visible).toBe(true);
      expect(table4Last.before.cell.visible).toBe(true);
      // Where a narrower pane still makes a table scroll, its row label stays in view.
      expect(table3Total.after.label?.visible).toBe(true);
    }
  });
});
