import { useCallback, useRef, useState } from "react";
import { useLocation } from "wouter";
import { ChoiceGroup } from "../../../components/ChoiceGroup";
import { useNotices } from "../../../state/notices";
import { Field } from "../../../components/Field";
import { changeReflectionDraft, saveReflection } from "../../../db/org-reflections";
import { isoDay } from "../../../domain/dates";
import { ORG_LIMITS } from "../../../domain/organisation/limits";
import type { ReflectionChange } from "../../../domain/organisation/reflection-draft";
import type { TeamReflection } from "../../../domain/organisation/schema";
import type { ContentPack } from "../../../domain/pack/schema";
import { RAN_BY_WORDS } from "../org-words";
import { PrincipleFields } from "./PrincipleFields";

interface ReflectionFormProps {
  pack: ContentPack;
  principles: NonNullable<ContentPack["organisation"]>["principles"];
  draft: TeamReflection | null;
}

/** The reflection being filled in: saved as people answer, so a reload keeps it. */
export function ReflectionForm({ pack, principles, draft }: ReflectionFormProps) {
  const [, navigate] = useLocation();
  const show = useNotices((state) => state.show);
  const [team, setTeam] = useState(draft?.team ?? "");
  const [ranBy, setRanBy] = useState(draft?.ranBy ?? "meeting");
  const [saving, setSaving] = useState(false);
  const flushes = useRef(new Set<() => Promise<void>>());
  const register = useCallback((flush: () => Promise<void>) => {
    flushes.current.add(flush);
    return () => void flushes.current.delete(flush);
  }, []);

  const change = useCallback(
    async (next: ReflectionChange) => {
      try {
        await changeReflectionDraft(next, {
          heldOn: isoDay(new Date()),
          packId: pack.id,
          packVersion: pack.version,
        });
      } catch (problem) {
        show({ tone: "problem", text: (problem as Error).message });
        throw problem;
      }
    },
    [pack.id, pack.version, show],
  );

  const save = async () => {
    setSaving(true);
    try {
      await Promise.all([...flushes.current].map((flush) => flush()));
      const id = await saveReflection();
      if (id) navigate(`/${id}`);
    } catch (problem) {
      show({ tone: "problem", text: (problem as Error).message });
    } finally {
      setSaving(false);
    }
  };

  return (
    <form
      className="reflection-form"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <Field
        id="reflection-team"
        label="Team or service (optional)"
        value={team}
        maxLength={ORG_LIMITS.team}
        onChange={(event) => {
          setTeam(event.target.value);
          void change({ kind: "details", team: event.target.value }).catch(() => undefined);
        }}
      />
      <ChoiceGroup
        legend="Who is rating?"
        name="ran-by"
        value={ranBy}
        options={(["meeting", "lead"] as const).map((value) => ({
          value,
          label: RAN_BY_WORDS[value],
        }))}
        onChange={(next) => {
          setRanBy(next);
          void change({ kind: "details", ranBy: next }).catch(() => undefined);
        }}
      />
      {principles.map((principle) => (
        <PrincipleFields
          key={principle.id}
          principle={principle}
          answer={draft?.principles.find((answer) => answer.principleId === principle.id)}
          change={change}
          register={register}
        />
      ))}
      <p>You can leave out anything you are not sure about.</p>
      <button type="submit" className="button" disabled={saving || !draft}>
        Save this reflection
      </button>
    </form>
  );
}
