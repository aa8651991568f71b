/**
 * Reports kept between visits in the browser's localStorage, under one key: nothing is ever sent
 * anywhere. A report is known by its file name, unique within the browser.
 */
export interface StoredReport {
  readonly name: string;
  readonly text: string;
  /** Milliseconds since the epoch of the last save. */
  readonly saved: number;
}

interface Saved {
  readonly reports: StoredReport[];
  readonly current: string | null;
}

export const STORAGE_KEY = "nianbao.web.reports.v1";

export class ReportStore {
  constructor(
    private readonly storage: Pick<Storage, "getItem" | "setItem">,
    private readonly key: string = STORAGE_KEY,
  ) {}

  private read(): Saved {
    try {
      const raw = this.storage.getItem(this.key);
      const parsed = raw ? (JSON.parse(raw) as Partial<Saved>) : {};
      const reports = Array.isArray(parsed.reports)
        ? parsed.reports.filter(
            (r): r is StoredReport => !!r && typeof r.name === "string" && typeof r.text === "string",
          )
        : [];
      return { reports, current: typeof parsed.current === "string" ? parsed.current : null };
    } catch {
      // Storage written by something else, or damaged: start empty rather than fail to open the page.
      return { reports: [], current: null };
    }
  }

  /** Writes; false when the browser refused (its quota is full), so the page can say the work is not saved. */
  private write(saved: Saved): boolean {
    try {
      this.storage.setItem(this.key, JSON.stringify(saved));
      return true;
    } catch {
      return false;
    }
  }

  list(): readonly StoredReport[] {
    return [...this.read().reports].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  }

  get(name: string): StoredReport | null {
    return this.read().reports.find((r) => r.name === name) ?? null;
  }

  get current(): string | null {
    const saved = this.read();
    return saved.reports.some((r) => r.name === saved.current) ? saved.current : null;
  }

  put(name: string, text: string, now: number = Date.now()): boolean {
    const saved = this.read();
    const reports = saved.reports.filter((r) => r.name !== name).concat({ name, text, saved: now });
    return this.write({ reports, current: name });
  }

  select(name: string): boolean {
    return this.write({ ...this.read(), current: name });
  }

  remove(name: string): boolean {
    const saved = this.read();
    const reports = saved.reports.filter((r) => r.name !== name);
    return this.write({ reports, current: saved.current === name ? (reports[0]?.name ?? null) : saved.current });
  }

  /** A name not yet taken: `base`, else `base (2)`, `base (3)`… before the extension. */
  freeName(base: string): string {
    const taken = new Set(this.read().reports.map((r) => r.name));
    if (!taken.has(base)) return base;
    const m = /^(.*?)(\.nianbao\.ya?ml)$/i.exec(base);
    const [stem, ext] = m ? [m[1]!, m[2]!] : [base, ""];
    for (let n = 2; ; n++) if (!taken.has(`${stem} (${n})${ext}`)) return `${stem} (${n})${ext}`;
  }
}

/** The name a report is stored under: an imported file's name with `.nianbao.yaml` for its extension. */
export function reportFileName(name: string): string {
  if (/\.nianbao\.ya?ml$/i.test(name)) return name;
  const base = name.replace(/\.[^./]*$/, "") || name;
  return `${base}.nianbao.yaml`;
}

/** How the language service names a stored report: one folder, so last year's is found beside it. */
export function storedUri(name: string): string {
  return `browser:/reports/${encodeURIComponent(name)}`;
}
