import { reportTemplate, writeReportYaml } from "@nianbao/core";
import { TextDocument } from "vscode-languageserver-textdocument";
import type { TextEdit } from "vscode-languageserver-types";
import { describe, expect, it } from "vitest";
import { onTypeFormatting } from "../src/service/on-type-formatting.js";
import { applyEdits, doc, marked } from "./support/markers.js";

const TEMPLATE = writeReportYaml(reportTemplate({ agency: "测试局", year: 2025 }));
/** The template as it was before text sections were blocks: `key: ""`. */
const OLD = TEMPLATE.replace(/: \|\n( *)\n/g, ': ""\n');
const FIRST = "一是加强主动公开。";
const SECOND = "二是加强政策解读。";

/** Where the cursor is once a client applied `edits`: moved by every edit before it. */
function cursorAfter(text: string, offset: number, edits: readonly TextEdit[]): number {
  const d = TextDocument.create("file:///x", "yaml", 1, text);
  let shift = 0;
  for (const e of edits) {
    const [s, t] = [d.offsetAt(e.range.start), d.offsetAt(e.range.end)];
    if (t <= offset && s < offset) shift += e.newText.length - (t - s);
  }
  return offset + shift;
}

/**
 * Types Enter where ‸ is, as VS Code does (a line end, then the key's indentation), asks for the
 * on-type edits, applies them and types `then` at the cursor.
 */
function enter(withCursor: string, indent: string, then: string): { text: string; edits: TextEdit[] | null } {
  const m = marked(withCursor);
  const text = m.text.slice(0, m.offset) + "\n" + indent + m.text.slice(m.offset);
  const cursor = m.offset + 1 + indent.length;
  const position = TextDocument.create("file:///x", "yaml", 1, text).positionAt(cursor);
  const edits = onTypeFormatting(doc(text), position, "\n");
  const after = applyEdits(text, edits ?? []);
  const at = cursorAfter(text, cursor, edits ?? []);
  return { text: after.slice(0, at) + then + after.slice(at), edits };
}

const parsedOk = (text: string) => {
  const d = doc(text);
  expect(d.parsed.findings.filter((f) => f.severity === "error")).toEqual([]);
  return d.parsed.report;
};

describe("on-type formatting on Enter in a text", () => {
  it("turns a quoted one-line text into the block form, keeping both halves and the cursor in the text", () => {
    const { text } = enter(OLD.replace('  主动公开: ""', `  主动公开: "${FIRST}‸"`), "  ", SECOND);
    expect(text).toContain(`  主动公开: |\n    ${FIRST}\n    ${SECOND}\n  依申请公开: ""`);
    expect(parsedOk(text).overview.topics.proactive).toBe(`${FIRST}\n${SECOND}\n`);
  });

  it("splits a quoted text where Enter was pressed, undoing escapes and moving a trailing comment", () => {
    const { text } = enter(
      OLD.replace('  监督保障: ""', `  监督保障: "他说\\"好\\"。‸其余\\"照旧\\"。" # 待改`),
      "  ",
      "",
    );
    expect(text).toContain('  监督保障: |  # 待改\n    他说"好"。\n    其余"照旧"。\n');
    expect(parsedOk(text).overview.topics.oversight).toBe('他说"好"。\n其余"照旧"。\n');
  });

  it("turns a plain one-line text into the block form, at the top level too", () => {
    const topic = enter(OLD.replace('  平台建设: ""', `  平台建设: ${FIRST}‸`), "  ", SECOND);
    expect(parsedOk(topic.text).overview.topics.platform).toBe(`${FIRST}\n${SECOND}\n`);
    const top = enter(OLD.replace('存在问题及改进: ""', `存在问题及改进: '${FIRST}‸'`), "", SECOND);
    expect(top.text).toContain(`存在问题及改进: |\n  ${FIRST}\n  ${SECOND}\n`);
    expect(parsedOk(top.text).problems).toBe(`${FIRST}\n${SECOND}\n`);
  });

  it("indents the line under a block's header, and does nothing elsewhere", () => {
    const block = enter(TEMPLATE.replace("  主动公开: |\n    \n", "  主动公开: |‸\n"), "  ", FIRST);
    expect(parsedOk(block.text).overview.topics.proactive).toBe(`${FIRST}\n`);
    // A closed quote, a table row, a text already in the block form: Enter stays Enter.
    expect(enter(OLD.replace('  主动公开: ""', `  主动公开: "${FIRST}"‸`), "  ", "").edits).toBeNull();
    expect(enter(OLD.replace(/(本年新收: +\[0, 0, 0, 0, 0, 0, 0\])/u, "$1‸"), "  ", "").edits).toBeNull();
    expect(
      enter(TEMPLATE.replace("  主动公开: |\n    \n", `  主动公开: |\n    ${FIRST}‸\n`), "    ", "").edits,
    ).toBeNull();
    expect(enter(OLD.replace("主动公开:\n  规章:", "主动公开: 一‸\n  规章:"), "", "").edits).toBeNull();
  });
});
