import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readReport, renderReportPage, unreadableParts } from "@nianbao/core";
import { REPORTS_FOLDER, ServiceHost } from "../src/worker/service-host.js";

/** The worker's host of the language service, run in Node on the repository's real reports. */

const example = (name: string) =>
  readFileSync(new URL(`../../../examples/${name}.nianbao.yaml`, import.meta.url), "utf8");
const uri = (name: string) => `${REPORTS_FOLDER}${name}.nianbao.yaml`;
const NOT_CANCELLED = { isCancellationRequested: false };
const silent = { error: (m: string) => expect.fail(m), warn: () => {}, info: () => {} };

describe("ServiceHost", () => {
  it("publishes the service's diagnostics and core's tables with the findings' cells marked", async () => {
    const host = new ServiceHost("zh-CN", silent);
    const name = "jiangsu-huaian-hongzequ-gov-2023";
    host.open(uri(name), 1, example(name));
    const p = (await host.publish(uri(name), NOT_CANCELLED))!;
    expect(p.version).toBe(1);
    const rowSums = p.diagnostics.filter((d) => d.code === "T4-ROWSUM");
    expect(rowSums.map((d) => d.range.start.line + 1)).toEqual([68, 70]);
    expect(p.html).toMatch(
      /data-path="litigation\.review\.4"[^>]*class="[^"]*nb-mark|class="[^"]*nb-mark[^"]*"[^>]*data-path="litigation\.review\.4"/,
    );
    expect(p.title).toBe("洪泽区人民政府 2023 年政府信息公开工作年度报告");
  });

  it("checks a report against last year's kept beside it (cross-year rules through the workspace)", async () => {
    const host = new ServiceHost("zh-CN", silent);
    const [last, now] = ["jiangsu-huaian-hongzequ-gov-2023", "jiangsu-huaian-hongzequ-gov-2024"];
    await host.setWorkspace([
      { uri: uri(last), text: example(last) },
      { uri: uri(now), text: example(now) },
    ]);
    host.open(uri(now), 1, example(now));
    const codes = (await host.publish(uri(now), NOT_CANCELLED))!.diagnostics.map((d) => String(d.code));
    expect(codes.filter((c) => c.startsWith("XY-")).length).toBeGreaterThan(0);
    // Without last year's report in the browser, no cross-year finding.
    await host.setWorkspace([{ uri: uri(now), text: example(now) }]);
    const alone = (await host.publish(uri(now), NOT_CANCELLED))!.diagnostics.map((d) => String(d.code));
    expect(alone.filter((c) => c.startsWith("XY-"))).toEqual([]);
  });

  it("applies incremental edits and answers for the newest version; a cancelled check publishes nothing", async () => {
    const host = new ServiceHost("zh-CN", silent);
    const name = "jiangsu-huaian-hongzequ-gov-2023";
    host.open(uri(name), 1, example(name));
    host.change(uri(name), 2, [
      { range: { start: { line: 67, character: 30 }, end: { line: 67, character: 31 } }, text: "11" },
    ]);
    const p = (await host.publish(uri(name), NOT_CANCELLED))!;
    expect(p.version).toBe(2);
    expect(p.diagnostics.filter((d) => d.code === "T4-ROWSUM")).toHaveLength(1);
    expect(await host.publish(uri(name), { isCancellationRequested: true })).toBeNull();
  });

  it("answers completion by pinyin initials, hover, quick fixes and the place of a clicked cell", async () => {
    const host = new ServiceHost("zh-CN", silent);
    host.open(uri("new"), 1, "jg");
    const list = await host.request(
      "completion",
      { uri: uri("new"), position: { line: 0, character: 2 } },
      NOT_CANCELLED,
    );
    expect(list?.items.map((i) => i.label)).toContain("机关");

    const name = "jiangsu-huaian-hongzequ-gov-2023";
    host.open(uri(name), 1, example(name));
    const line = 67;
    const hover = await host.request("hover", { uri: uri(name), position: { line, character: 4 } }, NOT_CANCELLED);
    expect(JSON.stringify(hover?.contents)).toContain("行政复议");
    const whole = { start: { line: 0, character: 0 }, end: { line: 200, character: 0 } };
    const actions = await host.request("codeActions", { uri: uri(name), range: whole }, NOT_CANCELLED);
    expect(actions?.some((a) => a.kind === "quickfix" && a.diagnostics?.some((d) => d.code === "T4-ROWSUM"))).toBe(
      true,
    );
    const at = await host.request("locate", { uri: uri(name), path: "litigation.review.4" }, NOT_CANCELLED);
    expect(at).toEqual({ start: { line, character: 30 }, end: { line, character: 31 } });
  });

  it("does the commands' core work: new report, next year's, the publishable page", () => {
    const host = new ServiceHost("zh-CN", silent);
    const made = host.tool("newReport", { agency: "测试局", year: 2019, header: "新建" });
    expect(made).toMatch(/^# .*\n# 新建\n/);
    // 2019 reports are in the 2019 trial format.
    expect(readReport(made).report).toMatchObject({ agency: "测试局", year: 2019, format: 2019 });

    const next = host.tool("nextYear", {
      text: example("jiangsu-huaian-hongzequ-gov-2024"),
      header: "结转",
      problemsHeading: "上年度的问题：",
    });
    expect(next.ok && next.year).toBe(2025);
    // Last year's problems are quoted below the empty section, as comments.
    expect(next.ok && next.text).toMatch(/\n# 上年度的问题：\n# > /);
    // A report whose carried figures cannot be read makes no next year (as `nianbao new --from`).
    const broken = host.tool("nextYear", {
      text: "格式: 2021\n年度: 2023\n依申请公开:\n  结转下年度: [1, x]\n",
      header: "",
      problemsHeading: "",
    });
    expect(broken.ok).toBe(false);

    const text = example("shanghai-city-gov-office-2025");
    const read = readReport(text);
    expect(host.tool("exportHtml", { text }).html).toBe(
      renderReportPage(read.report, { unreadable: unreadableParts(read) }),
    );
  });
});
