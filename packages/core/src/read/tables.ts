import { isMap, isSeq, type Node, type PairNode as Pair } from "./node.js";
import { FORMS, table3Leaves } from "../form/index.js";
import type { FormDef, Table2BlockDef, Table3Node } from "../form/types.js";
import { missingCell, type Cell, type Report } from "../model/index.js";
import type { Range } from "../source/index.js";
import { cellFromNode } from "./cells.js";
import type { KeyMatcher } from "./keys.js";
import { MATCHERS } from "./matchers.js";
import { typeName, type ReadState } from "./state.js";

/** Reading tables 二, 三 and 四 into the model, guided by the form. */

const otherFormOf = (form: FormDef): FormDef => FORMS[form.year === 2021 ? 2019 : 2021];

export function readTable2(s: ReadState, node: Node | null, keyRange: Range): void {
  if (!isMap(node)) {
    s.obs.push({
      kind: "wrong-type",
      path: "proactive",
      expected: "mapping",
      found: typeName(node),
      range: node ? s.range(node) : keyRange,
      area: "table",
    });
    return;
  }
  const otherForm = otherFormOf(s.form);
  const matcher = MATCHERS[s.form.year].table2Rows;
  const otherMatcher = MATCHERS[otherForm.year].table2Rows;
  const seenRows = new Set<string>();
  for (const hit of s.pairs(node, "proactive", matcher, "table", (t) => t.row.key, otherMatcher)) {
    let { block, row } = hit.target;
    if (hit.fromOtherForm) {
      // A row of the other form: read it into this form's row of the same meaning where there is one.
      const mine = s.form.table2.blocks.flatMap((b) => b.rows.map((r) => ({ b, r }))).find((x) => x.r.id === row.id);
      if (mine) {
        s.obs.push({
          kind: "mistyped-key",
          path: "proactive",
          key: hit.written,
          expected: mine.r.key,
          label: mine.r.label,
          range: hit.keyRange,
          area: "table",
        });
        block = mine.b;
        row = mine.r;
      } else {
        s.obs.push({
          kind: "template-mismatch",
          path: `proactive.${row.id}`,
          key: hit.written,
          label: row.label,
          found: otherForm.year,
          expected: s.form.year,
          range: hit.keyRange,
        });
        continue;
      }
    }
    if (seenRows.has(row.id)) continue;
    seenRows.add(row.id);
    readTable2Row(s, block, row, hit.pair, hit.keyRange, otherForm);
  }
  for (const block of s.form.table2.blocks)
    for (const row of block.rows)
      if (!seenRows.has(row.id))
        s.obs.push({
          kind: "missing",
          path: `proactive.${row.id}`,
          what: "row",
          key: row.key,
          label: row.label,
          range: keyRange,
        });
}

export function readTable2Row(
  s: ReadState,
  block: Table2BlockDef,
  row: Table2BlockDef["rows"][number],
  pair: Pair,
  keyRange: Range,
  otherForm: FormDef,
): void {
  const path = `proactive.${row.id}`;
  const node = s.resolve(pair.value);
  s.setEntry(path, keyRange, node ? s.range(node) : undefined);
  const cells: Record<string, Cell> = {};
  const put = (colId: string, n: unknown, kr?: Range) => {
    const v = s.resolve(n);
    cells[colId] = cellFromNode(v, s.doc);
    // No value range for an empty value: a fix must insert after the key, not overwrite it. An
    // alias is located where it is written, not at its anchor.
    s.setEntry(`${path}.${colId}`, kr, v ? s.range(n as Node) : undefined);
  };
  if (block.columns.length === 1 && !isMap(node) && !isSeq(node)) {
    put(block.columns[0]!.id, pair.value, keyRange);
  } else if (isSeq(node)) {
    block.columns.forEach((c, i) => (i < node.items.length ? put(c.id, node.items[i]) : (cells[c.id] = missingCell())));
    if (node.items.length !== block.columns.length)
      s.obs.push({
        kind: "row-length",
        path,
        label: row.label,
        expected: block.columns.length,
        actual: node.items.length,
        range: s.range(node),
      });
  } else if (isMap(node)) {
    const own = MATCHERS[s.form.year].table2Columns.get(block.id)!;
    const other = MATCHERS[otherForm.year].table2Columns.get(block.id);
    for (const hit of s.pairs(node, path, own, "table", (c) => c.key, other)) {
      if (hit.fromOtherForm) {
        s.obs.push({
          kind: "template-mismatch",
          path: `${path}.${hit.target.id}`,
          key: hit.written,
          label: hit.target.label,
          found: otherForm.year,
          expected: s.form.year,
          range: hit.keyRange,
        });
        continue;
      }
      put(hit.target.id, hit.pair.value, hit.keyRange);
    }
    for (const c of block.columns)
      if (!cells[c.id]) {
        cells[c.id] = missingCell();
        s.obs.push({
          kind: "missing",
          path: `${path}.${c.id}`,
          what: "cell",
          key: c.key,
          label: `${row.label} › ${c.label}`,
          range: keyRange,
        });
      }
  } else {
    s.obs.push({
      kind: "wrong-type",
      path,
      expected: "mapping",
      found: typeName(node),
      range: node ? s.range(node) : keyRange,
      area: "table",
    });
  }
  for (const c of block.columns) cells[c.id] ??= missingCell();
  s.report.proactive[row.id] = cells;
}

