/**
 * Class a of the field (issue 12): what a page carries before its report never decides the source
 * kind. 平潭 pages open with the site's chrome (「当前位置： 首页政务公开… 来源： 时间：2022-01-15 13:56
 * --> 微信 微博 QQ空间 全真版 文字版 文件下载 相关链接：」), pages pasted from Word with the styles Word
 * exported (「Normal 0 7.8 磅 … /* Style Definitions *\/ table.MsoNormalTable {…}」), and the report's
 * cells may all be spaced (「本年新收政府信息公开申请数量 5 0 0 0 0 3 8 二、上年结转…」): such a page
 * was read as pdftotext layout text, tables 三 and 四 not found.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { detectKind, importReport, parseReport, renderReportHtml } from "../src/index.js";
import { blankResidue } from "../src/import/residue.js";
import { compareImport, expectedCells, expectedFromReport } from "../../../scripts/examples/import-accuracy.mjs";
import { FIELD_DIR, loadTablesJson } from "../../../scripts/examples/tables-json.mjs";
import { crawlerPage, flattenHtml, SITE_CHROME, WORD_HTML_RESIDUE, WORD_STYLES } from "./support/cms-shapes.js";

const repo = resolve(import.meta.dirname, "../../..");
const example = (name: string) =>
  parseReport(readFileSync(resolve(repo, "examples", `${name}.nianbao.yaml`), "utf8")).report;

describe("a one-line page of spaced cells after site chrome and Word's styles", () => {
  // 石龙区 2023 has only single-digit cells: nothing glued, so only the spaced shape can tell.
  for (const name of ["shilong-gongxinju-2023", "fujian-pingtan-zone-2022"]) {
    const report = example(name);
    const page = crawlerPage(
      report.title!,
      `${SITE_CHROME} ${WORD_STYLES} ${flattenHtml(renderReportHtml(report), "spaced")}`,
    );

    it(`${name}: is read as a flattened page, every cell right`, () => {
      expect(page).toContain("本年新收政府信息公开申请数量 ");
      expect(detectKind(page)).toBe("flattened");
      const result = importReport(page, { fileName: `${name}.txt` });
      const counts = compareImport(expectedFromReport(report), result);
      expect(counts.differing).toEqual([]);
    });

    it(`${name}: keeps the residue out of the report's text`, () => {
      const result = importReport(page, { fileName: `${name}.txt` });
      const prose = JSON.stringify(result.report.overview);
      for (const residue of ["MsoNormalTable", "mso-", "7.8磅", "QQ空间", "相关链接"])
        expect(prose).not.toContain(residue);
      // The report's own opening is kept (a flattened page loses the spaces inside its prose).
      const opening = (report.overview!.text ?? Object.values(report.overview!.topics)[0]!)
        .replace(/\s/gu, "")
        .slice(0, 20);
      expect(prose.replace(/\s/gu, "")).toContain(opening);
    });
  }

  it("reads a real 平潭 page whose chrome precedes the report as it read it before, chrome left out", () => {
    const name = "fujian-pingtan-guanweihui-bangongshi-2021";
    const text = readFileSync(resolve(FIELD_DIR, `${name}.txt`), "utf8");
    expect(text).toContain("微信 微博 QQ空间 全真版 文字版 文件下载 相关链接：");
    const result = importReport(text, { fileName: `${name}.txt` });
    expect(result.kind).toBe("flattened");
    expect(compareImport(expectedCells(loadTablesJson(name, FIELD_DIR)), result).wrong).toBe(0);
    expect(JSON.stringify(result.report.overview)).not.toContain("QQ空间");
  });
});

describe("Word's residue in HTML", () => {
  it("does not hide the page's tags behind tens of kilobytes of conditional comments", () => {
    const html = `${WORD_HTML_RESIDUE}${renderReportHtml(example("shilong-gongxinju-2023"))}`;
    expect(html.indexOf("<table")).toBeGreaterThan(20000);
    expect(detectKind(html)).toBe("html");
  });

  it("is not taken for HTML in a text page that quotes none of the page's tags", () => {
    expect(detectKind(`${WORD_HTML_RESIDUE.replace(/<p[\s\S]*$/u, "")}\n报告正文`)).toBe("layout");
  });
});

describe("blankResidue", () => {
  it("blanks Word's styles and the chrome with spaces of the same length", () => {
    const text = `${SITE_CHROME} ${WORD_STYLES} 平潭综合实验区2022年度政府信息公开工作年度报告`;
    const out = blankResidue(text);
    expect(out).toHaveLength(text.length);
    expect(out.trim()).toBe("平潭综合实验区2022年度政府信息公开工作年度报告");
  });

  it("leaves a report's own text alone", () => {
    const text = "一、总体情况 2022年，我局主动公开政府信息 10 条。";
    expect(blankResidue(text)).toBe(text);
  });
});
