import { ComingSoon } from "../../components/ComingSoon";

export default function ResourcesPage() {
  return <ComingSoon title="Resources" about="Places to get support, and calming exercises." />;
}
