import { ComingSoon } from "../../components/ComingSoon";

export default function HistoryPage() {
  return (
    <ComingSoon
      title="History"
      about="Your past check-ins and how things have changed over time."
    />
  );
}
