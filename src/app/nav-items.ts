import { SCREENS, type ScreenEntry } from "./screens";

export interface NavItem {
  href: string;
  label: string;
}

/**
 * Main navigation: the screens with a menu label, in the screen table's order (the order
 * people reach for them). Help now is separate and always first.
 */
export const NAV_ITEMS: readonly NavItem[] = SCREENS.flatMap((screen: ScreenEntry) =>
  screen.menu ? [{ href: screen.path, label: screen.menu }] : [],
);
