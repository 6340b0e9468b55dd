import { useAppearance, type ThemeChoice } from "../state/appearance-store";

const darkQuery = () => window.matchMedia("(prefers-color-scheme: dark)");

function resolveTheme(choice: ThemeChoice): "light" | "dark" {
  if (choice === "system") return darkQuery().matches ? "dark" : "light";
  return choice;
}

function apply(): void {
  const { theme, textSize, motion } = useAppearance.getState();
  const html = document.documentElement;
  const resolved = resolveTheme(theme);
  html.dataset.theme = resolved;
  html.dataset.textSize = textSize;
  html.dataset.motion = motion;
  html.style.colorScheme = resolved;
}

/** Applies the saved appearance now (before first paint) and whenever it or the system changes. */
export function applyAppearance(): void {
  apply();
  useAppearance.subscribe(apply);
  darkQuery().addEventListener("change", apply);
}