/**
 * The paths of the cells of every row of tables 三 and 四 in the official forms ("requests.granted"
 * → "requests.granted.0" …), made once at load: a batch would otherwise build and hash the same
 * two hundred strings for every report.
 */
const OFFICIAL_FORMS = [FORMS[2019], FORMS[2021]];
const WIDEST_ROW = Math.max(...OFFICIAL_FORMS.flatMap((f) => [f.table3.columns.length, f.table4.columns.length]));
const ROW_CELL_PATHS: ReadonlyMap<string, readonly string[]> = new Map(
  OFFICIAL_FORMS.flatMap((form) => [
    ...table3Leaves(form).map((l) => `requests.${l.row.id}`),
    ...form.table4.rows.map((r) => `litigation.${r.id}`),
  ]).map((row) => [row, Array.from({ length: WIDEST_ROW }, (_, i) => `${row}.${i}`)] as const),
);

/** The paths of the rows and groups of tables 三 and 四 by id ("granted" → "requests.granted"), made once at load. */
const TABLE3_PATHS: ReadonlyMap<string, string> = new Map(
  OFFICIAL_FORMS.flatMap((form) => table3NodeIds(form.table3.rows)).map((id) => [id, `requests.${id}`] as const),
);
const TABLE4_PATHS: ReadonlyMap<string, string> = new Map(
  OFFICIAL_FORMS.flatMap((form) => form.table4.rows.map((r) => [r.id, `litigation.${r.id}`] as const)),
);

function table3NodeIds(nodes: readonly Table3Node[]): string[] {
  return nodes.flatMap((n) => [n.id, ...(n.type === "group" ? table3NodeIds(n.children) : [])]);
}

export function readRow(
  s: ReadState,
  path: string,
  label: string,
  node: Node | null,
  keyRange: Range,
  width: number,
): Cell[] {
  const cells: Cell[] = [];
  const paths = ROW_CELL_PATHS.get(path);
  if (!isSeq(node)) {
    s.obs.push({
      kind: "wrong-type",
      path,
      expected: "sequence",
      found: typeName(node),
      range: node ? s.range(node) : keyRange,
      area: "table",
    });
    for (let i = 0; i < width; i++) cells.push(missingCell());
    return cells;
  }
  for (let i = 0; i < width; i++) {
    if (i < node.items.length) {
      const item = s.resolve(node.items[i]);
      cells.push(cellFromNode(item, s.doc));
      s.setEntry(paths?.[i] ?? `${path}.${i}`, undefined, item ? s.range(node.items[i] as Node) : undefined);
    } else cells.push(missingCell());
  }
  if (node.items.length !== width)
    s.obs.push({ kind: "row-length", path, label, expected: width, actual: node.items.length, range: s.range(node) });
  return cells;
}

