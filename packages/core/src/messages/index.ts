import type { Locale } from "../findings/index.js";
import { formatMessage, type Catalogue, type MessageArgs } from "./format.js";
import { messages as enCommon } from "./en/common.js";
import { messages as enConfig } from "./en/config.js";
import { messages as enCrossyear } from "./en/crossyear.js";
import { messages as enFile } from "./en/file.js";
import { messages as enImport } from "./en/import.js";
import { messages as enMeta } from "./en/meta.js";
import { messages as enNarrative } from "./en/narrative.js";
import { messages as enSchema } from "./en/schema.js";
import { messages as enStructure } from "./en/structure.js";
import { messages as enTable3 } from "./en/table3.js";
import { messages as enTable4 } from "./en/table4.js";
import { messages as enText } from "./en/text.js";
import { messages as enValues } from "./en/values.js";
import { messages as zhCommon } from "./zh-CN/common.js";
import { messages as zhConfig } from "./zh-CN/config.js";
import { messages as zhCrossyear } from "./zh-CN/crossyear.js";
import { messages as zhFile } from "./zh-CN/file.js";
import { messages as zhImport } from "./zh-CN/import.js";
import { messages as zhMeta } from "./zh-CN/meta.js";
import { messages as zhNarrative } from "./zh-CN/narrative.js";
import { messages as zhSchema } from "./zh-CN/schema.js";
import { messages as zhStructure } from "./zh-CN/structure.js";
import { messages as zhTable3 } from "./zh-CN/table3.js";
import { messages as zhTable4 } from "./zh-CN/table4.js";
import { messages as zhText } from "./zh-CN/text.js";
import { messages as zhValues } from "./zh-CN/values.js";

export * from "./format.js";

/** Every user-visible text of core, per locale. 中文 is the reference catalogue. */
export const CATALOGUES: Readonly<Record<Locale, Catalogue>> = {
  "zh-CN": {
    ...zhCommon,
    ...zhFile,
    ...zhStructure,
    ...zhValues,
    ...zhTable3,
    ...zhTable4,
    ...zhText,
    ...zhNarrative,
    ...zhMeta,
    ...zhCrossyear,
    ...zhSchema,
    ...zhImport,
    ...zhConfig,
  },
  en: {
    ...enCommon,
    ...enFile,
    ...enStructure,
    ...enValues,
    ...enTable3,
    ...enTable4,
    ...enText,
    ...enNarrative,
    ...enMeta,
    ...enCrossyear,
    ...enSchema,
    ...enImport,
    ...enConfig,
  },
};

export const LOCALES: readonly Locale[] = ["zh-CN", "en"];

/** Looks a message up; falls back to 中文, then to the id itself, so a gap never throws. */
export function message(id: string, args: MessageArgs = {}, locale: Locale = "zh-CN"): string {
  const template = CATALOGUES[locale][id] ?? CATALOGUES["zh-CN"][id] ?? id;
  return formatMessage(template, args, locale);
}

export function hasMessage(id: string): boolean {
  return id in CATALOGUES["zh-CN"];
}
