// @vitest-environment node
import { describe, expect, it } from "vitest";
import { StorageProblem, toStorageProblem } from "./errors";

const named = (name: string, extra: object = {}) =>
  Object.assign(new Error(name), { name, ...extra });

describe("storage problems", () => {
  it("recognises a full disk even when Dexie wraps the browser's error", () => {
    expect(toStorageProblem(named("QuotaExceededError")).kind).toBe("full");
    const wrapped = named("AbortError", { inner: named("QuotaExceededError") });
    expect(toStorageProblem(wrapped).kind).toBe("full");
  });

  it("asks for a reload when another tab closed the database", () => {
    const problem = toStorageProblem(named("DatabaseClosedError"));
    expect(problem.kind).toBe("closed");
    expect(problem.message).toMatch(/reload/i);
  });

  it("explains a browser that refuses IndexedDB", () => {
    expect(toStorageProblem(named("MissingAPIError")).kind).toBe("unavailable");
  });

  it("gives anything else a kind message that says nothing changed", () => {
    const problem = toStorageProblem(new TypeError("boom"));
    expect(problem).toBeInstanceOf(StorageProblem);
    expect(problem.kind).toBe("unknown");
    expect(problem.message).toMatch(/nothing was changed/i);
  });
});
