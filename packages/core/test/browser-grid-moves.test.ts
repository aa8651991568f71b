import { describe, expect, it } from "vitest";
import { buildYaml } from "@nianbao/test-support/build";
import { readReport, reportGrids, type TableGrid } from "../src/index.js";
import {
  activatesCell,
  gridMoveForKey,
  layoutSlots,
  moveInGrid,
  type GridMove,
  type KeyPress,
} from "../src/browser/grid-moves.js";

/**
 * The keyboard's moves on the official tables as the renderer lays them out: the grids of a real
 * report (the same rows, spans and data paths the HTML carries), with the cells a page makes
 * focusable, those that carry a data path.
 */

const GRIDS = reportGrids(readReport(buildYaml()).report);
const GRIDS_2019 = reportGrids(readReport(buildYaml({ format: 2019, year: 2020 })).report);

/** Walks a table from a cell by a list of moves, as a page does with `moveInGrid`, and names where it lands. */
function walker(grid: TableGrid) {
  const slots = layoutSlots(grid.rows.map((r) => r.cells));
  const cells = grid.rows.flatMap((r, i) =>
    r.cells.flatMap((c, j) => (c.path === undefined ? [] : [{ path: c.path, slot: slots[i]![j]! }])),
  );
  const index = (path: string) => {
    const i = cells.findIndex((c) => c.path === path);
    if (i < 0) throw new Error(`no cell ${path}`);
    return i;
  };
  return (from: string, ...moves: GridMove[]) =>
    cells[
      moves.reduce(
        (i, m) =>
          moveInGrid(
            cells.map((c) => c.slot),
            i,
            m,
          ),
        index(from),
      )
    ]!.path;
}

const key = (k: string, mods: Partial<KeyPress> = {}): KeyPress => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...mods,
});

describe("the keys of the grid pattern", () => {
  it("maps arrows, Home and End to moves within a row, Ctrl (⌘) + Home and End to the table's ends", () => {
    expect(
      ["ArrowLeft", "ArrowRight", "ArrowUp", "ArrowDown", "Home", "End"].map((k) => gridMoveForKey(key(k))),
    ).toEqual(["left", "right", "up", "down", "rowStart", "rowEnd"]);
    expect(gridMoveForKey(key("Home", { ctrlKey: true }))).toBe("first");
    expect(gridMoveForKey(key("End", { ctrlKey: true }))).toBe("last");
    expect(gridMoveForKey(key("End", { metaKey: true }))).toBe("last");
  });

  it("leaves Tab, letters, and chords with Alt, Shift or Ctrl+arrow to the browser and the screen reader", () => {
    for (const k of [key("Tab"), key("a"), key("ArrowDown", { altKey: true }), key("Home", { shiftKey: true })])
      expect(gridMoveForKey(k)).toBeNull();
    expect(gridMoveForKey(key("ArrowLeft", { ctrlKey: true }))).toBeNull();
  });

  it("activates a cell with Enter and Space, not with a chord", () => {
    expect(activatesCell(key("Enter"))).toBe(true);
    expect(activatesCell(key(" "))).toBe(true);
    expect(activatesCell(key("Enter", { ctrlKey: true }))).toBe(false);
    expect(activatesCell(key(" ", { shiftKey: true }))).toBe(false);
    expect(activatesCell(key("ArrowDown"))).toBe(false);
  });
});

describe("where a cell sits", () => {
  it("skips the slots a rowspan from above still holds, as the HTML table model does", () => {
    // | a (2 rows) | b | c |      a covers two rows, so d starts in the second column.
    // |            | d (2 cols) |
    expect(
      layoutSlots([
        [
          { colSpan: 1, rowSpan: 2 },
          { colSpan: 1, rowSpan: 1 },
          { colSpan: 1, rowSpan: 1 },
        ],
        [{ colSpan: 2, rowSpan: 1 }],
      ]),
    ).toEqual([
      [
        { row: 0, col: 0, colSpan: 1, rowSpan: 2 },
        { row: 0, col: 1, colSpan: 1, rowSpan: 1 },
        { row: 0, col: 2, colSpan: 1, rowSpan: 1 },
      ],
      [{ row: 1, col: 1, colSpan: 2, rowSpan: 1 }],
    ]);
  });
});

