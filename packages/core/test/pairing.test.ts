import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  agencyIdentity,
  checkAgainstPreviousYear,
  compareIdentities,
  LIKELY_SIMILARITY,
  MAX_LIKELY_CANDIDATES,
  nameSimilarity,
  pairPreviousYears,
  readReport,
} from "../src/index.js";

const example = (name: string) =>
  readFileSync(new URL(`../../../examples/${name}.nianbao.yaml`, import.meta.url), "utf8");
const id = (name: string) => agencyIdentity(name)!;

describe("agencyIdentity", () => {
  it("keeps the places a name starts with apart from its body", () => {
    expect(id("淮安市洪泽区人民政府")).toEqual({
      key: "淮安市洪泽区人民政府",
      places: ["淮安市", "洪泽区"],
      body: "人民政府",
    });
    expect(id("宁夏回族自治区发改委")).toEqual({
      key: "宁夏回族自治区发展和改革委员会",
      places: ["宁夏回族自治区"],
      body: "发展和改革委员会",
    });
    // 城市 and 市场 are words, not places; 苏州市 is one place.
    expect(id("苏州市城市管理局").places).toEqual(["苏州市"]);
    expect(id("上海市市场监督管理局").places).toEqual(["上海市"]);
    expect(id("萧县人民政府").places).toEqual(["萧县"]);
  });

  it("folds width and spaces, and writes well-known abbreviations out", () => {
    expect(id(" 上海市 科委 ").key).toBe(id("上海市科学技术委员会").key);
    expect(id("ＡＢ市人民政府").key).toBe("AB市人民政府");
    expect(agencyIdentity("  ")).toBeNull();
    expect(agencyIdentity(null)).toBeNull();
  });

  it("takes a name with a place dropped at the outer end as a variant, and nothing looser", () => {
    expect(compareIdentities(id("淮安市洪泽区人民政府"), id("洪泽区人民政府"))).toBe("variant");
    expect(compareIdentities(id("江苏省淮安市洪泽区人民政府"), id("洪泽区人民政府"))).toBe("variant");
    expect(compareIdentities(id("上海市科学技术委员会"), id("上海市科委"))).toBe("same");
    // The city's own government is not its district's; a bare body matches nothing.
    expect(compareIdentities(id("淮安市人民政府"), id("淮安市洪泽区人民政府"))).toBeNull();
    expect(compareIdentities(id("人民政府"), id("洪泽区人民政府"))).toBeNull();
    expect(compareIdentities(id("沭阳县人民政府"), id("沐阳县人民政府"))).toBeNull();
    expect(compareIdentities(id("淮安市洪泽区人民政府"), id("淮安市淮阴区人民政府"))).toBeNull();
  });
});

describe("pairPreviousYears", () => {
  it("pairs the same agency written with and without its city", () => {
    const m = pairPreviousYears([
      { agency: "洪泽区人民政府", year: 2023 },
      { agency: "淮安市洪泽区人民政府", year: 2024 },
    ]);
    expect(m).toEqual([{}, { previous: 0 }]);
  });

  it("pairs 上海市科学技术委员会 with 上海市科委", () => {
    expect(
      pairPreviousYears([
        { agency: "上海市科委", year: 2023 },
        { agency: "上海市科学技术委员会", year: 2024 },
      ])[1],
    ).toEqual({ previous: 0 });
  });

  it("prefers the same name to a variant, whatever the order", () => {
    const m = pairPreviousYears([
      { agency: "洪泽区人民政府", year: 2023 },
      { agency: "淮安市洪泽区人民政府", year: 2023 },
      { agency: "淮安市洪泽区人民政府", year: 2024 },
    ]);
    expect(m[2]).toEqual({ previous: 1 });
  });

  it("does not guess between two different variants, and names the first as likely", () => {
    const m = pairPreviousYears([
      { agency: "淮安市洪泽区人民政府", year: 2023 },
      { agency: "某某市洪泽区人民政府", year: 2023 },
      { agency: "洪泽区人民政府", year: 2024 },
    ]);
    expect(m[2]).toEqual({ likely: 0 });
  });

  it("points at a similar name of the year before in the same folder, not in another", () => {
    const entries = [
      { agency: "沐阳县人民政府", year: 2024, folder: "a" },
      { agency: "沭阳县人民政府", year: 2025, folder: "a" },
      { agency: "沐阳县人民政府", year: 2024, folder: "b" },
      { agency: "沭阳县人民政府", year: 2025, folder: "c" },
    ];
    expect(pairPreviousYears(entries)).toEqual([{}, { likely: 0 }, {}, {}]);
  });

  it("does not point at a report already paired with another, nor at a name unlike this one", () => {
    const m = pairPreviousYears([
      { agency: "淮阴区人民政府", year: 2023, folder: "x" },
      { agency: "淮阴区人民政府", year: 2024, folder: "x" },
      { agency: "洪泽区人民政府", year: 2024, folder: "x" },
      { agency: "金湖县交通运输局", year: 2023, folder: "x" },
    ]);
    expect(m).toEqual([{}, { previous: 0 }, {}, {}]);
  });
});

