import { readFileSync } from "node:fs";
import { pathAtOffset, readReport } from "@nianbao/core";
import { afterEach, describe, expect, it, vi } from "vitest";
import { handleWebviewMessage, type PreviewHost } from "../src/preview/messages.js";
import { marksFromDiagnostics, previewContent, selectionForPath, type PlainDiagnostic } from "../src/preview/model.js";
import { parseFromWebview, parsePreviewState } from "../src/preview/protocol.js";
import { ScrollEcho, throttle } from "../src/preview/throttle.js";

const hongze = readFileSync(
  new URL("../../../examples/jiangsu-huaian-hongzequ-gov-2023.nianbao.yaml", import.meta.url),
  "utf8",
);
const lines = hongze.split("\n");
const reviewLine = lines.findIndex((l) => /^\s*行政复议:/.test(l));
const reviewTotalChar = lines[reviewLine]!.lastIndexOf("0");

const diagnostic = (d: Partial<PlainDiagnostic>): PlainDiagnostic => ({
  source: "nianbao",
  code: "T4-ROWSUM",
  severity: "error",
  message: "表四「行政复议」：……",
  paths: undefined,
  start: { line: reviewLine, character: reviewTotalChar },
  ...d,
});

describe("preview content", () => {
  it("renders the report with every cell's path and line, and titles the page", () => {
    const { message, read } = previewContent("file:///w/hongze.nianbao.yaml", 7, hongze, []);
    expect(message).toMatchObject({
      type: "update",
      uri: "file:///w/hongze.nianbao.yaml",
      version: 7,
      title: "洪泽区人民政府 2023 年政府信息公开工作年度报告",
    });
    expect(message.html).toContain(`data-path="litigation.review.4" data-line="${reviewLine}">0</td>`);
    expect(read.report.agency).toBe("淮安市洪泽区人民政府");
  });

  it("marks the cells of the server's diagnostics by their model paths", () => {
    const d = diagnostic({ paths: ["litigation.review.4", "litigation.review.0"] });
    const { message } = previewContent("u", 1, hongze, [d]);
    expect(message.html).toMatch(
      /<td class="nb-value nb-mark nb-mark-error" data-path="litigation\.review\.4"[^>]*title="T4-ROWSUM: 表四「行政复议」：……"/,
    );
    expect(message.html).toMatch(/<td class="nb-value nb-related" data-path="litigation\.review\.0"/);
  });

  it("finds the cell of a diagnostic that carries no paths from its position, and ignores other sources", () => {
    const read = readReport(hongze);
    const marks = marksFromDiagnostics(
      [diagnostic({}), diagnostic({ source: "yaml", paths: ["litigation.review.1"] })],
      read,
    );
    expect(marks).toEqual([
      { code: "T4-ROWSUM", severity: "error", message: "表四「行政复议」：……", paths: ["litigation.review.4"] },
    ]);
  });

  it("drops empty paths and diagnostics it cannot place", () => {
    const read = readReport(hongze);
    expect(marksFromDiagnostics([diagnostic({ paths: [""], start: { line: 0, character: 0 } })], read)).toEqual([]);
  });

  it("takes the innermost entry at an offset: the cell, not its row", () => {
    const read = readReport(hongze);
    const offset = read.lineIndex.offset({ line: reviewLine, character: reviewTotalChar });
    expect(pathAtOffset(read.sourceMap, offset)).toBe("litigation.review.4");
    expect(pathAtOffset(read.sourceMap, read.lineIndex.offset({ line: reviewLine, character: 3 }))).toBe(
      "litigation.review",
    );
  });

  it("selects a clicked cell's or field's value, a clicked label's key", () => {
    const read = readReport(hongze);
    const at = (path: string) => {
      const r = selectionForPath(read, path)!;
      return hongze.slice(r.start, r.end);
    };
    expect(at("requests.partlyGranted.0")).toBe("4");
    expect(at("meta.agency")).toBe("淮安市洪泽区人民政府");
    expect(at("requests.withheld")).toBe("不予公开");
    expect(at("litigation.review")).toBe("行政复议");
    expect(at("litigation")).toBe("复议诉讼");
    expect(selectionForPath(read, "requests.nothing.0")).toBeNull();
  });
});

