import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkReports, type ReportInput } from "../src/check/run.js";
import { IN_PROCESS_BELOW } from "../src/check/batch.js";
import { toJson } from "../src/output/json.js";
import { summarize } from "../src/output/summary.js";
import { formatText } from "../src/output/text.js";
import { consistentT3 } from "@nianbao/test-support/tables";
import { buildYaml, folderWith, nianbao, removeFolder } from "./support/run.js";

/**
 * `nianbao check` over a batch large enough to use worker threads: the output is the same byte for
 * byte with one thread, two threads and the default, in text and JSON, and the same as checking
 * the reports in one process; cross-year pairing still sees every report.
 */

const AGENCIES = 40;

/** A deterministic corpus: agencies with one or two consecutive years, some reports with errors. */
function corpus(): Record<string, string> {
  let seed = 7;
  const rnd = (n: number) => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  const files: Record<string, string> = {};
  for (let a = 0; a < AGENCIES; a++) {
    const agency = `测试市第${a + 1}局`;
    const years = a % 3 === 0 ? [2022, 2023] : a % 3 === 1 ? [2023, 2022] : [2023];
    let carried = [0, 0, 0, 0, 0, 0];
    for (const year of years.sort()) {
      const granted = [rnd(30), rnd(3), 0, 0, rnd(2), 0];
      const carriedOut = [1 + rnd(4), 0, 0, 0, 0, 0];
      const t3 = consistentT3({ results: { 予以公开: granted }, carriedIn: carried, carriedOut });
      // Every fifth report gets a wrong total; every seventh forgets what it carried in.
      if ((a + year) % 5 === 0) t3["予以公开"]![6]! += 1;
      if (a % 7 === 0 && year === 2023) t3["上年结转"] = [0, 0, 0, 0, 0, 0, 0];
      carried = carriedOut;
      const t4 = { 行政复议: [rnd(3), 0, 0, 0, 0] };
      t4.行政复议[4] = t4.行政复议[0]! + (a % 11 === 0 ? 1 : 0);
      files[`${year}/机关${String(a).padStart(2, "0")}.nianbao.yaml`] = buildYaml({
        agency,
        year,
        t3,
        t4,
        publishedOn: `${year + 1}-01-${10 + rnd(15)}`,
      });
    }
  }
  // Agency by agency, both years side by side: a run of files compares them while it reads them.
  for (let a = 0; a < 12; a++) {
    const agency = `测试县第${a + 1}局`;
    const carriedOut = [1 + rnd(3), 0, 0, 0, 0, 0];
    files[`按机关/${agency}/2022.nianbao.yaml`] = buildYaml({
      agency,
      year: 2022,
      t3: consistentT3({ results: { 予以公开: [rnd(9), 0, 0, 0, 0, 0] }, carriedOut }),
    });
    const carriedIn = a % 4 === 0 ? [0, 0, 0, 0, 0, 0] : carriedOut;
    files[`按机关/${agency}/2023.nianbao.yaml`] = buildYaml({
      agency,
      year: 2023,
      t3: consistentT3({ results: { 予以公开: [carriedIn[0]! + rnd(9), 0, 0, 0, 0, 0] }, carriedIn }),
    });
  }
  // A typo in last year's name: not paired, but named as a likely previous year (XY-UNPAIRED).
  files["按机关/测试县第13局/2022.nianbao.yaml"] = buildYaml({ agency: "测式县第13局", year: 2022 });
  files["按机关/测试县第13局/2023.nianbao.yaml"] = buildYaml({ agency: "测试县第13局", year: 2023 });
  // An earlier file for the same agency and year: pairing over all the inputs takes it, not the
  // report beside 2023, so the comparison made within the run must give way.
  files["0-先列/测试县第2局.nianbao.yaml"] = buildYaml({
    agency: "测试县第2局",
    year: 2022,
    t3: consistentT3({ results: { 予以公开: [5, 0, 0, 0, 0, 0] }, carriedOut: [4, 0, 0, 0, 0, 0] }),
  });
  return files;
}

