import { isAlias, isMap, isScalar, isSeq, parseDocument, visit, type Document, type Node, type Pair, type YAMLMap } from "yaml";
import { FORMS, formFor } from "../form/index.js";
import type { FormDef, FormatYear, MetaFieldDef, SectionDef, Table2BlockDef, Table3Node, TopicDef } from "../form/types.js";
import { missingCell, type Cell, type Report, type ReportNote, type TableId } from "../model/index.js";
import { LineIndex, type Range, type SourceEntry } from "../source/index.js";
import { cellFromNode } from "./cells.js";
import { KeyMatcher, ordinalOf, type KeyCandidate } from "./keys.js";
import type { Area, Observation } from "./observations.js";
import { tooManyNodes } from "./node-count.js";
import { deepFlow, longLine } from "./scan.js";

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
export const DEFAULT_LIMITS: ReadLimits = { maxLength: 500_000, maxAliases: 100, maxLineLength: 100_000, maxDepth: 64, maxErrors: 100, maxNodes: 20_000 };

/** The report as read from a file, before any rule runs. */
export interface ReadResult {
  readonly text: string;
  readonly form: FormDef;
  readonly report: Report;
  readonly sourceMap: ReadonlyMap<string, SourceEntry>;
  readonly observations: readonly Observation[];
  readonly lineIndex: LineIndex;
}

type TopTarget =
  | { readonly type: "meta"; readonly def: MetaFieldDef }
  | { readonly type: "section"; readonly def: SectionDef }
  | { readonly type: "notes" };

type MutableReport = { -readonly [K in keyof Report]: Report[K] };

const typeName = (n: unknown): string =>
  n == null ? "empty" : isMap(n) ? "mapping" : isSeq(n) ? "sequence" : isScalar(n) ? (n.value == null ? "empty" : typeof n.value === "string" ? "text" : typeof n.value) : "alias";

/** Reads a `*.nianbao.yaml` text into the model. Never throws. */
export function readReport(text: string, limits: Partial<ReadLimits> = {}): ReadResult {
  const lim = { ...DEFAULT_LIMITS, ...limits };
  return new Reader(text, lim).read();
}

class Reader {
  private readonly obs: Observation[] = [];
  private readonly map = new Map<string, SourceEntry>();
  private readonly aliasTargets = new Map<Node, Node>();
  private readonly lineIndex: LineIndex;
  private readonly shift: number;
  private doc!: Document;
  private form: FormDef = FORMS[2021];
  private readonly report: MutableReport;

