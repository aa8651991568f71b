import type { DocumentRule } from "../types.js";

const ADDRESS = /地址|邮编|邮政编码/u;
// A number, not the word: "公开咨询电话" or "12345热线" in a narrative is no contact for the report.
const PHONE = /(?<!\d)0\d{2,3}\s*[-－—]\s*\d{7,8}(?!\d)|电话[：:\s]*[（(]?\d|(?<!\d)1[3-9]\d{9}(?!\d)/u;

/**
 * The report says where to address questions: a postal address and a telephone, in 总体情况's
 * 概述 (the preamble of published reports) or in 其他事项. Common practice (石龙区, 洪泽, 淮安), not a
 * requirement of the form: info only.
 */
export const META_CONTACT: DocumentRule = {
  code: "META-CONTACT",
  severity: "info",
  category: "meta",
  kind: "document",
  example: "总体情况:\n  概述: 如对本报告有疑问，请与本局办公室联系（电话：0517-83605210）。",
  check(ctx) {
    const { report } = ctx;
    if (!report.present.overview && !report.present.other) return;
    const text = [report.overview.text ?? report.overview.topics.intro ?? "", report.other ?? ""].join("\n");
    const address = ADDRESS.test(text);
    const phone = PHONE.test(text);
    if (address && phone) return;
    // Where the contact belongs: the preamble (概述), else the section.
    const where = ctx.keyRange("overview.intro") ? "overview.intro" : report.present.overview ? "overview" : "other";
    ctx.emit({
      messageId:
        !address && !phone
          ? "META-CONTACT.missingBoth"
          : !address
            ? "META-CONTACT.missingAddress"
            : "META-CONTACT.missingPhone",
      range: ctx.keyRange(where) ?? ctx.range(where),
      paths: [where],
    });
  },
};
