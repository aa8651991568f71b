import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { formatForYear, type FormatYear } from "@nianbao/core";
import { agencyNames } from "./jurisdiction-agencies.js";
import { INJECTIONS, type Injection, type InjectionKind } from "./jurisdiction-errors.js";
import { loadModels } from "./jurisdiction-models.js";
import { generateYear, type YearState } from "./jurisdiction-year.js";
import { seeded } from "./seeded.js";

export type { YearState };

/**
 * A supervising office's folder, generated: the reports of every agency of a jurisdiction over
 * several years, as a 政务公开办 receives them. Deterministic for a seed, so tests can assert on
 * exactly what is in it.
 *
 * Built from the published reports of examples/: each agency takes one of them as its model (the
 * sizes of its tables, the spread of its applicants over the six columns, its prose sentences),
 * and each year continues the last (上年结转 is last year's 结转下年度, 现行有效 last year's stock
 * plus 本年制发 minus 本年废止), so the cross-year rules run on consistent pairs and find nothing
 * unless an error was put there. Some agencies stop submitting before the last year (an agency
 * with last year's report and none this year), some start later (a new agency), and a share of
 * the reports carries one injected error of a known rule, recorded with what it must produce.
 */

export interface JurisdictionOptions {
  /** Number of agencies (400). */
  readonly agencies?: number;
  /** Report years, ascending (2021–2025). Years up to 2020 use the 2019 trial form. */
  readonly years?: readonly number[];
  readonly seed?: number;
  /** Share of agencies whose report for the last year is missing (0.04). */
  readonly missingRate?: number;
  /** Share of agencies that only start reporting in a later year (0.02). */
  readonly lateRate?: number;
  /** Share of reports with one injected error (0.05). */
  readonly errorRate?: number;
}

export interface GeneratedReport {
  /** Path relative to the folder, "/"-separated, as `nianbao check FOLDER` names it (with FOLDER/ in front). */
  readonly path: string;
  readonly agency: string;
  readonly year: number;
  readonly format: FormatYear;
  /** The injected error, or null for a report that must check clean (no error, no warning). */
  readonly injected: { readonly kind: InjectionKind; readonly codes: readonly string[] } | null;
}

export interface MissingReport {
  readonly agency: string;
  /** The year with no report. */
  readonly year: number;
  /** The agency's report for the year before, which is in the folder. */
  readonly previousPath: string;
}

export interface Jurisdiction {
  readonly files: readonly GeneratedReport[];
  readonly expected: {
    readonly agencies: readonly string[];
    readonly years: readonly number[];
    /** Agencies with last year's report and none this year (the last year of `years`). */
    readonly missing: readonly MissingReport[];
    /** Every injected error: which file, what was done, which rule codes it must produce there. */
    readonly injected: readonly {
      readonly path: string;
      readonly kind: InjectionKind;
      readonly codes: readonly string[];
    }[];
  };
}

const DEFAULTS = {
  agencies: 400,
  years: [2021, 2022, 2023, 2024, 2025],
  seed: 20260106,
  missingRate: 0.04,
  lateRate: 0.02,
  errorRate: 0.05,
} as const;

/** Writes the jurisdiction's reports into `dir` (which should be empty) and says what is in it. */
export function writeJurisdiction(dir: string, options: JurisdictionOptions = {}): Jurisdiction {
  const o = { ...DEFAULTS, ...options };
  const random = seeded(o.seed);
  const models = loadModels();
  const sentences = [...new Set(models.flatMap((m) => m.sentences))];
  const names = agencyNames(o.agencies, random);
  const files: GeneratedReport[] = [];
  const missing: MissingReport[] = [];
  const injected: Jurisdiction["expected"]["injected"][number][] = [];
  const last = o.years[o.years.length - 1]!;

  names.forEach((agency, a) => {
    const model = models[a % models.length]!;
    const scale = 0.4 + random.next() * 1.6;
    const late = o.years.length > 2 && random.next() < o.lateRate;
    const stops = random.next() < o.missingRate;
    const years = o.years.slice(late ? 1 + random.int(o.years.length - 2) : 0, stops ? -1 : undefined);
    let previous: YearState | null = null;
    let previousPath: string | null = null;
    for (const year of years) {
      const inject = random.next() < o.errorRate ? INJECTIONS[random.int(INJECTIONS.length)]! : null;
      // Copying last year's text needs a last year.
      const injection: Injection | null = inject?.needsPrevious && !previous ? null : inject;
      const state = generateYear({ agency: agency.name, year, model, scale, sentences }, previous, random, injection);
      const text = injection?.text ? injection.text(state.text) : state.text;
      const path = agency.layout(year);
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
      const injectedHere = injection ? { kind: injection.kind, codes: injection.codes } : null;
      files.push({ path, agency: agency.name, year, format: formatForYear(year), injected: injectedHere });
      if (injectedHere) injected.push({ path, ...injectedHere });
      previous = state;
      previousPath = path;
    }
    if (stops && previousPath) missing.push({ agency: agency.name, year: last, previousPath });
  });
  return {
    files,
    expected: { agencies: names.map((n) => n.name), years: [...o.years], missing, injected },
  };
}
