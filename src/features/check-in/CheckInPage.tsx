import { ComingSoon } from "../../components/ComingSoon";

export default function CheckInPage() {
  return (
    <ComingSoon title="Check-in" about="A short check-in on how you are, one topic at a time." />
  );
}
