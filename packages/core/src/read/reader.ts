import { isAlias, parseDocument, visit, type Document } from "yaml";
import { isMap, isScalar, type MapNode, type Node, type PairNode } from "./node.js";
import { FORMS, formFor } from "../form/index.js";
import type { FormDef, FormatYear, MetaFieldDef, SectionDef } from "../form/types.js";
import { missingCell, type Cell, type Report } from "../model/index.js";
import { LineIndex, type Range, type SourceEntry } from "../source/index.js";
import { ordinalOf, type KeyMatcher } from "./keys.js";
import { MATCHERS, type TopTarget } from "./matchers.js";
import { typeName, type KeyHit, type MutableReport, type ReadState } from "./state.js";
import { readFormat, readMeta, readNotes, readOverview } from "./fields.js";
import { readTable2, readTable3, readTable4 } from "./tables.js";
import type { Area, Observation } from "./observations.js";
import { tooManyNodes } from "./node-count.js";
import { deepFlow, longLine } from "./scan.js";
import { parseLean } from "./lean/index.js";
import { PARSE_OPTIONS } from "./lean/nodes.js";
import type { TextEncoding } from "./decode.js";
import { withLineFeeds } from "./line-ends.js";

export interface ReadLimits {
  /** Longest text read, in UTF-16 units. A report is about 10 kB; the default leaves wide room. */
  readonly maxLength: number;
  /** Most YAML aliases a report may use; reports need none. */
  readonly maxAliases: number;
  /** Longest line, in UTF-16 units. */
  readonly maxLineLength: number;
  /** Deepest nesting of flow collections (`[`, `{`); a report nests two deep. */
  readonly maxDepth: number;
  /** Most YAML errors recorded; past this a broken file only repeats itself. */
  readonly maxErrors: number;
  /** Most YAML nodes (scalars, collections, aliases) a text may write; a report writes about 300. */
  readonly maxNodes: number;
}

/**
 * The YAML parser needs 2 to 5 µs per character of dense YAML (flow rows, many keys), so 500,000
 * characters (fifty times a report) keep the worst case to a second or two.
 */
export const DEFAULT_LIMITS: ReadLimits = Object.freeze({
  maxLength: 500_000,
  maxAliases: 100,
  maxLineLength: 100_000,
  maxDepth: 64,
  maxErrors: 100,
  maxNodes: 20_000,
});

/** The report as read from a file, before any rule runs. */
export interface ReadResult {
  readonly text: string;
  readonly form: FormDef;
  readonly report: Report;
  readonly sourceMap: ReadonlyMap<string, SourceEntry>;
  readonly observations: readonly Observation[];
  readonly lineIndex: LineIndex;
}

export interface ReadOptions extends Partial<ReadLimits> {
  /**
   * Read with the lean parser (read/lean) when the text stays within the YAML subset it reads,
   * else with yaml's full parser. Both give the same result; the lean one costs a tenth. On by
   * default; false always uses the full parser.
   */
  readonly lean?: boolean;
  /**
   * The encoding the text was decoded from (see `decodeBytes`), when the caller read it from
   * bytes. Any but UTF-8 is observed, so that FILE-ENCODING asks for the file to be saved as UTF-8.
   */
  readonly encoding?: TextEncoding;
}

/** Reads a `*.nianbao.yaml` text into the model. Never throws. */
export function readReport(text: string, options: ReadOptions = {}): ReadResult {
  const { lean = true, encoding, ...limits } = options;
  const reader = new Reader(withLineFeeds(text), { ...DEFAULT_LIMITS, ...limits }, lean);
  if (encoding && encoding !== "utf-8") reader.obs.push({ kind: "encoding", encoding, range: reader.firstLine() });
  return reader.read();
}

class Reader implements ReadState {
  readonly obs: Observation[] = [];
  private readonly map = new Map<string, SourceEntry>();
  private readonly aliasTargets = new Map<Node, Node>();
  private readonly lineIndex: LineIndex;
  private readonly shift: number;
  /** yaml's document; null when the lean parser read the text. */
  doc: Document | null = null;
  form: FormDef = FORMS[2021];
  readonly report: MutableReport;

  constructor(
    private readonly text: string,
    private readonly limits: ReadLimits,
    private readonly lean: boolean,
  ) {
    this.lineIndex = new LineIndex(text);
    this.shift = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    this.report = emptyReport(this.form);
  }

