import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkAgainstPreviousYear, FORMS, parseReport, readReport, type Cell } from "@nianbao/core";
import { buildYaml, folderWith, nianbao, removeFolder } from "./support/run.js";

const PROBLEMS = [
  "一是政策解读形式有待丰富；二是依申请办件质量需进一步提升。",
  "",
  "针对上年问题，已加强培训并丰富了解读形式。",
];

// A consistent 2023 report with something to carry: 结转下年度 in several columns and a 现行有效 stock.
const last = buildYaml({
  agency: "测试市测试局",
  year: 2023,
  t2: {
    规章: { 本年制发: 1, 本年废止: 0, 现行有效: 12 },
    行政规范性文件: { 本年制发: 6, 本年废止: 1, 现行有效: 32 },
    行政许可: 88,
  },
  t3: {
    本年新收: [40, 3, 1, 0, 2, 1, 47],
    予以公开: [30, 2, 0, 0, 1, 0, 33],
    总计: [30, 2, 0, 0, 1, 0, 33],
    结转下年度: [10, 1, 1, 0, 1, 1, 14],
  },
  t4: { 行政复议: [1, 0, 0, 1, 2] },
  problems: PROBLEMS.join("\n"),
});

const values = (cells: readonly Cell[] | undefined) => cells?.map((c) => c.value);
/** The prose warnings an empty new report draws, and nothing else. */
const PROSE_RULES = new Set(["NAR-SEC1-PARTS", "NAR-SEC5-NONEMPTY", "NAR-SEC6-FEE", "META-CONTACT"]);

