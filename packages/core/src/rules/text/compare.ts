import { countOf } from "../../arith/cells.js";
import { table3RoleRow, table3TotalColumn } from "../../arith/totals.js";
import type { Report } from "../../model/index.js";
import { bilingual } from "../describe.js";
import { table3CellLabel } from "../labels.js";
import type { Severity } from "../../findings/index.js";
import type { FindingDraft, RuleContext } from "../types.js";
import { extractFacts, type Fact, type FactKind } from "./facts.js";
import { hasProactiveCell, readingsOf, type CellRef, type Reading } from "./targets.js";
import { pieceRange } from "./texts.js";

/**
 * Compares the narrative figures of the given kinds with their cells. `scoped` selects the figures
 * whose sentence names another body or basis than the tables (备案, 代表 …): TXT-SCOPE reports those
 * of table 三 and 二, TXT-LEGAL those of table 四 as info (RULES.md: scope words downgrade a
 * TXT-LEGAL mismatch); the others belong to the rule of their kind at its own severity. Messages are `<code>.mismatch` (one reading) and
 * `<code>.mismatchEither` (一, or 一 + 二).
 */
export function compareFacts(
  ctx: RuleContext,
  code: string,
  kinds: readonly FactKind[],
  scoped: boolean,
  severity?: Severity,
): void {
  // The five text rules read the same figures: extract them once per check.
  for (const fact of ctx.memo("text.facts", () => extractFacts(ctx))) {
    if (!kinds.includes(fact.kind)) continue;
    const { target } = fact;
    if (target.table === "proactive" && !hasProactiveCell(ctx.form, target.row, target.column)) continue;
    // 一 + 二 adds nothing when 二 is 0: one reading per value.
    const known = readingsOf(ctx.form, ctx.report, target).filter(
      (r, i, all) => r.value !== null && all.findIndex((o) => o.value === r.value) === i,
    );
    if (!known.length) continue;
    const stated = Number(fact.mention.value);
    const match = known.find((r) => r.value === stated);
    if (match) {
      if (!scoped && fact.percent) comparePercent(ctx, code, fact, match);
      continue;
    }
    if (!!fact.scope !== scoped) continue;
    ctx.emit({ ...mismatch(ctx, code, fact, stated, known), ...(severity ? { severity } : {}) });
  }
}

function mismatch(ctx: RuleContext, code: string, fact: Fact, stated: number, known: readonly Reading[]): FindingDraft {
  const { mention, source } = fact;
  const [primary, other] = known as [Reading, Reading | undefined];
  const exact = source.locator.locate(mention.start, mention.end);
  const cells = [
    ...primary.cells,
    ...(other?.cells.filter((c) => !primary.cells.some((p) => p.path === c.path)) ?? []),
  ];
  return {
    // A rule other than TXT-SCOPE that reports a scoped figure says which scope word it saw.
    messageId: `${code}.${other ? "mismatchEither" : "mismatch"}${fact.scope && code !== "TXT-SCOPE" ? "Scoped" : ""}`,
    args: {
      quote: fact.quote,
      stated,
      cell: primary.label,
      actual: primary.value!,
      ...(other ? { other: other.label, sum: other.value! } : {}),
      ...(fact.scope ? { scope: fact.scope } : {}),
    },
    range: exact ?? pieceRange(ctx, source, mention.start, mention.end),
    related: cells.map((c) => related(ctx, c)),
    paths: [source.path, ...cells.map((c) => c.path)],
    // Which side is wrong is unknown; the table is the statistic, so the offer is to follow it.
    // A scoped figure may be right for its body, and 一 versus 一 + 二 leaves the value open.
    ...(exact && !other && !fact.scope
      ? {
          fix: {
            messageId: "text.fix.useTable",
            args: { stated, actual: primary.value! },
            edits: [{ range: exact, newText: String(primary.value) }],
          },
        }
      : {}),
  };
}

function related(ctx: RuleContext, c: CellRef) {
  return { range: ctx.range(c.path), messageId: "text.related.cell", args: { label: c.label, value: c.value ?? "—" } };
}

/** A share after a result count ("208 件（17.46%）") is that count over （七）总计, rounded or cut to its decimals. */
function comparePercent(ctx: RuleContext, code: string, fact: Fact, reading: Reading): void {
  const p = fact.percent!;
  const tot = table3TotalColumn(ctx.form);
  const totalRow = table3RoleRow(ctx.form, "total");
  const total = countOf(ctx.report.requests[totalRow as keyof Report["requests"]]?.[tot]);
  if (!total || reading.value === null) return;
  const decimals = p.value.split(".")[1]?.length ?? 0;
  const scale = 10 ** decimals;
  const exactShare = (reading.value * 100 * scale) / total;
  const written = Math.round(Number(p.value) * scale);
  // 1e-9 absorbs float noise in exactShare, e.g. 51.85185… that should cut to 5185.
  if (written === Math.round(exactShare) || written === Math.floor(exactShare + 1e-9)) return;
  const computed = (Math.round(exactShare) / scale).toFixed(decimals);
  const exact = fact.source.locator.locate(p.start, p.end);
  const totalPath = `requests.${totalRow}.${tot}`;
  const totalCell: CellRef = { path: totalPath, value: total, label: table3CellLabel(ctx.form, totalRow, tot) };
  ctx.emit({
    messageId: `${code}.percent`,
    args: {
      quote: fact.quote,
      stated: p.value,
      cell: reading.label,
      count: reading.value,
      totalCell: bilingual("text.table.requests", { cell: totalCell.label }),
      total,
      computed,
    },
    range: exact ?? pieceRange(ctx, fact.source, p.start, p.end),
    related: [...reading.cells, totalCell].map((c) => related(ctx, c)),
    paths: [fact.source.path, ...reading.cells.map((c) => c.path), totalPath],
    ...(exact
      ? {
          fix: {
            messageId: "text.fix.usePercent",
            args: { stated: p.value, computed },
            edits: [{ range: exact, newText: computed }],
          },
        }
      : {}),
  });
}