  read(): ReadResult {
    try {
      this.readDocument();
    } catch (err) {
      // The reader must never throw; an internal failure is reported like a YAML error.
      this.obs.push({
        kind: "yaml-error",
        code: "INTERNAL",
        detail: String(err),
        range: { start: 0, end: 0 },
        warning: false,
      });
    }
    return {
      text: this.text,
      form: this.form,
      report: this.report,
      sourceMap: this.map,
      observations: this.obs,
      lineIndex: this.lineIndex,
    };
  }

  /** The first line (up to 200 characters), where a finding about the whole file is shown. */
  firstLine(): Range {
    const { text, shift } = this;
    return { start: shift, end: Math.max(shift, Math.min(text.indexOf("\n") >>> 0, text.length, 200)) };
  }

  range(node: { range?: readonly number[] | null } | null | undefined, fallback?: Range): Range {
    const r = node?.range;
    if (!r) return fallback ?? { start: 0, end: 0 };
    return { start: r[0]! + this.shift, end: r[1]! + this.shift };
  }

  private readDocument(): void {
    const { text, limits } = this;
    if (text.length > limits.maxLength) {
      this.obs.push({
        kind: "limit",
        limit: "size",
        max: limits.maxLength,
        actual: text.length,
        range: { start: 0, end: Math.min(text.indexOf("\n") >>> 0, text.length, 200) },
      });
      return;
    }
    const long = longLine(text, limits.maxLineLength);
    if (long)
      this.obs.push({
        kind: "limit",
        limit: "line-length",
        max: limits.maxLineLength,
        actual: long.length,
        range: long.range,
      });
    const deep = deepFlow(text, limits.maxDepth);
    if (deep) {
      this.obs.push({ kind: "limit", limit: "depth", max: limits.maxDepth, actual: deep.depth, range: deep.range });
      return;
    }
    const src = this.shift ? text.slice(1) : text;
    const many = tooManyNodes(src, limits.maxNodes);
    if (many) {
      const at = many.at + this.shift;
      this.obs.push({
        kind: "limit",
        limit: "nodes",
        max: limits.maxNodes,
        actual: many.count,
        range: { start: at, end: Math.min(at + 1, text.length) },
      });
      return;
    }
    // The lean parser reads only texts yaml reads without an error, alias or anchor, so its
    // mapping goes straight to the walker.
    const leanTop = this.lean ? parseLean(src) : null;
    if (leanTop) return this.readTop(leanTop);
    this.doc = parseDocument(src, PARSE_OPTIONS);
    this.recordYamlErrors();
    if (!this.indexAliases()) return;
    const contents = this.doc!.contents;
    if (!isMap(contents)) {
      const r = contents ? this.range(contents) : { start: 0, end: Math.min(text.length, 1) };
      this.obs.push({
        kind: "wrong-type",
        path: "",
        expected: "mapping",
        found: typeName(contents),
        range: r,
        area: "top",
      });
      return;
    }
    this.readTop(contents);
  }

  private recordYamlErrors(): void {
    const doc = this.doc!;
    const all = [...doc.errors.map((e) => ({ e, warning: false })), ...doc.warnings.map((e) => ({ e, warning: true }))];
    const { maxErrors } = this.limits;
    const len = this.text.length;
    // An error at the end of the input ("missing ]") is shown on the last visible character.
    const visibleEnd = this.text.trimEnd().length;
    const at = (pos: readonly [number, number]): Range => {
      const start = pos[0] + this.shift;
      if (start >= visibleEnd) return { start: Math.max(0, visibleEnd - 1), end: visibleEnd };
      return { start, end: Math.min(Math.max(pos[1] + this.shift, start + 1), len) };
    };
    for (const { e, warning } of all.slice(0, maxErrors))
      this.obs.push({ kind: "yaml-error", code: e.code, detail: e.message, range: at(e.pos), warning });
    if (all.length > maxErrors)
      this.obs.push({
        kind: "limit",
        limit: "errors",
        max: maxErrors,
        actual: all.length,
        range: at(all[maxErrors]!.e.pos),
      });
  }

