import type { Catalogue } from "../format.js";

/** Messages of the model schema (reportSchema), en. */
export const messages: Catalogue = {
  "schema.cellValueExact": "A number cell's value ({value}) and exact ({exact}) are not the same number",
};
