export function AboutSettings() {
  return (
    <section aria-labelledby="about-heading" className="section">
      <h2 id="about-heading">About this app</h2>
      <p>
        Healing Centred Wellbeing helps you notice how work is affecting you, and find support. It
        is not a diagnosis and it is not a medical device.
      </p>
      <p>
        There is no account and no server. Nothing you enter leaves this device unless you choose to
        share or export it.
      </p>
      <p className="hint">Version {__BUILD_ID__}</p>
    </section>
  );
}
