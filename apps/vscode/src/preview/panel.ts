import * as vscode from "vscode";
import type { ReadResult } from "@nianbao/core";
import { diagnosticsOf } from "../diagnostics.js";
import { currentLocale, t } from "../localize.js";
import { handleWebviewMessage } from "./messages.js";
import { previewContent } from "./model.js";
import { parsePreviewState, type ToWebview } from "./protocol.js";
import { makeNonce, previewShell } from "./shell.js";
import { ScrollEcho, throttle } from "./throttle.js";

export const PREVIEW_VIEW_TYPE = "nianbao.preview";
/** Often enough to follow typing, seldom enough that a long report never lags the editor. */
const RENDER_INTERVAL_MS = 150;

const isReport = (doc: vscode.TextDocument | undefined): doc is vscode.TextDocument => doc?.languageId === "nianbao";

/**
 * The table preview, modelled on VS Code's markdown preview: one panel that follows the active
 * report (setting `nianbao.preview.followActiveEditor`), re-rendered by message as the author types,
 * scroll kept in step with the editor both ways, restored after a window reload.
 */
export class PreviewManager implements vscode.WebviewPanelSerializer, vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private uri: vscode.Uri | undefined;
  private read: ReadResult | null = null;
  private lastHtml: string | null = null;
  private lastUri: string | null = null;
  private readonly echo = new ScrollEcho();
  private readonly disposables: vscode.Disposable[] = [];
  private readonly scheduleRender = throttle(() => void this.render(), RENDER_INTERVAL_MS);

  constructor(private readonly context: vscode.ExtensionContext) {
    const mine = (uri: vscode.Uri) => this.uri?.toString() === uri.toString();
    this.disposables.push(
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (this.panel && mine(e.document.uri)) this.scheduleRender();
      }),
      vscode.languages.onDidChangeDiagnostics((e) => {
        if (this.panel && e.uris.some(mine)) this.scheduleRender();
      }),
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        const follow = vscode.workspace.getConfiguration("nianbao").get<boolean>("preview.followActiveEditor", true);
        if (this.panel && follow && isReport(editor?.document) && !mine(editor.document.uri))
          this.show(editor.document.uri);
      }),
      vscode.window.onDidChangeTextEditorVisibleRanges((e) => {
        if (!this.panel || !mine(e.textEditor.document.uri) || !e.visibleRanges[0]) return;
        if (!this.echo.isOwn()) return;
        this.post({ type: "scrollToLine", line: e.visibleRanges[0].start.line });
      }),
    );
  }

  /** Opens the preview of a report, in the active column or beside it. */
  open(uri: vscode.Uri, beside: boolean): void {
    const column = beside
      ? vscode.ViewColumn.Beside
      : (vscode.window.activeTextEditor?.viewColumn ?? vscode.ViewColumn.Active);
    if (this.panel) this.panel.reveal(column, beside);
    else {
      const panel = vscode.window.createWebviewPanel(
        PREVIEW_VIEW_TYPE,
        t("Preview"),
        { viewColumn: column, preserveFocus: beside },
        { enableFindWidget: true },
      );
      this.attach(panel);
    }
    this.show(uri);
  }

  async deserializeWebviewPanel(panel: vscode.WebviewPanel, state: unknown): Promise<void> {
    this.attach(panel);
    const s = parsePreviewState(state);
    if (s) this.show(vscode.Uri.parse(s.uri));
    else panel.dispose();
  }

  private attach(panel: vscode.WebviewPanel): void {
    this.panel?.dispose();
    this.panel = panel;
    const ext = this.context.extensionUri;
    const media = vscode.Uri.joinPath(ext, "media");
    const dist = vscode.Uri.joinPath(ext, "dist");
    panel.webview.options = { enableScripts: true, enableCommandUris: false, localResourceRoots: [media, dist] };
    panel.iconPath = vscode.Uri.joinPath(media, "preview-icon.svg");
    panel.webview.html = previewShell({
      cspSource: panel.webview.cspSource,
      nonce: makeNonce(),
      scriptUri: panel.webview.asWebviewUri(vscode.Uri.joinPath(dist, "webview.js")).toString(),
      styleUri: panel.webview.asWebviewUri(vscode.Uri.joinPath(media, "preview.css")).toString(),
      lang: currentLocale(),
      loading: t("Loading the report…"),
    });
    panel.webview.onDidReceiveMessage((m: unknown) => handleWebviewMessage(m, this.host()), null, this.disposables);
    panel.onDidDispose(
      () => {
        if (this.panel === panel) {
          this.panel = undefined;
          this.uri = undefined;
          this.read = null;
          this.scheduleRender.cancel();
        }
      },
      null,
      this.disposables,
    );
  }

  private show(uri: vscode.Uri): void {
    this.uri = uri;
    this.read = null;
    void this.render();
  }

  private async document(): Promise<vscode.TextDocument | undefined> {
    const uri = this.uri;
    if (!uri) return undefined;
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    try {
      return open ?? (await vscode.workspace.openTextDocument(uri));
    } catch {
      return undefined;
    }
  }

  /** `force`: the webview (re)loaded and has nothing yet. */
  private async render(force = false): Promise<void> {
    const doc = await this.document();
    if (!doc || !this.panel) return;
    const content = previewContent(doc.uri.toString(), doc.version, doc.getText(), diagnosticsOf(doc.uri));
    this.read = content.read;
    this.panel.title = t("Preview {file}", { file: doc.uri.path.split("/").pop() ?? "" });
    // Diagnostics are often re-published unchanged: an identical page is not sent again.
    if (!force && content.message.html === this.lastHtml && content.message.uri === this.lastUri) return;
    const first = this.lastUri !== content.message.uri || force;
    this.lastHtml = content.message.html;
    this.lastUri = content.message.uri;
    this.post(content.message);
    // A preview that opens or switches files starts where the editor is.
    const top = first ? this.editorFor(doc)?.visibleRanges[0]?.start.line : undefined;
    if (top !== undefined) this.post({ type: "scrollToLine", line: top });
  }

  private post(m: ToWebview): void {
    void this.panel?.webview.postMessage(m);
  }

  private editorFor(doc: vscode.TextDocument): vscode.TextEditor | undefined {
    return vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === doc.uri.toString());
  }

  private host() {
    return {
      current: () => this.read,
      render: () => void this.render(true),
      select: (range: { start: number; end: number }) =>
        void (async () => {
          const doc = await this.document();
          if (!doc) return;
          // The value selected with the cursor at its start: the cursor is where the cell is, and typing replaces it.
          const selection = new vscode.Selection(doc.positionAt(range.end), doc.positionAt(range.start));
          const column =
            this.editorFor(doc)?.viewColumn ??
            (this.panel?.viewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Two : vscode.ViewColumn.One);
          const editor = await vscode.window.showTextDocument(doc, { viewColumn: column, preserveFocus: false });
          // Set after showing: the show option takes a Range and would lose the cursor's side.
          editor.selection = selection;
          editor.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
        })(),
      revealLine: (line: number) =>
        void (async () => {
          const doc = await this.document();
          const editor = doc && this.editorFor(doc);
          if (!editor) return;
          this.echo.caused();
          editor.revealRange(new vscode.Range(line, 0, line, 0), vscode.TextEditorRevealType.AtTop);
        })(),
    };
  }

  dispose(): void {
    this.scheduleRender.cancel();
    this.panel?.dispose();
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}
