import { describe, expect, it } from "vitest";
import { reportYearDue } from "../src/index.js";

describe("reportYearDue", () => {
  it("is last year's report from January to June, this year's from July to December", () => {
    expect(reportYearDue(new Date(2026, 0, 1))).toBe(2025);
    expect(reportYearDue(new Date(2026, 0, 31))).toBe(2025);
    expect(reportYearDue(new Date(2026, 5, 30, 23, 59))).toBe(2025);
    expect(reportYearDue(new Date(2026, 6, 1))).toBe(2026);
    expect(reportYearDue(new Date(2026, 11, 6))).toBe(2026);
  });
});
