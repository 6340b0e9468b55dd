import { useEffect } from "react";
import { Router } from "wouter";
import { openDatabase } from "../db/connection";
import { checkLock } from "../db/lock";
import { Layout } from "./Layout";
import { useQuietLocation } from "./quiet-location";
import { AppRoutes } from "./routes";

export function App() {
  useEffect(() => {
    void openDatabase().then(() => checkLock());
  }, []);
  return (
    <Router hook={useQuietLocation}>
      <Layout>
        <AppRoutes />
      </Layout>
    </Router>
  );
}