describe("nianbao new", () => {
  let dir: string;
  beforeAll(() => {
    dir = folderWith({ "2023.nianbao.yaml": last, "exists.nianbao.yaml": "格式: 2021\n" });
  });
  afterAll(() => removeFolder(dir));

  it("carries 上年结转 (all 7 columns) and 现行有效 over from last year's report; every other cell 0, the prose empty", () => {
    const r = nianbao(["new", "--from", "2023.nianbao.yaml", "-o", "2024.nianbao.yaml"], dir);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe("已写入 2024.nianbao.yaml\n");
    const text = readFileSync(join(dir, "2024.nianbao.yaml"), "utf8");
    const previous = readReport(last).report;
    const { report, findings } = parseReport(text);
    expect(report.agency).toBe("测试市测试局");
    expect(report.year).toBe(2024);
    expect(report.format).toBe(2021);
    expect(values(report.requests.carriedIn)).toEqual(values(previous.requests.carriedOut));
    expect(values(report.requests.carriedIn)).toEqual([10, 1, 1, 0, 1, 1, 14]);
    expect(report.proactive.regulations!.valid!.value).toBe(12);
    expect(report.proactive.normativeDocuments!.valid!.value).toBe(32);
    expect(report.proactive.normativeDocuments!.made!.value).toBe(0);
    expect(report.proactive.licensing!.decisions!.value).toBe(0);
    for (const [id, cells] of Object.entries(report.requests))
      if (id !== "carriedIn") expect(values(cells), id).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(values(report.litigation.review)).toEqual([0, 0, 0, 0, 0]);
    expect(report.problems).toBe("");
    expect(report.other).toBe("");
    expect(Object.values(report.overview.topics).every((t) => t === "")).toBe(true);
    // It reads as a report. Besides the warnings that ask for the prose, the only finding is S1
    // (T3-IDENTITY): where the applications carried in went this year (results or 结转下年度) is for
    // the author to enter, and nothing is invented for them. While the results are all 0 that is one
    // note saying so, not an error per column.
    const others = findings.filter((f) => !PROSE_RULES.has(f.code));
    expect(others.map((f) => [f.code, f.severity])).toEqual([["T3-IDENTITY", "info"]]);
    expect(others[0]!.message).toContain("「二、上年结转政府信息公开申请数量」 14 件，「三、本年度办理结果」尚未填写");
    expect(findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(findings.some((f) => f.code === "NAR-SEC5-NONEMPTY")).toBe(true);
    // Against last year's, the carry-over and the stock agree (the cross-year checks of both).
    const crossYear = checkAgainstPreviousYear(parseReport(text), parseReport(last)).map((f) => f.code);
    expect(crossYear).not.toContain("XY-CARRY");
    expect(crossYear).not.toContain("T2-STOCKFLOW");
    // (which do fire on a carry-over that was not taken over)
    const notCarried = text.replace(/上年结转: +\[10, +1, +1, +0, +1, +1, +14\]/u, "上年结转: [0, 0, 0, 0, 0, 0, 0]");
    expect(notCarried).not.toBe(text);
    expect(checkAgainstPreviousYear(parseReport(notCarried), parseReport(last)).map((f) => f.code)).toContain(
      "XY-CARRY",
    );
  });

  it("quotes last year's 存在问题及改进 as comments under the empty section, copying nothing into the report", () => {
    const text = nianbao(["new", "--from", "2023.nianbao.yaml"], dir).stdout;
    const key = FORMS[2021].sections.find((s) => s.id === "problems")!.key;
    const lines = text.split("\n");
    const at = lines.indexOf(`${key}: |`);
    expect(at).toBeGreaterThan(0);
    // Below the section's (empty) block, where a '#' line is a comment and not text of the report.
    expect(lines.slice(at + 1, at + 6)).toEqual([
      "  ",
      "# 上年度报告的“存在的主要问题及改进情况”如下，供撰写本年度改进情况时对照（注释不属于报告内容）：",
      `# > ${PROBLEMS[0]}`,
      "# >",
      `# > ${PROBLEMS[2]}`,
    ]);
    expect(parseReport(text).report.problems).toBe("");
    expect(
      text
        .split("\n")
        .filter((l) => l.includes(PROBLEMS[0]!))
        .every((l) => l.trimStart().startsWith("#")),
    ).toBe(true);
    const en = nianbao(["new", "--from", "2023.nianbao.yaml", "--locale", "en"], dir).stdout;
    expect(en).toContain(
      "# Last year's 存在的主要问题及改进情况, to answer in this year's text (comments are not part of the report):\n",
    );
  });

  it("takes --agency and --year over last year's", () => {
    const text = nianbao(
      ["new", "--from", "2023.nianbao.yaml", "--agency", "测试市新测试局", "--year", "2025"],
      dir,
    ).stdout;
    const { report } = parseReport(text);
    expect(report.agency).toBe("测试市新测试局");
    expect(report.year).toBe(2025);
    expect(values(report.requests.carriedIn)).toEqual([10, 1, 1, 0, 1, 1, 14]);
    expect(text.split("\n")[0]).toBe("# 测试市新测试局2025年政府信息公开工作年度报告");
  });

  it("writes a blank report without --from: every cell 0, the form following the year", () => {
    const r = nianbao(["new", "--agency", "测试局", "--year", "2025"], dir);
    expect(r.status).toBe(0);
    const { report, findings, read } = parseReport(r.stdout);
    expect(read.observations).toEqual([]);
    expect([report.agency, report.year, report.format]).toEqual(["测试局", 2025, 2021]);
    expect(values(report.requests.carriedIn)).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(findings.filter((f) => !PROSE_RULES.has(f.code))).toEqual([]);
    const old = parseReport(nianbao(["new", "--year", "2020"], dir).stdout).report;
    expect(old.format).toBe(2019);
    expect(values(old.requests.otherHandling)).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(parseReport(nianbao(["new", "--format", "2019"], dir).stdout).report.format).toBe(2019);
  });

  it("never replaces an existing file unless --force is given", () => {
    const r = nianbao(["new", "-o", "exists.nianbao.yaml"], dir);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe("nianbao：exists.nianbao.yaml 已存在，未覆盖；如要覆盖请加 --force\n");
    expect(readFileSync(join(dir, "exists.nianbao.yaml"), "utf8")).toBe("格式: 2021\n");
    writeFileSync(join(dir, "replace.nianbao.yaml"), "old");
    expect(nianbao(["new", "-o", "replace.nianbao.yaml", "--force"], dir).status).toBe(0);
    expect(readFileSync(join(dir, "replace.nianbao.yaml"), "utf8")).toContain("依申请公开:");
  });

  it("exits 2 on usage errors, with one line on stderr", () => {
    const cases: [string[], string][] = [
      [
        ["new", "2023.nianbao.yaml"],
        "nianbao：nianbao new 不接受参数“2023.nianbao.yaml”（上年度报告请用 --from 指定）（运行 nianbao new --help 查看用法）",
      ],
      [
        ["new", "--year", "24"],
        "nianbao：--year 的值“24”无效，应为四位数的年度，如 2025（运行 nianbao new --help 查看用法）",
      ],
      [
        ["new", "--year", "2020", "--format", "2021"],
        "nianbao：2020 年度的报告应使用 2019 格式（2019、2020 年度用 2019 试行格式，2021 年度起用 2021 格式），与 --format 2021 不符（运行 nianbao new --help 查看用法）",
      ],
      [
        ["new", "--from", "2023.nianbao.yaml", "--format", "2019"],
        "nianbao：--format 不能与 --from 同用：新报告的格式由年度决定（2019、2020 年度用 2019 试行格式，2021 年度起用 2021 格式）（运行 nianbao new --help 查看用法）",
      ],
      [["new", "--from", "gone.nianbao.yaml"], "nianbao：找不到文件或文件夹：gone.nianbao.yaml"],
    ];
    for (const [args, line] of cases) {
      const r = nianbao(args, dir);
      expect(r.status, args.join(" ")).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr).toBe(`${line}\n`);
    }
  });

  it("explains itself with --help, and the main help lists new", () => {
    expect(nianbao(["new", "--help"], dir).stdout).toContain("用法：nianbao new [选项]");
    expect(nianbao(["--help"], dir).stdout).toMatch(/^ {2}new {2,}新建报告/m);
  });
});
