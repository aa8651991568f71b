import { readdirSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { codeActions } from "../src/service/code-actions.js";
import { createCache } from "../src/service/cache.js";
import { findingsFor } from "../src/service/diagnostics.js";
import { applyEdits, doc, marked, settings } from "./support/markers.js";

const dir = new URL("./fixtures/fixes/", import.meta.url);

/**
 * Golden files: `<name>.input.nianbao.yaml` holds a cursor marker ‸ where the action is asked for,
 * and a first-line comment `# action: <title prefix>`; `<name>.expected.nianbao.yaml` is the text
 * after applying it. UPDATE_GOLDEN=1 writes missing expected files (review them before committing).
 */
const cases = readdirSync(dir)
  .filter((f) => f.endsWith(".input.nianbao.yaml"))
  .map((f) => f.replace(".input.nianbao.yaml", ""));

describe("quick fixes (golden files)", () => {
  it("has fixtures", () => expect(cases.length).toBeGreaterThanOrEqual(8));
  for (const name of cases) {
    it(name, () => {
      const raw = readFileSync(new URL(`${name}.input.nianbao.yaml`, dir), "utf8");
      const title = /^# action: (.+)$/m.exec(raw)![1]!.trim();
      const m = marked(raw);
      const s = settings();
      const d = doc(m.text, s);
      const actions = codeActions(d, { start: m.position, end: m.position }, findingsFor(d, s, null), s, createCache());
      const chosen = actions.find((a) => a.title.startsWith(title));
      expect(chosen, `no action "${title}" among: ${actions.map((a) => a.title).join(" | ")}`).toBeDefined();
      const out = applyEdits(m.text, Object.values(chosen!.edit!.changes!)[0]!);
      const expectedUrl = new URL(`${name}.expected.nianbao.yaml`, dir);
      if (!existsSync(expectedUrl) && process.env.UPDATE_GOLDEN) writeFileSync(expectedUrl, out);
      expect(out).toBe(readFileSync(expectedUrl, "utf8"));
      // Nothing outside the edited lines changes, comments included.
      const before = m.text.split("\n").filter((l) => l.trim().startsWith("#"));
      for (const c of before) expect(out).toContain(c);
    });
  }
});
