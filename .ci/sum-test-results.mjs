// Adds up the vitest JSON reports in artifacts/test-results and prints "N passed, N failed" as the
// last line. Exits 1 when a test failed, a test file could not run, or a package that runs vitest
// wrote no report (its results would otherwise vanish from the totals).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";

const root = join(import.meta.dirname, "..");
const resultsDir = join(root, "artifacts", "test-results");

/** Workspace folders, from the root package.json's "workspaces" globs (only "dir/*" forms are used). */
function workspaces() {
  const globs = JSON.parse(readFileSync(join(root, "package.json"), "utf8")).workspaces ?? [];
  return globs.flatMap((glob) => {
    const parent = join(root, glob.replace(/\/\*$/, ""));
    if (!glob.endsWith("/*")) return [join(root, glob)];
    if (!existsSync(parent)) return [];
    return readdirSync(parent, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => join(parent, d.name));
  });
}

const problems = [];
for (const dir of workspaces()) {
  const pkgFile = join(dir, "package.json");
  if (!existsSync(pkgFile)) continue;
  const test = JSON.parse(readFileSync(pkgFile, "utf8")).scripts?.test ?? "";
  if (test.includes("vitest") && !existsSync(join(resultsDir, `${basename(dir)}.json`)))
    problems.push(
      `no test report from ${dir.slice(root.length + 1)} (expected artifacts/test-results/${basename(dir)}.json)`,
    );
}

let passed = 0;
let failed = 0;
const files = existsSync(resultsDir)
  ? readdirSync(resultsDir)
      .filter((f) => f.endsWith(".json"))
      .sort()
  : [];
for (const file of files) {
  const report = JSON.parse(readFileSync(join(resultsDir, file), "utf8"));
  passed += report.numPassedTests ?? 0;
  failed += report.numFailedTests ?? 0;
  console.log(`${basename(file, ".json")}: ${report.numPassedTests ?? 0} passed, ${report.numFailedTests ?? 0} failed`);
  // A test file that fails to load counts no failed test, only a failed suite.
  const brokenFiles = (report.testResults ?? []).filter(
    (r) => r.status === "failed" && (r.assertionResults ?? []).length === 0,
  );
  for (const r of brokenFiles)
    problems.push(`test file did not run: ${r.name}${r.message ? ` (${r.message.split("\n")[0]})` : ""}`);
}
if (files.length === 0) problems.push("no test report found in artifacts/test-results");

for (const p of problems) console.log(`problem: ${p}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || problems.length > 0 ? 1 : 0);
