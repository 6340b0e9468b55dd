import { useRef, useState } from "react";
import { Field } from "../../components/Field";
import { refreshActivePack } from "../../state/active-pack";
import { addPack } from "../../db/pack-store";
import { packKey } from "../../db/packs";
import type { PackError } from "../../domain/pack/parse";
import type { ContentPack } from "../../domain/pack/schema";
import { readPackFile } from "./pack-file";
import { PackPreview } from "./PackPreview";
import { PackProblems } from "./PackProblems";
import type { PackNote } from "./PackNote";

type Step =
  | { kind: "choose" }
  | { kind: "problems"; fileName: string; errors: PackError[]; asText: string }
  | { kind: "preview"; pack: ContentPack };

/** Load a pack: file -> check -> preview -> use. Nothing is stored before "Use this pack". */
export function PackLoader({ onDone }: { onDone: (note: PackNote) => void }) {
  const [step, setStep] = useState<Step>({ kind: "choose" });
  const [busy, setBusy] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);

  const reset = () => {
    setStep({ kind: "choose" });
    if (fileInput.current) fileInput.current.value = "";
  };

  const choose = async (file: File | undefined) => {
    setStep({ kind: "choose" });
    if (!file) return;
    setBusy(true);
    try {
      const result = await readPackFile(file);
      if (result.ok) {
        setStep({ kind: "preview", pack: result.pack });
      } else {
        const { formatPackErrors } = await import("../../domain/pack/parse");
        setStep({
          kind: "problems",
          fileName: file.name,
          errors: result.errors,
          asText: formatPackErrors(result.errors),
        });
      }
    } finally {
      setBusy(false);
    }
  };

  const apply = async (pack: ContentPack) => {
    setBusy(true);
    try {
      const outcome = await addPack(pack);
      if (outcome === "clash") {
        onDone({
          tone: "alert",
          text: `A different pack with the same name and version (${pack.id}, version ${pack.version}) is already on this device, so this one was not used. Whoever made it should give the new pack a new version number. Nothing has been changed.`,
        });
        reset();
        return;
      }
      const info = await refreshActivePack();
      reset();
      onDone(
        info.key === packKey(pack.id, pack.version)
          ? {
              tone: "status",
              text: `You are now using “${pack.name}”. New check-ins will use its words. Past check-ins keep the words they were saved with.`,
            }
          : { tone: "alert", text: info.problem ?? "This pack could not be used." },
      );
    } catch (problem) {
      onDone({ tone: "alert", text: (problem as Error).message });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="load-pack-heading" className="section">
      <h2 id="load-pack-heading">Load your organisation’s pack</h2>
      <p>
        If your organisation gave you a content pack file, choose it here. You will see what is in
        it before anything changes.
      </p>
      <Field
        id="pack-file"
        label="Content pack file"
        kind="file"
        ref={fileInput}
        accept=".json,application/json"
        disabled={busy}
        error={
          step.kind === "problems"
            ? "This file can’t be used yet. The problems are listed below."
            : undefined
        }
        onChange={() => void choose(fileInput.current?.files?.[0])}
      />
      {step.kind === "problems" ? (
        <PackProblems fileName={step.fileName} errors={step.errors} asText={step.asText} />
      ) : null}
      {step.kind === "preview" ? (
        <PackPreview
          pack={step.pack}
          busy={busy}
          onUse={() => void apply(step.pack)}
          onCancel={() => {
            reset();
            onDone({ tone: "status", text: "Nothing has been changed." });
          }}
        />
      ) : null}
    </section>
  );
}
