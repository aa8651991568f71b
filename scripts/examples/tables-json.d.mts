/** Types of tables-json.mjs, for the TypeScript tests that import it. */
export declare const SOURCES_DIR: string;
export declare const FIELD_DIR: string;
export declare const T3_ROWS: Readonly<Record<string, string>>;
export declare const T4_ROWS: Readonly<Record<string, string>>;
export declare const T2_CELLS: Readonly<Record<string, readonly [string, string]>>;
export declare const T3_COLS: readonly string[];
export declare function loadTablesJson(name: string, dir?: string): any;
