import { ComingSoon } from "../../components/ComingSoon";

export default function SupervisionPage() {
  return <ComingSoon title="Supervision" about="Get ready for a supervision session." />;
}
