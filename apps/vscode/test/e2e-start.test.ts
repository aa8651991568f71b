import { copyFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { reportYearDue } from "@nianbao/core";
import { describe, expect, it } from "vitest";
import JSZip from "jszip";
// @ts-expect-error plain ESM script without types, shared with the command-line runner
import { runE2E } from "../../../e2e/vscode/run.mjs";
// @ts-expect-error idem
import * as start from "../../../e2e/vscode/start-scenario.mjs";
import { e2eTools, repo, runE2ETests, shots } from "./support/e2e.js";

const AGENCY = "淮安市洪泽区测试局";

interface Facts {
  displayLanguage: string;
  palette: Record<string, string[]>;
  newReportPicks: string[];
  agencyOffered: string;
  agencyPrompt: string;
  yearOffered: string;
  yearPrompt: string;
  saveTitle: string;
  savePath: string;
  created: string;
  statusBar: string;
  statusErrors: number;
  statusTooltip: string;
  cancelQuestion: string;
  afterCancel: { docx: boolean; saveDialog: boolean };
  question: string;
  questionButtons: string[];
  docxTitle: string;
  docxPath: string;
  docx: string;
  htmlQuestion: string;
  htmlTitle: string;
  html: string;
  notifications: string[];
  previewTab: string;
  lastYearTitle: string;
  lastYearOffered: string;
  nextYear: string;
  ws: string;
}

/** The guide's screenshots: copied from this run into docs/images, where docs/guide.md links them. */
const GUIDE_IMAGES = [
  "palette",
  "new-report-agency",
  "new-report-year",
  "export-question",
  "preview",
  "last-year-dialog",
];

describe.runIf(runE2ETests)(
  "starting a report in an English VS Code with nianbao.locale zh-CN (issue 11 §2 §3 §6)",
  () => {
    let facts: Facts;
    // Computed as the extension computes it, from today's date: January–June last year, July–December this year.
    const due = reportYearDue(new Date());

    it("runs the scenario on the built .vsix", async () => {
      facts = await runE2E({
        ...e2eTools(),
        scenario: start,
        workspace: { lastYearSource: join(repo, "examples/jiangsu-huaian-hongzequ-gov-2023.nianbao.yaml") },
        viewport: { width: 1280, height: 760 },
      });
      // NIANBAO_GUIDE_IMAGES=1 refreshes the guide's images from this run.
      if (process.env.NIANBAO_GUIDE_IMAGES) mkdirSync(join(repo, "docs/images"), { recursive: true });
      if (process.env.NIANBAO_GUIDE_IMAGES)
        for (const name of GUIDE_IMAGES)
          copyFileSync(join(shots, `start-${name}.png`), join(repo, "docs/images", `start-${name}.png`));
    }, 900_000);

    it("finds the commands by typing 年报, 预览, 导出 or 新建 in the English palette", () => {
      expect(facts.displayLanguage).toMatch(/^en/);
      expect(facts.palette["年报"]!.length).toBeGreaterThanOrEqual(6);
      expect(facts.palette["预览"]).toEqual(
        expect.arrayContaining([expect.stringContaining("打开预览"), expect.stringContaining("在侧边打开预览")]),
      );
      expect(facts.palette["导出"]).toEqual(
        expect.arrayContaining([expect.stringContaining("导出 Word"), expect.stringContaining("导出网页")]),
      );
      expect(facts.palette["新建"]).toEqual(expect.arrayContaining([expect.stringContaining("新建年报")]));
    });

    it("asks for the agency (offered from the open report) and the year (the one due), then writes the file", () => {
      expect(facts.newReportPicks).toEqual([
        expect.stringContaining("空白年报"),
        expect.stringContaining("从上年年报生成"),
      ]);
      expect(facts.agencyOffered).toBe("淮安市洪泽区人民政府");
      expect(facts.agencyPrompt).toContain("机关全称");
      expect(facts.yearOffered).toBe(String(due));
      expect(facts.yearPrompt).toContain(`${due} 年度`);
      expect(facts.saveTitle).toBe("保存新年报");
      expect(facts.savePath).toBe(join(facts.ws, `${AGENCY}-${due}.nianbao.yaml`));
      expect(facts.created).toMatch(new RegExp(`^机关: ${AGENCY}$`, "m"));
      expect(facts.created).toMatch(new RegExp(`^年度: ${due}$`, "m"));
      // The new file's first comment is Chinese too.
      expect(facts.created.split("\n")[0]).toBe(`# ${due} 年度新年报：请填写机关、各项数据和正文。`);
    });

    it("asks 「本报告还有 N 个错误，仍要导出吗？」 with N as the status bar counts, and writes nothing on cancel", () => {
      expect(facts.statusErrors).toBeGreaterThan(0);
      expect(facts.question).toBe(`本报告还有 ${facts.statusErrors} 个错误，仍要导出吗？`);
      expect(facts.cancelQuestion).toBe(facts.question);
      expect(facts.htmlQuestion).toBe(facts.question);
      // Both buttons in the author's language, VS Code's own English "Cancel" replaced.
      expect([...facts.questionButtons].sort()).toEqual(["仍要导出", "取消"].sort());
      expect(facts.afterCancel).toEqual({ docx: false, saveDialog: false });
    });

    it("exports a Word document (a zip whose word/document.xml names the agency) and a web page", async () => {
      expect(facts.docxTitle).toBe("导出 Word");
      expect(facts.docxPath.endsWith(`${AGENCY}-${due}.docx`)).toBe(true);
      const zip = await JSZip.loadAsync(Buffer.from(facts.docx, "base64"));
      expect(await zip.file("word/document.xml")!.async("string")).toContain(AGENCY);
      expect(facts.htmlTitle).toBe("导出网页");
      expect(facts.html).toMatch(new RegExp(`<title>${AGENCY} ?${due} ?年政府信息公开工作年度报告</title>`));
    });

    it("speaks Chinese in the status bar, the notifications and the preview tab", () => {
      expect(facts.statusBar).toMatch(/^年报\s+\d+\s+\d+$/);
      expect(facts.statusTooltip).toMatch(/本报告有 \d+ 个错误/);
      expect(facts.notifications).toEqual(
        expect.arrayContaining([`已导出 ${AGENCY}-${due}.docx。`, `已导出 ${AGENCY}-${due}.html。`]),
      );
      for (const n of facts.notifications) expect(n).toMatch(/[\u4e00-\u9fff]/);
      expect(facts.previewTab).toContain(`预览 ${AGENCY}-${due}.nianbao.yaml`);
    });

    it("starts the next-year dialog in the folder, and carries the contact sentence", () => {
      expect(facts.lastYearTitle).toBe("上年年报");
      expect(facts.lastYearOffered.replace(/\/$/, "")).toBe(facts.ws);
      expect(facts.nextYear).toMatch(/^年度: 2024$/m);
      expect(facts.nextYear).toContain("电 话 ： 0517-87222589");
      expect(facts.nextYear).not.toContain("洪泽区人民政府坚持");
    });
  },
);
