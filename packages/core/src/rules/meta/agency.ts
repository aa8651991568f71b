import type { Report } from "../../model/index.js";

/**
 * What kind of body reports. A 本级人民政府 report or a region summary (全市/全区/全县汇总) is due by
 * 3月31日 and its tables cover the whole region; a department's report is due by 1月31日 and covers
 * the department (条例第四十九条).
 */
export type AgencyKind = "government" | "department";

// A name that ends in a place (平潭综合实验区, 宿迁市) is a region, not one of its departments.
const REGION_END = /(?:人民政府|省|市|区|县|州|旗|盟)$/u;

export function agencyKind(report: Report): AgencyKind | null {
  const agency = report.agency?.replace(/\s+/gu, "") ?? "";
  if (!agency) return null;
  if (REGION_END.test(agency) || /汇总/u.test(agency) || /汇总/u.test(report.title ?? "")) return "government";
  return "department";
}

/** The place names an agency's name starts with: 淮安市洪泽区人民政府 → 淮安市, 洪泽区. */
export function placeNames(agency: string): string[] {
  const out: string[] = [];
  const re = /(.+?(?:自治区|自治州|自治县|省|市|区|县|州|旗|盟))/uy;
  let m: RegExpExecArray | null;
  while ((m = re.exec(agency)) !== null) out.push(m[1]!);
  return out;
}
