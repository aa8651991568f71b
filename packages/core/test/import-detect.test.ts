/** Which kind of published text a file is. */
import { describe, expect, it } from "vitest";
import { detectKind } from "../src/index.js";
import { asFlattened, asHtml, asLayout, asMarkdown, asTsv } from "@nianbao/test-support/published";

describe("detectKind", () => {
  it("recognises each shape from its content", () => {
    expect(detectKind(asTsv())).toBe("tsv");
    expect(detectKind(asLayout())).toBe("layout");
    expect(detectKind(asMarkdown())).toBe("markdown");
    expect(detectKind(asHtml())).toBe("html");
    expect(detectKind(asFlattened())).toBe("flattened");
  });

  it("trusts a decisive file name and the PDF header", () => {
    expect(detectKind("%PDF-1.7\n...")).toBe("pdf");
    expect(detectKind("plain text", "report.pdf")).toBe("pdf");
    expect(detectKind("plain text", "report.htm")).toBe("html");
    expect(detectKind("plain text", "report.md")).toBe("markdown");
    expect(detectKind("plain text", "report.txt")).toBe("layout");
  });
});
