/**
 * Words the printed report carries besides the form's labels. The report is a Chinese official
 * document whatever the reader's locale, so these are not translated.
 */
export const PRINTED = {
  /** Prefix of a table note, as in "注：行政复议、行政诉讼数量含上年度结转数量". */
  note: "注：",
  /** The title's tail when the file gives none: 「{机关}{年度}年政府信息公开工作年度报告」 (标题's documented default). */
  titleTail: "年政府信息公开工作年度报告",
} as const;

/**
 * The 落款 printed at the end, as an official document is signed: the agency (机关) on one line and
 * the date of publication (发布日期, written 「2026年1月23日」) under it when known. Printing it
 * makes 机关 part of the page, so importing the page gives it back even where the title says
 * otherwise. Empty without an agency.
 */
export function signatureLines(report: {
  readonly agency: string | null;
  readonly publishedOn: string | null;
}): string[] {
  const agency = report.agency?.trim();
  if (!agency) return [];
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(report.publishedOn ?? "");
  return d ? [agency, `${d[1]}年${Number(d[2])}月${Number(d[3])}日`] : [agency];
}
