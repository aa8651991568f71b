/**
 * The agency of an imported report. The title names it, but often in a shorter form than the
 * report's own 落款 or text (洪泽区人民政府 in the title, 淮安市洪泽区人民政府 in the text), and
 * sometimes misspelt (沐阳县 for 沭阳县 in the title of a report signed 沭阳县人民政府). The importer
 * takes the fullest name the text gives and keeps the title as published, so META-AGENCY still
 * points at a title that differs from 机关.
 */
import { agencyIdentity, compareIdentities, nameSimilarity } from "../pairing/identity.js";
import { DATE_LINE, isoDate } from "./meta.js";
import type { Item } from "./zones.js";

/** The 落款 at the end of a report: the agency's name, then usually the date, on lines of their own. */
export interface Signature {
  readonly agency: string;
  /** YYYY-MM-DD, when the 落款 is dated. */
  readonly date: string | null;
  /** The lines it took, so they are not read as prose. */
  readonly items: ReadonlySet<Item>;
}

/** A name as signed: no sentence punctuation, and it ends as an agency or a region's name does. */
const NAME =
  /^[\p{Script=Han}A-Za-z0-9·（）()]{2,40}?(?:人民政府|政府|办公厅|办公室|委员会|管委会|局|厅|委|办|院|署|中心|所|处|室|馆|站|部|会|省|市|区|县|州|旗|盟|镇|乡|街道)$/u;
const NAME_AND_DATE = /^(.+?)\s*[（(]?\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*[）)]?$/u;

/**
 * The 落款 among the last prose lines of a report: a name followed by a date (on the next line or
 * the same one), or a name alone on the last line when it is the title's agency or close to it.
 */
export function readSignature(items: readonly Item[], titleAgency: string | null): Signature | null {
  const prose = items.filter((i) => i.line && !i.tabular && i.text.trim());
  const last = prose.at(-1);
  if (!last) return null;
  const text = (i: Item) => i.text.trim().replace(/\s+/gu, "");
  const dated = DATE_LINE.exec(text(last));
  const before = prose.at(-2);
  if (dated && before && NAME.test(text(before)))
    return { agency: text(before), date: isoDate(dated, 1), items: new Set([before, last]) };
  const glued = NAME_AND_DATE.exec(text(last));
  if (glued && NAME.test(glued[1]!)) return { agency: glued[1]!, date: isoDate(glued, 2), items: new Set([last]) };
  if (!dated && NAME.test(text(last)) && closeTo(text(last), titleAgency))
    return { agency: text(last), date: null, items: new Set([last]) };
  return null;
}

/** An undated last line is taken for a 落款 only when it looks like the title's agency. */
function closeTo(name: string, titleAgency: string | null): boolean {
  const a = agencyIdentity(name);
  const b = agencyIdentity(titleAgency);
  return !!a && !!b && (compareIdentities(a, b) !== null || nameSimilarity(a, b) >= 0.5);
}

/**
 * The agency to import: the 落款's over the title's when they differ (the title is the one a typo
 * or a short form slips into), unless the title's is the same agency written more fully; then the
 * fullest form the text gives of it (「本报告由淮安市洪泽区人民政府办公室…」 completes 洪泽区人民政府).
 */
export function chooseAgency(
  titleAgency: string | null,
  signature: Signature | null,
  items: readonly Item[],
): string | null {
  let agency = titleAgency;
  if (signature && signature.agency !== titleAgency) {
    const a = agencyIdentity(signature.agency);
    const b = agencyIdentity(titleAgency);
    const variant = a && b && compareIdentities(a, b) === "variant";
    agency = variant && b.places.length > a.places.length ? titleAgency : signature.agency;
  }
  return agency === null ? null : (fullerInText(agency, items) ?? agency);
}

/**
 * The name with the places the text writes before it and the name lacks: the fewest that make a
 * place (淮安市 of 「由淮安市洪泽区人民政府」, not 由淮安市), so words before it are never taken in.
 */
function fullerInText(name: string, items: readonly Item[]): string | null {
  const id = agencyIdentity(name);
  if (!id || id.places.length === 0) return null;
  for (const item of items) {
    const text = item.text.replace(/\s+/gu, "");
    for (let at = text.indexOf(name); at > 0; at = text.indexOf(name, at + 1)) {
      const before = text.slice(Math.max(0, at - 12), at);
      for (let k = before.length - 1; k >= 0; k--) {
        const fuller = agencyIdentity(before.slice(k) + name);
        if (
          fuller &&
          fuller.body === id.body &&
          fuller.places.length > id.places.length &&
          fuller.places.join("") === before.slice(k) + id.places.join("")
        )
          return before.slice(k) + name;
      }
    }
  }
  return null;
}
