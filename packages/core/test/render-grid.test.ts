import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  FORMS,
  readReport,
  reportGrids,
  table3Grid,
  table3RowIds,
  table3Rows,
  type GridCell,
  type Report,
  type TableGrid,
} from "../src/index.js";
import { buildYaml } from "@nianbao/test-support/build";
import { FORMAT_GRID_WIDTHS, FORMAT_SPANS, type Spans } from "@nianbao/test-support/format-spans";

const example = (name: string) => readFileSync(new URL(`../../../examples/${name}`, import.meta.url), "utf8");
const grids = (text: string) => {
  const { report } = readReport(text);
  return { report, grids: reportGrids(report) };
};

/** The 2021 and 2019 forms, and the two reports that mix them in table 三's （六）. */
const REPORT_2021 = grids(buildYaml());
const REPORT_2019 = grids(buildYaml({ format: 2019, year: 2020 }));
/** 洪泽区 2023: a 格式: 2021 report with 2019's single （六）其他处理 row. */
const HONGZE = grids(example("jiangsu-huaian-hongzequ-gov-2023.nianbao.yaml"));
/** A 2019 report that writes 2021's three （六） rows. */
const MIRROR = grids(
  buildYaml({ format: 2019, year: 2020 }).replace(
    /^(\s*)其他处理: \[.*\]$/m,
    "$1其他处理:\n$1  逾期不补正: [1, 0, 0, 0, 0, 0, 1]\n$1  逾期未缴费: [0, 2, 0, 0, 0, 0, 2]\n$1  其他: [0, 0, 3, 0, 0, 0, 3]",
  ),
);

/**
 * Places the cells as a table engine does (a cell skips the slots that spans from above hold) and
 * returns the grid's occupancy: how many cells cover each slot. A printed table covers each exactly once.
 */
function occupancy(grid: TableGrid): number[][] {
  const slots: number[][] = grid.rows.map(() => new Array(grid.columns).fill(0));
  const taken: Set<number>[] = grid.rows.map(() => new Set());
  grid.rows.forEach((row, r) => {
    let col = 0;
    for (const cell of row.cells) {
      while (taken[r]!.has(col)) col++;
      for (let dr = 0; dr < cell.rowSpan; dr++)
        for (let dc = 0; dc < cell.colSpan; dc++) {
          if (r + dr >= grid.rows.length) throw new Error(`${cell.text} spans below the table`);
          slots[r + dr]![col + dc] = (slots[r + dr]![col + dc] ?? 0) + 1;
          if (dr > 0) taken[r + dr]!.add(col + dc);
        }
      col += cell.colSpan;
    }
  });
  return slots;
}

const fillsEverySlotOnce = (grid: TableGrid) =>
  occupancy(grid).every((row) => row.length === grid.columns && row.every((n) => n === 1));

/** Every header, caption or label that spans, as [text, rowSpan, colSpan], in printed order. */
const spans = (grid: TableGrid): Spans =>
  grid.rows.flatMap((r) =>
    r.cells
      .filter((c) => c.kind !== "value" && (c.rowSpan > 1 || c.colSpan > 1))
      .map((c): [string, number, number] => [c.text, c.rowSpan, c.colSpan]),
  );

const find = (grid: TableGrid, text: string): GridCell | undefined =>
  grid.rows.flatMap((r) => r.cells).find((c) => c.text === text);
const valuePaths = (grid: TableGrid) =>
  grid.rows.flatMap((r) => r.cells.filter((c) => c.kind === "value").map((c) => c.path));

