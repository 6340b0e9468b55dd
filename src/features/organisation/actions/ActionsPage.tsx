import { Suspense } from "react";
import { Route, Switch } from "wouter";
import { ActionEditPage } from "./ActionEditPage";
import { ActionsHome } from "./ActionsHome";
import "../work-parts.css";

/** Key actions: the list with starters, and one action's editor with its progress. */
export default function ActionsPage() {
  return (
    <Suspense fallback={<p className="loading">Loading…</p>}>
      <Switch>
        <Route path="/" component={ActionsHome} />
        <Route path="/:id" component={ActionEditPage} />
      </Switch>
    </Suspense>
  );
}
