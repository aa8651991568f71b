import { expect } from "vitest";
import { parseDocument, type Node } from "yaml";
import { isMap, isScalar, isSeq } from "../../src/read/node.js";
import { readReport } from "../../src/index.js";
import { parseLean } from "../../src/read/lean/index.js";
import { PARSE_OPTIONS } from "../../src/read/lean/nodes.js";

/**
 * What a node holds for the reader, in a comparable form: kind, value, the source text the value
 * was read from, scalar type and format, the full three-part range, and the children in order.
 */
export function shape(n: unknown): unknown {
  if (n == null) return null;
  if (isScalar(n))
    return {
      value: n.value,
      source: n.source,
      type: n.type ?? null,
      format: n.format ?? null,
      minFractionDigits: n.minFractionDigits ?? null,
      tag: n.tag ?? null,
      range: n.range,
    };
  if (isMap(n)) return { map: n.items.map((p) => [shape(p.key), shape(p.value)]), flow: !!n.flow, range: n.range };
  if (isSeq(n)) return { seq: n.items.map(shape), flow: !!n.flow, range: n.range };
  return { other: String(n as Node) };
}

const withoutBom = (text: string): string => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

/**
 * Compares the two parse paths on one text. When the lean parser reads the text, yaml must read it
 * without an error or warning and build the same nodes; whether or not it does, readReport must
 * give the same report, source map and observations both ways. Returns whether the lean path read it.
 */
export function expectSamePaths(text: string): boolean {
  const src = withoutBom(text);
  const lean = parseLean(src);
  if (lean) {
    const doc = parseDocument(src, PARSE_OPTIONS);
    expect(
      [...doc.errors, ...doc.warnings].map((e) => e.code),
      JSON.stringify(text),
    ).toEqual([]);
    expect(shape(lean), JSON.stringify(text)).toEqual(shape(doc.contents));
  }
  const a = readReport(text);
  const b = readReport(text, { lean: false });
  expect(a.report, JSON.stringify(text)).toEqual(b.report);
  expect([...a.sourceMap], JSON.stringify(text)).toEqual([...b.sourceMap]);
  expect(a.observations, JSON.stringify(text)).toEqual(b.observations);
  expect(a.form).toBe(b.form);
  return lean !== null;
}
