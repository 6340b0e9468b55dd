import { Suspense } from "react";
import { Route, Switch } from "wouter";
import { GuideOnly } from "./GuideOnly";
import { PeerHome } from "./PeerHome";
import { PeerRecord } from "./PeerRecord";
import { PeerStart } from "./PeerStart";
import { PeerSummary } from "./PeerSummary";
import "./peer.css";

/** Peer check-ins: the list, starting one (with consent), the record, and its summary. */
export default function PeerPage() {
  return (
    <Suspense fallback={<p className="loading">Loading…</p>}>
      <Switch>
        <Route path="/" component={PeerHome} />
        <Route path="/new" component={PeerStart} />
        <Route path="/guide" component={GuideOnly} />
        <Route path="/:id/summary" component={PeerSummary} />
        <Route path="/:id" component={PeerRecord} />
      </Switch>
    </Suspense>
  );
}
