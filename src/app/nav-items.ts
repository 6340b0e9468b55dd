export interface NavItem {
  href: string;
  label: string;
}

/** Main navigation, in the order people reach for it. Help now is separate and always first. */
export const NAV_ITEMS: readonly NavItem[] = [
  { href: "/", label: "Home" },
  { href: "/check-in", label: "Check-in" },
  { href: "/history", label: "History" },
  { href: "/peer", label: "Peer check-in" },
  { href: "/supervision", label: "Supervision" },
  { href: "/resources", label: "Resources" },
  { href: "/settings", label: "Settings" },
];
