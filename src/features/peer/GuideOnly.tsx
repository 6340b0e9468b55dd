import { Link } from "wouter";
import { useActivePack } from "../../state/active-pack";
import { Page } from "../../components/Page";
import { ConversationGuide } from "./ConversationGuide";
import { SafetyButton } from "./SafetyPath";

/** The guide without a record: nothing about the colleague is kept. */
export function GuideOnly() {
  const pack = useActivePack();
  return (
    <Page
      title="Conversation guide"
      lead="Nothing about your colleague is saved here. Use the guide while you talk."
    >
      <SafetyButton />
      <ConversationGuide guide={pack.peerGuide} open />
      <p>
        <Link href="~/peer/new">Start a peer check-in with consent</Link>
      </p>
    </Page>
  );
}
