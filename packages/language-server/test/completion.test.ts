import { describe, expect, it } from "vitest";
import { buildYaml } from "@nianbao/test-support/build";
import { completion, parseLabels } from "./support/completion-helpers.js";
import { marked } from "./support/markers.js";

describe("completion", () => {
  it("offers a whole empty report in an empty file", () => {
    const { items, text } = completion(marked("‸"));
    expect(items.map((i) => i.label)).toContain("空白年报（2021 格式）");
    const full = items.find((i) => i.label === "空白年报（2021 格式）")!;
    expect(full.textEdit && "newText" in full.textEdit ? full.textEdit.newText : "").toContain("依申请公开:");
    expect(text).toBe("");
  });

  it("offers the top-level keys in form order, leaving out those present", () => {
    const { items } = completion(marked("格式: 2021\n机关: 测试局\n‸"));
    const labels = parseLabels(items);
    expect(labels.slice(0, 3)).toEqual(["年度", "发布日期", "标题"]);
    expect(labels).not.toContain("格式");
    expect(labels.indexOf("主动公开")).toBeLessThan(labels.indexOf("依申请公开"));
  });

  it("offers nothing inside a comment, where the letters are words, not initials", () => {
    expect(completion(marked("# Fill in the figures f‸\n格式: 2021\n")).items).toEqual([]);
    expect(completion(marked("格式: 2021  # f‸\n")).items).toEqual([]);
  });

  it("filters Chinese keys by pinyin initials: xzxk finds 行政许可", () => {
    const { items } = completion(marked("格式: 2021\n主动公开:\n  xzxk‸"));
    expect(parseLabels(items)).toEqual(["行政许可"]);
    const item = items[0]!;
    expect(item.detail).toContain("条例第二十条第（五）项");
    expect(item.textEdit && "newText" in item.textEdit ? item.textEdit.newText : "").toBe("行政许可: 0");
  });

  it("offers the rows of a table 三 group with the official label as detail", () => {
    const { items } = completion(
      marked("格式: 2021\n依申请公开:\n  办理结果:\n    不予公开:\n      属于国家秘密: [0, 0, 0, 0, 0, 0, 0]\n      ‸"),
    );
    const labels = parseLabels(items);
    expect(labels[0]).toBe("其他法律行政法规禁止公开");
    expect(labels).not.toContain("属于国家秘密");
    expect(items[0]!.detail).toContain("2.其他法律行政法规禁止公开");
  });

  it("offers as 年度 the year whose report is due next: last year's until June, this year's from July", () => {
    const years = (now: Date) => completion(marked("格式: 2021\n年度: ‸"), "zh-CN", now).items.map((i) => i.label);
    expect(years(new Date(2026, 2, 1))).toEqual(["2025"]);
    expect(years(new Date(2026, 11, 6))).toEqual(["2026"]);
  });

  it("offers 格式 values", () => {
    const { items } = completion(marked("格式: ‸"));
    expect(parseLabels(items)).toEqual(["2021", "2019"]);
  });

  it("offers a zero row as the value of a table 四 row", () => {
    const { items } = completion(marked("复议诉讼:\n  行政复议: ‸"));
    expect(parseLabels(items)).toEqual(["[0, 0, 0, 0, 0]"]);
  });

  it("indents a group's rows under the cursor's column", () => {
    const { items } = completion(marked("依申请公开:\n  办理结果:\n    wftg‸"));
    const item = items.find((i) => i.label === "无法提供")!;
    const text = item.textEdit && "newText" in item.textEdit ? item.textEdit.newText : "";
    expect(text.split("\n")[1]).toBe("      本机关不掌握相关政府信息: [0, 0, 0, 0, 0, 0, 0]");
  });

  it("keeps working inside a complete report", () => {
    const text = buildYaml().replace("  行政处罚: 0\n", "  ‸\n");
    const { items } = completion(marked(text));
    expect(parseLabels(items)).toEqual(["行政处罚"]);
  });
});
