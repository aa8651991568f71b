/**
 * `nianbao check --fix`: the fixes core declares "auto" (see FixApplicability), applied to a
 * report's text pass after pass until none applies. A pass re-checks the text, because one fix can
 * change another finding (a row total recomputed changes the column's, a label written as read
 * lets a row be added up). Only the fixes' own edits touch the text, so comments and layout stay.
 */
import { createHash } from "node:crypto";
import {
  applyEdits,
  checkRead,
  decodeBytes,
  isYamlError,
  readReport,
  type CheckOptions,
  type Finding,
  type Observation,
  type TextEdit,
} from "@nianbao/core";
import { readFileAtMostSync } from "../read-bytes.js";
import { maxReportBytes } from "./discover.js";
import type { FileRef } from "./tasks.js";

/**
 * Passes at most. Each pass applies every fix whose edits do not overlap another's and defers the
 * rest; fixes that wait on others take a pass or two (a total of totals), so ten is plenty, and a
 * bound keeps two fixes that undo each other from running forever.
 */
export const MAX_PASSES = 10;

/** What fixing one text gave. */
export interface FixedText {
  readonly text: string;
  /** Fixes applied, by rule code. */
  readonly applied: Readonly<Record<string, number>>;
  /**
   * "settled": no auto fix is left (a second run changes nothing). "unreadable": YAML cannot read
   * the text, so nothing was changed. "unsettled": fixes were still offered when the passes ran out,
   * or a fix would have made the text unreadable; the text is as far as it got.
   */
  readonly state: "settled" | "unreadable" | "unsettled";
}

/** Applies the auto fixes of the single-report rules to `text` until none is left (see MAX_PASSES). */
export function fixText(text: string, options: CheckOptions): FixedText {
  const applied: Record<string, number> = {};
  const seen = new Set([text]);
  let current = text;
  let read = readReport(current, options.limits);
  // Never across a text YAML cannot read: its findings describe a misreading, not the report.
  if (unreadable(read.observations)) return { text, applied, state: "unreadable" };
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const chosen = chooseFixes(current, checkRead(read, options));
    if (chosen.length === 0) return { text: current, applied, state: "settled" };
    const next = applyEdits(
      current,
      chosen.flatMap((f) => f.fix!.edits),
    );
    const nextRead = readReport(next, options.limits);
    // A pass that would break the YAML, or bring back a text already seen, is not applied.
    if (seen.has(next) || unreadable(nextRead.observations)) return { text: current, applied, state: "unsettled" };
    seen.add(next);
    for (const f of chosen) applied[f.code] = (applied[f.code] ?? 0) + 1;
    current = next;
    read = nextRead;
  }
  return { text: current, applied, state: "unsettled" };
}

/** YAML could not read the text (a syntax error), or a limit stopped the reading. */
function unreadable(observations: readonly Observation[]): boolean {
  return observations.some((o) => isYamlError(o) || o.kind === "limit");
}

/**
 * The auto fixes of the findings, in the findings' order, leaving out those that would change
 * nothing and those whose edits overlap an edit already taken (they wait for the next pass, when
 * the re-check says whether they still apply).
 */
export function chooseFixes(text: string, findings: readonly Finding[]): Finding[] {
  const taken: TextEdit[] = [];
  const chosen: Finding[] = [];
  for (const f of findings) {
    if (f.fix?.applicability !== "auto" || f.fix.edits.length === 0) continue;
    const { edits } = f.fix;
    if (edits.every((e) => text.slice(e.range.start, e.range.end) === e.newText)) continue;
    if (edits.some((e) => taken.some((t) => overlaps(e, t)))) continue;
    taken.push(...edits);
    chosen.push(f);
  }
  return chosen;
}

/** Two edits touch the same text, or insert at the same place (their order would be a guess). */
function overlaps(a: TextEdit, b: TextEdit): boolean {
  return a.range.start === b.range.start || (a.range.start < b.range.end && b.range.start < a.range.end);
}

/** What fixing one report file gave, as plain data (it crosses from a worker thread). */
export interface FileFix {
  readonly file: string;
  readonly abs: string;
  /**
   * "unreadable": the file could not be read as a report (denied, too large, undecidable bytes) or
   * YAML cannot read it. "encoding": not UTF-8; a fix would have to write it back in an encoding
   * the author did not choose, so it is left as it is until saved as UTF-8.
   */
  readonly state: FixedText["state"] | "encoding";
  readonly applied: Readonly<Record<string, number>>;
  /** Set when the text changed: as read (without a BOM) and as fixed. */
  readonly change?: {
    readonly before: string;
    readonly after: string;
    readonly bom: boolean;
    /** SHA-256 of the bytes read, so a file changed meanwhile is not written over. */
    readonly digest: string;
  };
}

/** Reads a report file and fixes its text; never writes (the main thread does, atomically). */
export function fixFile(ref: FileRef, options: CheckOptions): FileFix {
  const none = { file: ref.file, abs: ref.abs, applied: {} };
  let bytes: Buffer | null;
  try {
    bytes = readFileAtMostSync(ref.abs, maxReportBytes(options.limits?.maxLength));
  } catch {
    return { ...none, state: "unreadable" };
  }
  const decoded = bytes && decodeBytes(bytes);
  if (!decoded) return { ...none, state: "unreadable" };
  if (decoded.encoding !== "utf-8") return { ...none, state: "encoding" };
  const fixed = fixText(decoded.text, options);
  if (fixed.text === decoded.text) return { ...none, state: fixed.state };
  const bom = bytes![0] === 0xef && bytes![1] === 0xbb && bytes![2] === 0xbf;
  return {
    ...none,
    state: fixed.state,
    applied: fixed.applied,
    change: { before: decoded.text, after: fixed.text, bom, digest: digestOf(bytes!) },
  };
}

export function digestOf(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** The bytes to write for a fixed text: UTF-8, with the BOM the file had. */
export function fixedBytes(change: NonNullable<FileFix["change"]>): Buffer {
  return Buffer.from((change.bom ? "\ufeff" : "") + change.after, "utf8");
}
