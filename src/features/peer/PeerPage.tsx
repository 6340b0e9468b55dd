import { ComingSoon } from "../../components/ComingSoon";

export default function PeerPage() {
  return (
    <ComingSoon
      title="Peer check-in"
      about="Notes and a conversation guide for checking in with a colleague."
    />
  );
}
