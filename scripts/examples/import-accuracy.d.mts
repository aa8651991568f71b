/** Types of import-accuracy.mjs, for the TypeScript tests that import it. */
import type { Cell, ImportFinding, Report } from "@nianbao/core";

export interface ExpectedCell {
  readonly path: string;
  readonly value: number | null;
  readonly note?: string;
}
export type Verdict = "right" | "reported" | "wrong";
export interface Comparison {
  readonly cells: number;
  readonly right: number;
  readonly reported: number;
  readonly wrong: number;
  readonly differing: readonly string[];
}
export declare function expectedCells(tables: unknown): ExpectedCell[];
export declare function expectedFromReport(report: Report): ExpectedCell[];
export declare function cellAt(report: Report, path: string): Cell | undefined;
export declare function judge(expected: ExpectedCell, cell: Cell | undefined, findings: readonly ImportFinding[]): { verdict: Verdict; got: string };
export declare function compareImport(expected: readonly ExpectedCell[], result: { readonly report: Report; readonly findings: readonly ImportFinding[] }): Comparison;
