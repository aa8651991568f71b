import type { Locale } from "../findings/index.js";

/** A text in both languages, used for labels inside messages. */
export interface Bilingual {
  readonly zh: string;
  readonly en: string;
}

export type MessageArg = string | number | Bilingual;
export type MessageArgs = Readonly<Record<string, MessageArg>>;
export type Catalogue = Readonly<Record<string, string>>;

export function isBilingual(a: unknown): a is Bilingual {
  return typeof a === "object" && a !== null && "zh" in a && "en" in a;
}

/** Fills `{name}` placeholders. A missing argument stays visible as `{name}`, never throws. */
export function formatMessage(template: string, args: MessageArgs, locale: Locale): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const a = args[name];
    if (a === undefined) return whole;
    if (isBilingual(a)) return locale === "en" ? a.en : a.zh;
    return typeof a === "number" ? String(a) : a;
  });
}
