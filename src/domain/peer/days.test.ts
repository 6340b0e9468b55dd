import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type * as DaysModule from "./days";

type Days = typeof DaysModule;

describe("calendar days as the peer and supervision screens show them", () => {
  // West of UTC, a plain day read as UTC midnight would show the day before.
  // The formatters take the time zone when their module loads, so it loads after, afresh
  // (pure tests share one module graph: another file may have loaded it already).
  const zone = process.env.TZ;
  let formatDay: Days["formatDay"];
  let formatShortDay: Days["formatShortDay"];
  let isoDay: Days["isoDay"];
  beforeAll(async () => {
    process.env.TZ = "America/Los_Angeles";
    vi.resetModules();
    ({ formatDay, formatShortDay, isoDay } = await import("./days"));
  });
  afterAll(() => {
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
  });

  it("runs west of UTC", () => {
    expect(new Intl.DateTimeFormat().resolvedOptions().timeZone).toBe("America/Los_Angeles");
  });

  it("writes a plain day out in full, in UK order, without a comma after the weekday", () => {
    expect(formatDay("2026-11-16")).toBe("Monday 16 November 2026");
  });

  it("keeps a plain day on its own calendar day, whatever the time zone", () => {
    expect(formatDay("2026-11-01")).toBe("Sunday 1 November 2026");
    expect(formatShortDay("2026-11-01")).toBe("1 Nov 2026");
    expect(isoDay(new Date(2026, 10, 1))).toBe("2026-11-01");
  });

  it("shortens September as the browser does for the UK, as History's dates do", () => {
    // Recent browsers write "Sept"; older ones "Sep". Either reads plainly.
    expect(formatShortDay("2026-09-05")).toMatch(/^5 Sept? 2026$/);
  });

  it("shows what it was given when the day cannot be read", () => {
    expect(formatDay("not a day")).toBe("not a day");
    expect(formatShortDay("")).toBe("");
  });
});
