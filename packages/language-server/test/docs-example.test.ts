/**
 * The example of docs/language-service.md, bundled from the built package as a web page would bundle it:
 * what it prints must be what its `// →` comments say.
 */
import { readFileSync } from "node:fs";
import { format } from "node:util";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";

const doc = readFileSync(new URL("../../../docs/language-service.md", import.meta.url), "utf8");
const section = doc.slice(doc.indexOf("## Example: an in-memory workspace"));
const example = /```ts\n([\s\S]*?)```/u.exec(section)![1]!;
const expected = [...example.matchAll(/\/\/ → (.*)$/gmu)].map((m) => m[1]!);

describe("docs/language-service.md", () => {
  it("the in-memory workspace example prints what it says", async () => {
    expect(expected.length).toBeGreaterThan(1);
    const out = await build({
      stdin: { contents: example, loader: "ts", resolveDir: new URL("..", import.meta.url).pathname },
      bundle: true,
      platform: "browser",
      format: "esm",
      write: false,
      logLevel: "silent",
    });
    const printed: string[] = [];
    const sink = globalThis as { __docsPrint?: (...a: unknown[]) => void };
    sink.__docsPrint = (...a) => void printed.push(format(...a));
    const source = `const console = { log: (...a) => globalThis.__docsPrint(...a) };\n${out.outputFiles[0]!.text}`;
    await import(`data:text/javascript;base64,${Buffer.from(source).toString("base64")}`);
    // The last line is printed by a listener, once the service has re-read the changed file.
    for (const until = Date.now() + 10_000; printed.length < expected.length && Date.now() < until;)
      await new Promise((r) => setTimeout(r, 10));
    expect(printed).toEqual(expected);
  });
});