describe("the real 洪泽区 pair with its two name forms", () => {
  // Imported from the published sources, 2023 is titled 洪泽区人民政府 and 2024 淮安市洪泽区人民政府.
  const y2023 = example("jiangsu-huaian-hongzequ-gov-2023").replace(/^机关: .*$/mu, "机关: 洪泽区人民政府");
  const y2024 = example("jiangsu-huaian-hongzequ-gov-2024");

  it("pairs, so the cross-year rules run and find what they find on the same names", () => {
    const prev = readReport(y2023);
    const cur = readReport(y2024);
    expect(prev.report.agency).toBe("洪泽区人民政府");
    const [match] = pairPreviousYears([cur.report, prev.report]);
    expect(match).toEqual({ previous: 1 });
    const codes = new Set(checkAgainstPreviousYear(cur, prev).map((f) => f.code));
    expect([...codes].sort()).toEqual(["T2-JUMP", "XY-SEC5-FOLLOWUP", "XY-SIMILARITY"]);
  });
});

describe("nameSimilarity", () => {
  it("looks at the one part two names differ in, so 人民政府 alone makes no likeness", () => {
    expect(nameSimilarity(id("沭阳县人民政府"), id("沐阳县人民政府"))).toBeCloseTo(2 / 3);
    expect(nameSimilarity(id("淮安市卫生和计划生育委员会"), id("淮安市卫生健康委员会"))).toBeGreaterThanOrEqual(
      LIKELY_SIMILARITY,
    );
    expect(nameSimilarity(id("淮安市人民政府"), id("沭阳县人民政府"))).toBeLessThan(LIKELY_SIMILARITY);
    expect(nameSimilarity(id("淮安市洪泽区人民政府"), id("淮安市淮阴区人民政府"))).toBeLessThan(LIKELY_SIMILARITY);
    expect(nameSimilarity(id("上海市人民政府办公厅"), id("淮安市人民政府"))).toBe(0);
    expect(nameSimilarity(id("上海市人民政府办公厅"), id("上海市科学技术委员会"))).toBeLessThan(LIKELY_SIMILARITY);
  });

  it("points at nothing in a folder of many agencies' reports (the examples)", () => {
    const entries = readdirSync(new URL("../../../examples/", import.meta.url))
      .filter((f) => f.endsWith(".nianbao.yaml"))
      .sort()
      .map((f) => ({ ...readReport(example(f.replace(/\.nianbao\.yaml$/u, ""))).report, folder: "examples" }));
    expect(pairPreviousYears(entries).filter((m) => m.likely !== undefined)).toEqual([]);
  });
});

describe("pairPreviousYears on a large folder", () => {
  it("points at no likely previous year when too many names are alike in the same way", () => {
    const many = Array.from({ length: MAX_LIKELY_CANDIDATES + 1 }, (_, i) => ({
      agency: `测试市第${i + 1}局`,
      year: 2023,
      folder: "d",
    }));
    expect(pairPreviousYears([...many, { agency: "测试市第1号局", year: 2024, folder: "d" }]).at(-1)).toEqual({});
    expect(
      pairPreviousYears([...many.slice(0, 3), { agency: "测试市第1号局", year: 2024, folder: "d" }]).at(-1),
    ).toEqual({ likely: 0 });
  });
});
