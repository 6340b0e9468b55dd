import { Link } from "wouter";
import { Page } from "../../components/Page";
import { BackupSection } from "./BackupSection";
import { CsvExport } from "./CsvExport";
import "./your-data.css";
import { DeleteAll } from "./DeleteAll";
import { RestoreSection } from "./RestoreSection";
import { StorageStatus } from "./StorageStatus";

/** Your data: back up, restore, export, storage and delete. Everything stays on the device unless the person moves it. */
export default function DataPage() {
  return (
    <Page
      title="Your data"
      lead="Everything you save is kept only on this device. Here you can copy it, move it to another device, or delete it."
    >
      <BackupSection />
      <RestoreSection />
      <CsvExport />
      <StorageStatus />
      <DeleteAll />
      <p>
        <Link href="/settings">Back to Settings</Link>
      </p>
    </Page>
  );
}
