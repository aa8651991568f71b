import { describe, expect, it } from "vitest";
import { readReport } from "../src/index.js";
import { buildYaml } from "@nianbao/test-support/build";

describe("readReport", () => {
  it("reads a complete zero report without observations", () => {
    const read = readReport(buildYaml());
    expect(read.observations).toEqual([]);
    expect(Object.keys(read.report.requests)).toHaveLength(25);
    expect(read.report.litigation.review.map((c) => c.value)).toEqual([0, 0, 0, 0, 0]);
  });

  it("maps every table 三 cell to its source text", () => {
    const text = buildYaml({ t3: { 予以公开: [1, 2, 3, 4, 5, 6, 21] } });
    const read = readReport(text);
    const r = read.sourceMap.get("requests.granted.6")!.value!;
    expect(text.slice(r.start, r.end)).toBe("21");
  });

  it("reads a 2019 report's own rows", () => {
    const read = readReport(buildYaml({ format: 2019, year: 2020 }));
    expect(read.observations).toEqual([]);
    expect(read.report.requests.otherHandling).toHaveLength(7);
  });
});
