import { Page } from "../../components/Page";
import { AboutSettings } from "./AboutSettings";
import { AppearanceSettings } from "./AppearanceSettings";
import { PrivacySettings } from "./PrivacySettings";

export default function SettingsPage() {
  return (
    <Page title="Settings">
      <PrivacySettings />
      <AppearanceSettings />
      <AboutSettings />
    </Page>
  );
}
