import { readFileSync } from "node:fs";
import { FORMS, normalizeKey, type FormDef } from "@nianbao/core";
import { describe, expect, it } from "vitest";
// @ts-expect-error -- a plain .mjs build script, without type declarations
import { generatedSource, initials, OUTPUT } from "../scripts/generate-initials.mjs";
import { createCache, initialsOf } from "../src/service/cache.js";
import { keyOptions } from "../src/service/form-nav.js";
import { PINYIN_INITIALS } from "../src/service/initials.generated.js";

/** Every key option completion can offer, at every place of both forms. */
function everyOption(form: FormDef) {
  const cache = createCache();
  const out: { key: string; label: string }[] = [];
  const walk = (parents: string[]) => {
    const options = keyOptions(form, parents, cache, 2025);
    if (!options || parents.length > 6) return;
    for (const o of options) {
      out.push(o);
      walk([...parents, o.key]);
    }
  };
  walk([]);
  return out;
}

describe("pinyin initials generated at build time", () => {
  it("are up to date with the forms (else run: node scripts/generate-initials.mjs)", () => {
    expect(readFileSync(OUTPUT, "utf8")).toBe(generatedSource());
  });

  it("cover every key and label completion matches against", () => {
    for (const form of Object.values(FORMS)) {
      const options = everyOption(form);
      expect(options.length).toBeGreaterThan(60);
      for (const o of options) {
        expect(Object.hasOwn(PINYIN_INITIALS, o.key), o.key).toBe(true);
        expect(Object.hasOwn(PINYIN_INITIALS, normalizeKey(o.label)), o.label).toBe(true);
      }
    }
  });

  it("match what pinyin-pro computes, and nothing outside the forms has any", () => {
    const cache = createCache();
    expect(initialsOf(cache, "行政许可")).toBe("xzxk");
    expect(initialsOf(cache, "行政许可")).toBe(initials("行政许可"));
    expect(initialsOf(cache, "一、总体情况")).toBe(initials("一、总体情况"));
    expect(initialsOf(cache, "不在表中的词")).toBe("");
    expect(initialsOf(cache, "constructor")).toBe("");
  });
});
