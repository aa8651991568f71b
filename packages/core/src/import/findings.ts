/**
 * What an import reports: every cell it could not read, every cell it decoded by inference, every
 * number of a table it could not place, every label it had to normalise. Import findings are not
 * findings of a YAML file (they point into the published source, not into YAML), so they have
 * their own shape; their codes, severities and documentation come from the one rule registry
 * (rules/import.ts), their words from the catalogues (messages/<locale>/import.ts).
 */
import type { Locale, Severity } from "../findings/index.js";
import type { Bilingual } from "../messages/format.js";
import { message, type MessageArgs } from "../messages/index.js";
import { ruleByCode } from "../rules/index.js";
import type { SourceLocation } from "./source.js";

export interface ImportFinding {
  /** A code of the rules reference: IMP-UNREADABLE, IMP-FLATTENED, IMP-INCONSISTENT, IMP-SOURCE-GATE, T3-SPLIT-CELL, STR-ROW-LABELS. */
  readonly code: string;
  readonly severity: Severity;
  /** The catalogue id of the message, stable across locales. */
  readonly messageId: string;
  readonly args: MessageArgs;
  /** Worded in the locale asked for. */
  readonly message: string;
  /** Where in the published source (1-based line and column; page and position for PDFs). */
  readonly source: SourceLocation;
  /** The model path concerned (a row such as `requests.granted`, or a cell), or null for the source as a whole. */
  readonly path: string | null;
  /** Every cell concerned (`requests.granted.0` … `requests.granted.6`). */
  readonly paths: readonly string[];
  /** For a row left unread for want of a cut: its likeliest cuts, best first (never taken silently). */
  readonly cuts?: readonly (readonly number[])[];
}

/** How a cell of the imported model came to be. */
export type Provenance = "read" | "inferred" | "unreadable";

export interface ImportDraft {
  readonly code: string;
  readonly messageId: string;
  readonly args?: MessageArgs;
  readonly source: SourceLocation;
  readonly path?: string | null;
  readonly paths?: readonly string[];
  /** Only where the finding itself grades the case (a row placed by order is a warning, not a conflict). */
  readonly severity?: Severity;
  readonly cuts?: readonly (readonly number[])[];
  /** The comment written at the row in the YAML: a catalogue id and its arguments. */
  readonly comment?: { readonly messageId: string; readonly args?: MessageArgs };
}

/**
 * A row left unread because its glued run of digits has several cuts, or none that adds up. It is
 * reported once the whole report is read (unsplit.ts), with its cuts ranked by what the rest of
 * the report and last year's report say.
 */
export interface UnsplitRow {
  readonly path: string;
  readonly cellPaths: readonly string[];
  readonly label: Bilingual;
  /** The glued run (for table 四, the run of the whole table). */
  readonly digits: string;
  readonly source: SourceLocation;
  /** How many cuts fit the row's own relation (0: none does), as the reader counted them. */
  readonly found: number | string;
}

const RANK: Readonly<Record<Provenance, number>> = { read: 0, inferred: 1, unreadable: 2 };

/** Collects the drafts of one import, then words them. */
export class ImportLog {
  private readonly drafts: ImportDraft[] = [];
  readonly provenance = new Map<string, Provenance>();
  /** Rows whose report waits for the whole report to be read. */
  readonly unsplit: UnsplitRow[] = [];

  constructor(readonly locale: Locale) {}

  add(draft: ImportDraft): void {
    this.drafts.push(draft);
  }

  /** A row left unread for want of a cut, reported with its ranked cuts once the report is read. */
  leaveUnsplit(row: UnsplitRow): void {
    this.unsplit.push(row);
    this.mark(row.cellPaths, "unreadable");
  }

  /** Records how cells came to be; a cell is never upgraded (read after inferred stays inferred). */
  mark(paths: readonly string[], how: Provenance): void {
    for (const p of paths) {
      const was = this.provenance.get(p);
      if (!was || RANK[how] > RANK[was]) this.provenance.set(p, how);
    }
  }

  findings(): ImportFinding[] {
    return this.drafts
      .map((d) => ({
        code: d.code,
        severity: d.severity ?? ruleByCode(d.code)?.severity ?? "warning",
        messageId: d.messageId,
        args: d.args ?? {},
        message: message(d.messageId, d.args, this.locale),
        source: d.source,
        path: d.path ?? null,
        paths: d.paths ?? [],
        ...(d.cuts ? { cuts: d.cuts } : {}),
      }))
      .sort(
        (a, b) => a.source.line - b.source.line || a.source.column - b.source.column || a.code.localeCompare(b.code),
      );
  }

  /** One comment per row of the YAML (a row carries all its cells' comments). */
  comments(): Map<string, string> {
    const out = new Map<string, string[]>();
    for (const d of this.drafts) {
      if (!d.comment || !d.path) continue;
      const row = rowPath(d.path);
      const text = message(d.comment.messageId, d.comment.args, this.locale);
      const list = out.get(row) ?? [];
      if (!list.includes(text)) list.push(text);
      out.set(row, list);
    }
    return new Map([...out].map(([k, v]) => [k, v.join("；")]));
  }
}

/** The row of a cell path (`requests.granted.3` → `requests.granted`). */
export function rowPath(path: string): string {
  const parts = path.split(".");
  return parts.length > 2 ? parts.slice(0, 2).join(".") : path;
}
