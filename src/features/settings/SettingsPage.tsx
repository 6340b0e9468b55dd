import { Page } from "../../components/Page";
import { AboutSettings } from "./AboutSettings";
import { AppearanceSettings } from "./AppearanceSettings";

export default function SettingsPage() {
  return (
    <Page title="Settings">
      <AppearanceSettings />
      <AboutSettings />
    </Page>
  );
}
