export { documentSchema, type DocumentData } from "./document.js";
export { jsonSchema, jsonSchemaFileName } from "./json.js";
export { reportSchema, cellSchema as modelCellSchema } from "./report.js";
