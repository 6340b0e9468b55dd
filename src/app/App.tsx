import { useEffect } from "react";
import { Router } from "wouter";
import { openDatabase } from "../db/connection";
import { Layout } from "./Layout";
import { AppRoutes } from "./routes";

export function App() {
  useEffect(() => {
    void openDatabase();
  }, []);
  return (
    <Router>
      <Layout>
        <AppRoutes />
      </Layout>
    </Router>
  );
}
