import { describe, expect, it } from "vitest";
import { installPlatform } from "./guide";

const IPHONE =
  "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1";
const ANDROID =
  "Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36";
const DESKTOP =
  "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";

describe("the install guide", () => {
  it("gives each kind of device its own steps", () => {
    expect(installPlatform(IPHONE, false)).toBe("iphone");
    expect(installPlatform(ANDROID, false)).toBe("android");
    expect(installPlatform(DESKTOP, false)).toBe("computer");
  });

  it("knows when the app already runs from the Home Screen", () => {
    expect(installPlatform(IPHONE, true)).toBe("installed");
  });
});
