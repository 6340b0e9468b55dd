import { Route, Switch } from "wouter";
import { ComingSoon } from "../../components/ComingSoon";
import { OrgHub } from "./OrgHub";
import { ORG_SECTIONS } from "./sections";
import "./organisation.css";

/** For teams and organisations: the hub, and one route for each of its parts. */
export default function OrganisationPage() {
  return (
    <Switch>
      <Route path="/" component={OrgHub} />
      {ORG_SECTIONS.map((section) => (
        <Route key={section.path} path={section.path} nest>
          {section.component ? (
            <section.component />
          ) : (
            <ComingSoon title={section.title} about={section.about} />
          )}
        </Route>
      ))}
    </Switch>
  );
}
