import { parseReport } from "@nianbao/core";
import { describe, expect, it } from "vitest";
// @ts-expect-error plain ESM script without types, shared with the command-line runner
import { runE2E } from "../../../e2e/vscode/run.mjs";
// @ts-expect-error idem
import * as prose from "../../../e2e/vscode/prose-scenario.mjs";
import { e2eTools, runE2ETests } from "./support/e2e.js";

const { FIRST, SECOND, OLD_SECOND, BROKEN_FIRST, BROKEN_SECOND } = prose as Record<string, string>;

interface Facts {
  freshText: string;
  freshPreview: string;
  freshProblems: string[];
  cursorAfterEnter: { line: number; column: number };
  oldText: string;
  oldPreview: string;
  brokenPreview: string;
  brokenProblems: string[];
  brokenFixTitle: string;
  brokenFixed: string;
  brokenPreviewAfter: string;
  problemsAtEnd: string[];
}

const errorsOf = (text: string) => parseReport(text).findings.filter((f) => f.severity === "error");

describe.runIf(runE2ETests)("writing prose in a real VS Code (issue 11 §1)", () => {
  let facts: Facts;

  it("runs the prose scenario on the built .vsix", async () => {
    facts = await runE2E({ ...e2eTools(), scenario: prose });
  }, 600_000);

  it("keeps both sentences of a new report's text as paragraphs, in a valid file, and shows both", () => {
    expect(facts.freshText).toContain(`  主动公开: |\n    ${FIRST}\n    ${SECOND}\n`);
    expect(errorsOf(facts.freshText)).toEqual([]);
    expect(parseReport(facts.freshText).report.overview.topics.proactive).toBe(`${FIRST}\n${SECOND}\n`);
    expect(facts.freshProblems.some((r) => r.includes("YAML-SYNTAX"))).toBe(false);
    expect(facts.freshPreview).toContain(FIRST);
    expect(facts.freshPreview).toContain(SECOND);
  });

  it("turns an old quoted text into the block form on Enter inside the quotes", () => {
    expect(facts.cursorAfterEnter).toMatchObject({ column: 5 });
    expect(facts.oldText).toContain(`  依申请公开: |\n    ${FIRST}\n    ${OLD_SECOND}\n`);
    expect(errorsOf(facts.oldText)).toEqual([]);
    expect(facts.oldPreview).toContain(OLD_SECOND);
  });

  it("shows a file broken by Enter as one finding in a writer's words, the lost lines marked in the preview", () => {
    const syntax = facts.brokenProblems.filter((r) => r.includes("YAML-SYNTAX"));
    expect(syntax).toHaveLength(1);
    expect(syntax[0]).toContain("「（三）政府信息管理」的文字换行后没有缩进");
    expect(facts.brokenProblems.some((r) => r.includes("STR-SECTIONS"))).toBe(false);
    // 平台建设, which yaml read into the broken text, is written: not reported missing.
    expect(facts.brokenProblems.some((r) => r.includes("缺少「（四）政府信息公开平台建设」"))).toBe(false);
    expect(facts.brokenPreview).toContain("以下内容无法读取，请检查原文");
    expect(facts.brokenPreview).toContain(BROKEN_FIRST);
    expect(facts.brokenPreview).toContain(BROKEN_SECOND);
  });

  it("repairs it with the quick fix 「改为多段文字写法」, both lines kept as paragraphs", () => {
    expect(facts.brokenFixTitle).toContain("改为多段文字写法");
    expect(facts.brokenFixed).toContain(`  政府信息管理: |\n    ${BROKEN_FIRST}\n    ${BROKEN_SECOND}\n`);
    expect(errorsOf(facts.brokenFixed)).toEqual([]);
    expect(facts.brokenPreviewAfter).toContain(BROKEN_SECOND);
    expect(facts.problemsAtEnd.some((r) => r.includes("YAML-SYNTAX"))).toBe(false);
  });
});
