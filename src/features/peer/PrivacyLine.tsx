import { Link } from "wouter";

/** What to say first: what stays private, when you would have to act, and another way. */
export function PrivacyLine() {
  return (
    <section aria-labelledby="privacy-heading" className="section panel">
      <h2 id="privacy-heading">Say this first</h2>
      <p>Read it out, or show them this screen:</p>
      <blockquote className="say-this">
        This is a private chat, not about how well you do your job. I will keep it as private as I
        can. If I am worried that you or someone else could be harmed, I would need to get help, and
        I would tell you first if I could.
      </blockquote>
      <details className="disclosure">
        <summary>Suggest a peer instead</summary>
        <p>
          Some people find it easier to talk to someone at their own level than to their manager.
          That is fine, and it is not a sign that anything is wrong. You could say:
        </p>
        <p className="say-this">
          “Would you rather talk to a peer supporter, or another colleague you trust?”
        </p>
        <p>
          They can use this app’s guide too. <Link href="/guide">Open the guide</Link>, with nothing
          saved.
        </p>
      </details>
    </section>
  );
}
