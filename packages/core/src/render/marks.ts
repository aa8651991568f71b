import type { Finding, Severity } from "../findings/index.js";
import type { LineIndex, SourceEntry } from "../source/index.js";
import { attr } from "./escape.js";

/** What the renderer needs of a finding: a `Finding`, or a diagnostic an editor received. */
export type RenderMark = Pick<Finding, "code" | "severity" | "message" | "paths">;

const RANK: Readonly<Record<Severity, number>> = { error: 3, warning: 2, info: 1 };

/** Where the rendered elements come from in the text, for scroll sync and click-to-source. */
export interface RenderSource {
  readonly sourceMap: ReadonlyMap<string, SourceEntry>;
  readonly lineIndex: LineIndex;
}

/**
 * Turns a model path into the attributes of the element that shows it. A finding's first path is
 * the cell it is about (a wrong total): marked with the finding's severity. Its other paths (the
 * addends) are marked as related, more quietly. Both carry the message as their title, for the
 * mouse, and as their `aria-description`, for assistive technology: a title alone is not read out
 * reliably, and the description leaves the cell's name (its figure) as it is.
 */
export class Annotator {
  private readonly byPath = new Map<string, { mark: RenderMark; primary: boolean }[]>();

  constructor(
    marks: readonly RenderMark[],
    private readonly source: RenderSource | undefined,
  ) {
    for (const mark of marks)
      [...new Set(mark.paths)].forEach((p, i) => {
        const entry = { mark, primary: i === 0 };
        const list = this.byPath.get(p);
        if (list) list.push(entry);
        else this.byPath.set(p, [entry]);
      });
  }

  /** `data-path`, `data-line` and, when findings concern the path, the mark class and message. */
  attrs(path: string, classes: readonly string[] = []): string {
    const entries = this.byPath.get(path) ?? [];
    const cls = [...classes];
    const primary = entries.filter((e) => e.primary).map((e) => e.mark);
    if (primary.length) {
      const worst = primary.reduce((a, b) => (RANK[b.severity] > RANK[a.severity] ? b : a));
      cls.push("nb-mark", `nb-mark-${worst.severity}`);
    } else if (entries.length) cls.push("nb-related");
    const marks = entries.map((e) => e.mark);
    const title = marks.length ? marks.map((m) => `${m.code}: ${m.message}`).join("\n") : null;
    const codes = marks.length ? [...new Set(marks.map((m) => m.code))].join(" ") : null;
    return (
      attr("class", cls.length ? cls.join(" ") : null) +
      attr("data-path", path) +
      attr("data-line", this.line(path)) +
      attr("title", title) +
      attr("aria-description", title) +
      attr("data-codes", codes)
    );
  }

  /** The 0-based line where a path is written (its key, else its value). */
  line(path: string): number | null {
    const entry = this.source?.sourceMap.get(path);
    const at = entry?.key ?? entry?.value;
    return at && this.source ? this.source.lineIndex.position(at.start).line : null;
  }
}
