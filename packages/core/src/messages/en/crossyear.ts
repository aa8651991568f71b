import type { Catalogue } from "../format.js";

/** Messages of the crossyear rules (en). Keys: `<CODE>.<message>` and `rule.<CODE>.title|summary|why|fix`. */
export const messages: Catalogue = {};
