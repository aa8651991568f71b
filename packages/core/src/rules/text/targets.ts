import { countOf } from "../../arith/cells.js";
import {
  sumExact,
  table3ResultRowIds,
  table3RoleRow,
  table3TotalColumn,
  table4TotalColumn,
} from "../../arith/totals.js";
import { FORMS, table3Leaves, type FormDef, type Table3Node } from "../../form/index.js";
import type { Bilingual } from "../../messages/format.js";
import type { Report } from "../../model/index.js";
import { bilingual } from "../describe.js";
import {
  quoted,
  table2CellLabel,
  table3CellLabel,
  table3ColumnLabel,
  table3RowLabel,
  table4CellLabel,
} from "../labels.js";
import type { ResultGroup, Target } from "./facts.js";

/** One table cell a narrative figure is compared with. */
export interface CellRef {
  readonly path: string;
  readonly value: number | null;
  readonly label: Bilingual;
}

/** A reading of the figure: the sum of some cells. Null value when a cell is not assessable. */
export interface Reading {
  readonly cells: readonly CellRef[];
  readonly value: number | null;
  /** The printed labels, with the table named. */
  readonly label: Bilingual;
}

const join = (parts: readonly Bilingual[]): Bilingual => ({
  zh: parts.map((p) => p.zh).join(" + "),
  en: parts.map((p) => p.en).join(" + "),
});
const concat = (a: Bilingual, b: Bilingual): Bilingual => ({ zh: `${a.zh}${b.zh}`, en: `${a.en}, ${b.en}` });

/**
 * The readings of a target, the first being the one a message names. "收到申请 X 件" has two: 一 alone,
 * and 一 + 二 (宿迁 "收办3607件" = 3511 + 96).
 */
export function readingsOf(form: FormDef, report: Report, target: Target): Reading[] {
  switch (target.table) {
    case "requests": {
      const row = table3RoleRow(form, target.row);
      const rows = target.row === "new" ? [[row], [row, table3RoleRow(form, "carriedIn")]] : [[row]];
      return rows.map((ids) => requestsReading(form, report, ids, target.columns));
    }
    case "results":
      return [resultsReading(form, report, target.group)];
    case "litigation": {
      const col = target.column === "total" ? table4TotalColumn(form) : target.column;
      const cells = target.blocks.map(
        (b) =>
          new LazyCell(`litigation.${b}.${col}`, countOf(report.litigation[b]?.[col]), () =>
            table4CellLabel(form, b, col),
          ),
      );
      return [
        new LazyReading(cells, () => bilingual("text.table.litigation", { cell: join(cells.map((c) => c.label)) })),
      ];
    }
    case "proactive": {
      const cell = new LazyCell(
        `proactive.${target.row}.${target.column}`,
        countOf(report.proactive[target.row]?.[target.column]),
        () => table2CellLabel(form, target.row, target.column),
      );
      return [new LazyReading([cell], () => bilingual("text.table.proactive", { cell: cell.label }))];
    }
  }
}

/** Whether the report's form has the cell a table 二 target names (the 2019 form counts documents differently). */
export function hasProactiveCell(form: FormDef, row: string, column: string): boolean {
  return form.table2.blocks.some((b) => b.rows.some((r) => r.id === row) && b.columns.some((c) => c.id === column));
}

/*
 * Labels are made when read: most figures match their cells, and only a finding names them, while
 * making them (message formatting) for every figure cost a batch of real reports about a tenth of
 * its time. Classes rather than object literals with a getter: those measured slower than making
 * the labels at once.
 */
class LazyCell implements CellRef {
  constructor(
    readonly path: string,
    readonly value: number | null,
    private readonly labelOf: () => Bilingual,
  ) {}
  get label(): Bilingual {
    return this.labelOf();
  }
}

class LazyReading implements Reading {
  readonly value: number | null;
  constructor(
    readonly cells: readonly CellRef[],
    private readonly labelOf: () => Bilingual,
  ) {
    this.value = sumExact(cells.map((c) => c.value));
  }
  get label(): Bilingual {
    return this.labelOf();
  }
}

function requestsReading(
  form: FormDef,
  report: Report,
  rowIds: readonly string[],
  columns: "total" | readonly number[],
): Reading {
  const cols = columns === "total" ? [table3TotalColumn(form)] : columns;
  const cells = rowIds.flatMap((r) =>
    cols.map(
      (c) =>
        new LazyCell(`requests.${r}.${c}`, countOf(report.requests[r as keyof Report["requests"]]?.[c]), () =>
          table3CellLabel(form, r, c),
        ),
    ),
  );
  // Several applicant columns are the organisations together: name them by their printed header.
  const labels = () =>
    cols.length === 1
      ? cells.map((c) => c.label)
      : rowIds.map((r) =>
          concat(table3RowLabel(form, r), bilingual("text.organisations", { header: form.table3.organisationHeader })),
        );
  return new LazyReading(cells, () => bilingual("text.table.requests", { cell: join(labels()) }));
}

const SINGLE_ROWS: Partial<Record<ResultGroup, readonly string[]>> = {
  granted: ["granted"],
  partlyGranted: ["partlyGranted"],
  grantedOrPartly: ["granted", "partlyGranted"],
};

function resultsReading(form: FormDef, report: Report, group: ResultGroup): Reading {
  const tot = table3TotalColumn(form);
  const rowIds = SINGLE_ROWS[group] ?? groupRows(form, report, group);
  const cells = rowIds.map(
    (r) =>
      new LazyCell(`requests.${r}.${tot}`, countOf(report.requests[r as keyof Report["requests"]]?.[tot]), () =>
        table3CellLabel(form, r, tot),
      ),
  );
  const label = (): Bilingual => {
    const def = findGroup(form.table3.rows, group);
    return def
      ? bilingual("text.groupTotal", { group: quoted(def.label, def.en), column: table3ColumnLabel(form, tot) })
      : join(cells.map((c) => c.label));
  };
  return new LazyReading(cells, () => bilingual("text.table.requests", { cell: label() }));
}

function findGroup(nodes: readonly Table3Node[], id: string): (Table3Node & { type: "group" }) | null {
  for (const n of nodes) {
    if (n.type !== "group") continue;
    if (n.id === id) return n;
    const hit = findGroup(n.children, id);
    if (hit) return hit;
  }
  return null;
}

/**
 * The rows of each group of table 三 (and each row as its own group), on either form. They are
 * the same whatever the report, so they are worked out once at load rather than for every figure
 * of every report.
 */
const ROWS_OF_GROUP: ReadonlyMap<string, ReadonlySet<string>> = (() => {
  const rows = new Map<string, Set<string>>();
  for (const leaf of Object.values(FORMS).flatMap((f) => table3Leaves(f)))
    for (const id of [leaf.row.id, ...leaf.groups.map((g) => g.id)])
      rows.set(id, (rows.get(id) ?? new Set<string>()).add(leaf.row.id));
  return rows;
})();

/**
 * The result rows of a group as this report writes them: a 2021 report may carry 2019's single
 * （六）其他处理 row (洪泽区 2023/2024), and then that row is the group.
 */
function groupRows(form: FormDef, report: Report, group: string): string[] {
  const inGroup = ROWS_OF_GROUP.get(group);
  return inGroup ? table3ResultRowIds(form, report.requests).filter((id) => inGroup.has(id)) : [];
}