  constructor(
    private readonly text: string,
    private readonly limits: ReadLimits,
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
      this.obs.push({ kind: "yaml-error", code: "INTERNAL", detail: String(err), range: { start: 0, end: 0 }, warning: false });
    }
    return { text: this.text, form: this.form, report: this.report, sourceMap: this.map, observations: this.obs, lineIndex: this.lineIndex };
  }

  private range(node: { range?: readonly number[] | null } | null | undefined, fallback?: Range): Range {
    const r = node?.range;
    if (!r) return fallback ?? { start: 0, end: 0 };
    return { start: r[0]! + this.shift, end: r[1]! + this.shift };
  }

  private readDocument(): void {
    const { text, limits } = this;
    if (text.length > limits.maxLength) {
      this.obs.push({ kind: "limit", limit: "size", max: limits.maxLength, actual: text.length, range: { start: 0, end: Math.min(text.indexOf("\n") >>> 0, text.length, 200) } });
      return;
    }
    const long = longLine(text, limits.maxLineLength);
    if (long) this.obs.push({ kind: "limit", limit: "line-length", max: limits.maxLineLength, actual: long.length, range: long.range });
    const deep = deepFlow(text, limits.maxDepth);
    if (deep) {
      this.obs.push({ kind: "limit", limit: "depth", max: limits.maxDepth, actual: deep.depth, range: deep.range });
      return;
    }
    const src = this.shift ? text.slice(1) : text;
    const many = tooManyNodes(src, limits.maxNodes);
    if (many) {
      const at = many.at + this.shift;
      this.obs.push({ kind: "limit", limit: "nodes", max: limits.maxNodes, actual: many.count, range: { start: at, end: Math.min(at + 1, text.length) } });
      return;
    }
    this.doc = parseDocument(src, { uniqueKeys: false, prettyErrors: false, keepSourceTokens: false, strict: false });
    this.recordYamlErrors();
    if (!this.indexAliases()) return;
    const contents = this.doc.contents;
    if (!isMap(contents)) {
      const r = contents ? this.range(contents) : { start: 0, end: Math.min(text.length, 1) };
      this.obs.push({ kind: "wrong-type", path: "", expected: "mapping", found: typeName(contents), range: r, area: "top" });
      return;
    }
    this.readTop(contents);
  }

  private recordYamlErrors(): void {
    const all = [...this.doc.errors.map((e) => ({ e, warning: false })), ...this.doc.warnings.map((e) => ({ e, warning: true }))];
    const { maxErrors } = this.limits;
    const len = this.text.length;
    // An error at the end of the input ("missing ]") is shown on the last visible character.
    const visibleEnd = this.text.trimEnd().length;
    const at = (pos: readonly [number, number]): Range => {
      const start = pos[0] + this.shift;
      if (start >= visibleEnd) return { start: Math.max(0, visibleEnd - 1), end: visibleEnd };
      return { start, end: Math.min(Math.max(pos[1] + this.shift, start + 1), len) };
    };
    for (const { e, warning } of all.slice(0, maxErrors)) this.obs.push({ kind: "yaml-error", code: e.code, detail: e.message, range: at(e.pos), warning });
    if (all.length > maxErrors) this.obs.push({ kind: "limit", limit: "errors", max: maxErrors, actual: all.length, range: at(all[maxErrors]!.e.pos) });
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
    visit(this.doc, {
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
    this.obs.push({ kind: "limit", limit: "aliases", max: this.limits.maxAliases, actual: aliases, range: firstAlias ?? { start: 0, end: 0 } });
    return false;
  }

  private resolve(node: unknown): Node | null {
    let n = node as Node | null | undefined;
    if (isAlias(n)) n = this.aliasTargets.get(n);
    return n ?? null;
  }

  private keyText(pair: Pair): string {
    const k = pair.key;
    if (isScalar(k)) return String(k.value ?? "");
    return k == null ? "" : String((k as Node).toString?.() ?? "?");
  }

  /** Matches the keys of a mapping; records unknown, mistyped and duplicate keys. Yields each recognised pair once. */
  private *pairs<T>(m: YAMLMap, path: string, matcher: KeyMatcher<T>, area: Area, keyOf: (t: T) => string, other?: KeyMatcher<T>): Generator<{ pair: Pair; target: T; keyRange: Range; written: string; fromOtherForm: boolean }> {
    const seen = new Map<string, Range>();
    for (const pair of m.items) {
      const written = this.keyText(pair);
      const keyRange = this.range(pair.key as Node, this.range(m));
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
        this.obs.push({ kind: "unknown-key", path, key: written, suggestion: match.suggestion?.key ?? null, range: keyRange, area });
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
      if (match.kind === "typo") this.obs.push({ kind: "mistyped-key", path, key: written, expected: canonical, label: canonical, range: keyRange, area });
      yield { pair, target, keyRange, written, fromOtherForm };
    }
  }

  private readTop(top: YAMLMap): void {
    const candidates: KeyCandidate<TopTarget>[] = [
      ...this.form.meta.map((def) => ({ key: def.key, spellings: def.aliases ?? [], target: { type: "meta", def } as TopTarget })),
      ...this.form.sections.map((def) => ({ key: def.key, spellings: [def.heading, ...(def.aliases ?? [])], target: { type: "section", def } as TopTarget })),
      { key: this.form.notesKey, spellings: ["注", "备注"], target: { type: "notes" } },
    ];
    const keyOf = (t: TopTarget) => (t.type === "notes" ? this.form.notesKey : t.def.key);
    const found: { target: TopTarget; pair: Pair; keyRange: Range; written: string }[] = [];
    for (const hit of this.pairs(top, "", new KeyMatcher(candidates), "top", keyOf)) found.push(hit);

    // The form decides how every table is read, so 格式 and 年度 come first.
    const formatHit = found.find((f) => f.target.type === "meta" && f.target.def.id === "format");
    const yearHit = found.find((f) => f.target.type === "meta" && f.target.def.id === "year");
    if (yearHit) this.readMeta((yearHit.target as { def: MetaFieldDef }).def, yearHit.pair, yearHit.keyRange);
    let format: FormatYear | null = null;
    if (formatHit) format = this.readFormat(formatHit.pair, formatHit.keyRange);
    if (format === null) {
      const inferred: FormatYear = this.report.year !== null && this.report.year <= 2020 ? 2019 : 2021;
      format = inferred;
      if (!formatHit) this.obs.push({ kind: "format-undeclared", inferred, range: { start: this.shift, end: this.shift } });
    }
    this.form = formFor(format);
    const empty = emptyReport(this.form);
    Object.assign(this.report, { ...empty, year: this.report.year, format, formatDeclared: !!formatHit && this.report.formatDeclared });

    for (const f of found) {
      const t = f.target;
      if (t.type === "meta") {
        if (t.def.id !== "format" && t.def.id !== "year") this.readMeta(t.def, f.pair, f.keyRange);
      } else if (t.type === "section") {
        const ord = ordinalOf(f.written);
        if (ord && ord !== t.def.ordinal) this.obs.push({ kind: "heading-ordinal", path: t.def.id, key: f.written, written: ord, expected: t.def.ordinal, range: f.keyRange });
        this.readSection(t.def, f.pair, f.keyRange);
      } else this.readNotes(f.pair, f.keyRange);
    }
    const topRange = { start: this.shift, end: this.shift };
    for (const def of this.form.meta) {
      if (def.required && !found.some((f) => f.target.type === "meta" && f.target.def.id === def.id) && def.id !== "format")
        this.obs.push({ kind: "missing", path: `meta.${def.id}`, what: "meta", key: def.key, label: def.key, range: topRange });
    }
    for (const def of this.form.sections) {
      if (!found.some((f) => f.target.type === "section" && f.target.def.id === def.id))
        this.obs.push({ kind: "missing", path: def.id, what: def.kind === "text" ? "section" : "table", key: def.key, label: `${def.ordinal}、${def.heading}`, range: topRange });
    }
  }

  private setEntry(path: string, key: Range | undefined, value: Range | undefined): void {
    // Built without spreads: this runs for every cell of every table.
    const entry: { key?: Range; value?: Range } = {};
    if (key) entry.key = key;
    if (value) entry.value = value;
    this.map.set(path, entry);
  }

  private scalarText(node: Node | null): string | null {
    if (node == null) return null;
    if (isScalar(node)) return node.value == null ? null : String(node.value);
    return null;
  }

  private readFormat(pair: Pair, keyRange: Range): FormatYear | null {
    const node = this.resolve(pair.value);
    const vr = node ? this.range(node) : keyRange;
    this.setEntry("meta.format", keyRange, node ? vr : undefined);
    const t = this.scalarText(node)?.trim().normalize("NFKC") ?? "";
    if (t === "2019" || t === "2021") {
      this.report.formatDeclared = true;
      return Number(t) as FormatYear;
    }
    this.obs.push({ kind: "bad-meta", field: "format", written: t, range: vr });
    return null;
  }

  private readMeta(def: MetaFieldDef, pair: Pair, keyRange: Range): void {
    const node = this.resolve(pair.value);
    const vr = node ? this.range(node) : undefined;
    this.setEntry(`meta.${def.id}`, keyRange, vr);
    const raw = this.scalarText(node);
    const t = raw?.trim() ?? "";
    const bad = () => this.obs.push({ kind: "bad-meta", field: def.id, written: t, range: vr ?? keyRange });
    if (node && !isScalar(node)) return void bad();
    switch (def.id) {
      case "year": {
        const y = Number(t.normalize("NFKC").replace(/年$/u, ""));
        if (Number.isInteger(y) && y >= 2000 && y <= 2100) this.report.year = y;
        else bad();
        break;
      }
      case "publishedOn": {
        const d = t.normalize("NFKC").replace(/[年月/.]/gu, "-").replace(/日$/u, "");
        const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(d);
        if (m && validDate(+m[1]!, +m[2]!, +m[3]!)) this.report.publishedOn = `${m[1]}-${m[2]!.padStart(2, "0")}-${m[3]!.padStart(2, "0")}`;
        else if (t !== "") bad();
        break;
      }
      case "agency":
        if (t) this.report.agency = t;
        else bad();
        break;
      case "title":
        if (t) this.report.title = t;
        break;
      default:
        break;
    }
  }

  private readSection(def: SectionDef, pair: Pair, keyRange: Range): void {
    const node = this.resolve(pair.value);
    const vr = node ? this.range(node) : undefined;
    this.setEntry(def.id, keyRange, vr);
    this.report.present = { ...this.report.present, [def.id]: true };
    switch (def.kind) {
      case "text":
        if (def.id === "overview") return this.readOverview(node, keyRange);
        if (node && !isScalar(node)) {
          this.obs.push({ kind: "wrong-type", path: def.id, expected: "text", found: typeName(node), range: vr ?? keyRange, area: "section" });
          return;
        }
        this.report[def.id as "problems" | "other"] = this.scalarText(node);
        return;
      case "table2":
        return this.readTable2(node, keyRange);
      case "table3":
        return this.readTable3(node, keyRange);
      case "table4":
        return this.readTable4(node, keyRange);
    }
  }

  private readOverview(node: Node | null, keyRange: Range): void {
    if (node == null || isScalar(node)) {
      this.report.overview = { text: this.scalarText(node), topics: {} };
      return;
    }
    if (!isMap(node)) {
      this.obs.push({ kind: "wrong-type", path: "overview", expected: "mapping", found: typeName(node), range: this.range(node, keyRange), area: "section" });
      return;
    }
    const topics: Record<string, string> = {};
    const matcher = new KeyMatcher(this.form.overviewTopics.map((t) => ({ key: t.key, spellings: [t.label, ...(t.aliases ?? [])], target: t })));
    for (const { pair, target, keyRange: kr } of this.pairs<TopicDef>(node, "overview", matcher, "section", (t) => t.key)) {
      const v = this.resolve(pair.value);
      this.setEntry(`overview.${target.id}`, kr, v ? this.range(v) : undefined);
      if (v && !isScalar(v)) {
        this.obs.push({ kind: "wrong-type", path: `overview.${target.id}`, expected: "text", found: typeName(v), range: this.range(v), area: "section" });
        continue;
      }
      const t = this.scalarText(v);
      if (t !== null) topics[target.id] = t;
    }
    this.report.overview = { text: null, topics };
  }

  private readTable2(node: Node | null, keyRange: Range): void {
    if (!isMap(node)) {
      this.obs.push({ kind: "wrong-type", path: "proactive", expected: "mapping", found: typeName(node), range: node ? this.range(node) : keyRange, area: "table" });
      return;
    }
    type T2Target = { block: Table2BlockDef; row: Table2BlockDef["rows"][number]; form: FormDef };
    const candidates = (form: FormDef) => form.table2.blocks.flatMap((block) => block.rows.map((row) => ({ key: row.key, spellings: [row.label, ...(row.aliases ?? [])], target: { block, row, form } })));
    const otherForm = FORMS[this.form.year === 2021 ? 2019 : 2021];
    const matcher = new KeyMatcher<T2Target>(candidates(this.form));
    const otherMatcher = new KeyMatcher<T2Target>(candidates(otherForm));
    const seenRows = new Set<string>();
    for (const hit of this.pairs(node, "proactive", matcher, "table", (t) => t.row.key, otherMatcher)) {
      let { block, row } = hit.target;
      if (hit.fromOtherForm) {
        // A row of the other form: read it into this form's row of the same meaning where there is one.
        const mine = this.form.table2.blocks.flatMap((b) => b.rows.map((r) => ({ b, r }))).find((x) => x.r.id === row.id);
        if (mine) {
          this.obs.push({ kind: "mistyped-key", path: "proactive", key: hit.written, expected: mine.r.key, label: mine.r.label, range: hit.keyRange, area: "table" });
          block = mine.b;
          row = mine.r;
        } else {
          this.obs.push({ kind: "template-mismatch", path: `proactive.${row.id}`, key: hit.written, label: row.label, found: otherForm.year, expected: this.form.year, range: hit.keyRange });
          continue;
        }
      }
      if (seenRows.has(row.id)) continue;
      seenRows.add(row.id);
      this.readTable2Row(block, row, hit.pair, hit.keyRange, otherForm);
    }
    for (const block of this.form.table2.blocks)
      for (const row of block.rows)
        if (!seenRows.has(row.id)) this.obs.push({ kind: "missing", path: `proactive.${row.id}`, what: "row", key: row.key, label: row.label, range: keyRange });
  }

  private readTable2Row(block: Table2BlockDef, row: Table2BlockDef["rows"][number], pair: Pair, keyRange: Range, otherForm: FormDef): void {
    const path = `proactive.${row.id}`;
    const node = this.resolve(pair.value);
    this.setEntry(path, keyRange, node ? this.range(node) : undefined);
    const cells: Record<string, Cell> = {};
    const put = (colId: string, n: unknown, kr?: Range) => {
      const v = this.resolve(n);
      cells[colId] = cellFromNode(v, this.doc);
      // No value range for an empty value: a fix must insert after the key, not overwrite it. An
      // alias is located where it is written, not at its anchor.
      this.setEntry(`${path}.${colId}`, kr, v ? this.range(n as Node) : undefined);
    };
    if (block.columns.length === 1 && !isMap(node) && !isSeq(node)) {
      put(block.columns[0]!.id, pair.value, keyRange);
    } else if (isSeq(node)) {
      block.columns.forEach((c, i) => (i < node.items.length ? put(c.id, node.items[i]) : (cells[c.id] = missingCell())));
      if (node.items.length !== block.columns.length)
        this.obs.push({ kind: "row-length", path, label: row.label, expected: block.columns.length, actual: node.items.length, range: this.range(node) });
    } else if (isMap(node)) {
      const cand = (b: Table2BlockDef | undefined) => (b?.columns ?? []).map((c) => ({ key: c.key, spellings: [c.label, ...(c.aliases ?? [])], target: c }));
      const otherBlock = otherForm.table2.blocks.find((b) => b.id === block.id);
      for (const hit of this.pairs(node, path, new KeyMatcher(cand(block)), "table", (c) => c.key, new KeyMatcher(cand(otherBlock)))) {
        if (hit.fromOtherForm) {
          this.obs.push({ kind: "template-mismatch", path: `${path}.${hit.target.id}`, key: hit.written, label: hit.target.label, found: otherForm.year, expected: this.form.year, range: hit.keyRange });
          continue;
        }
        put(hit.target.id, hit.pair.value, hit.keyRange);
      }
      for (const c of block.columns)
        if (!cells[c.id]) {
          cells[c.id] = missingCell();
          this.obs.push({ kind: "missing", path: `${path}.${c.id}`, what: "cell", key: c.key, label: `${row.label} › ${c.label}`, range: keyRange });
        }
    } else {
      this.obs.push({ kind: "wrong-type", path, expected: "mapping", found: typeName(node), range: node ? this.range(node) : keyRange, area: "table" });
    }
    for (const c of block.columns) cells[c.id] ??= missingCell();
    this.report.proactive[row.id] = cells;
  }

  private readRow(path: string, label: string, node: Node | null, keyRange: Range, width: number): Cell[] {
    const cells: Cell[] = [];
    if (!isSeq(node)) {
      this.obs.push({ kind: "wrong-type", path, expected: "sequence", found: typeName(node), range: node ? this.range(node) : keyRange, area: "table" });
      for (let i = 0; i < width; i++) cells.push(missingCell());
      return cells;
    }
    for (let i = 0; i < width; i++) {
      if (i < node.items.length) {
        const item = this.resolve(node.items[i]);
        cells.push(cellFromNode(item, this.doc));
        this.setEntry(`${path}.${i}`, undefined, item ? this.range(node.items[i] as Node) : undefined);
      } else cells.push(missingCell());
    }
    if (node.items.length !== width) this.obs.push({ kind: "row-length", path, label, expected: width, actual: node.items.length, range: this.range(node) });
    return cells;
  }

  private readTable3(node: Node | null, keyRange: Range): void {
    const width = this.form.table3.columns.length;
    const otherForm = FORMS[this.form.year === 2021 ? 2019 : 2021];
    const readNodes = (defs: readonly Table3Node[], otherDefs: readonly Table3Node[], m: Node | null, parentPath: string, parentKey: Range) => {
      if (!isMap(m)) {
        this.obs.push({ kind: "wrong-type", path: parentPath, expected: "mapping", found: typeName(m), range: m ? this.range(m) : parentKey, area: "table" });
        return;
      }
      const matcher = new KeyMatcher(defs.map((d) => ({ key: d.key, spellings: [d.label, ...(d.aliases ?? [])], target: d })));
      const seen = new Set<string>();
      for (const hit of this.pairs(m, parentPath, matcher, "table", (d) => d.key)) {
        const def = hit.target;
        seen.add(def.id);
        const value = this.resolve(hit.pair.value);
        const path = `requests.${def.id}`;
        this.setEntry(path, hit.keyRange, value ? this.range(value) : undefined);
        const otherDef = otherDefs.find((o) => o.key === def.key);
        if (def.type === "group") {
          if (otherDef?.type === "row" && isSeq(value)) {
            // 2019's single （六）其他处理 row inside a 2021 report.
            this.obs.push({ kind: "template-mismatch", path, key: hit.written, label: otherDef.label, found: otherForm.year, expected: this.form.year, range: hit.keyRange });
            this.report.requests[otherDef.id as "otherHandling"] = this.readRow(`requests.${otherDef.id}`, otherDef.label, value, hit.keyRange, width);
            this.setEntry(`requests.${otherDef.id}`, hit.keyRange, this.range(value));
            for (const c of def.children) seen.add(c.id);
            continue;
          }
          readNodes(def.children, otherDef?.type === "group" ? otherDef.children : [], value, path, hit.keyRange);
        } else {
          if (otherDef?.type === "group" && isMap(value)) {
            // 2021's three （六） rows inside a 2019 report.
            this.obs.push({ kind: "template-mismatch", path, key: hit.written, label: otherDef.label, found: otherForm.year, expected: this.form.year, range: hit.keyRange });
            readNodes(otherDef.children, [], value, path, hit.keyRange);
            continue;
          }
          this.report.requests[def.id as keyof Report["requests"]] = this.readRow(path, def.label, value, hit.keyRange, width);
        }
      }
      const missing = (d: Table3Node) => {
        if (seen.has(d.id)) return;
        this.obs.push({ kind: "missing", path: `requests.${d.id}`, what: d.type === "group" ? "group" : "row", key: d.key, label: d.label, range: parentKey });
      };
      defs.forEach(missing);
    };
    readNodes(this.form.table3.rows, otherForm.table3.rows, node, "requests", keyRange);
  }

  private readTable4(node: Node | null, keyRange: Range): void {
    const def = this.form.table4;
    if (!isMap(node)) {
      this.obs.push({ kind: "wrong-type", path: "litigation", expected: "mapping", found: typeName(node), range: node ? this.range(node) : keyRange, area: "table" });
      return;
    }
    const matcher = new KeyMatcher(def.rows.map((r) => ({ key: r.key, spellings: [r.label, ...(r.aliases ?? [])], target: r })));
    const seen = new Set<string>();
    for (const hit of this.pairs(node, "litigation", matcher, "table", (r) => r.key)) {
      const row = hit.target;
      seen.add(row.id);
      const value = this.resolve(hit.pair.value);
      const path = `litigation.${row.id}`;
      this.setEntry(path, hit.keyRange, value ? this.range(value) : undefined);
      this.report.litigation[row.id as keyof Report["litigation"]] = this.readRow(path, row.label, value, hit.keyRange, def.columns.length);
    }
    for (const r of def.rows) if (!seen.has(r.id)) this.obs.push({ kind: "missing", path: `litigation.${r.id}`, what: "row", key: r.key, label: r.label, range: keyRange });
  }

  private readNotes(pair: Pair, keyRange: Range): void {
    const node = this.resolve(pair.value);
    this.setEntry("notes", keyRange, node ? this.range(node) : undefined);
    if (node == null) return;
    if (!isSeq(node)) {
      this.obs.push({ kind: "wrong-type", path: "notes", expected: "sequence", found: typeName(node), range: this.range(node), area: "notes" });
      return;
    }
    const notes: ReportNote[] = [];
    const tables: Record<string, TableId> = { 主动公开: "proactive", 依申请公开: "requests", 复议诉讼: "litigation", 二: "proactive", 三: "requests", 四: "litigation" };
    node.items.forEach((raw, i) => {
      const item = this.resolve(raw);
      const path = `notes.${i}`;
      this.setEntry(path, undefined, item ? this.range(item) : undefined);
      if (isScalar(item)) {
        notes.push({ rule: null, table: null, text: String(item.value ?? "") });
        return;
      }
      if (!isMap(item)) {
        this.obs.push({ kind: "wrong-type", path, expected: "mapping", found: typeName(item), range: item ? this.range(item) : keyRange, area: "notes" });
        return;
      }
      const fields = [
        { key: "规则", spellings: ["rule"], target: "rule" as const },
        { key: "内容", spellings: ["text", "说明"], target: "text" as const },
        { key: "表", spellings: ["表格", "table"], target: "table" as const },
      ];
      let rule: string | null = null;
      let table: TableId | null = null;
      let text = "";
      for (const hit of this.pairs(item, path, new KeyMatcher(fields), "notes", (t) => t)) {
        const v = this.resolve(hit.pair.value);
        const t = this.scalarText(v)?.trim() ?? "";
        this.setEntry(`${path}.${hit.target}`, hit.keyRange, v ? this.range(v) : undefined);
        if (hit.target === "rule") rule = t.toUpperCase();
        else if (hit.target === "text") text = t;
        else table = tables[t] ?? null;
      }
      notes.push({ rule, table, text });
    });
    this.report.notes = notes;
  }
}

function validDate(y: number, m: number, d: number): boolean {
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}

/** A report with every cell missing: the shape of the form before anything is read. */
export function emptyReport(form: FormDef): MutableReport {
  const proactive: Record<string, Record<string, Cell>> = {};
  for (const block of form.table2.blocks)
    for (const row of block.rows) proactive[row.id] = Object.fromEntries(block.columns.map((c) => [c.id, missingCell()]));
  const litigation = Object.fromEntries(form.table4.rows.map((r) => [r.id, form.table4.columns.map(() => missingCell())])) as unknown as Report["litigation"];
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
