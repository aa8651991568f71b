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
 * Most reports of the year before that may share all but one part of a name (places and body) for
 * one of them to be pointed at: past that (a folder of a city's many departments, 测试市第1局 …
 * 测试市第900局), no one name stands out, and comparing them all would grow with the square of
 * the folder.
 */
export const MAX_LIKELY_CANDIDATES = 64;

/**
 * Pairs each report with the same agency's report for the year before (see docs/guide.md, the
 * cross-year checks). An identical identity is preferred; else a variant (the same body, places
 * dropped or added at the outer end) when all the variants found are one name. Several different
 * variants (洪泽区人民政府 of two different cities) are ambiguous: none is paired, the first is
 * `likely`. A report still unpaired gets as `likely` the most similar report of the year before in
 * its folder (nameSimilarity, among at most MAX_LIKELY_CANDIDATES names alike in the same part)
 * that no other report was paired with. Ties go to the first in input order, so the
 * result is deterministic for sorted inputs. The CLI and the language server both pair with this.
 */
export function pairPreviousYears(entries: readonly PairingEntry[]): PreviousYearMatch[] {
  const ids = entries.map((e) => (e.year === null ? null : agencyIdentity(e.agency)));
  const exact = new Map<string, number>();
  const variants = new Map<string, number[]>();
  ids.forEach((id, i) => {
    if (!id) return;
    const year = entries[i]!.year!;
    const key = `${year}\u0000${id.key}`;
    if (!exact.has(key)) exact.set(key, i);
    if (id.places.length) push(variants, variantKey(year, id), i);
  });
  // Made only when a report is left unpaired: most runs pair every report that has a previous year.
  let alikeMap: Map<string, number[]> | undefined;
  const alike = (): Map<string, number[]> => {
    if (alikeMap) return alikeMap;
    alikeMap = new Map();
    ids.forEach((id, i) => {
      const folder = entries[i]!.folder;
      if (id && folder !== undefined)
        for (const key of alikeKeys(entries[i]!.year!, folder, id)) push(alikeMap!, key, i);
    });
    return alikeMap;
  };

  const matches: PreviousYearMatch[] = ids.map((id, i) => {
    if (!id) return {};
    const year = entries[i]!.year! - 1;
    const same = exact.get(`${year}\u0000${id.key}`);
    if (same !== undefined) return { previous: same };
    const found = id.places.length
      ? (variants.get(variantKey(year, id)) ?? []).filter((j) => compareIdentities(id, ids[j]!) === "variant")
      : [];
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
    for (const key of alikeKeys(entries[i]!.year! - 1, folder, id)) {
      const bucket = alike().get(key) ?? [];
      if (bucket.length > MAX_LIKELY_CANDIDATES) continue;
      for (const j of bucket) {
        if (taken.has(j)) continue;
        const similarity = nameSimilarity(id, ids[j]!);
        if (
          similarity >= LIKELY_SIMILARITY &&
          (!best || similarity > best.similarity || (similarity === best.similarity && j < best.index))
        )
          best = { index: j, similarity };
      }
    }
    return best ? { likely: best.index } : m;
  });
}

/** The bucket of names that may be variants of each other: the innermost place and the body agree. */
function variantKey(year: number, id: AgencyIdentity): string {
  return `${year}\u0000${id.places[id.places.length - 1]}\u0000${id.body}`;
}

/**
 * The buckets of names that nameSimilarity can find alike: those equal in all parts but one (a
 * place or the body), in one folder and year. One key per part, that part left out.
 */
function alikeKeys(year: number, folder: string, id: AgencyIdentity): string[] {
  const parts = [...id.places, id.body];
  return parts.map((_, j) => [year, folder, parts.length, j, ...parts.filter((__, k) => k !== j)].join("\u0000"));
}

function push(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
