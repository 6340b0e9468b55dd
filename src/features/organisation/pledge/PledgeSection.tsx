import { Route, Switch } from "wouter";
import { PledgeHome } from "./PledgeHome";
import { PledgePrint } from "./PledgePrint";

/** The pledge: writing it, and its printable page. */
export function PledgeSection() {
  return (
    <Switch>
      <Route path="/" component={PledgeHome} />
      <Route path="/print" component={PledgePrint} />
    </Switch>
  );
}
