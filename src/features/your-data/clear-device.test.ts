import { describe, expect, it } from "vitest";
import { clearAppStorage, clearCaches } from "./clear-device";

class FakeCaches {
  names: string[];
  constructor(names: string[]) {
    this.names = names;
  }
  keys = async () => [...this.names];
  delete = async (name: string) => {
    this.names = this.names.filter((n) => n !== name);
    return true;
  };
}

describe("clearing what the app keeps outside the database", () => {
  it("removes only the app's own keys from web storage", () => {
    localStorage.setItem("hcw-appearance", "{}");
    localStorage.setItem("hcw-quick-exit", "{}");
    localStorage.setItem("someone-else", "keep");
    sessionStorage.setItem("hcw-something", "1");
    expect(clearAppStorage().sort()).toEqual(["hcw-appearance", "hcw-quick-exit", "hcw-something"]);
    expect(localStorage.getItem("someone-else")).toBe("keep");
    expect(localStorage.getItem("hcw-appearance")).toBeNull();
    expect(sessionStorage.length).toBe(0);
  });

  it("deletes every cache but the app's precache, so it still opens offline", async () => {
    const caches = new FakeCaches([
      "workbox-precache-v2-http://127.0.0.1:4173/",
      "images",
      "runtime-pages",
    ]);
    expect(await clearCaches(caches as unknown as CacheStorage)).toEqual([
      "images",
      "runtime-pages",
    ]);
    expect(caches.names).toEqual(["workbox-precache-v2-http://127.0.0.1:4173/"]);
  });

  it("is fine where there is no Cache Storage", async () => {
    expect(await clearCaches(undefined)).toEqual([]);
  });
});
