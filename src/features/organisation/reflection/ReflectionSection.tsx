import { Route, Switch } from "wouter";
import { ReflectionHome } from "./ReflectionHome";
import { ReflectionResult } from "./ReflectionResult";

/** Team reflection: the form and list, and each saved reflection's summary. */
export function ReflectionSection() {
  return (
    <Switch>
      <Route path="/" component={ReflectionHome} />
      <Route path="/:id" component={ReflectionResult} />
    </Switch>
  );
}
