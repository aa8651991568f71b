import type { OverviewTopicId } from "../../model/index.js";
import { normalizeKey } from "../../read/keys.js";
import { quoted } from "../labels.js";
import { proseBreakReading } from "../prose-breaks.js";
import type { DocumentRule } from "../types.js";

/**
 * Words that show a part of 一、总体情况 is covered when the section is one text, or when the
 * part's topic is missing but another topic speaks of it. 保障 alone is not enough for 监督保障:
 * "有力保障" appears in any text (上海科委 2024 has 工作机制保障 but no 监督).
 */
const COVERED_BY: Readonly<Record<Exclude<OverviewTopicId, "intro">, readonly string[]>> = {
  proactive: ["主动公开"],
  onRequest: ["依申请", "公开申请"],
  management: ["信息管理", "发布审核", "审核发布", "保密审查", "公开属性"],
  platform: ["平台"],
  oversight: ["监督", "考核", "问责", "责任追究", "社会评议"],
};

/** 一、总体情况 covers 主动公开, 依申请公开, 政府信息管理, 平台建设 and 监督保障 (30号 一、报告内容（一）). */
export const NAR_SEC1_PARTS: DocumentRule = {
  code: "NAR-SEC1-PARTS",
  severity: "warning",
  category: "narrative",
  kind: "document",
  example:
    "总体情况:\n  主动公开: 全年主动公开政府信息 120 条。\n  依申请公开: 全年收到政府信息公开申请 3 件。\n  平台建设: 及时更新政府网站专栏。\n  监督保障: 加强监督检查。",
  check(ctx) {
    const { report, form } = ctx;
    if (!report.present.overview) return;
    const { text, topics } = report.overview;
    const all = [text ?? "", ...Object.values(topics)].join("\n");
    for (const topic of form.overviewTopics) {
      const words = COVERED_BY[topic.id as keyof typeof COVERED_BY];
      if (!words) continue;
      if (topics[topic.id as OverviewTopicId]?.trim() || words.some((w) => all.includes(w))) continue;
      // Written, but read into the text above it that Enter broke: the syntax error stands for it.
      if (proseBreakReading(ctx).swallowedTopics.has(normalizeKey(topic.key))) continue;
      // A part whose key is written but left empty (as a new report starts) is not missing: it is
      // yet to be filled in, and the author is pointed at the empty value rather than at 总体情况.
      const path = `overview.${topic.id}`;
      const emptyKey = ctx.keyRange(path) !== undefined;
      ctx.emit({
        messageId: emptyKey
          ? "NAR-SEC1-PARTS.notFilled"
          : text === null
            ? "NAR-SEC1-PARTS.missingTopic"
            : "NAR-SEC1-PARTS.notMentioned",
        args: { part: quoted(topic.label, topic.en), key: topic.key },
        range: emptyKey ? ctx.range(path) : (ctx.keyRange("overview") ?? ctx.range("overview")),
        paths: [emptyKey ? path : "overview"],
      });
    }
  },
};
