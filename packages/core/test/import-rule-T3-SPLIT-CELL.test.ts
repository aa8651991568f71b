/** T3-SPLIT-CELL: a number split over two cells is rejoined when the row total allows one way only. */
import { describe, expect, it } from "vitest";
import { importReport } from "../src/index.js";
import { sourceAt, yamlLine } from "./fixtures/import/located.js";
import { asMarkdown } from "@nianbao/test-support/published";

const of = (text: string, locale: "zh-CN" | "en" = "zh-CN") =>
  importReport(text, { locale }).findings.filter((f) => f.code === "T3-SPLIT-CELL");
const consistent = { new: [12, 0, 0, 0, 0, 0, 12], granted: [12, 0, 0, 0, 0, 0, 12], total: [12, 0, 0, 0, 0, 0, 12] };

describe("T3-SPLIT-CELL", () => {
  it("says nothing when the row has its 7 cells", () => {
    expect(of(asMarkdown({ t3: consistent }))).toEqual([]);
  });

  it("rejoins 「1」「2」 into 12 when only that makes the row add up", () => {
    const text = asMarkdown({ t3: { ...consistent, granted: [1, 2, 0, 0, 0, 0, 0, 12] } });
    const [f] = of(text);
    expect(f).toMatchObject({ code: "T3-SPLIT-CELL", severity: "warning", path: "requests.granted" });
    expect(f!.message).toBe(
      `「（一）予以公开」：来源第 ${f!.source.line} 行有 8 个数值（1 2 0 0 0 0 0 12），把被拆开的数字 1+2 合并后本行各项之和等于总计，按此导入，请核对。`,
    );
    expect(of(text, "en")[0]!.message).toBe(
      `「（一）予以公开」 (disclosed): line ${f!.source.line} of the source has 8 numbers (1 2 0 0 0 0 0 12); rejoining the split number 1+2 makes the row add up to its total, so it was imported that way. Please check.`,
    );
    expect(sourceAt(text, f!)).toBe("| （一）予以公开 | 1 | 2 | 0 | 0 | 0 | 0 | 0 | 12 |");
    const result = importReport(text);
    expect(result.report.requests.granted!.map((c) => c.value)).toEqual([12, 0, 0, 0, 0, 0, 12]);
    expect(yamlLine(result.yaml, "予以公开")).toContain("# 导入：合并了被拆开的数字 1+2，请核对");
  });

  it("rejoins nothing when several ways fit, and reports the row as unreadable", () => {
    const text = asMarkdown({ t3: { ...consistent, granted: [1, 1, 1, 0, 0, 0, 0, 12] } });
    expect(of(text)).toEqual([]);
    const unreadable = importReport(text).findings.find((f) => f.path === "requests.granted")!;
    expect(unreadable).toMatchObject({ code: "IMP-UNREADABLE", messageId: "IMP-UNREADABLE.rowWidth" });
  });
});