describe("moving where no cell stands straight above or below", () => {
  // | a | b | c |     c is a header: up from e (column 2) finds no cell over its column, so it
  // |   d   | e |     goes to the nearest cell of the row above, b; d covers a and b, and
  // | f (3 cols) |     goes to the left one, a.
  const slots = layoutSlots([
    [
      { colSpan: 1, rowSpan: 1 },
      { colSpan: 1, rowSpan: 1 },
      { colSpan: 1, rowSpan: 1 },
    ],
    [
      { colSpan: 2, rowSpan: 1 },
      { colSpan: 1, rowSpan: 1 },
    ],
    [{ colSpan: 3, rowSpan: 1 }],
  ]).flat();
  const [a, b, , d, e, f] = [0, 1, 2, 3, 4, 5];
  const focusable = [a, b, d, e, f].map((i) => slots[i]!);
  const at = (i: number) => focusable.indexOf(slots[i]!);

  it("goes to the nearest cell of the nearest row, the left one on a tie", () => {
    expect(moveInGrid(focusable, at(d), "up")).toBe(at(a));
    expect(moveInGrid(focusable, at(e), "up")).toBe(at(b));
    expect(moveInGrid(focusable, at(e), "down")).toBe(at(f));
    expect(moveInGrid(focusable, at(f), "up")).toBe(at(d));
    expect(moveInGrid(focusable, at(b), "right")).toBe(at(b));
    expect(moveInGrid(focusable, at(d), "right")).toBe(at(e));
  });

  it("stays put at the edges and on an unknown index", () => {
    expect(moveInGrid(focusable, at(a), "up")).toBe(at(a));
    expect(moveInGrid(focusable, at(f), "down")).toBe(at(f));
    expect(moveInGrid(focusable, 99, "down")).toBe(99);
    expect(moveInGrid([], 0, "first")).toBe(0);
  });
});

describe("moving in table 三 (依申请), with its group labels spanning rows", () => {
  const go = walker(GRIDS.table3);

  it("goes left and right along a row, stopping at its ends", () => {
    expect(go("requests.new.0", "right")).toBe("requests.new.1");
    expect(go("requests.new.0", "left")).toBe("requests.new");
    expect(go("requests.new", "left")).toBe("requests.new");
    expect(go("requests.new.6", "right")).toBe("requests.new.6");
  });

  it("goes up and down by column, from the header-less first row to the last", () => {
    expect(go("requests.new.3", "down")).toBe("requests.carriedIn.3");
    expect(go("requests.carriedIn.3", "up")).toBe("requests.new.3");
    expect(go("requests.new.3", "up")).toBe("requests.new.3");
    expect(go("requests.carriedOut.3", "down")).toBe("requests.carriedOut.3");
    expect(go("requests.granted.6", "down", "down", "down")).toBe("requests.prohibitedByLaw.6");
  });

  it("reaches a group's label from each of its rows, and leaves it below the group", () => {
    // （三）不予公开 spans its eight rows, inside 三、本年度办理结果 which spans them all.
    expect(go("requests.prohibitedByLaw.0", "left", "left")).toBe("requests.withheld");
    expect(go("requests.prohibitedByLaw.0", "left", "left", "left")).toBe("requests.results");
    expect(go("requests.queryMatter.4", "rowStart")).toBe("requests.results");
    expect(go("requests.withheld", "right")).toBe("requests.stateSecret");
    expect(go("requests.withheld", "down")).toBe("requests.unavailable");
    expect(go("requests.withheld", "up")).toBe("requests.partlyGranted");
    expect(go("requests.results", "down")).toBe("requests.carriedOut");
    // Up from a row label under a group: the label above it, not the group's.
    expect(go("requests.partlyGranted", "up")).toBe("requests.granted");
  });

  it("goes to the row's ends with Home and End, and to the table's with Ctrl+Home and Ctrl+End", () => {
    expect(go("requests.total.2", "rowEnd")).toBe("requests.total.6");
    expect(go("requests.total.2", "rowStart")).toBe("requests.results");
    expect(go("requests.total.2", "first")).toBe("requests.new");
    expect(go("requests.new", "last")).toBe("requests.carriedOut.6");
  });
});

describe("moving in tables 二 and 四, with cells spanning columns", () => {
  it("goes up and down table 二 over the blank caption and header rows, to the column's cell", () => {
    const go = walker(GRIDS.table2);
    expect(go("proactive.regulations.repealed", "down")).toBe("proactive.normativeDocuments.repealed");
    // 行政许可's one figure spans three columns: the column is inside it.
    expect(go("proactive.normativeDocuments.valid", "down")).toBe("proactive.licensing.decisions");
    expect(go("proactive.licensing.decisions", "up")).toBe("proactive.normativeDocuments.made");
    expect(go("proactive.licensing", "down", "down")).toBe("proactive.coercion");
  });

  it("goes from table 四's block headers down to their first figure and back", () => {
    const go = walker(GRIDS.table4);
    expect(go("litigation.litigationDirect", "down")).toBe("litigation.litigationDirect.0");
    expect(go("litigation.review.2", "up")).toBe("litigation.review");
    expect(go("litigation.litigationAfterReview.3", "up")).toBe("litigation.litigationAfterReview");
    expect(go("litigation.review", "right")).toBe("litigation.review");
    expect(go("litigation.review.0", "rowEnd")).toBe("litigation.litigationAfterReview.4");
  });

  it("works the same on the 2019 form, whose table 二 sits on a wider grid", () => {
    const go = walker(GRIDS_2019.table2);
    const first = GRIDS_2019.table2.rows.flatMap((r) => r.cells).find((c) => c.kind === "value")!.path!;
    const row = first.split(".").slice(0, 2).join(".");
    expect(go(first, "left")).toBe(row);
    expect(go(row, "right")).toBe(first);
    expect(go(first, "rowEnd")).not.toBe(first);
  });
});
