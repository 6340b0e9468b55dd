import { Route, Switch } from "wouter";
import { ConversationMode } from "./ConversationMode";
import { PlanEditor } from "./PlanEditor";
import { SharePlan } from "./SharePlan";
import "./wellbeing-plan.css";

/** My wellbeing plan: writing it, sharing chosen parts, and a version for a conversation. */
export default function WellbeingPlanPage() {
  return (
    <Switch>
      <Route path="/" component={PlanEditor} />
      <Route path="/share" component={SharePlan} />
      <Route path="/conversation" component={ConversationMode} />
    </Switch>
  );
}
