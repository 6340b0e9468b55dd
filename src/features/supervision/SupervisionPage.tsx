import { Suspense } from "react";
import { Route, Switch } from "wouter";
import { AfterPage } from "./AfterPage";
import { PrepHome } from "./PrepHome";
import { PreparePage } from "./PreparePage";
import { PreviewPage } from "./PreviewPage";
import "./supervision.css";

/** Supervision prep: the list and a new one, preparing, the one-page preview, and after the session. */
export default function SupervisionPage() {
  return (
    <Suspense fallback={<p className="loading">Loading…</p>}>
      <Switch>
        <Route path="/" component={PrepHome} />
        <Route path="/:id/print" component={PreviewPage} />
        <Route path="/:id/after" component={AfterPage} />
        <Route path="/:id" component={PreparePage} />
      </Switch>
    </Suspense>
  );
}
