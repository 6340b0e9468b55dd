import { lazy, Suspense, useRef, useState, type ReactNode } from "react";
import { Link, useLocation } from "wouter";
import { Icon } from "../components/Icon";
import { useCaptureInstallOffer } from "../state/install-guide";
import { useHeightAsCssVariable } from "../browser/measured-height";
import { leaveQuickly, useQuickExit, useShiftTripleExit } from "../state/quick-exit";
import { useLockStatus } from "../db/hooks";
import { useAutoLock } from "./auto-lock";
import { DbStatusBanner } from "./DbStatusBanner";
import { ErrorBoundary } from "./ErrorBoundary";
import { NAV_ITEMS } from "./nav-items";
import { Notices } from "./Notices";
import { UpdateBanner } from "./UpdateBanner";

const LockScreen = lazy(() => import("../features/lock/LockScreen"));

/** Only when a person who forgot their passcode confirms: the code loads then. */
async function deleteEverything(next: string): Promise<void> {
  const { deleteEverything: run } = await import("../features/your-data/delete-everything");
  await run(next);
}

/**
 * While locked, every screen but Help now shows the lock screen instead. It sits
 * outside the screens' error boundary: when another tab turns the lock on, a screen
 * may fail to read its (now sealed) records a moment before this tab hears of it, and
 * the lock screen must still take over.
 */
function LockGate({ location, children }: { location: string; children: ReactNode }) {
  const status = useLockStatus();
  useAutoLock(status === "unlocked");
  if (location === "/help") return children;
  if (status === "checking") return <p className="loading">Opening…</p>;
  if (status === "locked") {
    return (
      <ErrorBoundary>
        <Suspense fallback={<p className="loading">Opening…</p>}>
          <LockScreen deleteEverything={deleteEverything} />
        </Suspense>
      </ErrorBoundary>
    );
  }
  return children;
}

export function Layout({ children }: { children: ReactNode }) {
  const [location] = useLocation();
  const lockStatus = useLockStatus();
  // The menu belongs to the page it was opened on: navigating closes it.
  const [menuOpenOn, setMenuOpenOn] = useState<string | null>(null);
  const menuOpen = menuOpenOn === location;
  const quickExit = useQuickExit((state) => state.enabled);
  useShiftTripleExit(quickExit);
  useCaptureInstallOffer();
  const header = useRef<HTMLElement>(null);
  useHeightAsCssVariable(header, "--header-height");

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <header className="app-header" ref={header}>
        <div className="header-inner">
          <Link href="/" className="brand">
            <img src="/favicon.svg" alt="" width={28} height={28} />
            <span className="brand-name">Wellbeing</span>
          </Link>
          <button
            type="button"
            className="menu-button"
            aria-expanded={menuOpen}
            aria-controls="main-nav"
            onClick={() => setMenuOpenOn(menuOpen ? null : location)}
          >
            <Icon name={menuOpen ? "close" : "menu"} />
            <span className="menu-label">Menu</span>
          </button>
          <Link href="/help" className="help-now">
            <Icon name="heart" />
            <span>Help now</span>
          </Link>
          {quickExit ? (
            <>
              <button type="button" className="quick-exit" onClick={leaveQuickly}>
                Leave quickly
              </button>
              {/* Only where a keyboard is likely: it means nothing on a phone. */}
              <span className="quick-exit-hint">or press Shift three times</span>
            </>
          ) : null}
        </div>
        <nav id="main-nav" aria-label="Main" className={menuOpen ? "main-nav open" : "main-nav"}>
          <ul>
            {NAV_ITEMS.map((item) => {
              const current = item.href === "/" ? location === "/" : location.startsWith(item.href);
              return (
                <li key={item.href}>
                  <Link href={item.href} aria-current={current ? "page" : undefined}>
                    {item.label}
                  </Link>
                </li>
              );
            })}
          </ul>
        </nav>
      </header>
      <UpdateBanner />
      <DbStatusBanner />
      <main id="main" tabIndex={-1}>
        {/* Outside the boundary that starts afresh on each move: a screen whose code
            is still loading keeps the last one up, rather than flashing this. */}
        <Suspense fallback={<p className="loading">Loading…</p>}>
          <LockGate location={location}>
            {/* Starts afresh on each move, and when the lock changes (another tab may
                have turned it on or off just as this screen read its records). */}
            <ErrorBoundary key={`${location} ${lockStatus}`}>{children}</ErrorBoundary>
          </LockGate>
        </Suspense>
      </main>
      <Notices />
      <footer className="app-footer">
        <p>
          This tool is not a diagnosis. Everything you enter stays on this device unless you choose
          to share it.
        </p>
      </footer>
    </div>
  );
}
