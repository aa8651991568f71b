import { readFileSync } from "node:fs";
import { renderReportDocx } from "@nianbao/cli";
import { parseReport } from "@nianbao/core";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { exportBytes, exportQuestion } from "../src/commands/export.js";
import { exportFileName } from "../src/commands/reports.js";
import { translator } from "../src/l10n.js";
import { formatL10n } from "./support/l10n.js";

const zh = translator(
  "zh-CN",
  JSON.parse(readFileSync(new URL("../l10n/bundle.l10n.zh-cn.json", import.meta.url), "utf8")),
);
const hongze = readFileSync(
  new URL("../../../examples/jiangsu-huaian-hongzequ-gov-2023.nianbao.yaml", import.meta.url),
  "utf8",
);

describe("导出 Word / 导出网页", () => {
  it("asks before exporting a report with errors, with the exact count, and not when it has none", () => {
    expect(exportQuestion(4, zh)).toBe("本报告还有 4 个错误，仍要导出吗？");
    expect(exportQuestion(1, zh)).toBe("本报告还有 1 个错误，仍要导出吗？");
    expect(exportQuestion(4, formatL10n)).toBe("This report still has 4 errors. Export it anyway?");
    expect(exportQuestion(1, formatL10n)).toBe("This report still has 1 error. Export it anyway?");
    expect(exportQuestion(0, zh)).toBeNull();
  });

  it("writes the Word document with the CLI's renderer: a .docx whose word/document.xml has the agency and the tables", async () => {
    const bytes = await exportBytes("docx", hongze);
    const zip = await JSZip.loadAsync(bytes);
    const xml = await zip.file("word/document.xml")!.async("string");
    expect(xml).toContain("淮安市洪泽区人民政府");
    expect(xml).toContain("申请人情况");
    const cli = await JSZip.loadAsync(await renderReportDocx(parseReport(hongze).report));
    expect(xml).toBe(await cli.file("word/document.xml")!.async("string"));
  });

  it("keeps lines YAML cannot read in both exports, marked, instead of dropping them", async () => {
    // A sentence continued on an unindented line: YAML cannot read the rest of the section.
    const broken = hongze.replace(/^(\s*主动公开:.*)$/mu, "$1\n二是加强政策解读，回应社会关切。");
    const html = new TextDecoder().decode(await exportBytes("html", broken));
    expect(html).toContain('class="nb-unreadable"');
    expect(html).toContain("二是加强政策解读，回应社会关切。");
    const xml = await (
      await JSZip.loadAsync(await exportBytes("docx", broken))
    )
      .file("word/document.xml")!
      .async("string");
    expect(xml).toContain("二是加强政策解读，回应社会关切。");
  });

  it("writes the web page as before, and names both exports after the report", async () => {
    expect(new TextDecoder().decode(await exportBytes("html", hongze))).toContain(
      "<title>洪泽区人民政府 2023 年政府信息公开工作年度报告</title>",
    );
    expect(exportFileName("/w/洪泽区-2023.nianbao.yaml", "docx")).toBe("洪泽区-2023.docx");
    expect(exportFileName("/w/洪泽区-2023.nianbao.yaml")).toBe("洪泽区-2023.html");
  });
});

describe("where the exports are offered", () => {
  const menus = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")).contributes
    .menus as Record<string, { command: string; when?: string }[]>;

  it("offers 导出 Word beside 导出网页 in the palette and the editor, tab and explorer context menus, for reports only", () => {
    for (const menu of ["commandPalette", "editor/context", "editor/title/context", "explorer/context"])
      for (const command of ["nianbao.exportDocx", "nianbao.exportHtml"])
        expect(menus[menu], `${menu} ${command}`).toContainEqual(
          expect.objectContaining({ command, when: expect.stringMatching(/LangId == nianbao/) }),
        );
  });
});
