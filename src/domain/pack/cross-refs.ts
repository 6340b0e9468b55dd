/**
 * Checks that every id a pack record points to exists, ids are unique within each
 * list, and red-flag items are shaped so the scorer and the safety screen can trust them.
 * Runs after the schema check, on a pack whose shape is already known to be right.
 * Type-only imports: this file must not pull zod into the bundle.
 */
import type { ContentPack } from "./schema";

/** One thing wrong with a pack: where (a path a person can follow) and what. */
export type PackError = { path: string; message: string };

/** Joins path parts the way error messages show them: "items › 3 › options › 1". */
export function joinPath(parts: readonly (string | number)[]): string {
  return parts.length === 0 ? "the pack" : parts.map(String).join(" › ");
}

/** Position (counting from 1) and id of a record, for paths: "3 (sleep-quality)". */
function at(index: number, id?: string): string {
  return id ? `${index + 1} (${id})` : String(index + 1);
}

function quoteList(ids: Iterable<string>): string {
  const all = [...ids];
  const shown = all.slice(0, 8).map((id) => `"${id}"`);
  return all.length > 8 ? `${shown.join(", ")} and ${all.length - 8} more` : shown.join(", ");
}

/** Reports ids that appear more than once in a list. */
function checkUnique(
  errors: PackError[],
  list: readonly { id: string }[],
  listPath: string,
  what: string,
): Set<string> {
  const seen = new Set<string>();
  list.forEach((record, index) => {
    if (seen.has(record.id)) {
      errors.push({
        path: joinPath([listPath, at(index, record.id), "id"]),
        message: `another ${what} already uses the id "${record.id}": each ${what} needs its own id`,
      });
    }
    seen.add(record.id);
  });
  return seen;
}

function checkRefs(
  errors: PackError[],
  refs: readonly string[] | undefined,
  known: ReadonlySet<string>,
  path: readonly (string | number)[],
  what: string,
): void {
  (refs ?? []).forEach((ref, index) => {
    if (!known.has(ref)) {
      errors.push({
        path: joinPath([...path, index + 1]),
        message: `there is no ${what} with the id "${ref}" (the ${what}s are ${quoteList(known)})`,
      });
    }
  });
}

function checkRef(
  errors: PackError[],
  ref: string | undefined,
  known: ReadonlySet<string>,
  path: readonly (string | number)[],
  what: string,
): void {
  if (ref !== undefined && !known.has(ref)) {
    errors.push({
      path: joinPath(path),
      message: `there is no ${what} with the id "${ref}" (the ${what}s are ${quoteList(known)})`,
    });
  }
}

/** A harder answer is never a weaker sign: it holds at least as hard as any lighter answer. */
function checkHoldsOrder(
  errors: PackError[],
  item: ContentPack["items"][number],
  stages: Set<string>,
  itemPath: (string | number)[],
): void {
  const order = [...stages];
  const rank = (id: string | undefined) => (id === undefined ? -1 : order.indexOf(id));
  item.options.forEach((option, j) => {
    const weaker = item.options.find(
      (other) => rank(other.stage) < rank(option.stage) && rank(other.holds) > rank(option.holds),
    );
    if (weaker) {
      errors.push({
        path: joinPath([...itemPath, "options", at(j, option.id), "holds"]),
        message: `this answer is harder than "${weaker.id}" but holds the stage less firmly: a harder answer needs "holds" at least "${weaker.holds ?? ""}"`,
      });
    }
  });
}

function checkItems(
  errors: PackError[],
  pack: ContentPack,
  known: { stages: Set<string>; patterns: Set<string>; domains: Set<string> },
): void {
  pack.items.forEach((item, i) => {
    const itemPath = ["items", at(i, item.id)];
    checkRef(errors, item.domain, known.domains, [...itemPath, "domain"], "domain");
    checkUnique(errors, item.options, joinPath([...itemPath, "options"]), "option");
    item.options.forEach((option, j) => {
      const optionPath = [...itemPath, "options", at(j, option.id)];
      checkRef(errors, option.stage, known.stages, [...optionPath, "stage"], "stage");
      checkRef(errors, option.holds, known.stages, [...optionPath, "holds"], "stage");
      checkRefs(errors, option.patterns, known.patterns, [...optionPath, "patterns"], "pattern");
      if (item.redFlag) {
        if (option.holds !== undefined) {
          errors.push({
            path: joinPath([...optionPath, "holds"]),
            message:
              "answers to a red-flag question are never scored, so they cannot hold the stage",
          });
        }
        if (option.stage !== undefined) {
          errors.push({
            path: joinPath([...optionPath, "stage"]),
            message:
              "answers to a red-flag question are never scored, so they must not have a stage",
          });
        }
      } else {
        if (option.stage === undefined) {
          errors.push({
            path: joinPath([...optionPath, "stage"]),
            message: "every answer to an ordinary question needs a stage (the id of a stage)",
          });
        }
        if (option.flag) {
          errors.push({
            path: joinPath([...optionPath, "flag"]),
            message:
              'only a red-flag question can open the safety screen: add "redFlag" to the question or remove "flag"',
          });
        }
      }
    });
    item.options.forEach((option, j) => {
      if (option.kind !== undefined && (!item.redFlag || option.flag !== true)) {
        errors.push({
          path: joinPath([...itemPath, "options", at(j, option.id), "kind"]),
          message: 'only a flagged answer to a red-flag question can say what it is about ("kind")',
        });
      }
    });
    checkHoldsOrder(errors, item, known.stages, itemPath);
    if (item.redFlag && !item.options.some((option) => option.flag === true)) {
      errors.push({
        path: joinPath([...itemPath, "options"]),
        message: 'a red-flag question needs at least one answer with "flag": true',
      });
    }
  });
}

