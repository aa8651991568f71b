import type { FormatYear } from "../form/types.js";
import type { Range } from "../source/index.js";
import type { TextEncoding } from "./decode.js";

/**
 * What the reader noticed about the file's structure while building the model. Each STR-* and
 * YAML-* rule turns the observations of its kind into findings; the reader itself words nothing.
 */
export type Observation =
  | {
      readonly kind: "yaml-error";
      readonly code: string;
      readonly detail: string;
      readonly range: Range;
      readonly warning: boolean;
    }
  /**
   * A limit of `ReadLimits` was passed. "size", "depth", "nodes" and "aliases" stop the reading (the model
   * stays empty); "line-length" and "errors" (YAML errors past the first `maxErrors`) do not.
   */
  | {
      readonly kind: "limit";
      readonly limit: "size" | "aliases" | "nodes" | "line-length" | "depth" | "errors";
      readonly max: number;
      readonly actual: number;
      readonly range: Range;
    }
  | {
      readonly kind: "duplicate-key";
      readonly path: string;
      readonly key: string;
      readonly range: Range;
      readonly first: Range;
    }
  /** A key that matches nothing the form has at this place. */
  | {
      readonly kind: "unknown-key";
      readonly path: string;
      readonly key: string;
      readonly suggestion: string | null;
      readonly range: Range;
      readonly area: Area;
    }
  /** A key read as the form's key `expected`, though written differently. */
  | {
      readonly kind: "mistyped-key";
      readonly path: string;
      readonly key: string;
      readonly expected: string;
      readonly label: string;
      readonly range: Range;
      readonly area: Area;
    }
  /** A section heading written with the wrong ordinal (四、 for 三、). */
  | {
      readonly kind: "heading-ordinal";
      readonly path: string;
      readonly key: string;
      readonly written: string;
      readonly expected: string;
      readonly range: Range;
    }
  | {
      readonly kind: "missing";
      readonly path: string;
      readonly what: "meta" | "section" | "table" | "group" | "row" | "cell" | "topic";
      readonly key: string;
      readonly label: string;
      readonly range: Range;
    }
  /** A node of the wrong YAML type (a list where a mapping belongs …). */
  | {
      readonly kind: "wrong-type";
      readonly path: string;
      readonly expected: "mapping" | "sequence" | "scalar" | "text";
      readonly found: string;
      readonly range: Range;
      readonly area: Area;
    }
  | {
      readonly kind: "row-length";
      readonly path: string;
      readonly label: string;
      readonly expected: number;
      readonly actual: number;
      readonly range: Range;
    }
  /** A row or column of the other form: `found` is the form it belongs to. */
  | {
      readonly kind: "template-mismatch";
      readonly path: string;
      readonly key: string;
      readonly label: string;
      readonly found: FormatYear;
      readonly expected: FormatYear;
      readonly range: Range;
    }
  | {
      readonly kind: "bad-meta";
      readonly field: "format" | "year" | "publishedOn" | "agency" | "title";
      readonly written: string;
      readonly range: Range;
    }
  /**
   * A metadata value read only once normalised, as a cell is: `written` in full-width digits
   * (「２０２４」) or with its unit (「2024年」), read as `value`.
   */
  | {
      readonly kind: "normalized-meta";
      readonly field: "year";
      readonly written: string;
      readonly value: string;
      readonly fullWidth: boolean;
      readonly unit: string | null;
      readonly range: Range;
    }
  | { readonly kind: "format-undeclared"; readonly inferred: FormatYear; readonly range: Range }
  /** The file was decoded from an encoding other than UTF-8. */
  | { readonly kind: "encoding"; readonly encoding: Exclude<TextEncoding, "utf-8">; readonly range: Range };

/** yaml could not read the text there: one of its errors, not one of its warnings. */
export function isYamlError(o: Observation): o is Extract<Observation, { kind: "yaml-error" }> {
  return o.kind === "yaml-error" && !o.warning;
}

/** Where in the report a structural observation sits, which decides the rule that reports it. */
export type Area = "top" | "meta" | "section" | "table" | "notes";
