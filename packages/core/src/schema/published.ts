/**
 * Where the committed schemas are published (the repository's schemas/ folder): each schema's
 * `$id`, and the `url`s of the SchemaStore catalog entries (schemas/schemastore-catalog.json).
 */
export const SCHEMAS_PUBLISHED_AT = "https://raw.githubusercontent.com/nianbao/nianbao/main/schemas/";