export function readTable3(s: ReadState, node: Node | null, keyRange: Range): void {
  const width = s.form.table3.columns.length;
  const otherForm = otherFormOf(s.form);
  // `matcher` matches `defs`, the children of one group (or the table's top rows).
  const readNodes = (
    defs: readonly Table3Node[],
    matcher: KeyMatcher<Table3Node>,
    otherDefs: readonly Table3Node[],
    m: Node | null,
    parentPath: string,
    parentKey: Range,
  ) => {
    if (!isMap(m)) {
      s.obs.push({
        kind: "wrong-type",
        path: parentPath,
        expected: "mapping",
        found: typeName(m),
        range: m ? s.range(m) : parentKey,
        area: "table",
      });
      return;
    }
    const seen = new Set<string>();
    for (const hit of s.pairs(m, parentPath, matcher, "table", (d) => d.key)) {
      const def = hit.target;
      seen.add(def.id);
      const value = s.resolve(hit.pair.value);
      const path = TABLE3_PATHS.get(def.id) ?? `requests.${def.id}`;
      s.setEntry(path, hit.keyRange, value ? s.range(value) : undefined);
      const otherDef = otherDefs.find((o) => o.key === def.key);
      if (def.type === "group") {
        if (otherDef?.type === "row" && isSeq(value)) {
          // 2019's single （六）其他处理 row inside a 2021 report.
          s.obs.push({
            kind: "template-mismatch",
            path,
            key: hit.written,
            label: otherDef.label,
            found: otherForm.year,
            expected: s.form.year,
            range: hit.keyRange,
          });
          s.report.requests[otherDef.id as "otherHandling"] = readRow(
            s,
            `requests.${otherDef.id}`,
            otherDef.label,
            value,
            hit.keyRange,
            width,
          );
          s.setEntry(`requests.${otherDef.id}`, hit.keyRange, s.range(value));
          for (const c of def.children) seen.add(c.id);
          continue;
        }
        readNodes(
          def.children,
          MATCHERS[s.form.year].table3.get(def.id)!,
          otherDef?.type === "group" ? otherDef.children : [],
          value,
          path,
          hit.keyRange,
        );
      } else {
        if (otherDef?.type === "group" && isMap(value)) {
          // 2021's three （六） rows inside a 2019 report.
          s.obs.push({
            kind: "template-mismatch",
            path,
            key: hit.written,
            label: otherDef.label,
            found: otherForm.year,
            expected: s.form.year,
            range: hit.keyRange,
          });
          readNodes(
            otherDef.children,
            MATCHERS[otherForm.year].table3.get(otherDef.id)!,
            [],
            value,
            path,
            hit.keyRange,
          );
          continue;
        }
        s.report.requests[def.id as keyof Report["requests"]] = readRow(s, path, def.label, value, hit.keyRange, width);
      }
    }
    const missing = (d: Table3Node) => {
      if (seen.has(d.id)) return;
      s.obs.push({
        kind: "missing",
        path: `requests.${d.id}`,
        what: d.type === "group" ? "group" : "row",
        key: d.key,
        label: d.label,
        range: parentKey,
      });
    };
    defs.forEach(missing);
  };
  readNodes(
    s.form.table3.rows,
    MATCHERS[s.form.year].table3.get("")!,
    otherForm.table3.rows,
    node,
    "requests",
    keyRange,
  );
}

export function readTable4(s: ReadState, node: Node | null, keyRange: Range): void {
  const def = s.form.table4;
  if (!isMap(node)) {
    s.obs.push({
      kind: "wrong-type",
      path: "litigation",
      expected: "mapping",
      found: typeName(node),
      range: node ? s.range(node) : keyRange,
      area: "table",
    });
    return;
  }
  const seen = new Set<string>();
  for (const hit of s.pairs(node, "litigation", MATCHERS[s.form.year].table4, "table", (r) => r.key)) {
    const row = hit.target;
    seen.add(row.id);
    const value = s.resolve(hit.pair.value);
    const path = TABLE4_PATHS.get(row.id) ?? `litigation.${row.id}`;
    s.setEntry(path, hit.keyRange, value ? s.range(value) : undefined);
    s.report.litigation[row.id as keyof Report["litigation"]] = readRow(
      s,
      path,
      row.label,
      value,
      hit.keyRange,
      def.columns.length,
    );
  }
  for (const r of def.rows)
    if (!seen.has(r.id))
      s.obs.push({
        kind: "missing",
        path: `litigation.${r.id}`,
        what: "row",
        key: r.key,
        label: r.label,
        range: keyRange,
      });
}
