import { describe, expect, it } from "vitest";
import { ReportStore, reportFileName, storedUri } from "../src/app/store.js";

/** localStorage's shape, in memory; `full` makes it refuse writes as a full quota does. */
function memoryStorage() {
  const items = new Map<string, string>();
  const s = {
    full: false,
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => {
      if (s.full) throw new DOMException("quota", "QuotaExceededError");
      items.set(k, v);
    },
  };
  return s;
}

describe("ReportStore", () => {
  it("keeps reports by name, the current one, and lists them sorted", () => {
    const storage = memoryStorage();
    const store = new ReportStore(storage);
    expect(store.current).toBeNull();
    expect(store.put("b.nianbao.yaml", "B", 1)).toBe(true);
    expect(store.put("a.nianbao.yaml", "A", 2)).toBe(true);
    expect(store.list().map((r) => r.name)).toEqual(["a.nianbao.yaml", "b.nianbao.yaml"]);
    expect(store.current).toBe("a.nianbao.yaml");
    store.select("b.nianbao.yaml");
    // Another page (a reload) reads the same storage.
    const again = new ReportStore(storage);
    expect(again.current).toBe("b.nianbao.yaml");
    expect(again.get("a.nianbao.yaml")).toEqual({ name: "a.nianbao.yaml", text: "A", saved: 2 });
    again.remove("b.nianbao.yaml");
    expect(again.current).toBe("a.nianbao.yaml");
  });

  it("says when the browser refuses to save, and keeps what it had", () => {
    const storage = memoryStorage();
    const store = new ReportStore(storage);
    store.put("a.nianbao.yaml", "A");
    storage.full = true;
    expect(store.put("a.nianbao.yaml", "A2")).toBe(false);
    expect(store.get("a.nianbao.yaml")?.text).toBe("A");
  });

  it("starts empty on damaged storage instead of failing", () => {
    const storage = memoryStorage();
    storage.setItem("nianbao.web.reports.v1", "{not json");
    expect(new ReportStore(storage).list()).toEqual([]);
    storage.setItem("nianbao.web.reports.v1", JSON.stringify({ reports: [{ name: 1 }, { name: "x", text: "y" }] }));
    expect(new ReportStore(storage).list().map((r) => r.name)).toEqual(["x"]);
  });

  it("finds a free name before the extension", () => {
    const store = new ReportStore(memoryStorage());
    store.put("年报.nianbao.yaml", "");
    store.put("年报 (2).nianbao.yaml", "");
    expect(store.freeName("年报.nianbao.yaml")).toBe("年报 (3).nianbao.yaml");
    expect(store.freeName("其他.nianbao.yaml")).toBe("其他.nianbao.yaml");
  });
});

describe("reportFileName and storedUri", () => {
  it("names an imported file as a report and a stored report as a URI in one folder", () => {
    expect(reportFileName("洪泽区 2024.pdf")).toBe("洪泽区 2024.nianbao.yaml");
    expect(reportFileName("a.nianbao.yml")).toBe("a.nianbao.yml");
    expect(reportFileName("README")).toBe("README.nianbao.yaml");
    expect(storedUri("年报 (2).nianbao.yaml")).toBe("browser:/reports/%E5%B9%B4%E6%8A%A5%20(2).nianbao.yaml");
  });
});
