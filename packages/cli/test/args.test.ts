import { describe, expect, it } from "vitest";
import { lastValue, parseArgs, type OptionSpec } from "../src/args.js";
import { CliError } from "../src/errors.js";

const SPECS: readonly OptionSpec[] = [
  { name: "format", takesValue: true, choices: ["text", "json"] },
  { name: "severity", takesValue: true },
  { name: "quiet", short: "q" },
];

const failure = (argv: string[]) => {
  try {
    parseArgs(argv, SPECS);
  } catch (err) {
    return err instanceof CliError ? [err.kind, err.messageId, err.args] : err;
  }
  return undefined;
};

describe("parseArgs", () => {
  it("reads flags, values in both spellings, repeats and positionals in any order", () => {
    const a = parseArgs(
      ["x", "--format=json", "-q", "--severity", "A=off", "y", "--severity", "B=error", "--format", "text"],
      SPECS,
    );
    expect(a.positionals).toEqual(["x", "y"]);
    expect(a.flags.has("quiet")).toBe(true);
    expect(a.values.get("severity")).toEqual(["A=off", "B=error"]);
    expect(lastValue(a, "format")).toBe("text");
  });

  it("treats everything after -- as a path, even when it looks like an option", () => {
    expect(parseArgs(["--", "--quiet", "-x"], SPECS).positionals).toEqual(["--quiet", "-x"]);
  });

  it("stops at the command when asked, handing the rest back untouched", () => {
    const a = parseArgs(["check", "--unknown-to-global"], SPECS, { stopAtPositional: true });
    expect(a.rest).toEqual(["check", "--unknown-to-global"]);
  });

  it("throws usage errors naming the option as written", () => {
    expect(failure(["--nope"])).toEqual(["usage", "error.unknownOption", { option: "--nope" }]);
    expect(failure(["-x"])).toEqual(["usage", "error.unknownOption", { option: "-x" }]);
    expect(failure(["--format"])).toEqual(["usage", "error.missingValue", { option: "--format" }]);
    expect(failure(["--format=csv"])).toEqual([
      "usage",
      "error.invalidChoice",
      { option: "--format", value: "csv", choices: "text, json" },
    ]);
    expect(failure(["--quiet=1"])).toEqual(["usage", "error.unexpectedValue", { option: "--quiet" }]);
  });
});
