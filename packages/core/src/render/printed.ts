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