describe("messages from the webview", () => {
  it("accepts the three messages and rejects anything else", () => {
    expect(parseFromWebview({ type: "ready" })).toEqual({ type: "ready" });
    expect(parseFromWebview({ type: "select", path: "requests.granted.6" })).toEqual({
      type: "select",
      path: "requests.granted.6",
    });
    expect(parseFromWebview({ type: "revealLine", line: 12 })).toEqual({ type: "revealLine", line: 12 });
    for (const bad of [
      null,
      "ready",
      {},
      { type: "select" },
      { type: "select", path: "a b" },
      { type: "select", path: "x".repeat(300) },
      { type: "revealLine", line: -1 },
      { type: "revealLine", line: 1.5 },
      { type: "eval", code: "1" },
    ])
      expect(parseFromWebview(bad)).toBeNull();
  });

  it("reads the saved state only when it names a document", () => {
    expect(parsePreviewState({ uri: "file:///a.nianbao.yaml" })).toEqual({ uri: "file:///a.nianbao.yaml" });
    expect(parsePreviewState({ uri: 3 })).toBeNull();
    expect(parsePreviewState(undefined)).toBeNull();
  });

  const host = (read = readReport(hongze)) => {
    const calls: string[] = [];
    const h: PreviewHost = {
      current: () => read,
      render: () => calls.push("render"),
      select: (r) => calls.push(`select ${hongze.slice(r.start, r.end)}@${r.start}`),
      revealLine: (l) => calls.push(`reveal ${l}`),
    };
    return { h, calls };
  };

  it("renders when the webview is ready, selects a clicked cell's value, reveals a scrolled-to line", () => {
    const { h, calls } = host();
    expect(handleWebviewMessage({ type: "ready" }, h)).toBe("render");
    expect(handleWebviewMessage({ type: "select", path: "litigation.review.0" }, h)).toBe("select");
    expect(handleWebviewMessage({ type: "revealLine", line: 40 }, h)).toBe("reveal");
    const offset = readReport(hongze).sourceMap.get("litigation.review.0")!.value!.start;
    expect(calls).toEqual(["render", `select 10@${offset}`, "reveal 40"]);
  });

  it("ignores a click before the first render, an unknown path and a line past the end", () => {
    const { h, calls } = host();
    expect(handleWebviewMessage({ type: "select", path: "requests.nothing.3" }, h)).toBe("ignored");
    expect(handleWebviewMessage({ type: "revealLine", line: lines.length + 5 }, h)).toBe("ignored");
    expect(handleWebviewMessage({ type: "select", path: "requests.new.0" }, { ...h, current: () => null })).toBe(
      "ignored",
    );
    expect(handleWebviewMessage("<script>", h)).toBe("ignored");
    expect(calls).toEqual([]);
  });
});

describe("throttle and scroll echo", () => {
  afterEach(() => vi.useRealTimers());

  it("runs at once, then coalesces a burst into one run at the end of the window", () => {
    vi.useFakeTimers();
    const fn = vi.fn();
    const t = throttle(fn, 150);
    t();
    expect(fn).toHaveBeenCalledTimes(1);
    for (let i = 0; i < 10; i++) {
      vi.advanceTimersByTime(10);
      t();
    }
    expect(fn).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(150);
    expect(fn).toHaveBeenCalledTimes(2);
    vi.advanceTimersByTime(1000);
    expect(fn).toHaveBeenCalledTimes(2);
  });

  it("cancels a pending run", () => {
    vi.useFakeTimers();
    const fn = vi.fn();
    const t = throttle(fn, 100);
    t();
    t();
    t.cancel();
    vi.advanceTimersByTime(500);
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it("treats a scroll right after one it caused as an echo", () => {
    const e = new ScrollEcho(300);
    expect(e.isOwn(1000)).toBe(true);
    e.caused(1000);
    expect(e.isOwn(1200)).toBe(false);
    expect(e.isOwn(1300)).toBe(true);
  });
});