  /**
   * Counts the aliases and maps each to its anchored node. yaml's own `Alias.resolve` walks the
   * whole document on every call; one walk here keeps reading linear.
   */
  private indexAliases(): boolean {
    // An alias is always written `*name`: without a '*' there is none, and the walk can be skipped.
    if (!this.text.includes("*")) return true;
    let aliases = 0;
    let firstAlias: Range | null = null;
    const anchors = new Map<string, Node>();
    visit(this.doc!, {
      Node: (_k, n) => {
        if (isAlias(n)) {
          aliases++;
          firstAlias ??= this.range(n);
          const target = anchors.get(n.source);
          if (target) this.aliasTargets.set(n, target);
        } else if (n.anchor) anchors.set(n.anchor, n);
        return undefined;
      },
    });
    if (aliases <= this.limits.maxAliases) return true;
    this.obs.push({
      kind: "limit",
      limit: "aliases",
      max: this.limits.maxAliases,
      actual: aliases,
      range: firstAlias ?? { start: 0, end: 0 },
    });
    return false;
  }

  resolve(node: unknown): Node | null {
    let n = node as Node | null | undefined;
    if (isAlias(n)) n = this.aliasTargets.get(n);
    return n ?? null;
  }

  private keyText(pair: PairNode): string {
    const k = pair.key;
    if (isScalar(k)) return String(k.value ?? "");
    return k == null ? "" : String((k as Node).toString?.() ?? "?");
  }

  /** Matches the keys of a mapping; records unknown, mistyped and duplicate keys. Yields each recognised pair once. */
  *pairs<T>(
    m: MapNode,
    path: string,
    matcher: KeyMatcher<T>,
    area: Area,
    keyOf: (t: T) => string,
    other?: KeyMatcher<T>,
  ): Generator<KeyHit<T>> {
    const seen = new Map<string, Range>();
    for (const pair of m.items) {
      const written = this.keyText(pair);
      // The mapping's own range stands in for a key that has none; most have one.
      const key = pair.key as Node | null;
      const keyRange = key?.range ? this.range(key) : this.range(m);
      let match = matcher.match(written);
      let fromOtherForm = false;
      if (match.kind !== "exact" && other) {
        const o = other.match(written);
        if (o.kind === "exact") {
          match = o;
          fromOtherForm = true;
        }
      }
      if (match.kind === "none") {
        this.obs.push({
          kind: "unknown-key",
          path,
          key: written,
          suggestion: match.suggestion?.key ?? null,
          range: keyRange,
          area,
        });
        continue;
      }
      const target = match.candidate.target;
      const canonical = keyOf(target);
      const prev = seen.get(canonical);
      if (prev) {
        this.obs.push({ kind: "duplicate-key", path, key: written, range: keyRange, first: prev });
        continue;
      }
      seen.set(canonical, keyRange);
      if (match.kind === "typo")
        this.obs.push({
          kind: "mistyped-key",
          path,
          key: written,
          expected: canonical,
          label: canonical,
          range: keyRange,
          area,
        });
      yield { pair, target, keyRange, written, fromOtherForm };
    }
  }