describe("table 三's grid", () => {
  it("2021: 10 columns (3 label + 7), 3 header rows and 25 data rows; the spans of FORMAT §3.2", () => {
    const t3 = REPORT_2021.grids.table3;
    expect(t3).toMatchObject({
      section: "table3",
      table: "requests",
      columns: FORMAT_GRID_WIDTHS[2021].requests,
      labelColumns: 3,
      headerRows: 3,
    });
    expect(t3.rows).toHaveLength(3 + 25);
    expect(spans(t3)).toEqual(FORMAT_SPANS[2021].requests);
    expect(fillsEverySlotOnce(t3)).toBe(true);
  });

  it("2019: （六）其他处理 one row over two label columns, 三、本年度办理结果 over 20, 23 data rows (FORMAT §6.3)", () => {
    const t3 = REPORT_2019.grids.table3;
    expect(t3.columns).toBe(FORMAT_GRID_WIDTHS[2019].requests);
    expect(t3.rows).toHaveLength(3 + 23);
    expect(spans(t3)).toEqual(FORMAT_SPANS[2019].requests);
    expect(fillsEverySlotOnce(t3)).toBe(true);
  });

  it("a 2021 report with 2019's single （六） row (洪泽区 2023) is drawn as the 2019 table, the row where the author wrote it", () => {
    const t3 = HONGZE.grids.table3;
    expect(spans(t3)).toEqual(FORMAT_SPANS[2019].requests);
    expect(fillsEverySlotOnce(t3)).toBe(true);
    const other = t3.rows.find((r) => r.path === "requests.otherHandling")!;
    expect(other.cells.map((c) => c.path)).toEqual([
      "requests.otherHandling",
      ...FORMS[2021].table3.columns.map((_, i) => `requests.otherHandling.${i}`),
    ]);
  });

  it("a 2019 report with 2021's three （六） rows is drawn with them, 三、本年度办理结果 over 22, the figures as written", () => {
    const t3 = MIRROR.grids.table3;
    expect(spans(t3)).toEqual(FORMAT_SPANS[2021].requests);
    expect(fillsEverySlotOnce(t3)).toBe(true);
    const texts = (path: string) =>
      t3.rows
        .find((r) => r.path === path)!
        .cells.filter((c) => c.kind === "value")
        .map((c) => c.text);
    expect(texts("requests.noCorrection")).toEqual(["1", "0", "0", "0", "0", "0", "1"]);
    expect(texts("requests.feeUnpaid")).toEqual(["0", "2", "0", "0", "0", "0", "2"]);
    expect(texts("requests.otherReason")).toEqual(["0", "0", "3", "0", "0", "0", "3"]);
  });

  it("draws the rows the arithmetic adds up: value cells follow table3RowIds, seven to a row", () => {
    for (const { report, grids: g } of [REPORT_2021, REPORT_2019, HONGZE, MIRROR]) {
      const form = FORMS[report.format];
      const expected = table3RowIds(form, report.requests).flatMap((id) =>
        form.table3.columns.map((_, i) => `requests.${id}.${i}`),
      );
      expect(valuePaths(g.table3)).toEqual(expected);
    }
  });

  it("keeps the form's own tree when the report writes both （六） shapes or neither", () => {
    const form = FORMS[2021];
    const { report } = REPORT_2021;
    const both: Report["requests"] = { ...report.requests, otherHandling: report.requests.granted! };
    expect(table3Rows(form, both)).toEqual(form.table3.rows);
    expect(table3Rows(form, {})).toEqual(form.table3.rows);
    expect(table3Grid(form, { ...report, requests: {} }).rows).toHaveLength(3 + 25);
  });

  it("labels rows and groups with their model paths and classes; the header carries none", () => {
    const t3 = REPORT_2021.grids.table3;
    expect(find(t3, "三、本年度办理结果")).toMatchObject({
      kind: "label",
      path: "requests.results",
      classes: ["nb-group"],
    });
    expect(find(t3, "1.属于国家秘密")).toMatchObject({
      kind: "label",
      path: "requests.stateSecret",
      classes: ["nb-label"],
    });
    expect(find(t3, FORMS[2021].table3.relationNote)).toMatchObject({ kind: "header", classes: ["nb-relation"] });
    expect(find(t3, FORMS[2021].table3.relationNote)!.path).toBeUndefined();
    expect(t3.rows.slice(0, 3).every((r) => r.path === undefined && r.cells.every((c) => c.kind === "header"))).toBe(
      true,
    );
  });
});

describe("table 二's grid", () => {
  it("2021: a 4-column grid, each caption across it, the single value columns over 3 (FORMAT §3.1)", () => {
    const t2 = REPORT_2021.grids.table2;
    expect(t2).toMatchObject({
      section: "table2",
      table: "proactive",
      columns: FORMAT_GRID_WIDTHS[2021].proactive,
      labelColumns: 1,
      headerRows: 0,
    });
    expect(t2.rows).toHaveLength(14);
    expect(spans(t2)).toEqual(FORMAT_SPANS[2021].proactive);
    expect(fillsEverySlotOnce(t2)).toBe(true);
    const fee = t2.rows.find((r) => r.path === "proactive.fees")!.cells;
    expect(fee.map((c) => [c.kind, c.colSpan, c.path])).toEqual([
      ["label", 1, "proactive.fees"],
      ["value", 3, "proactive.fees.amount"],
    ]);
  });

  it("2019: a 5-column grid, 本年新公开数量 over 2, each value column of （八）（九） over 2 (FORMAT §6.2)", () => {
    const t2 = REPORT_2019.grids.table2;
    expect(t2.columns).toBe(FORMAT_GRID_WIDTHS[2019].proactive);
    expect(t2.rows).toHaveLength(18);
    expect(fillsEverySlotOnce(t2)).toBe(true);
    expect(spans(t2)).toEqual(FORMAT_SPANS[2019].proactive);
  });

  it("marks captions as captions and the header rows as such: nothing else is a caption", () => {
    const t2 = REPORT_2021.grids.table2;
    const captions = t2.rows.flatMap((r) => r.cells).filter((c) => c.kind === "caption");
    expect(captions.map((c) => c.text)).toEqual(FORMS[2021].table2.blocks.map((b) => b.caption));
    expect(t2.rows.filter((r) => r.classes.includes("nb-caption"))).toHaveLength(4);
    expect(
      t2.rows.filter((r) => r.classes.includes("nb-head")).every((r) => r.cells.every((c) => c.kind === "header")),
    ).toBe(true);
    for (const g of [REPORT_2021.grids, REPORT_2019.grids, HONGZE.grids])
      expect(
        [g.table3, g.table4].flatMap((t) => t.rows.flatMap((r) => r.cells)).some((c) => c.kind === "caption"),
      ).toBe(false);
  });
});

