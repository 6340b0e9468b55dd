import { Suspense } from "react";
import { Route, Switch } from "wouter";
import { StoriesHome } from "./StoriesHome";
import { StoryEditPage } from "./StoryEditPage";
import "../work-parts.css";

/** Stories of practice: the list, export of chosen ones, and one story's editor. */
export default function StoriesPage() {
  return (
    <Suspense fallback={<p className="loading">Loading…</p>}>
      <Switch>
        <Route path="/" component={StoriesHome} />
        <Route path="/:id" component={StoryEditPage} />
      </Switch>
    </Suspense>
  );
}