  private readTop(top: MapNode): void {
    const keyOf = (t: TopTarget) => (t.type === "notes" ? this.form.notesKey : t.def.key);
    const found: { target: TopTarget; pair: PairNode; keyRange: Range; written: string }[] = [];
    for (const hit of this.pairs(top, "", MATCHERS[this.form.year].top, "top", keyOf)) found.push(hit);

    // The form decides how every table is read, so 格式 and 年度 come first.
    const formatHit = found.find((f) => f.target.type === "meta" && f.target.def.id === "format");
    const yearHit = found.find((f) => f.target.type === "meta" && f.target.def.id === "year");
    if (yearHit) readMeta(this, (yearHit.target as { def: MetaFieldDef }).def, yearHit.pair, yearHit.keyRange);
    let format: FormatYear | null = null;
    if (formatHit) format = readFormat(this, formatHit.pair, formatHit.keyRange);
    if (format === null) {
      const inferred: FormatYear = this.report.year !== null && this.report.year <= 2020 ? 2019 : 2021;
      format = inferred;
      if (!formatHit)
        this.obs.push({ kind: "format-undeclared", inferred, range: { start: this.shift, end: this.shift } });
    }
    this.form = formFor(format);
    const empty = emptyReport(this.form);
    Object.assign(this.report, {
      ...empty,
      year: this.report.year,
      format,
      formatDeclared: !!formatHit && this.report.formatDeclared,
    });

    for (const f of found) {
      const t = f.target;
      if (t.type === "meta") {
        if (t.def.id !== "format" && t.def.id !== "year") readMeta(this, t.def, f.pair, f.keyRange);
      } else if (t.type === "section") {
        const ord = ordinalOf(f.written);
        if (ord && ord !== t.def.ordinal)
          this.obs.push({
            kind: "heading-ordinal",
            path: t.def.id,
            key: f.written,
            written: ord,
            expected: t.def.ordinal,
            range: f.keyRange,
          });
        this.readSection(t.def, f.pair, f.keyRange);
      } else readNotes(this, f.pair, f.keyRange);
    }
    const topRange = { start: this.shift, end: this.shift };
    for (const def of this.form.meta) {
      if (
        def.required &&
        !found.some((f) => f.target.type === "meta" && f.target.def.id === def.id) &&
        def.id !== "format"
      )
        this.obs.push({
          kind: "missing",
          path: `meta.${def.id}`,
          what: "meta",
          key: def.key,
          label: def.key,
          range: topRange,
        });
    }
    // A missing section is shown where it belongs: on the key of the section before it in the
    // form (or, when none is there, after it), not on the first line.
    const sectionKeys = this.form.sections.map(
      (def) => found.find((f) => f.target.type === "section" && f.target.def.id === def.id)?.keyRange,
    );
    const neighbour = (i: number) =>
      sectionKeys.slice(0, i).reverse().find(Boolean) ?? sectionKeys.slice(i + 1).find(Boolean) ?? topRange;
    this.form.sections.forEach((def, i) => {
      if (!sectionKeys[i])
        this.obs.push({
          kind: "missing",
          path: def.id,
          what: def.kind === "text" ? "section" : "table",
          key: def.key,
          label: `${def.ordinal}、${def.heading}`,
          range: neighbour(i),
        });
    });
  }

  setEntry(path: string, key: Range | undefined, value: Range | undefined): void {
    // Built without spreads: this runs for every cell of every table.
    const entry: { key?: Range; value?: Range } = {};
    if (key) entry.key = key;
    if (value) entry.value = value;
    this.map.set(path, entry);
  }

  scalarText(node: Node | null): string | null {
    if (node == null) return null;
    if (isScalar(node)) return node.value == null ? null : String(node.value);
    return null;
  }

  private readSection(def: SectionDef, pair: PairNode, keyRange: Range): void {
    const node = this.resolve(pair.value);
    const vr = node ? this.range(node) : undefined;
    this.setEntry(def.id, keyRange, vr);
    this.report.present = { ...this.report.present, [def.id]: true };
    switch (def.kind) {
      case "text":
        if (def.id === "overview") return readOverview(this, node, keyRange);
        if (node && !isScalar(node)) {
          this.obs.push({
            kind: "wrong-type",
            path: def.id,
            expected: "text",
            found: typeName(node),
            range: vr ?? keyRange,
            area: "section",
          });
          return;
        }
        this.report[def.id as "problems" | "other"] = this.scalarText(node);
        return;
      case "table2":
        return readTable2(this, node, keyRange);
      case "table3":
        return readTable3(this, node, keyRange);
      case "table4":
        return readTable4(this, node, keyRange);
    }
  }
}

/** A report with every cell missing: the shape of the form before anything is read. */
export function emptyReport(form: FormDef): MutableReport {
  const proactive: Record<string, Record<string, Cell>> = {};
  for (const block of form.table2.blocks)
    for (const row of block.rows)
      proactive[row.id] = Object.fromEntries(block.columns.map((c) => [c.id, missingCell()]));
  const litigation = Object.fromEntries(
    form.table4.rows.map((r) => [r.id, form.table4.columns.map(() => missingCell())]),
  ) as unknown as Report["litigation"];
  return {
    format: form.year,
    formatDeclared: false,
    agency: null,
    year: null,
    publishedOn: null,
    title: null,
    overview: { text: null, topics: {} },
    proactive,
    requests: {},
    litigation,
    problems: null,
    other: null,
    notes: [],
    present: { overview: false, proactive: false, requests: false, litigation: false, problems: false, other: false },
  };
}
