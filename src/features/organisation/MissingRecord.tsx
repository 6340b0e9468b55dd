import { Link } from "wouter";
import { Page } from "../../components/Page";

/** A key action or story that is not on this device (deleted, or a link from elsewhere). */
export function MissingRecord({ what, back }: { what: string; back: string }) {
  return (
    <Page title={`We can’t find that ${what}`}>
      <p>It may have been deleted, or it is on another device.</p>
      <p>
        <Link href="/">{back}</Link>
      </p>
    </Page>
  );
}
