import type { SectionDef } from "./types.js";

/** A section's heading as the form prints it, with its ordinal: 「三、收到和处理政府信息公开申请情况」. */
export function printedHeading(section: Pick<SectionDef, "ordinal" | "heading">): string {
  return `${section.ordinal}、${section.heading}`;
}
