import { ComingSoon } from "../../components/ComingSoon";

export default function DataPage() {
  return <ComingSoon title="Your data" about="Back up, restore, export or delete your records." />;
}
