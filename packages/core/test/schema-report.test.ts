import { readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  emptyReport,
  FORMS,
  message,
  missingCell,
  parseReport,
  reportSchema,
  type Cell,
  type Report,
} from "../src/index.js";
import { buildYaml } from "@nianbao/test-support/build";

const repo = new URL("../../../", import.meta.url);
const examples = readdirSync(new URL("examples/", repo))
  .filter((f) => f.endsWith(".nianbao.yaml"))
  .map((f) => readFileSync(new URL(`examples/${f}`, repo), "utf8"));

const issuesOf = (model: unknown) => {
  const r = reportSchema.safeParse(model);
  return r.success ? [] : r.error.issues.map((i) => ({ path: i.path.join("."), code: i.code, message: i.message }));
};

const num = (n: number): Cell => ({
  status: "number",
  value: n,
  exact: String(n),
  raw: null,
  note: null,
  normalized: null,
});

/** A valid model built by hand, as a program would, not read from YAML. */
const built = (): Report => {
  const r = emptyReport(FORMS[2021]);
  r.agency = "测试市测试局";
  r.year = 2023;
  r.requests = { new: Array.from({ length: 7 }, () => num(0)) };
  return r;
};

describe("reportSchema accepts every model parseReport produces", () => {
  const valid = [
    buildYaml(),
    buildYaml({ format: 2019, year: 2020 }),
    buildYaml({
      publishedOn: "2024-01-20",
      notes: [{ rule: "T4-ROWSUM", text: "含上年结转", table: "四" }, { text: "注" }],
    }),
    buildYaml({
      t2: { 行政事业性收费: 7730.28, 规章: { 本年制发: "'22（其中修订16件）'", 现行有效: "'１,２３４'" } },
      t3: { 本年新收: ["'/'", "''", 0, 0, 0, 0, 0] },
    }),
    ...examples,
  ];
  it.each(valid.map((text, i) => [i, text]))("valid report %i", (_i, text) => {
    expect(issuesOf(parseReport(text, { today: "2024-06-01" }).report)).toEqual([]);
  });

  // The model is the reader's contract with the rules, so it holds whatever the file says.
  const broken = [
    "",
    "a: [",
    "- 1\n- 2",
    "格式: 2030\n年度: 1999\n发布日期: 2024-02-30",
    buildYaml({ format: 2019, year: 2023 }).replace("格式: 2019", "格式: 2021"),
    buildYaml({ format: 2021, year: 2020 }).replace("格式: 2021", "格式: 2019"),
    buildYaml({ t3: { 予以公开: [1, 2] }, t4: { 行政复议: ["abc", "{ a: 1 }", "[1]", 1e21, -0.0] } }),
    buildYaml().replace("主动公开:\n", "主动公开: 3\n"),
    buildYaml({ extra: "说明: 不是列表" }),
    "依申请公开:\n  本年新收: &a [1, 1, 1, 1, 1, 1, 6]\n  上年结转: *a\n说明:\n  - { 规则: 1, 表: 五, 内容: [x] }\n  - [1]",
  ];
  it.each(broken.map((text, i) => [i, text]))("broken input %i", (_i, text) => {
    expect(issuesOf(parseReport(text).report)).toEqual([]);
  });

  it("random edits of a report", { timeout: 60_000 }, () => {
    const base = buildYaml({
      t2: { 行政事业性收费: 12.5 },
      t3: { 本年新收: [1, 0, 0, 0, 0, 0, 1] },
      notes: [{ rule: "VAL-BLANK", text: "x" }],
    });
    const edit = fc.record({
      at: fc.nat({ max: base.length }),
      drop: fc.nat({ max: 40 }),
      insert: fc.oneof(
        fc.constantFrom(
          "'/'",
          "１２",
          ", 3",
          "]",
          "\n  ",
          ": ",
          "-1.50",
          "1e3",
          "0x1F",
          "~",
          "'12（含3件）'",
          "[",
          "{",
        ),
        fc.string({ maxLength: 6 }),
      ),
    });
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 4 }), (edits) => {
        let text = base;
        for (const e of edits) {
          const at = Math.min(e.at, text.length);
          text = text.slice(0, at) + e.insert + text.slice(at + e.drop);
        }
        expect(issuesOf(parseReport(text).report)).toEqual([]);
      }),
      { numRuns: 200, seed: 20240120 },
    );
  });
});

describe("reportSchema rejects a model the rules could not rely on", () => {
  it("accepts a model built by hand", () => {
    expect(issuesOf(built())).toEqual([]);
  });

  it("rejects a table 三 row that is not 7 cells", () => {
    const m = { ...built(), requests: { granted: [num(1), num(1)] } };
    expect(issuesOf(m)).toEqual([expect.objectContaining({ path: "requests.granted", code: "too_small" })]);
  });

  it("rejects table 二 rows of the other form", () => {
    const m = { ...built(), proactive: emptyReport(FORMS[2019]).proactive };
    expect(issuesOf(m).map((i) => i.path)).toContain("proactive");
  });

  it("rejects an unknown table 三 row and an unknown field", () => {
    const m = { ...built(), requests: { granted2: Array.from({ length: 7 }, missingCell) }, extra: 1 };
    expect(issuesOf(m).map((i) => `${i.path}: ${i.code}`)).toEqual([
      "requests: unrecognized_keys",
      ": unrecognized_keys",
    ]);
  });

  it("rejects a number cell without its exact text, and a blank cell with a value", () => {
    const m = built();
    m.litigation.review = [
      { ...num(1), exact: null as unknown as string },
      { ...missingCell(), value: 3 as unknown as null },
      num(0),
      num(0),
      num(1),
    ];
    expect(issuesOf(m).map((i) => i.path)).toEqual(["litigation.review.0.exact", "litigation.review.1.value"]);
  });

  it("rejects an exact text that is not canonical", () => {
    const m = built();
    m.litigation.review = [
      { ...num(1), exact: "+1" },
      { ...num(1), exact: "01" },
      { ...num(1.5), exact: "1.50" },
      { ...num(0), exact: "-0" },
      num(0),
    ];
    expect(issuesOf(m).map((i) => `${i.path}: ${i.code}`)).toEqual([
      "litigation.review.0.exact: invalid_format",
      "litigation.review.1.exact: invalid_format",
      "litigation.review.2.exact: invalid_format",
      "litigation.review.3.exact: invalid_format",
    ]);
  });

  it("rejects a value and an exact text that disagree, saying so from the catalogue", () => {
    const m = built();
    m.litigation.review = [{ ...num(1), exact: "2" }, num(0), num(0), num(0), num(1)];
    const found = issuesOf(m);
    expect(found).toEqual([
      {
        path: "litigation.review.0.value",
        code: "custom",
        message: message("schema.cellValueExact", { value: "1", exact: "2" }),
      },
    ]);
    expect(found[0]!.message).toBe("数值单元格的 value（1）与 exact（2）不是同一个数");
    expect(message("schema.cellValueExact", { value: "1", exact: "2" }, "en")).toBe(
      "A number cell's value (1) and exact (2) are not the same number",
    );
  });

  it("rejects a date that is not an ISO date and a year that is not whole", () => {
    const m = { ...built(), publishedOn: "2024年1月20日", year: 2023.5 };
    expect(
      issuesOf(m)
        .map((i) => i.path)
        .sort(),
    ).toEqual(["publishedOn", "year"]);
  });
});
