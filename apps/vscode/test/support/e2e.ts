// Where the real-editor end-to-end tests find their tools, shared by every apps/vscode/test/e2e*.test.ts.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { CHROMIUM } from "@nianbao/test-support/chromium";

export const repo = fileURLToPath(new URL("../../../../", import.meta.url));
const TOOLS = "/opt/nianbao-ci-tools";
export const codeServer = process.env.CODE_SERVER ?? join(TOOLS, "code-server/node_modules/.bin/code-server");
export const node24Bin = process.env.NODE24_BIN ?? join(TOOLS, "node24/node_modules/node/bin");
export const chromiumPath = process.env.CHROMIUM ?? CHROMIUM;
export const vsix = join(repo, "apps/vscode/nianbao-vscode.vsix");
/** Screenshots and facts of every scenario: CI copies artifacts/ back from its clone. */
export const shots = join(repo, "artifacts/screenshots");
export const haveTools = existsSync(codeServer) && existsSync(join(node24Bin, "node")) && existsSync(chromiumPath);
/** CI installs code-server, Node 24 and Chromium (.ci/run): there the E2E tests must run, and fail when they are missing. */
export const runE2ETests = haveTools || Boolean(process.env.CI);

/** The tools runE2E needs; fails the calling test when they are missing. */
export function e2eTools(): { codeServer: string; node24Bin: string; chromiumPath: string; vsix: string; out: string } {
  if (!haveTools)
    throw new Error(`code-server (${codeServer}), Node 24 (${node24Bin}) and Chromium (${chromiumPath}) are required`);
  if (!existsSync(vsix)) throw new Error("npm run package writes the .vsix first");
  return { codeServer, node24Bin, chromiumPath, vsix, out: shots };
}
