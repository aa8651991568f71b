import type { Catalogue } from "../format.js";

/** Messages of the values rules (zh-CN). Keys: `<CODE>.<message>` and `rule.<CODE>.title|summary|why|fix`. */
export const messages: Catalogue = {};
