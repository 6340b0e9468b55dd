import { Link } from "wouter";
import { Page } from "../../components/Page";

export function HomePage() {
  return (
    <Page
      title="How are you today?"
      lead="Take a few minutes to notice how you are doing. There are no right or wrong answers."
    >
      <p>
        <Link href="/check-in" className="button large">
          Start a check-in
        </Link>
      </p>
      <section aria-labelledby="shortcuts" className="shortcuts">
        <h2 id="shortcuts">Other things you can do</h2>
        <ul className="card-list">
          <li>
            <Link href="/peer">Check in with a colleague</Link>
          </li>
          <li>
            <Link href="/supervision">Get ready for supervision</Link>
          </li>
          <li>
            <Link href="/resources">Find support and calming exercises</Link>
          </li>
        </ul>
      </section>
    </Page>
  );
}
