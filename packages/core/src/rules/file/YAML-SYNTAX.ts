import { hasMessage } from "../../messages/index.js";
import { observationsFor, unreadableLines } from "../observed.js";
import { proseBreakReading } from "../prose-breaks.js";
import type { DocumentRule, RuleContext } from "../types.js";
import type { Misindented } from "./misindented.js";

/**
 * The file is not valid YAML, or repeats a key. Not in RULES.md's catalogue: a file error comes
 * before any check of the form. yaml's warnings are reported as warnings. An indentation error
 * names the lines it left unreadable, whose own findings it stands for (see `unreadableLines`).
 */
export const YAML_SYNTAX: DocumentRule = {
  code: "YAML-SYNTAX",
  severity: "error",
  category: "file",
  kind: "document",
  // The indentation is the likeliest of several; --fix never touches a file YAML cannot read anyway.
  fixes: { "YAML-SYNTAX.proseBreakFix": "suggestion", "YAML-SYNTAX.indentFix": "suggestion" },
  example: "机关: 测试市测试局\n年度: 2023\n依申请公开:\n  本年新收: [0, 0, 0, 0, 0, 0, 0\n",
  check(ctx) {
    // A text continued on a line of its own: one finding in the writer's words, for all yaml saw there.
    for (const b of proseBreakReading(ctx).breaks)
      ctx.emit({
        messageId: "YAML-SYNTAX.proseBreak",
        args: { label: b.label, line: b.line },
        range: b.at,
        fix: { messageId: "YAML-SYNTAX.proseBreakFix", edits: [b.edit] },
      });
    for (const o of observationsFor(ctx, "YAML-SYNTAX")) {
      if (o.kind === "duplicate-key") {
        ctx.emit({
          messageId: "YAML-SYNTAX.duplicateKey",
          args: { key: o.key, line: ctx.read.lineIndex.position(o.first.start).line + 1 },
          range: o.range,
          related: [
            {
              range: o.first,
              messageId: "YAML-SYNTAX.firstOccurrence",
              args: { key: ctx.text.slice(o.first.start, o.first.end) },
            },
          ],
          paths: [o.path],
        });
      } else if (o.kind === "yaml-error") {
        // yaml's codes are SCREAMING_CASE; the catalogue explains the common ones in words.
        const specific = /^[A-Z_]+$/.test(o.code) && hasMessage(`YAML-SYNTAX.${o.code}`);
        const lines = unreadableLines(ctx, o);
        if (lines?.misindented) {
          emitMisindented(ctx, lines.misindented);
          continue;
        }
        ctx.emit({
          messageId: specific ? `YAML-SYNTAX.${o.code}` : "YAML-SYNTAX.other",
          args: { code: o.code, detail: o.detail },
          range: o.range,
          ...(lines
            ? {
                related: [
                  {
                    range: lines.range,
                    messageId: lines.from === lines.to ? "YAML-SYNTAX.unreadableLine" : "YAML-SYNTAX.unreadableLines",
                    args: { from: lines.from, to: lines.to, count: lines.folded },
                  },
                ],
              }
            : {}),
          ...(o.warning ? { severity: "warning" as const } : {}),
        });
      }
    }
  },
};

/**
 * One wrongly indented line, said on that line in the writer's words (how many spaces too many or
 * too few, or a tab), with the fix that re-indents it: what yaml could not read after it follows
 * from it and is not listed (see `foldConsequences`).
 */
function emitMisindented(ctx: RuleContext, m: Misindented): void {
  const { lineIndex } = ctx.read;
  const start = lineIndex.lineStart(m.line);
  const text = lineIndex.lineText(m.line);
  const content = text.slice(m.written.length);
  const colon = content.search(/:(\s|$)/u);
  const end = start + m.written.length + (colon > 0 ? colon : content.trimEnd().length);
  const tab = m.written.includes("\t");
  const diff = m.expected - m.written.length;
  const messageId = tab ? "YAML-SYNTAX.indentTab" : diff < 0 ? "YAML-SYNTAX.indentTooMany" : "YAML-SYNTAX.indentTooFew";
  ctx.emit({
    messageId,
    args: { line: m.line + 1, count: Math.abs(diff), expected: m.expected },
    // The indentation itself is the mistake: underlined with the key, so the fix is offered on either.
    range: { start, end },
    fix: {
      messageId: "YAML-SYNTAX.indentFix",
      args: { line: m.line + 1, expected: m.expected },
      edits: [{ range: { start, end: start + m.written.length }, newText: " ".repeat(m.expected) }],
    },
  });
}