/** A pack that marks quick questions marks exactly one ordinary question in each area. */
function checkQuick(errors: PackError[], pack: ContentPack): void {
  if (!pack.items.some((item) => item.quick && !item.redFlag)) return;
  pack.domains.forEach((domain, i) => {
    const quick = pack.items.filter((q) => q.domain === domain.id && q.quick && !q.redFlag);
    if (quick.length !== 1) {
      errors.push({
        path: joinPath(["domains", at(i, domain.id)]),
        message: `the one-minute check-in asks one question in each area, but ${quick.length} of this area's questions have "quick": true`,
      });
    }
  });
}

/** The organisation block: ids unique in each list, and action examples name real principles. */
function checkOrganisation(errors: PackError[], pack: ContentPack): void {
  const block = pack.organisation;
  if (!block) return;
  const principles = checkUnique(
    errors,
    block.principles,
    joinPath(["organisation", "principles"]),
    "principle",
  );
  block.principles.forEach((principle, i) => {
    const path = joinPath(["organisation", "principles", at(i, principle.id), "statements"]);
    checkUnique(errors, principle.statements, path, "statement");
  });
  const commitmentsPath = joinPath(["organisation", "pledgeFramework", "commitments"]);
  checkUnique(errors, block.pledgeFramework.commitments, commitmentsPath, "commitment");
  checkUnique(
    errors,
    block.actionExamples,
    joinPath(["organisation", "actionExamples"]),
    "action example",
  );
  block.actionExamples.forEach((example, i) => {
    const path = ["organisation", "actionExamples", at(i, example.id), "principles"];
    checkRefs(errors, example.principles, principles, path, "principle");
  });
}

/** Every cross-reference and uniqueness problem in a pack whose shape is already valid. */
export function checkCrossRefs(pack: ContentPack): PackError[] {
  const errors: PackError[] = [];
  const stages = checkUnique(errors, pack.stages, "stages", "stage");
  const patterns = checkUnique(errors, pack.patterns, "patterns", "pattern");
  const domains = checkUnique(errors, pack.domains, "domains", "domain");
  checkUnique(errors, pack.items, "items", "question");
  checkUnique(errors, pack.tips, "tips", "tip");
  checkUnique(errors, pack.supervisionPrompts, "supervisionPrompts", "prompt");
  checkUnique(errors, pack.peerGuide.signs, joinPath(["peerGuide", "signs"]), "sign");
  checkUnique(errors, pack.peerGuide.help, joinPath(["peerGuide", "help"]), "way to help");
  const resources = checkUnique(errors, pack.resources, "resources", "resource");
  checkUnique(errors, pack.grounding, "grounding", "exercise");

  if (!pack.patterns.some((pattern) => pattern.kind === "settled")) {
    errors.push({
      path: "patterns",
      message:
        'add a pattern with "kind": "settled": the app shows it when no stress pattern stands out',
    });
  }

  checkItems(errors, pack, { stages, patterns, domains });
  checkQuick(errors, pack);

  pack.domains.forEach((domain, i) => {
    if (!pack.items.some((item) => item.domain === domain.id && !item.redFlag)) {
      errors.push({
        path: joinPath(["domains", at(i, domain.id)]),
        message: "no ordinary question belongs to this domain, so it can never be scored",
      });
    }
  });

  pack.tips.forEach((tip, i) => {
    const tipPath = ["tips", at(i, tip.id)];
    checkRefs(errors, tip.stages, stages, [...tipPath, "stages"], "stage");
    checkRefs(errors, tip.domains, domains, [...tipPath, "domains"], "domain");
    checkRefs(errors, tip.patterns, patterns, [...tipPath, "patterns"], "pattern");
  });

  pack.supervisionPrompts.forEach((prompt, i) => {
    const promptPath = ["supervisionPrompts", at(i, prompt.id)];
    checkRefs(errors, prompt.stages, stages, [...promptPath, "stages"], "stage");
    checkRefs(errors, prompt.patterns, patterns, [...promptPath, "patterns"], "pattern");
  });

  pack.peerGuide.signs.forEach((sign, i) => {
    checkRef(errors, sign.stage, stages, ["peerGuide", "signs", at(i, sign.id), "stage"], "stage");
  });

  checkRefs(errors, pack.safety.resources, resources, ["safety", "resources"], "resource");
  checkOrganisation(errors, pack);

  return errors;
}
