/**
 * Reading back the cuts an import wrote into a row's YAML comment (「可能的拆分：[34, 0, 89]（与正文相符）；
 * [3, 40, 89]」), in either language, so that an editor can offer each as a quick fix from the file
 * alone: the YAML is all the editor has of the import.
 */
import { LOCALES, message } from "../messages/index.js";

const CUT = /\[(\d+(?:\.\d+)?(?:,\s*\d+(?:\.\d+)?)*)\]/gu;

/** The cuts listed in a comment, in the order written (best first); none when it lists none. */
export function cutsInComment(comment: string): number[][] {
  for (const locale of LOCALES) {
    const marker = message("import.comment.cuts", { cuts: "\u0000" }, locale).split("\u0000")[0]!;
    const at = comment.indexOf(marker);
    if (at < 0) continue;
    return [...comment.slice(at + marker.length).matchAll(CUT)].map((m) => m[1]!.split(",").map(Number));
  }
  return [];
}
