import type { PeerGuide } from "../../domain/pack/schema";

function GuidePart({ title, lines }: { title: string; lines: readonly string[] }) {
  return (
    <details className="disclosure guide-part">
      <summary>{title}</summary>
      <ul>
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </details>
  );
}

/** The pack's guide, in short parts that open one at a time: easy with one hand. */
export function ConversationGuide({ guide, open }: { guide: PeerGuide; open?: boolean }) {
  return (
    <section aria-labelledby="guide-heading" className="section panel">
      <h2 id="guide-heading">Conversation guide</h2>
      {open ? <p>{guide.intro}</p> : null}
      <GuidePart title="Ways to start" lines={guide.openers} />
      <GuidePart title="Listening well" lines={guide.listening} />
      <GuidePart title="Things to avoid" lines={guide.avoid} />
      <GuidePart title="Ways to help" lines={guide.help.map((item) => item.text)} />
    </section>
  );
}
