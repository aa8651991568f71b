import type { ReadResult } from "../read/reader.js";
import type { RawFinding } from "../rules/context.js";
import { DISABLE_UNUSED } from "../rules/config/DISABLE-UNUSED.js";
import { disableDirectives } from "../rules/config/directives.js";

/**
 * Drops the findings a `# nianbao-disable-next-line` comment silences (those of a named rule that
 * start on the line after it), and, when `reportUnused`, adds a DISABLE-UNUSED finding for each
 * named rule of `judged` that found nothing there. `judged` holds the rules this check ran: a
 * comment naming a cross-year rule is judged only when the report was compared with last year's.
 */
export function silenceDisabled(
  raw: readonly RawFinding[],
  read: ReadResult,
  judged: ReadonlySet<string>,
  reportUnused: boolean,
): readonly RawFinding[] {
  const directives = disableDirectives(read);
  if (!directives.length) return raw;
  const byLine = new Map<number, Set<string>>();
  for (const d of directives) {
    const codes = byLine.get(d.line) ?? new Set<string>();
    for (const c of d.codes) codes.add(c.code);
    byLine.set(d.line, codes);
  }
  const used = new Set<string>();
  const kept = raw.filter((r) => {
    // A disable comment cannot silence the report about disable comments.
    if (r.code === DISABLE_UNUSED.code) return true;
    const line = read.lineIndex.position(r.draft.range.start).line;
    if (!byLine.get(line)?.has(r.code)) return true;
    used.add(`${line}\u0000${r.code}`);
    return false;
  });
  if (!reportUnused) return kept;
  for (const d of directives)
    for (const c of d.codes)
      if (judged.has(c.code) && c.code !== DISABLE_UNUSED.code && !used.has(`${d.line}\u0000${c.code}`))
        kept.push({
          code: DISABLE_UNUSED.code,
          severity: DISABLE_UNUSED.severity,
          draft: { messageId: "DISABLE-UNUSED.unused", args: { code: c.code }, range: c.range },
        });
  return kept;
}
