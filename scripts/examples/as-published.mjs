/**
 * How the published tables differ from the official form, per example. These are facts about the
 * published reports (source data, quoted from MANIFEST.tsv and each *.tables.json), kept so that
 * the YAML files carry the reports' real errors and the checker finds them. Nothing here re-types a
 * label of the form: where a key is not overridden, tables-to-yaml.mjs takes it from FORMS.
 *
 * Handled generically by tables-to-yaml.mjs, so not listed here:
 *   - a table 三 with `other_processing` (2019's single （六）其他处理 row) is written as that row;
 *   - a null cell is written as a blank cell;
 *   - `table2._cell_annotations` are written as the annotated cell text.
 *
 * Fields:
 *   keys:            model path of a row → the key as published (label typos);
 *   sectionKeys:     section id → the key as published, when the heading itself is misspelt;
 *   sectionOrdinals: section id → the ordinal the report prints before the form's heading;
 *   cellNotes:       model path of a cell → a comment written after that row.
 */
export const AS_PUBLISHED = {
  "jiangsu-huaian-hongzequ-gov-2023": {
    // observed_issues: 表三行标签笔误『2.其他法律行政止公开』
    keys: { "requests.prohibitedByLaw": "其他法律行政止公开" },
  },
  "jiangsu-huaian-hongzequ-gov-2024": {
    // observed_issues: 表三行标签笔误『2.其他法律行政止公开』
    keys: { "requests.prohibitedByLaw": "其他法律行政止公开" },
  },
  "shanghai-stcsm-kewei-2024": {
    // table2._label_variant: 行政规范性文件 写作『规范性文件』
    keys: { "proactive.normativeDocuments": "规范性文件" },
    // MANIFEST: 表格部分重新从『一、主动公开政府信息情况』编号
    sectionOrdinals: { proactive: "一", requests: "二", litigation: "三" },
    cellNotes: { "requests.carriedOut.6": "总计格在提取文本中缺失（MANIFEST 按 1 推断），不作推断，写作空白格" },
  },
  "fujian-pingtan-zone-2022": {
    // MANIFEST: 第四部分标题笔误『政府信息公开行政法复议』
    sectionKeys: { litigation: "四、政府信息公开行政法复议、行政诉讼情况" },
  },
  "shanghai-city-gov-office-2025": {
    cellNotes: { "proactive.normativeDocuments.repealed": "本年废止件数在提取文本中缺失，按空白格填写" },
  },
};
