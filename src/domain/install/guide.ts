/**
 * Which steps put this app on a person's Home Screen, read from their browser. Pure, so
 * each browser's words can be tested without that browser.
 */
export type InstallPlatform = "installed" | "iphone" | "android" | "computer";

export function installPlatform(userAgent: string, standalone: boolean): InstallPlatform {
  if (standalone) return "installed";
  if (/iPhone|iPad|iPod/i.test(userAgent)) return "iphone";
  if (/Android/i.test(userAgent)) return "android";
  return "computer";
}

export const INSTALL_STEPS: Record<Exclude<InstallPlatform, "installed">, readonly string[]> = {
  iphone: [
    "Open this app in Safari.",
    "Tap the Share button: a square with an arrow pointing up.",
    "Scroll down and tap “Add to Home Screen”, then “Add”.",
    "From now on, open the app from its icon on your Home Screen.",
  ],
  android: [
    "Open your browser’s menu: the three dots at the top right.",
    "Tap “Install app” or “Add to Home screen”.",
    "From now on, open the app from its icon on your Home screen.",
  ],
  computer: [
    "Look for the install button at the right of the address bar, or in your browser’s menu.",
    "Choose “Install”.",
  ],
};

export const INSTALL_WHY =
  "On iPhones, a web app’s saved records can be cleared after about a week without use. Once it is on your Home Screen, they are kept. It also opens faster, even with no signal.";
