/**
 * A folder of several years: the ranked cuts of a row the import could not read agree with last
 * year's report when the same run imported it (农业农村局 2023's 「4920」: last year 现行有效 25, and
 * 25 + 4 − 9 = 20 puts the published 4 9 20 first).
 */
import { describe, expect, it } from "vitest";
import { asFlattened } from "@nianbao/test-support/published";
import { foldersRemovedAfterEach, nianbao } from "./support/run.js";

const folder = foldersRemovedAfterEach();

const agency = "测试市农业农村局";
const y2022 = asFlattened({ agency, year: 2022, t2: { normativeDocuments: [0, 0, 25] } });
const y2023 = asFlattened({ agency, year: 2023, t2: { normativeDocuments: [4, 9, 20] } });

interface Imported {
  source: { file: string };
  findings: { path: string | null; cuts?: number[][] }[];
}
const cutsOf = (out: string, file: string) =>
  (JSON.parse(out) as Imported[])
    .find((i) => i.source.file.endsWith(file))!
    .findings.find((f) => f.path === "proactive.normativeDocuments" && f.cuts)!.cuts!;

describe("nianbao import <folder> with last year's report", () => {
  it("ranks first the cut that continues last year", () => {
    const r = nianbao(
      ["import", ".", "--format", "json"],
      folder({ "nongye-2022.txt": y2022, "nongye-2023.txt": y2023 }),
    );
    expect(cutsOf(r.stdout, "nongye-2023.txt")[0]).toEqual([4, 9, 20]);
  });

  it("without it, magnitudes alone rank another cut first", () => {
    const r = nianbao(["import", ".", "--format", "json"], folder({ "nongye-2023.txt": y2023 }));
    const cuts = cutsOf(r.stdout, "nongye-2023.txt");
    expect(cuts[0]).not.toEqual([4, 9, 20]);
    expect(cuts).toContainEqual([4, 9, 20]);
  });
});