describe("table 四's grid", () => {
  it("15 columns, 3 header rows and one data row, the spans of FORMAT §3.3, in both forms", () => {
    for (const [year, g] of [
      [2021, REPORT_2021.grids],
      [2019, REPORT_2019.grids],
    ] as const) {
      const t4 = g.table4;
      expect(t4).toMatchObject({
        section: "table4",
        table: "litigation",
        columns: FORMAT_GRID_WIDTHS[year].litigation,
        labelColumns: 0,
        headerRows: 3,
      });
      expect(t4.rows).toHaveLength(4);
      expect(spans(t4)).toEqual(FORMAT_SPANS[year].litigation);
      expect(fillsEverySlotOnce(t4)).toBe(true);
      expect(t4.rows[3]!.path).toBe("litigation.review");
      expect(valuePaths(t4)).toEqual(
        FORMS[2021].table4.rows.flatMap((r) => [0, 1, 2, 3, 4].map((i) => `litigation.${r.id}.${i}`)),
      );
    }
  });

  it("ties each block's header to its row of the model", () => {
    const t4 = REPORT_2021.grids.table4;
    expect(find(t4, "行政复议")).toMatchObject({ path: "litigation.review", classes: ["nb-label"] });
    expect(find(t4, "复议后起诉")).toMatchObject({ path: "litigation.litigationAfterReview" });
    expect(find(t4, "行政诉讼")!.path).toBeUndefined();
  });
});

describe("values and notes on the grids", () => {
  const { grids: g } = grids(
    buildYaml({
      t3: { 予以公开: ["'/'", "'22（<script>）'", '""', "'abc'", 0, 0, 0] },
      t2: { 行政事业性收费: 7730.2849 },
      notes: [
        { table: "复议诉讼", text: "含上年度\n结转数量。" },
        { rule: "T3-ROWTOTAL", text: "表三的说明。" },
        { text: "无表的说明。" },
        { table: "主动公开", text: "  " },
      ],
    }),
  );
  const cell = (t: TableGrid, path: string) => t.rows.flatMap((r) => r.cells).find((c) => c.path === path)!;

  it("shows cells as written with their status as a class; a blank stays empty", () => {
    expect(cell(g.table3, "requests.granted.0")).toMatchObject({
      kind: "value",
      text: "/",
      classes: ["nb-value", "nb-placeholder"],
    });
    // A figure with a note is a number: its text is kept as written.
    expect(cell(g.table3, "requests.granted.1")).toMatchObject({ text: "22（<script>）", classes: ["nb-value"] });
    expect(cell(g.table3, "requests.granted.4")).toMatchObject({ text: "0", classes: ["nb-value"] });
    expect(cell(g.table3, "requests.granted.2")).toMatchObject({ text: "", classes: ["nb-value", "nb-blank"] });
    expect(cell(g.table3, "requests.granted.3")).toMatchObject({ text: "abc", classes: ["nb-value", "nb-invalid"] });
    expect(cell(g.table2, "proactive.fees.amount").text).toBe("7730.2849");
  });

  it("puts each 注 under the table it names or whose rule it acknowledges, one line, with its path", () => {
    expect(g.table4.notes).toEqual([
      { kind: "note", text: "注：含上年度 结转数量。", rowSpan: 1, colSpan: 1, path: "notes.0", classes: ["nb-note"] },
    ]);
    expect(g.table3.notes.map((n) => [n.text, n.path])).toEqual([["注：表三的说明。", "notes.1"]]);
    // An empty 说明 prints nothing; one naming no table is not under any.
    expect(g.table2.notes).toEqual([]);
  });
});
