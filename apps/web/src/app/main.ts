/**
 * The page: the editor, the findings and the official tables side by side, the reports kept in
 * this browser, and the commands (new, next year, open or import, export, language).
 */
import type { Locale } from "@nianbao/core";
import { tableKeyboard, type TableKeyboard } from "@nianbao/core/browser";
import type { CodeAction, InlayHint } from "vscode-languageserver-types";
import { t } from "../messages/index.js";
import type { Published } from "../protocol.js";
import { ReportEditor } from "./editor.js";
import { docxBytes, download, importBytes, IMPORT_TIMEOUT_MS } from "./files.js";
import { renderFindings } from "./findings-view.js";
import { ServiceClient } from "./service-client.js";
import { ReportStore, reportFileName, storedUri } from "./store.js";
import { startWorker } from "./workers.js";

const LOCALE_KEY = "nianbao.web.locale";
const SAVE_DELAY_MS = 300;

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

class App {
  private locale: Locale;
  private readonly store = new ReportStore(localStorage);
  private readonly editor: ReportEditor;
  // The tables from the keyboard; Enter on a cell clicks it, which jumps to its source.
  private readonly tableKeys: TableKeyboard = tableKeyboard($("tables"));
  private name = "";
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  private firstShown = false;
  private last: { published: Published; actions: CodeAction[] } | null = null;

  constructor(private readonly client: ServiceClient) {
    const stored = localStorage.getItem(LOCALE_KEY);
    // 中文 unless English was chosen on this page before: the reports and their readers are Chinese.
    this.locale = stored === "en" ? "en" : "zh-CN";
    this.editor = new ReportEditor($("editor"), {
      client,
      changed: () => this.saveSoon(),
      labels: () => ({ related: t("findings.related", this.locale), fix: t("action.fix", this.locale) }),
    });
    client.onPublished((p) => void this.published(p));
    this.applyLocale();
    this.wire();
  }

  async start(): Promise<void> {
    const name = this.store.current ?? this.store.list()[0]?.name;
    if (name) this.show(name);
    else await this.newReport(null, null);
  }

  private say(id: string, args: Record<string, string | number> = {}): void {
    $("status").textContent = t(id, this.locale, args);
  }

  private applyLocale(): void {
    document.documentElement.lang = this.locale;
    document.title = t("app.title", this.locale);
    for (const el of document.querySelectorAll<HTMLElement>("[data-msg]"))
      el.textContent = t(el.dataset.msg!, this.locale);
    for (const el of document.querySelectorAll<HTMLElement>("[data-msg-label]"))
      el.setAttribute("aria-label", t(el.dataset.msgLabel!, this.locale));
    this.editor.setLabel(t("pane.editor", this.locale));
    this.client.configure(this.locale);
  }

  private wire(): void {
    $("language").addEventListener("click", () => {
      this.locale = this.locale === "zh-CN" ? "en" : "zh-CN";
      localStorage.setItem(LOCALE_KEY, this.locale);
      this.applyLocale();
      this.refreshReports();
    });
    $("new").addEventListener("click", () => $<HTMLDialogElement>("new-dialog").showModal());
    $("new-form").addEventListener("submit", (e) => {
      const data = new FormData(e.target as HTMLFormElement);
      if ((e as SubmitEvent).submitter?.id !== "new-create") return;
      const agency = String(data.get("agency") ?? "").trim() || null;
      const year = /^\d{4}$/.test(String(data.get("year") ?? "").trim()) ? Number(data.get("year")) : null;
      void this.newReport(agency, year);
    });
    $("next-year").addEventListener("click", () => void this.nextYear());
    $("open").addEventListener("click", () => $<HTMLInputElement>("file").click());
    $<HTMLInputElement>("file").addEventListener("change", (e) => {
      const input = e.target as HTMLInputElement;
      void this.openFiles([...(input.files ?? [])]).finally(() => (input.value = ""));
    });
    $("export-yaml").addEventListener("click", () => this.exportYaml());
    $("export-html").addEventListener("click", () => void this.exportHtml());
    $("export-docx").addEventListener("click", () => void this.exportDocx());
    $("delete").addEventListener("click", () => this.deleteReport());
    $<HTMLSelectElement>("reports").addEventListener("change", (e) => {
      this.saveNow();
      this.show((e.target as HTMLSelectElement).value);
    });
    $("tables").addEventListener("click", (event) => {
      const el = (event.target as Element | null)?.closest<HTMLElement>("[data-path]");
      if (el?.dataset.path) void this.jumpTo(el.dataset.path);
    });
    window.addEventListener("dragover", (e) => {
      e.preventDefault();
      document.body.classList.add("nb-dropping");
    });
    window.addEventListener("dragleave", (e) => {
      if (!e.relatedTarget) document.body.classList.remove("nb-dropping");
    });
    window.addEventListener("drop", (e) => {
      e.preventDefault();
      document.body.classList.remove("nb-dropping");
      void this.openFiles([...(e.dataTransfer?.files ?? [])]);
    });
    window.addEventListener("beforeunload", () => this.saveNow());
  }

