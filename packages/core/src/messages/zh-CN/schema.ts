import type { Catalogue } from "../format.js";

/** Messages of the model schema (reportSchema), zh-CN. */
export const messages: Catalogue = {
  "schema.cellValueExact": "数值单元格的 value（{value}）与 exact（{exact}）不是同一个数",
};
