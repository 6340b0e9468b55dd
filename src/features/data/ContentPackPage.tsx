import { ComingSoon } from "../../components/ComingSoon";

export default function ContentPackPage() {
  return (
    <ComingSoon title="Content pack" about="Use your organisation’s own wording and contacts." />
  );
}
