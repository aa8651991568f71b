/** Small pieces shared by the readers of the three tables. */
import type { FormDef } from "../form/types.js";
import type { Bilingual } from "../messages/format.js";
import type { LabelMatch } from "./labels.js";

/** A table named by its section, as the form prints it: 「表二（主动公开政府信息情况）」. */
export function tableLabel(form: FormDef, id: "proactive" | "requests" | "litigation"): Bilingual {
  const s = form.sections.find((x) => x.id === id)!;
  return { zh: `表${s.ordinal}（${s.heading}）`, en: `table ${s.ordinal} (${s.en.toLowerCase()})` };
}

/** How much a label match counts when rows are placed: an exact label outweighs fragments. */
export function weightOf(m: LabelMatch): number {
  return m.how === "exact" || m.how === "typo" ? 3 : m.how === "contains" ? 2 : 1;
}
