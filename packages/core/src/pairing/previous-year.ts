import { agencyIdentity, compareIdentities, nameSimilarity, type AgencyIdentity } from "./identity.js";

/** What pairing needs to know of a report. */
export interface PairingEntry {
  readonly agency: string | null;
  readonly year: number | null;
  /**
   * Where the report is kept (its folder), when known: a report of the year before in the same
   * folder whose name does not match is pointed at as a likely previous year.
   */
  readonly folder?: string;
}

/**
 * The report of the year before for one report: `previous` when the agency identities match with
 * certainty (the cross-year rules compare the two), else `likely` when there is a report that may
 * be last year's but could not be paired (XY-UNPAIRED names it). Indexes into the entries.
 */
export interface PreviousYearMatch {
  readonly previous?: number;
  readonly likely?: number;
}

/** How alike a name in the same folder must look to be pointed at as a likely previous year. */
export const LIKELY_SIMILARITY = 0.5;

/**
 * Pairs each report with the same agency's report for the year before (see docs/guide.md, the
 * cross-year checks). An identical identity is preferred; else a variant (the same body, places
 * dropped or added at the outer end) when all the variants found are one name. Several different
 * variants (洪泽区人民政府 of two different cities) are ambiguous: none is paired, the first is
 * `likely`. A report still unpaired gets as `likely` the most similar report of the year before in
 * its folder that no other report was paired with. Ties go to the first in input order, so the
 * result is deterministic for sorted inputs. The CLI and the language server both pair with this.
 */
export function pairPreviousYears(entries: readonly PairingEntry[]): PreviousYearMatch[] {
  const ids = entries.map((e) => (e.year === null ? null : agencyIdentity(e.agency)));
  const exact = new Map<string, number>();
  const variants = new Map<string, number[]>();
  const inFolder = new Map<string, number[]>();
  ids.forEach((id, i) => {
    if (!id) return;
    const year = entries[i]!.year!;
    const key = `${year}\u0000${id.key}`;
    if (!exact.has(key)) exact.set(key, i);
    if (id.places.length) push(variants, variantKey(year, id), i);
    const folder = entries[i]!.folder;
    if (folder !== undefined) push(inFolder, `${year}\u0000${folder}`, i);
  });

  const matches: PreviousYearMatch[] = ids.map((id, i) => {
    if (!id) return {};
    const year = entries[i]!.year! - 1;
    const same = exact.get(`${year}\u0000${id.key}`);
    if (same !== undefined) return { previous: same };
    const found = id.places.length ? (variants.get(variantKey(year, id)) ?? []).filter((j) => compareIdentities(id, ids[j]!) === "variant") : [];
    if (found.length === 0) return {};
    const names = new Set(found.map((j) => ids[j]!.key));
    return names.size === 1 ? { previous: found[0]! } : { likely: found[0]! };
  });

  const taken = new Set(matches.flatMap((m) => (m.previous === undefined ? [] : [m.previous])));
  return matches.map((m, i) => {
    const id = ids[i];
    const folder = entries[i]!.folder;
    if (m.previous !== undefined || m.likely !== undefined || !id || folder === undefined) return m;
    let best: { index: number; similarity: number } | undefined;
    for (const j of inFolder.get(`${entries[i]!.year! - 1}\u0000${folder}`) ?? []) {
      if (taken.has(j)) continue;
      const similarity = nameSimilarity(id, ids[j]!);
      if (similarity >= LIKELY_SIMILARITY && (!best || similarity > best.similarity)) best = { index: j, similarity };
    }
    return best ? { likely: best.index } : m;
  });
}

/** The bucket of names that may be variants of each other: the innermost place and the body agree. */
function variantKey(year: number, id: AgencyIdentity): string {
  return `${year}\u0000${id.places[id.places.length - 1]}\u0000${id.body}`;
}

function push(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
