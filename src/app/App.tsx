import { useEffect } from "react";
import { Router } from "wouter";
import { connectPackSource } from "../state/active-pack";
import { openDatabase } from "../db/connection";
import { saveAllUnsavedWork, saveWhenPageHides } from "../browser/unsaved-work";
import { checkLock, followOtherTabs } from "../db/lock";
import { storedPackSource } from "../db/packs";
import { Layout } from "./Layout";
import { useQuietLocation } from "./quiet-location";
import { AppRoutes, preloadScreenAt } from "./routes";

// Shared components may not read the database themselves: the app hands them a reader.
connectPackSource(storedPackSource);

export function App() {
  useEffect(() => {
    // "Opening…" stays until the screen's code is here too: drawn before, it would show
    // "Loading…", and React would then hold the screen back for up to 300 ms.
    void Promise.all([openDatabase(), preloadScreenAt(window.location.pathname)]).then(() =>
      checkLock(),
    );
  }, []);
  // Lock on, off and "Lock now" in another tab reach this one at once.
  useEffect(() => followOtherTabs(saveAllUnsavedWork), []);
  // Typing still waiting for its pause is saved when the page goes away.
  useEffect(() => saveWhenPageHides(), []);
  return (
    <Router hook={useQuietLocation}>
      <Layout>
        <AppRoutes />
      </Layout>
    </Router>
  );
}
