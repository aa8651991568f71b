import { describe, expect, it } from "vitest";
import { buildYaml } from "../../core/test/support/build.js";
import { hover } from "../src/service/hover.js";
import { doc, marked, settings } from "./support/markers.js";

const value = (h: ReturnType<typeof hover>) =>
  h && typeof h.contents === "object" && "value" in h.contents ? h.contents.value : "";

function hoverAt(text: string, locale: "zh-CN" | "en" = "zh-CN") {
  const m = marked(text);
  const s = settings({ locale });
  return hover(doc(m.text, s), m.position, s);
}

describe("hover", () => {
  it("on a table 三 cell: row and column as printed, the article", () => {
    const text = buildYaml().replace("属于国家秘密: [0,", "属于国家秘密: [‸0,");
    const v = value(hoverAt(text));
    expect(v).toContain("**（三）不予公开 1.属于国家秘密 · 自然人**");
    expect(v).toContain("三、收到和处理政府信息公开申请情况");
    expect(v).toContain("依据：条例第十四条");
  });

  it("on a wrong row total: the sum of its addends", () => {
    const text = buildYaml({ t3: { 予以公开: [1, 2, 0, 0, 0, 0, 9] } }).replace(
      "[1, 2, 0, 0, 0, 0, 9]",
      "[1, 2, 0, 0, 0, 0, ‸9]",
    );
    const v = value(hoverAt(text));
    expect(v).toContain("应为 1 + 2 + 0 + 0 + 0 + 0 = **3**");
  });

  it("on a right table 四 total: says it checks out", () => {
    const text = buildYaml({ t4: { 行政复议: [10, 1, 0, 0, 11] } }).replace("[10, 1, 0, 0, 11]", "[10, 1, 0, 0, 1‸1]");
    expect(value(hoverAt(text))).toContain("合计核对无误：10 + 1 + 0 + 0 = 11");
  });

  it("on a key: the official label and the filling rule, in English when asked", () => {
    const text = buildYaml().replace("  行政事业性收费:", "  行政事业‸性收费:");
    const zh = value(hoverAt(text));
    expect(zh).toContain("**行政事业性收费**");
    expect(zh).toContain("万元");
    const en = value(hoverAt(text, "en"));
    expect(en).toContain("(administrative fees)");
    expect(en).toContain("Basis: 条例第二十条第（八）项");
  });

  it("reminds that 部分公开 counts once", () => {
    const text = buildYaml().replace("  部分公开:", "  部分‸公开:");
    expect(value(hoverAt(text))).toContain("只计入「（二）部分公开」");
  });

  it("returns null outside the report's structure", () => {
    expect(hoverAt("# 注释‸\n格式: 2021\n")).toBeNull();
  });
});
