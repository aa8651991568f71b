import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { Extractor, ExtractorConfig, type ExtractorMessage } from "@microsoft/api-extractor";
import { beforeAll, expect, it } from "vitest";

/**
 * The committed API report (api/core.api.md) is the package's public surface as api-extractor
 * reads it from the built declarations. A change of an export, a signature or a type that is not
 * also a change of the report fails here, so API changes are made, and reviewed, on purpose:
 * `npm run api` rewrites the report (docs/api.md, "The API report").
 */

const coreDir = fileURLToPath(new URL("../", import.meta.url));
const configFile = `${coreDir}api-extractor.json`;

beforeAll(() => {
  // The report is made from dist/: a stale build would compare yesterday's API.
  execFileSync(process.execPath, [createRequire(import.meta.url).resolve("typescript/bin/tsc"), "-b"], {
    cwd: coreDir,
    stdio: "pipe",
  });
}, 150_000);

it("api/core.api.md is the public surface of the built package (run `npm run api` to update it)", () => {
  const config = ExtractorConfig.loadFileAndPrepare(configFile);
  const messages: string[] = [];
  const result = Extractor.invoke(config, {
    localBuild: false,
    messageCallback: (m: ExtractorMessage) => {
      // Problems of the analysis itself (a declaration it cannot read) fail the test; the report's
      // own notes, such as a type used but not exported, are part of the committed report.
      if (m.logLevel === "error") messages.push(m.formatMessageWithLocation(coreDir));
      m.handled = true;
    },
  });
  expect(messages).toEqual([]);
  if (result.apiReportChanged)
    expect(readFileSync(config.reportTempFilePath, "utf8"), "the public API differs from api/core.api.md").toBe(
      readFileSync(config.reportFilePath, "utf8"),
    );
  expect(result.apiReportChanged).toBe(false);
  expect(result.succeeded).toBe(true);
}, 120_000);

it("names every type a public signature uses (no ae-forgotten-export in the report)", () => {
  const report = readFileSync(`${coreDir}api/core.api.md`, "utf8");
  expect(report.split("\n").filter((line) => line.includes("ae-forgotten-export"))).toEqual([]);
});
