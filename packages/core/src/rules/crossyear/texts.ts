import { laidOutOnce } from "../../form/index.js";
import type { FormDef, SectionDef } from "../../form/types.js";
import type { Bilingual } from "../../messages/format.js";
import type { Report } from "../../model/index.js";
import { quoted } from "../labels.js";

/** A piece of prose the cross-year rules compare: a topic of 一、总体情况, or 五, or 六. */
export interface TextUnit {
  /** Model path, e.g. `overview.platform`, `problems`. */
  readonly path: string;
  readonly label: Bilingual;
  readonly text: string;
  /** Which section it belongs to: overview texts are compared with the whole of last year's 一. */
  readonly section: "overview" | "problems" | "other";
}

function sectionLabel(section: SectionDef, topic?: { label: string; en: string }): Bilingual {
  const heading = `${section.ordinal}、${section.heading}`;
  return topic ? quoted(`${heading} ${topic.label}`, `${section.en}, ${topic.en}`) : quoted(heading, section.en);
}

/** The printed heading of a text section, e.g. 「五、存在的主要问题及改进情况」. */
export function sectionHeading(form: FormDef, id: TextUnit["section"]): Bilingual {
  return sectionLabel(form.sections.find((s) => s.id === id)!);
}

/** The prose of a report, unit by unit, in the order of the form. Empty texts are left out. */
export function textUnits(report: Report, form: FormDef): TextUnit[] {
  const labels = unitLabelsOf(form);
  const out: TextUnit[] = [];
  const unit = (path: string, text: string | null | undefined, section: TextUnit["section"]) => {
    if (text?.trim()) out.push({ path, label: labels.get(path)!, text, section });
  };
  unit("overview", report.overview.text, "overview");
  for (const topic of form.overviewTopics)
    unit(`overview.${topic.id}`, report.overview.topics[topic.id as keyof Report["overview"]["topics"]], "overview");
  unit("problems", report.problems, "problems");
  unit("other", report.other, "other");
  return out;
}

/** The label of every text unit a form has, by path. */
function unitLabels(form: FormDef): ReadonlyMap<string, Bilingual> {
  const section = (id: TextUnit["section"]) => form.sections.find((s) => s.id === id)!;
  const overview = section("overview");
  return new Map([
    ["overview", sectionLabel(overview)],
    ...form.overviewTopics.map((topic) => [`overview.${topic.id}`, sectionLabel(overview, topic)] as const),
    ["problems", sectionLabel(section("problems"))],
    ["other", sectionLabel(section("other"))],
  ]);
}

/** The labels worded once per form: the prose rules list a report's texts several times. */
const unitLabelsOf = laidOutOnce(unitLabels);
