// @vitest-environment node
import { describe, expect, it } from "vitest";
import { crisisHelpFor } from "./crisis-help";
import { CRISIS_CONTACTS, helpNow, REGIONS, regionsLabel, SITUATIONS } from "./index";
import { CrisisContactSchema } from "./crisis-contact-schema";
import { CRISIS_CONTACT_SOURCES } from "./crisis-contact-sources";

const ids = (list: readonly { id: string }[]) => list.map((c) => c.id);

describe("the one list of crisis contacts", () => {
  it("has a checked date and a public source for every contact, and refuses one without", () => {
    for (const contact of CRISIS_CONTACTS) {
      expect(CrisisContactSchema.safeParse(contact).success, contact.id).toBe(true);
      expect(CRISIS_CONTACT_SOURCES[contact.id], contact.id).toMatch(/^https:\/\//);
    }
    const { checked: _dropped, ...unchecked } = CRISIS_CONTACTS[1]!;
    expect(CrisisContactSchema.safeParse(unchecked).success).toBe(false);
  });

  it("offers ways to reach 999 without speaking: 999 BSL, emergencySMS and Relay UK", () => {
    const hrefs = crisisHelpFor([], null).emergency.contacts.map((c) => c.href);
    expect(hrefs).toEqual(
      expect.arrayContaining(["tel:999", "https://www.999bsl.co.uk", "sms:999", "tel:18000"]),
    );
  });

  it("gives every region an urgent mental health route and a domestic abuse line", () => {
    for (const region of REGIONS) {
      const self = crisisHelpFor(["self-harm"], region);
      expect(
        self.fitting.some(
          (c) => c.contacts.some((x) => x.href === "tel:111") || c.id === "lifeline-ni",
        ),
        region,
      ).toBe(true);
      const home = crisisHelpFor(["home"], region);
      expect(
        home.fitting.some((c) => c.fits.includes("home") && c.regions.length === 1),
        region,
      ).toBe(true);
    }
  });
});

describe("help for a safety answer", () => {
  it("puts help that fits each situation first, and words 'danger now: 999' for it", () => {
    const lines = new Set<string>();
    for (const situation of SITUATIONS) {
      const help = crisisHelpFor([situation], null);
      expect(help.fitting[0]?.fits, situation).toContain(situation);
      expect(help.dangerNow).toHaveLength(1);
      expect(help.dangerNow[0]).toContain("999");
      lines.add(help.dangerNow[0]!);
    }
    expect(lines.size).toBe(SITUATIONS.length);
  });

  it("never shows a contact twice, and the fitting ones are not repeated as general", () => {
    const help = crisisHelpFor(["self-harm", "home"], null);
    const all = ids([help.emergency, ...help.fitting, ...help.general, ...help.elsewhere]);
    expect(new Set(all).size).toBe(all.length);
  });

  it("with a region, orders that region's services first and keeps the rest one tap away", () => {
    for (const region of REGIONS) {
      const everywhere = crisisHelpFor(["home"], null);
      const here = crisisHelpFor(["home"], region);
      for (const c of [...here.fitting, ...here.general]) expect(c.regions).toContain(region);
      for (const c of here.elsewhere) expect(c.regions).not.toContain(region);
      expect(ids([...here.fitting, ...here.general, ...here.elsewhere]).sort()).toEqual(
        ids([...everywhere.fitting, ...everywhere.general]).sort(),
      );
    }
  });

  it("lists on Help now every contact a safety answer can show, for the same region", () => {
    for (const region of [null, ...REGIONS]) {
      const now = helpNow(region);
      const listed = new Set(
        ids([
          now.emergency,
          ...now.general,
          ...now.generalElsewhere,
          ...now.situations.flatMap((s) => [...s.here, ...s.elsewhere]),
        ]),
      );
      for (const situation of SITUATIONS) {
        const help = crisisHelpFor([situation], region);
        for (const id of ids([...help.fitting, ...help.general, ...help.elsewhere])) {
          expect(listed.has(id), `${id} for ${situation} in ${region ?? "all"}`).toBe(true);
        }
      }
    }
  });

  it("puts a service made for the situation before the general lines that also take it", () => {
    for (const region of [null, ...REGIONS]) {
      const harm = crisisHelpFor(["harm-others"], region);
      expect(harm.fitting[0]?.id, region ?? "all").toBe("respect-phoneline");
      for (const situation of SITUATIONS) {
        const fitting = crisisHelpFor([situation], region).fitting;
        const firstGeneral = fitting.findIndex((c) => c.general);
        if (firstGeneral >= 0)
          expect(fitting.slice(firstGeneral).every((c) => c.general)).toBe(true);
      }
    }
  });

  it("groups Help now by situation: each in the safety screen's order, its region first", () => {
    for (const region of [null, ...REGIONS]) {
      for (const section of helpNow(region).situations) {
        const help = crisisHelpFor([section.situation], region);
        expect(ids(section.here), section.situation).toEqual(ids(help.fitting));
        expect(section.dangerNow).toBe(help.dangerNow[0]);
        for (const c of section.elsewhere) expect(c.regions).not.toContain(region);
      }
      expect(
        helpNow(region)
          .situations.map((s) => s.situation)
          .sort(),
      ).toEqual([...SITUATIONS].sort());
    }
  });

  it("labels where each service works in plain words", () => {
    expect(regionsLabel(REGIONS)).toBe("UK-wide");
    expect(regionsLabel(["wales", "england"])).toBe("England and Wales");
    expect(regionsLabel(["scotland"])).toBe("Scotland");
  });
});
