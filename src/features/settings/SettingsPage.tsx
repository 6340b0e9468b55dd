import { Page } from "../../components/Page";
import { AboutSettings } from "./AboutSettings";
import { AppearanceSettings } from "./AppearanceSettings";
import { PrivacySettings } from "./PrivacySettings";
import { RemindersSettings } from "./RemindersSettings";

export default function SettingsPage() {
  return (
    <Page title="Settings">
      <PrivacySettings />
      <RemindersSettings />
      <AppearanceSettings />
      <AboutSettings />
    </Page>
  );
}