  /** Shows a stored report in the editor. */
  private show(name: string): void {
    const report = this.store.get(name);
    if (!report) return;
    this.name = name;
    this.store.select(name);
    this.refreshReports();
    this.client.workspace(this.store.list().map((r) => ({ uri: storedUri(r.name), text: r.text })));
    this.editor.load(storedUri(name), report.text);
    // Edits keep the tables where the reader is; another report starts at its title.
    $("tables").scrollTop = 0;
  }

  private refreshReports(): void {
    const select = $<HTMLSelectElement>("reports");
    select.replaceChildren(
      ...this.store.list().map((r) => {
        const o = document.createElement("option");
        o.value = o.textContent = r.name;
        o.selected = r.name === this.name;
        return o;
      }),
    );
  }

  /** Keeps a new report in the browser and shows it. */
  private add(name: string, text: string): void {
    this.saveNow();
    const free = this.store.freeName(reportFileName(name));
    if (!this.store.put(free, text)) this.say("storage.full");
    this.show(free);
  }

  private saveSoon(): void {
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => this.saveNow(), SAVE_DELAY_MS);
  }

  private saveNow(): void {
    clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    if (!this.name) return;
    const saved = this.store.get(this.name);
    const text = this.editor.text;
    if (saved?.text === text) return;
    if (this.store.put(this.name, text)) $("saved").textContent = t("storage.saved", this.locale);
    else this.say("storage.full");
  }

  private async published(p: Published): Promise<void> {
    if (p.uri !== this.editor.currentUri || p.version !== this.editor.currentVersion) return;
    const range = this.editor.wholeRange();
    const [actions, hints] = await Promise.all([
      this.client.request("codeActions", { uri: p.uri, range }),
      this.client.request("inlayHints", { uri: p.uri, range }),
    ]);
    // A newer version arrived meanwhile: its own publication will draw.
    if (p.version !== this.editor.currentVersion) return;
    const quickFixes = (actions ?? []).filter((a) => a.kind === "quickfix");
    this.last = { published: p, actions: quickFixes };
    this.editor.show(p, quickFixes);
    this.editor.setHints((hints ?? []) as InlayHint[]);
    this.drawFindings();
    const tables = $("tables");
    // Every edit redraws the tables: the focused cell and each table's Tab stop stay where they were.
    this.tableKeys.update(() => (tables.innerHTML = p.html));
    tables.dataset.version = String(p.version);
    if (!this.firstShown) {
      this.firstShown = true;
      const ms = Math.round(performance.now());
      document.body.dataset.firstDiagnosticsMs = String(ms);
      $("timing").textContent = t("status.firstDiagnostics", this.locale, { ms });
    }
    document.body.dataset.version = String(p.version);
  }

  private drawFindings(): void {
    if (!this.last) return;
    renderFindings(
      $("findings"),
      $("findings-summary"),
      this.last.published.diagnostics,
      this.last.actions,
      this.locale,
      this.editor.currentUri,
      { select: (r) => this.editor.select(r), apply: (a) => this.editor.apply(a) },
    );
  }

  private async jumpTo(path: string): Promise<void> {
    const range = await this.client.request("locate", { uri: this.editor.currentUri, path });
    if (range) this.editor.select(range);
  }

  private async newReport(agency: string | null, year: number | null): Promise<void> {
    const text = await this.client.request("newReport", { agency, year, header: t("new.header", this.locale) });
    if (text === null) return;
    const name = [agency, year].filter((x) => x !== null).join("-") || t("new.title", this.locale);
    this.add(name, text);
  }

  private async nextYear(): Promise<void> {
    const from = this.name;
    const got = await this.client.request("nextYear", {
      text: this.editor.text,
      header: t("new.headerFrom", this.locale, { file: from }),
      problemsHeading: t("nextYear.previousProblems", this.locale),
    });
    if (!got) return;
    if (!got.ok) return this.say("nextYear.failed", { count: got.count, first: got.first });
    const base = from.replace(/\.nianbao\.ya?ml$/i, "");
    const stem =
      got.year !== null && /\d{4}/.test(base) ? base.replace(/\d{4}(?!.*\d{4})/, String(got.year)) : `${base}-next`;
    this.add(stem, got.text);
    this.say("nextYear.done", { file: from, year: got.year ?? "" });
  }

  private async openFiles(files: readonly File[]): Promise<void> {
    for (const file of files) {
      this.say("import.reading", { name: file.name });
      const bytes = new Uint8Array(await file.arrayBuffer());
      const reply = await importBytes(file.name, bytes, this.locale).catch(
        (err: Error) => ({ ok: false, messageId: "import.failed", args: { detail: err.message } }) as const,
      );
      if (reply === "timeout") {
        this.say("import.timeout", { name: file.name, seconds: IMPORT_TIMEOUT_MS / 1000 });
        continue;
      }
      if (!reply.ok) {
        this.say(reply.messageId, { ...reply.args, name: file.name });
        continue;
      }
      this.add(file.name, reply.yaml);
      if (reply.kind === "yaml") this.say("import.opened", { name: file.name });
      else this.say("import.done", { name: file.name, kind: reply.kind, findings: reply.findings });
    }
  }

  private exportYaml(): void {
    this.saveNow();
    download(this.name, this.editor.text, "application/yaml;charset=utf-8");
    this.say("export.done", { name: this.name });
  }

  private baseName(): string {
    return this.name.replace(/\.nianbao\.ya?ml$/i, "");
  }

  private async exportHtml(): Promise<void> {
    const page = await this.client.request("exportHtml", { text: this.editor.text });
    if (!page) return;
    const name = `${this.baseName()}.html`;
    download(name, page.html, "text/html;charset=utf-8");
    this.say("export.done", { name });
  }

  private async exportDocx(): Promise<void> {
    const reply = await docxBytes(this.editor.text);
    if (reply === "timeout" || !reply.ok)
      return this.say("import.failed", { name: this.name, detail: reply === "timeout" ? "timeout" : reply.detail });
    const name = `${this.baseName()}.docx`;
    download(name, reply.bytes as BlobPart, "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    this.say("export.done", { name });
  }

  private deleteReport(): void {
    if (!this.name || !confirm(t("delete.confirm", this.locale, { name: this.name }))) return;
    clearTimeout(this.saveTimer);
    this.store.remove(this.name);
    this.name = "";
    const next = this.store.current ?? this.store.list()[0]?.name;
    if (next) this.show(next);
    else void this.newReport(null, null);
  }
}

async function main(): Promise<void> {
  const worker = await startWorker("service");
  const client = new ServiceClient(worker, (detail) => {
    $("status").textContent = t("worker.failed", document.documentElement.lang === "en" ? "en" : "zh-CN", { detail });
  });
  const app = new App(client);
  await app.start();
  document.body.dataset.state = "ready";
}

main().catch((err: unknown) => {
  // Without its worker the page can only say why: a missing worker-service.js, a browser without workers.
  $("status").textContent = t("worker.failed", "zh-CN", { detail: err instanceof Error ? err.message : String(err) });
});
