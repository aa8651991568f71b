/**
 * Class c of the field (issue 12): a number glued to the sentence after the table. A 平潭 page
 * printed 「行政事业性收费02025年，我局严格按照《条例》…」 and the import read the fee as 2025 (published:
 * 0), the one silently wrong cell of the field. A cell never takes the digits of a year, a date or
 * an ordinal of the text after it; where the boundary cannot be known, the cell is reported.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { importReport, readFlattened } from "../src/index.js";
import { compareImport, expectedCells } from "../../../scripts/examples/import-accuracy.mjs";
import { FIELD_DIR, loadTablesJson } from "../../../scripts/examples/tables-json.mjs";

// 旅游与文化体育局 2024 with the sentence of the issue right after its fee row, as that page had it.
const NAME = "fujian-pingtan-lvyou-wenti-ju-2024";
const page = readFileSync(resolve(FIELD_DIR, `${NAME}.txt`), "utf8");
const SENTENCE = "2025年，我局严格按照《条例》要求，全年主动公开政府信息36条。";
const withSentence = (fee: string) => page.replace("行政事业性收费0三、", `行政事业性收费${fee}${SENTENCE}三、`);

describe("a number glued to the sentence after the table", () => {
  it("is the page's shape", () => {
    expect(withSentence("0")).toContain("行政事业性收费02025年，我局严格按照《条例》");
  });

  it("gives the year to the sentence: the fee is 0, every other cell as before", () => {
    const result = importReport(withSentence("0"), { fileName: `${NAME}.txt` });
    expect(result.report.proactive.fees!.amount!.value).toBe(0);
    const counts = compareImport(expectedCells(loadTablesJson(NAME, FIELD_DIR)), result);
    expect(counts.wrong).toBe(0);
    expect(counts.right).toBe(
      compareImport(expectedCells(loadTablesJson(NAME, FIELD_DIR)), importReport(page, { fileName: `${NAME}.txt` }))
        .right,
    );
  });

  it("keeps the sentence as prose, and its numbers out of the table", () => {
    const doc = readFlattened(withSentence("0"));
    expect(doc.lines.some((l) => l.text.includes("2025年，我局严格按照《条例》"))).toBe(true);
    const cells = doc.tables.flatMap((t) => t.rows.flatMap((r) => r.cells.map((c) => c.text)));
    expect(cells).not.toContain("36");
    expect(cells.some((c) => c.includes("2025"))).toBe(false);
  });

  it("reads a fee with a decimal part before the year (「1.52025年」 → 1.5)", () => {
    const result = importReport(withSentence("1.5"), { fileName: `${NAME}.txt` });
    expect(result.report.proactive.fees!.amount!.exact).toBe("1.5");
  });

  it("reports the cell when the digits run into a date whose boundary is unknown (「012月」)", () => {
    const result = importReport(
      page.replace("行政事业性收费0三、", "行政事业性收费012月起，我局严格按照《条例》要求公开。三、"),
      { fileName: `${NAME}.txt` },
    );
    expect(result.report.proactive.fees!.amount!.status).not.toBe("number");
    expect(result.findings.some((f) => f.path === "proactive.fees" && f.code === "IMP-UNREADABLE")).toBe(true);
  });
});
