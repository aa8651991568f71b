import * as vscode from "vscode";
import { currentLocale, t } from "../localize.js";
import {
  agencyOf,
  defaultReportYear,
  emptyReportText,
  nextYearText,
  parseReportYear,
  reportFileName,
} from "./reports.js";
import type { ExtensionHost } from "../host.js";
import { failureReason } from "./write-errors.js";

const isReport = (d: vscode.TextDocument | undefined): d is vscode.TextDocument => d?.languageId === "nianbao";

/** The agency of the report in the active editor, else of any open report: a bureau writes its own next. */
function openAgency(): string | null {
  const active = vscode.window.activeTextEditor?.document;
  for (const doc of [active, ...vscode.workspace.textDocuments])
    if (isReport(doc)) {
      const agency = agencyOf(doc.getText());
      if (agency) return agency;
    }
  return null;
}

/** The folder a new report's dialogs start in: the open report's, else the workspace's. */
function startFolder(): vscode.Uri | undefined {
  const active = vscode.window.activeTextEditor?.document;
  if (isReport(active) && active.uri.scheme === "file") return vscode.Uri.joinPath(active.uri, "..");
  return vscode.workspace.workspaceFolders?.[0]?.uri;
}

/** Asks for the agency and the year; undefined when the author cancels either. */
async function askAgencyAndYear(): Promise<{ agency: string; year: number } | undefined> {
  const agency = await vscode.window.showInputBox({
    title: t("New Report"),
    prompt: t("The agency's full name (机关), as it signs the report"),
    placeHolder: t("e.g. 淮安市洪泽区人民政府"),
    value: openAgency() ?? "",
    ignoreFocusOut: true,
  });
  if (agency === undefined) return undefined;
  const due = defaultReportYear();
  const typed = await vscode.window.showInputBox({
    title: t("New Report"),
    prompt: t("The year the report covers (年度); the one due next is {year}", { year: due }),
    value: String(due),
    ignoreFocusOut: true,
    validateInput: (v) =>
      parseReportYear(v) === null ? t("A year of four digits, such as {year}", { year: due }) : null,
  });
  const year = typed === undefined ? null : parseReportYear(typed);
  return year === null ? undefined : { agency, year };
}

/** Last year's report, chosen in a dialog that starts in the folder (so Enter alone cannot pick the open draft). */
async function pickLastYear(folder: vscode.Uri | undefined): Promise<vscode.Uri | undefined> {
  const [previous] =
    (await vscode.window.showOpenDialog({
      title: t("Last year's report"),
      canSelectMany: false,
      ...(folder ? { defaultUri: folder } : {}),
      filters: { [t("年报 files")]: ["yaml", "yml"] },
    })) ?? [];
  return previous;
}

export async function newReport(host: ExtensionHost): Promise<void> {
  const empty = { label: t("Empty report"), description: t("Every cell 0, every text empty"), from: false };
  const fromLast = {
    label: t("From last year's report…"),
    description: t("Carries 结转下年度 to 上年结转, 现行有效 and the contact details over; the text is left to write"),
    from: true,
  };
  const pick = await vscode.window.showQuickPick([empty, fromLast], {
    title: t("New Report"),
    placeHolder: t("How should the new report start?"),
  });
  if (!pick) return;
  let text: string;
  let name: string;
  let folder = startFolder();
  if (pick.from) {
    const previous = await pickLastYear(folder);
    if (!previous) return;
    const next = nextYearText(
      new TextDecoder().decode(await vscode.workspace.fs.readFile(previous)),
      t,
      currentLocale(),
    );
    for (const p of next.problems)
      void (p.severity === "error"
        ? vscode.window.showErrorMessage(p.message)
        : vscode.window.showWarningMessage(p.message));
    if (next.text === null) return;
    text = next.text;
    name = reportFileName(next.agency, next.year);
    folder = vscode.Uri.joinPath(previous, "..");
  } else {
    const asked = await askAgencyAndYear();
    if (!asked) return;
    text = emptyReportText(asked.year, asked.agency, t);
    name = reportFileName(asked.agency.trim() || null, asked.year);
  }
  const target = await vscode.window.showSaveDialog({
    title: t("Save the new report"),
    ...(folder ? { defaultUri: vscode.Uri.joinPath(folder, name) } : {}),
    filters: { [t("年报 files")]: ["nianbao.yaml", "yaml"] },
  });
  if (!target) {
    // Without a file name the report still opens, unsaved, so nothing is lost.
    await vscode.window.showTextDocument(
      await vscode.workspace.openTextDocument({ language: "nianbao", content: text }),
    );
    return;
  }
  try {
    await host.writeChosenFile(target, new TextEncoder().encode(text));
  } catch (err) {
    // The report is not lost: it opens unsaved, for the author to save elsewhere.
    void vscode.window.showErrorMessage(
      t("Could not write {file}: {reason}", { file: target.path.split("/").pop() ?? "", reason: failureReason(err) }),
    );
    await vscode.window.showTextDocument(
      await vscode.workspace.openTextDocument({ language: "nianbao", content: text }),
    );
    return;
  }
  await vscode.window.showTextDocument(target);
}
