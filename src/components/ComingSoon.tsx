import { Link } from "wouter";
import { Page } from "./Page";

/** A kind, accessible page for a screen that is not built yet. */
export function ComingSoon({ title, about }: { title: string; about: string }) {
  return (
    <Page title={title} lead={about}>
      <p>This part of the app is still being built.</p>
      <p>
        <Link href="/">Go to Home</Link>, or use <Link href="/help">Help now</Link> at any time.
      </p>
    </Page>
  );
}
