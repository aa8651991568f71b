import { describe, expect, it } from "vitest";
import { applyEdits } from "../src/index.js";

describe("applyEdits", () => {
  it("keeps CRLF line ends in what an edit inserts", () => {
    expect(applyEdits("a\r\nb\r\n", [{ range: { start: 0, end: 0 }, newText: "格式: 2021\n" }])).toBe(
      "格式: 2021\r\na\r\nb\r\n",
    );
    expect(
      applyEdits("ab", [
        { range: { start: 1, end: 2 }, newText: "B" },
        { range: { start: 0, end: 0 }, newText: ">" },
      ]),
    ).toBe(">aB");
  });
});
