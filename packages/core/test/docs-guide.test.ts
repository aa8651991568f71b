import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = new URL("../../../", import.meta.url).pathname;
const GUIDE = join(ROOT, "docs/guide.md");

describe("the user guide's images and links", () => {
  const guide = readFileSync(GUIDE, "utf8");
  const images = [...guide.matchAll(/!\[[^\]]*\]\(([^)]+)\)/g)].map((m) => m[1]!);

  it("shows the VS Code steps with screenshots that exist, PNG and small", () => {
    expect(images.length).toBeGreaterThanOrEqual(5);
    for (const image of images) {
      const file = join(dirname(GUIDE), image);
      expect(existsSync(file), image).toBe(true);
      expect(image, image).toMatch(/\.png$/);
      expect(statSync(file).size, image).toBeLessThanOrEqual(150_000);
    }
  });

  it("links only files that exist", () => {
    const links = [...guide.matchAll(/(?<!!)\[[^\]]*\]\(([^)#]+)(?:#[^)]*)?\)/g)]
      .map((m) => m[1]!)
      .filter((l) => !/^[a-z]+:/.test(l));
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(existsSync(join(dirname(GUIDE), link)), link).toBe(true);
  });

  it("speaks to the author: a 五分钟上手 and a 常见问题, and no programming", () => {
    expect(guide).toContain("## 五分钟上手");
    expect(guide).toContain("## 常见问题");
    for (const slip of ["回车", "Excel", "缩进", "全角"]) expect(guide.split("## 常见问题")[1], slip).toContain(slip);
    expect(guide).not.toMatch(/\bnpm |\bnpx |@nianbao\/core/);
  });
});
