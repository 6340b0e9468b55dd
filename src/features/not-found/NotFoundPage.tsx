import { Link } from "wouter";
import { Page } from "../../components/Page";

export default function NotFoundPage() {
  return (
    <Page title="We can’t find that page">
      <p>The link may be old, or the address may have a typo. Nothing you saved has changed.</p>
      <p>
        <Link href="/">Go to Home</Link>
      </p>
    </Page>
  );
}
