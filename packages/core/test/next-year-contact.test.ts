import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { nextYearFrom, readReport, writeReportYaml } from "../src/index.js";
import { contactParagraph } from "../src/write/contact.js";

const example = (name: string) =>
  readFileSync(new URL(`../../../examples/${name}.nianbao.yaml`, import.meta.url), "utf8");
const next = (name: string) => nextYearFrom(readReport(example(name))).report;

describe("nextYearFrom carries the 概述's contact paragraph", () => {
  it("carries 洪泽区 2024's 地址, 邮编 and 电话 sentence, and nothing else of the prose", () => {
    const report = next("jiangsu-huaian-hongzequ-gov-2024");
    expect(report.overview.topics.intro).toBe(
      "如对本报告有疑问，请与淮安市洪泽区人民政府办公室联系（地址：淮安市洪泽区洪泽湖大道 90 号，邮编：223100，电话：0517-87290606）。",
    );
    const text = writeReportYaml(report);
    expect(text).toContain("0517-87290606");
    expect(text).not.toContain("国令第 711 号");
    expect(text).not.toContain("习近平新时代");
    expect(readReport(text).report.overview.topics.intro).toBe(report.overview.topics.intro);
  });

  it("reads labels spaced out as printed (洪泽区 2023: 「邮 编 ：」, 「电 子 邮 箱 ：」) and keeps them as written", () => {
    expect(next("jiangsu-huaian-hongzequ-gov-2023").overview.topics.intro).toMatch(
      /^如对本报告有疑问，.*电 子 邮 箱 ：hzzwgk@126\.com）。$/,
    );
    expect(next("fujian-pingtan-zone-2022").overview.topics.intro).toBe(
      "对本报告如有疑问，请与平潭综合实验区管委会办公室保密与电子政务处联系（地址：平潭综合实验区金井湾商务营运中心7号楼14层，邮编：350400，电话：0591-23165385）。",
    );
  });

  it("carries nothing from a report without contact details, nor a sentence that only mentions a 咨询电话", () => {
    for (const name of ["shilong-gongxinju-2023", "jiangsu-suqian-city-2023", "shanghai-city-gov-office-2025"])
      expect(next(name).overview.topics.intro, name).toBeUndefined();
    expect(contactParagraph("市住房城乡建设局开设公开专栏，公开咨询电话，切实保障公众知情权。")).toBeNull();
    expect(contactParagraph("电话：0517-1234567。")).toBeNull();
  });

  it("takes a paragraph that is only contact details whole, and contact sentences from a single-text 总体情况", () => {
    expect(
      contactParagraph("本年度工作如下。\n联系地址：某市某路 1 号。联系电话：0000-1234567；电子邮箱：a@b.cn。"),
    ).toBe("联系地址：某市某路 1 号。联系电话：0000-1234567；电子邮箱：a@b.cn。");
  });
});
