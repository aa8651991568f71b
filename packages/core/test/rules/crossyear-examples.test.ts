import { describe, expect, it } from "vitest";
import { checkAgainstPreviousYear, readReport } from "../../src/index.js";
import { loadExampleText, loadTablesJson, proseOf, yamlFromTablesJson, type TablesJson } from "../support/crossyear.js";

/** The two real consecutive pairs in examples/sources; their 2024 reports expect no cross-year failure. */
const PAIRS = [
  { name: "洪泽区", previous: "jiangsu-huaian-hongzequ-gov-2023", current: "jiangsu-huaian-hongzequ-gov-2024" },
  { name: "宿迁市", previous: "jiangsu-suqian-city-2023", current: "jiangsu-suqian-city-2024" },
];
const ARITHMETIC = ["XY-CARRY", "T2-STOCKFLOW", "T2-REPEAL-BOUND"];

function check(current: TablesJson, previous: TablesJson) {
  return checkAgainstPreviousYear(readReport(yamlFromTablesJson(current)), readReport(yamlFromTablesJson(previous)));
}

describe.each(PAIRS)("real reports: $name 2023 → 2024", ({ previous, current }) => {
  const prev = loadTablesJson(previous);
  const cur = loadTablesJson(current);

  it("the YAML built from tables.json reads back the published numbers", () => {
    const read = readReport(yamlFromTablesJson(cur));
    expect(read.report.year).toBe(cur.year);
    expect(read.report.requests.carriedIn?.map((c) => c.value)).toEqual(cur.table3.carried_over);
    expect(read.report.requests.carriedOut?.map((c) => c.value)).toEqual(cur.table3.carried_forward);
    expect(read.report.proactive.normativeDocuments?.valid?.value).toBe(cur.table2.normative_documents.valid);
    expect(read.report.proactive.regulations?.repealed?.value).toBe(cur.table2.regulations.repealed);
    // 洪泽区 filled （六） as the 2019 single row; the YAML keeps it so, as its author would write it.
    if (cur.table3.other_processing)
      expect(read.report.requests.otherHandling?.map((c) => c.value)).toEqual(cur.table3.other_processing);
  });

  it("breaks none of the cross-year relations, as expected_check_findings says", () => {
    expect(cur.expected_check_findings.cross_year_failures_vs_previous_report).toEqual([]);
    expect(check(cur, prev).filter((f) => ARITHMETIC.includes(f.code))).toEqual([]);
  });

  it("would catch a carry-over or stock that did not follow (the pair is really compared)", () => {
    const carried = structuredClone(cur);
    carried.table3.carried_over[0]! += 1;
    carried.table3.carried_over[6]! += 1;
    expect(
      check(carried, prev)
        .filter((f) => f.code === "XY-CARRY")
        .map((f) => f.paths[0]),
    ).toEqual(["requests.carriedIn.0", "requests.carriedIn.6"]);
    const stock = structuredClone(cur);
    stock.table2.normative_documents.valid += 1;
    expect(
      check(stock, prev)
        .filter((f) => f.code === "T2-STOCKFLOW")
        .map((f) => f.paths[0]),
    ).toEqual(["proactive.normativeDocuments.valid"]);
  });
});

describe("real reports: T2-JUMP", () => {
  it("asks to re-check 洪泽区 行政许可 550 → 9487, and nothing in 宿迁市", () => {
    const hz = check(
      loadTablesJson("jiangsu-huaian-hongzequ-gov-2024"),
      loadTablesJson("jiangsu-huaian-hongzequ-gov-2023"),
    ).filter((f) => f.code === "T2-JUMP");
    expect(hz.map((f) => f.message)).toEqual([
      "表二「行政许可」「本年处理决定数量」：上年 550，本年 9487（+1625%），变动幅度较大，建议复核。",
    ]);
    const sq = check(loadTablesJson("jiangsu-suqian-city-2024"), loadTablesJson("jiangsu-suqian-city-2023")).filter(
      (f) => f.code === "T2-JUMP",
    );
    expect(sq).toEqual([]);
  });
});

describe("real reports: the prose of 洪泽区 2023 → 2024", () => {
  const build = (name: string) => yamlFromTablesJson(loadTablesJson(name), proseOf(loadExampleText(name)));
  const found = checkAgainstPreviousYear(
    readReport(build("jiangsu-huaian-hongzequ-gov-2024")),
    readReport(build("jiangsu-huaian-hongzequ-gov-2023")),
  );

  it("finds （一）, （三） and （四） of 总体情况 repeated from 2023", () => {
    const similar = found.filter((f) => f.code === "XY-SIMILARITY");
    expect(similar.map((f) => [f.paths[0], f.messageId, /重复 (\d+)%/.exec(f.message)?.[1]])).toEqual([
      ["overview.proactive", "XY-SIMILARITY.repeated", "77"],
      ["overview.management", "XY-SIMILARITY.nearIdentical", "95"],
      ["overview.platform", "XY-SIMILARITY.nearIdentical", "100"],
    ]);
  });

  it("finds that 2024's 五 says nothing of 2023's problems", () => {
    expect(found.filter((f) => f.code === "XY-SEC5-FOLLOWUP").map((f) => f.paths[0])).toEqual(["problems"]);
  });
});
