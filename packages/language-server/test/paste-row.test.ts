import { describe, expect, it } from "vitest";
import { createCache } from "../src/service/cache.js";
import { pasteAsRow } from "../src/service/paste-row.js";
import { buildYaml } from "../../core/test/support/build.js";

const ROW = "3\t1\t0\t0\t1\t0\t5\r\n";

/** Pastes over the text between the two ‸ of `marked` (or at its one ‸). */
function paste(marked: string, pasted: string): string | null {
  const start = marked.indexOf("‸");
  const second = marked.indexOf("‸", start + 1);
  const text = marked.replace(/‸/gu, "");
  const end = second < 0 ? start : second - 1;
  return pasteAsRow(text, start, end, pasted, createCache());
}

describe("pasteAsRow", () => {
  const text = buildYaml();

  it("turns a row copied from Excel into a table 三 row when it replaces the selected row", () => {
    expect(paste(text.replace(/(本年新收: )(\[[^\]]*\])/u, "$1‸$2‸"), ROW)).toBe("[3, 1, 0, 0, 1, 0, 5]");
  });

  it("uses the width of the row it lands on: 5 in table 四, with the label dropped", () => {
    expect(paste(text.replace(/(行政复议: *)(\[[^\]]*\])/u, "$1‸$2‸"), "行政复议\t2\t0\t0\t1\t3")).toBe(
      "[2, 0, 0, 1, 3]",
    );
  });

  it("turns it after a key whose value is empty, keeping a comment after the cursor", () => {
    expect(paste(text.replace(/(本年新收: )\[[^\]]*\]/u, "$1‸  # 从 Excel"), ROW)).toBe("[3, 1, 0, 0, 1, 0, 5]");
  });

  it("keeps the key when the whole row, key included, is replaced by a row copied with its label", () => {
    expect(
      paste(
        text.replace(/(\n {2})(本年新收: \[[^\]]*\])/u, "$1‸$2‸"),
        "一、本年新收政府信息公开申请数量\t3\t1\t0\t0\t1\t0\t5\r\n",
      ),
    ).toBe("本年新收: [3, 1, 0, 0, 1, 0, 5]");
    // Part of the key only: not a row's place.
    expect(paste(text.replace(/(\n {2}本年)(新收: \[[^\]]*\])/u, "$1‸$2‸"), ROW)).toBeNull();
  });

  it("leaves every other paste as copied", () => {
    // Inside a row that stays: the figures around the cursor would be mixed with the paste.
    expect(paste(text.replace(/本年新收: \[0/u, "本年新收: [‸0"), ROW)).toBeNull();
    // Not a row's value: a key, prose, a row of the wrong width.
    expect(paste(text.replace(/\n {2}本年新收/u, "\n  ‸本年新收"), ROW)).toBeNull();
    expect(paste(text.replace(/(机关: )/u, "$1‸"), ROW)).toBeNull();
    expect(paste(text.replace(/(行政复议: *)(\[[^\]]*\])/u, "$1‸$2‸"), ROW)).toBeNull();
    expect(paste(text.replace(/(本年新收: )(\[[^\]]*\])/u, "$1‸$2‸"), "3 1 0 0 1 0 5")).toBeNull();
  });
});
