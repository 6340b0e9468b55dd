import { Link } from "wouter";
import { InstallGuide } from "../../components/install/InstallGuide";
import { Page } from "../../components/Page";
import { AboutSettings } from "./AboutSettings";
import { AppearanceSettings } from "./AppearanceSettings";
import { PrivacySettings } from "./PrivacySettings";
import { RegionSettings } from "./RegionSettings";
import { RemindersSettings } from "./RemindersSettings";

export default function SettingsPage() {
  return (
    <Page title="Settings">
      <section aria-labelledby="data-heading" className="section">
        <h2 id="data-heading">Your data and content</h2>
        <ul className="card-list">
          <li>
            <Link href="/settings/data">Your data: back up, restore, export or delete</Link>
          </li>
          <li>
            <Link href="/settings/content-pack">Content pack: your organisation’s wording</Link>
          </li>
        </ul>
      </section>
      <RegionSettings />
      <PrivacySettings />
      <RemindersSettings />
      <AppearanceSettings />
      <InstallGuide />
      <AboutSettings />
    </Page>
  );
}
