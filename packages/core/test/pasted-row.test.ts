import { describe, expect, it } from "vitest";
import { pastedRowYaml } from "../src/index.js";

describe("pastedRowYaml", () => {
  it("turns a tab-separated row, with or without its line end, into a YAML row", () => {
    expect(pastedRowYaml("3\t1\t0\t0\t1\t0\t5", 7)).toBe("[3, 1, 0, 0, 1, 0, 5]");
    expect(pastedRowYaml("3\t1\t0\t0\t1\t0\t5\r\n", 7)).toBe("[3, 1, 0, 0, 1, 0, 5]");
    expect(pastedRowYaml("2\t0\t0\t1\t3\n", 5)).toBe("[2, 0, 0, 1, 3]");
  });

  it("drops the row label copied in front of the numbers", () => {
    expect(pastedRowYaml("一、本年新收政府信息公开申请数量\t3\t1\t0\t0\t1\t0\t5", 7)).toBe("[3, 1, 0, 0, 1, 0, 5]");
    expect(pastedRowYaml("行政复议\t2\t0\t0\t1\t3", 5)).toBe("[2, 0, 0, 1, 3]");
  });

  it("reads full-width digits and thousands separators as the numbers they are", () => {
    expect(pastedRowYaml("３\t１\t０\t０\t１\t０\t５", 7)).toBe("[3, 1, 0, 0, 1, 0, 5]");
    expect(pastedRowYaml("1,234\t0\t0\t0\t0\t2\t1,236", 7)).toBe("[1234, 0, 0, 0, 0, 2, 1236]");
  });

  it("keeps placeholders and blank cells as written rather than making them 0", () => {
    expect(pastedRowYaml("3\t—\t0\t\t1\t0\t4", 7)).toBe('[3, "—", 0, "", 1, 0, 4]');
  });

  it("ignores the empty cell a trailing tab adds", () => {
    expect(pastedRowYaml("3\t1\t0\t0\t1\t0\t5\t\n", 7)).toBe("[3, 1, 0, 0, 1, 0, 5]");
  });

  it("refuses what is not one row of the row's width", () => {
    expect(pastedRowYaml("3 1 0 0 1 0 5", 7)).toBeNull();
    expect(pastedRowYaml("3\t1\t0\t0\t1\t5", 7)).toBeNull();
    expect(pastedRowYaml("3\t1\t0\t0\t1\t0\t5\n2\t0\t0\t0\t0\t0\t2", 7)).toBeNull();
    expect(pastedRowYaml("3\t1\t0\t0\t1\t0\tfive", 7)).toBeNull();
  });
});
