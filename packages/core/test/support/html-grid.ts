/** Reads the tables of rendered HTML back as grids, to check merged cells the way a browser lays them out. */

export interface GridCell {
  readonly tag: "th" | "td";
  readonly text: string;
  readonly colspan: number;
  readonly rowspan: number;
  readonly attrs: Readonly<Record<string, string>>;
}

const unescape = (s: string) =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");

function attrsOf(s: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of s.matchAll(/([\w-]+)="([^"]*)"/g)) out[m[1]!] = unescape(m[2]!);
  return out;
}

/** The rows of one table (thead and tbody together), each a list of its cells. */
export function tableRows(html: string, table: string): GridCell[][] {
  const m = new RegExp(`<table[^>]*data-table="${table}"[^>]*>([\\s\\S]*?)</table>`).exec(html);
  if (!m) throw new Error(`no table ${table}`);
  return [...m[1]!.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((row) =>
    [...row[1]!.matchAll(/<(th|td)([^>]*)>([\s\S]*?)<\/\1>/g)].map((c) => {
      const attrs = attrsOf(c[2]!);
      return {
        tag: c[1] as "th" | "td",
        text: unescape(c[3]!),
        colspan: Number(attrs.colspan ?? 1),
        rowspan: Number(attrs.rowspan ?? 1),
        attrs,
      };
    }),
  );
}

/**
 * Lays the rows out as a browser does (cells skip slots taken by rowspans above) and returns how many
 * grid columns each row fills; -1 for a row with a hole or an overlap.
 */
export function rowWidths(rows: readonly GridCell[][]): number[] {
  const taken: Map<number, number>[] = rows.map(() => new Map());
  rows.forEach((row, r) => {
    let col = 0;
    for (const cell of row) {
      while (taken[r]!.has(col)) col++;
      for (let dr = 0; dr < cell.rowspan; dr++)
        for (let dc = 0; dc < cell.colspan; dc++) {
          const line = taken[r + dr];
          if (line) line.set(col + dc, (line.get(col + dc) ?? 0) + 1);
        }
      col += cell.colspan;
    }
  });
  return taken.map((line) => {
    const width = line.size ? Math.max(...line.keys()) + 1 : 0;
    return line.size === width && [...line.values()].every((n) => n === 1) ? width : -1;
  });
}

export function cellByText(rows: readonly GridCell[][], text: string): GridCell | undefined {
  return rows.flat().find((c) => c.text === text);
}