describe("nianbao check in batches", () => {
  let dir: string;
  let files: Record<string, string>;
  beforeAll(() => {
    files = corpus();
    dir = folderWith(files);
  });
  afterAll(() => removeFolder(dir));

  it("the corpus is a batch: more files than stay in process, with cross-year pairs", () => {
    expect(Object.keys(files).length).toBeGreaterThanOrEqual(IN_PROCESS_BELOW);
  });

  it("prints the same JSON and text with one thread, two threads and the default", { timeout: 120_000 }, () => {
    for (const format of ["json", "text"]) {
      const runs = [["--jobs", "1"], ["--jobs", "2"], ["-j", "3"], []].map((jobs) =>
        nianbao(["check", "--format", format, ...jobs, "."], dir),
      );
      for (const r of runs) {
        expect(r.stderr).toBe("");
        expect(r.status).toBe(1);
        expect(r.stdout).toBe(runs[0]!.stdout);
      }
    }
  });

  it(
    "gives what checking every report in one process gives, cross-year findings included",
    { timeout: 120_000 },
    () => {
      const names = Object.keys(files).sort();
      const inputs: ReportInput[] = names.map((file) => ({ file, text: readFileSync(join(dir, file), "utf8") }));
      // The same day as the spawned runs: the timeliness rules compare with today.
      const reports = checkReports(inputs, { today: new Date().toISOString().slice(0, 10) });
      const json = nianbao(["check", "--format", "json", "--jobs", "2", "."], dir);
      expect(json.stdout).toBe(JSON.stringify(toJson(reports, summarize(reports)), null, 2) + "\n");
      const text = nianbao(["check", "--jobs", "2", "."], dir);
      expect(text.stdout).toBe(formatText(reports, summarize(reports), "zh-CN"));

      // Pairing saw reports handed to different threads: each 2023 report with a 2022 one was compared.
      const out = JSON.parse(json.stdout) as {
        reports: { file: string; findings: { code: string; related: { file?: string }[] }[] }[];
      };
      const carry = out.reports.flatMap((r) =>
        r.findings.filter((f) => f.code === "XY-CARRY").map((f) => ({ file: r.file, previous: f.related[0]?.file })),
      );
      expect(carry.length).toBeGreaterThan(0);
      const byFile = new Map(reports.map((r) => [r.file, r]));
      for (const c of carry) expect(c.previous).toBe(byFile.get(c.file)!.previousFile);
      expect(byFile.get("按机关/测试县第2局/2023.nianbao.yaml")!.previousFile).toBe("0-先列/测试县第2局.nianbao.yaml");
      expect(carry.some((c) => c.previous === "0-先列/测试县第2局.nianbao.yaml")).toBe(true);
      expect(carry.some((c) => c.file.startsWith("按机关/") && c.previous === c.file.replace(/2023/, "2022"))).toBe(
        true,
      );
      const years = (n: string) =>
        (n.startsWith("2023/") && files[n.replace(/^2023/, "2022")]) ||
        (n.startsWith("按机关/") && n.endsWith("2023.nianbao.yaml"));
      expect(reports.filter((r) => r.previousFile !== null)).toHaveLength(names.filter(years).length - 1);
      const unpaired = out.reports.filter((r) => r.findings.some((f) => f.code === "XY-UNPAIRED")).map((r) => r.file);
      expect(unpaired).toEqual(["按机关/测试县第13局/2023.nianbao.yaml"]);
    },
  );

  it("refuses a --jobs that is not a whole number from 1", () => {
    for (const value of ["0", "-1", "two", "1.5", ""]) {
      const r = nianbao(["check", "--jobs", value, "."], dir);
      expect(r.status).toBe(2);
      expect(r.stderr).toBe(
        `nianbao：--jobs 的值“${value}”无效，应为不小于 1 的整数（运行 nianbao check --help 查看用法）\n`,
      );
    }
    const en = nianbao(["check", "-j", "0", "."], dir, { LANG: "en_US.UTF-8" });
    expect(en.stderr).toBe(
      'nianbao: invalid --jobs "0"; write a whole number from 1 (run nianbao check --help for usage)\n',
    );
  });
});
