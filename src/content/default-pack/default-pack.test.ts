// @vitest-environment node
import { describe, expect, it } from "vitest";
import { RESOURCE_NEEDS, SEVEN_CS, SUPERVISION_FUNCTIONS } from "../../domain/pack/constants";
import { checkPackCoverage } from "../../domain/pack/coverage";
import { ContentPackSchema } from "../../domain/pack/schema";
import { average, gradeOf, gradeOfAll, measuredTexts } from "../../testing/readability";
import { defaultPack as pack } from "./index";

const stageIds = pack.stages.map((s) => s.id);
const domainIds = pack.domains.map((d) => d.id);
const patternIds = pack.patterns.map((p) => p.id);
const scoredItems = pack.items.filter((i) => !i.redFlag);
const redFlagItems = pack.items.filter((i) => i.redFlag);

function wordsOf(text: string): string[] {
  return text.split(/\s+/).filter((w) => /[a-z0-9]/i.test(w));
}

function duplicates(ids: string[]): string[] {
  return ids.filter((id, i) => ids.indexOf(id) !== i);
}

describe("the default content pack", () => {
  it("passes the content pack schema", () => {
    const result = ContentPackSchema.safeParse(pack);
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  it("has tips, prompts and signs for every result the scorer can produce", () => {
    const gaps = checkPackCoverage(pack, {
      minTipsPerStageDomain: 3,
      minTipsPerPattern: 3,
      minPromptsPerFunction: 1,
    });
    expect(gaps.map((g) => g.message)).toEqual([]);
  });

  it("is the en-GB pack from Healing Centred Wellbeing, checked 1 November 2026", () => {
    expect(pack).toMatchObject({
      id: "hcw-default",
      version: "1.0.0",
      locale: "en-GB",
      publisher: "Healing Centred Wellbeing",
      checked: "2026-11-01",
    });
  });

  it("has no duplicate ids in any list", () => {
    const lists: Record<string, string[]> = {
      stages: stageIds,
      patterns: patternIds,
      domains: domainIds,
      items: pack.items.map((i) => i.id),
      tips: pack.tips.map((t) => t.id),
      supervisionPrompts: pack.supervisionPrompts.map((p) => p.id),
      signs: pack.peerGuide.signs.map((s) => s.id),
      help: pack.peerGuide.help.map((h) => h.id),
      resources: pack.resources.map((r) => r.id),
      grounding: pack.grounding.map((g) => g.id),
    };
    for (const item of pack.items) lists[`options of ${item.id}`] = item.options.map((o) => o.id);
    const found = Object.entries(lists).filter(([, ids]) => duplicates(ids).length > 0);
    expect(found).toEqual([]);
  });

  it("points only at stages, domains, patterns and resources that exist", () => {
    const missing: string[] = [];
    const need = (ok: boolean, what: string) => ok || missing.push(what);
    for (const item of pack.items) {
      need(domainIds.includes(item.domain), `${item.id} domain`);
      for (const o of item.options) {
        if (o.stage) need(stageIds.includes(o.stage), `${item.id}/${o.id} stage`);
        for (const p of o.patterns ?? []) need(patternIds.includes(p), `${item.id}/${o.id} ${p}`);
      }
    }
    for (const tip of pack.tips) {
      for (const s of tip.stages) need(stageIds.includes(s), `${tip.id} stage ${s}`);
      for (const d of tip.domains) need(domainIds.includes(d), `${tip.id} domain ${d}`);
      for (const p of tip.patterns) need(patternIds.includes(p), `${tip.id} pattern ${p}`);
    }
    for (const prompt of pack.supervisionPrompts) {
      for (const s of prompt.stages) need(stageIds.includes(s), `${prompt.id} stage ${s}`);
    }
    for (const sign of pack.peerGuide.signs) need(stageIds.includes(sign.stage), sign.id);
    const resourceIds = pack.resources.map((r) => r.id);
    for (const id of pack.safety.resources) need(resourceIds.includes(id), `safety ${id}`);
    expect(missing).toEqual([]);
  });
});

describe("the self-check questions", () => {
  it("ask about moral distress and about what is going well, in our own words", () => {
    const questions = pack.items.map((item) => item.question).join(" ");
    expect(questions).toMatch(/not do what you believed was right/);
    expect(questions).toMatch(/makes a difference/);
  });

  it("take two to four minutes: 22 to 28 items, two or three scored per domain", () => {
    expect(pack.items.length).toBeGreaterThanOrEqual(22);
    expect(pack.items.length).toBeLessThanOrEqual(28);
    for (const domain of domainIds) {
      const count = scoredItems.filter((i) => i.domain === domain).length;
      expect([domain, count >= 2 && count <= 3]).toEqual([domain, true]);
    }
  });

  it("each say why we ask", () => {
    expect(pack.items.filter((i) => i.why.trim().length < 20).map((i) => i.id)).toEqual([]);
  });

  it("are no longer than 25 words", () => {
    const long = pack.items.filter((i) => wordsOf(i.question).length > 25).map((i) => i.id);
    expect(long).toEqual([]);
  });

  it("state their time frame", () => {
    const timeFrame = /^(In the last two weeks|Lately|Right now),/;
    expect(pack.items.filter((i) => !timeFrame.test(i.question)).map((i) => i.id)).toEqual([]);
  });

  it("give four or five answers, each with a stage, ordered from best to worst", () => {
    const wrong = scoredItems.filter((item) => {
      const ranks = item.options.map((o) => stageIds.indexOf(o.stage ?? ""));
      const ordered = ranks.every((r, i) => r >= 0 && (i === 0 || r >= (ranks[i - 1] ?? 0)));
      const count = item.options.length;
      return !ordered || count < 4 || count > 5 || item.options.some((o) => o.flag);
    });
    expect(wrong.map((i) => i.id)).toEqual([]);
  });

  it("hint at every stress-response pattern somewhere", () => {
    const hinted = new Set(scoredItems.flatMap((i) => i.options.flatMap((o) => o.patterns ?? [])));
    expect([...hinted].sort()).toEqual([...patternIds].sort());
  });

  it("ask apart about suicide or self-harm, harming someone else, and safety at home and at work, unscored", () => {
    const kinds = new Set(
      redFlagItems.flatMap((i) => i.options.filter((o) => o.flag).map((o) => o.kind ?? i.redFlag)),
    );
    expect(kinds).toEqual(new Set(["self-harm", "harm-others", "home", "work", "unsafe"]));
    // Three questions: self-harm, harming someone else, and home and work together.
    expect(redFlagItems.map((i) => i.redFlag).sort()).toEqual([
      "harm-others",
      "self-harm",
      "unsafe",
    ]);
    for (const item of redFlagItems) {
      expect(item.contentNote, item.id).toBeTruthy();
      expect(
        item.options.some((o) => o.flag),
        item.id,
      ).toBe(true);
      expect(
        item.options.filter((o) => o.stage || o.patterns),
        item.id,
      ).toEqual([]);
    }
  });
});

describe("the tips", () => {
  it("name what the workplace can change, and how to raise it, in at least a quarter of tips", () => {
    const raise =
      /\b(manager|supervision|supervisor|risk assessment|Freedom to Speak Up|union|staff network)\b/i;
    const naming = pack.tips.filter((tip) => raise.test(`${tip.body} ${tip.tryNow ?? ""}`));
    expect(naming.length * 4).toBeGreaterThanOrEqual(pack.tips.length);
  });

  it("never promise, blame or skip a caution (the lines a content review flagged)", () => {
    const all = pack.tips.map((tip) => `${tip.title} ${tip.body}`).join(" ");
    for (const line of [
      /rest is not lazy/i,
      /carrying you well/i,
      /better than you fear/i,
      /hold on to it/i,
      /without judging you/i,
      /it is private/i,
    ]) {
      expect(all).not.toMatch(line);
    }
    const drinking = pack.tips.filter((tip) => /days off/i.test(tip.body));
    for (const tip of drinking) expect(tip.body, tip.id).toMatch(/do not stop all at once/);
  });

  it("give at least three for every stage in every domain", () => {
    const thin: string[] = [];
    for (const stage of stageIds) {
      for (const domain of domainIds) {
        const n = pack.tips.filter((t) => t.stages.includes(stage) && t.domains.includes(domain));
        if (n.length < 3) thin.push(`${stage} x ${domain}: ${n.length}`);
      }
    }
    expect(thin).toEqual([]);
  });

  it("give at least three for every pattern at every stage", () => {
    const thin: string[] = [];
    for (const pattern of patternIds) {
      for (const stage of stageIds) {
        const n = pack.tips.filter((t) => t.patterns.includes(pattern) && t.stages.includes(stage));
        if (n.length < 3) thin.push(`${pattern} x ${stage}: ${n.length}`);
      }
    }
    expect(thin).toEqual([]);
  });

  it("stay short: two or three sentences each", () => {
    const long = pack.tips.filter((t) => {
      const sentences = (t.body.match(/[.!?]["”]?(?=\s+["“A-Z]|$)/g) ?? []).length;
      return sentences < 2 || sentences > 3;
    });
    expect(long.map((t) => t.id)).toEqual([]);
  });
});

describe("supervision prompts, peer guide, resources and grounding", () => {
  it("give at least four prompts per supervision function, with every stage covered", () => {
    for (const fn of SUPERVISION_FUNCTIONS) {
      const prompts = pack.supervisionPrompts.filter((p) => p.function === fn);
      expect(prompts.length, fn).toBeGreaterThanOrEqual(4);
      const stagesCovered = new Set(prompts.flatMap((p) => p.stages));
      expect([...stagesCovered].sort(), fn).toEqual([...stageIds].sort());
    }
  });

  it("list at least three signs others may notice for each stage", () => {
    for (const stage of stageIds) {
      const signs = pack.peerGuide.signs.filter((s) => s.stage === stage);
      expect(signs.length, stage).toBeGreaterThanOrEqual(3);
    }
  });

  it("offer ways to help for each of Stress First Aid's seven Cs", () => {
    const used = new Set(pack.peerGuide.help.map((h) => h.sevenC));
    expect(SEVEN_CS.filter((c) => !used.has(c))).toEqual([]);
  });

  it("list at least eight resources, with the numbers as the services publish them", () => {
    expect(pack.resources.length).toBeGreaterThanOrEqual(8);
    const hrefs = pack.resources.flatMap((r) => r.contacts.map((c) => c.href));
    for (const href of [
      "tel:999",
      "tel:18000",
      "sms:999",
      "https://www.999bsl.co.uk",
      "tel:111",
      "tel:116123",
      "mailto:jo@samaritans.org",
      "sms:85258?&body=SHOUT",
      "sms:85258?&body=BLUELIGHT",
      "tel:08088088000",
      "tel:08082000247",
      "tel:03001233393",
      "tel:03000303300",
      "tel:08000562561",
      "tel:03001312789",
    ]) {
      expect(hrefs).toContain(href);
    }
    expect(hrefs.filter((h) => /\s/.test(h))).toEqual([]);
    // Kent and Medway's line lives in the example organisation pack, not the national one.
    expect(hrefs).not.toContain("tel:08001070160");
    // Every support service was checked in the last review (6 or 7 December 2026), none older.
    const support = pack.resources.filter((r) => !r.kind);
    expect(support.filter((r) => r.checked < "2026-12-06")).toEqual([]);
    // Training and networks for leads were checked on 7 December (docs/content-sources.md).
    const learning = pack.resources.filter((r) => r.kind);
    expect(learning.filter((r) => r.checked !== "2026-12-07")).toEqual([]);
  });

  it("have a service behind every need the Resources filter offers", () => {
    for (const need of RESOURCE_NEEDS) {
      expect(
        pack.resources.some((r) => r.needs.includes(need)),
        need,
      ).toBe(true);
    }
  });

  it("offer at least four grounding exercises, starting with one that looks outward", () => {
    expect(pack.grounding.length).toBeGreaterThanOrEqual(4);
    expect(pack.grounding[0]?.focus).toBe("outward");
    const inward = pack.grounding.filter((g) => g.focus !== "outward" && !g.caution);
    expect(inward.map((g) => g.id)).toEqual([]);
  });
});

describe("the wording", () => {
  it("reads at about age 11: question and tip text average a Flesch-Kincaid grade of 6 or lower", () => {
    const { questions, tips } = measuredTexts(pack);
    const texts = [...questions, ...tips];
    const overall = average(texts.map(gradeOf));
    const questionAverage = average(questions.map(gradeOf));
    const whole = gradeOfAll(texts);
    console.log(
      `Readability: average Flesch-Kincaid grade ${overall.toFixed(2)} over ${texts.length} questions, tip bodies and try-now steps (${whole.toFixed(2)} taken as one text; questions alone ${questionAverage.toFixed(2)})`,
    );
    expect(overall).toBeLessThanOrEqual(6);
  });

  it("never talks of failure or weakness", () => {
    const all = JSON.stringify(pack).toLowerCase();
    expect(all.match(/\b(fail\w*|weak\w*|should have|must)\b/g) ?? []).toEqual([]);
  });
});
