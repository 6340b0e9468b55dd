import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { makePeerCheckIn } from "../../testing/records";
import { followUpEvent } from "./calendar";

function parseEvent(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const vevent = calendar.getFirstSubcomponent("vevent");
  if (!vevent) throw new Error("no event in the file");
  return new ICAL.Event(vevent);
}

const peer = makePeerCheckIn({ colleague: "AB", followUpOn: "2026-11-16" });

describe("the follow-up calendar file", () => {
  it("is an all-day event on the follow-up day by default, that a calendar library reads", () => {
    const event = parseEvent(followUpEvent(peer)!);
    expect(event.startDate.isDate).toBe(true);
    expect(event.startDate.toString()).toBe("2026-11-16");
    expect(event.endDate.toString()).toBe("2026-11-17");
  });

  it("has a neutral title and says nothing about wellbeing", () => {
    const text = followUpEvent(peer)!;
    expect(parseEvent(text).summary).toBe("Catch up with AB");
    expect(text).not.toMatch(/wellbeing|stress|check-in|stage|struggl|strain|notes/i);
    expect(text).not.toContain(peer.notes!);
  });

  it("can be a timed event at a local time", () => {
    const event = parseEvent(followUpEvent(peer, { time: "14:30", durationMinutes: 45 })!);
    expect(event.startDate.isDate).toBe(false);
    expect([event.startDate.hour, event.startDate.minute]).toEqual([14, 30]);
    expect(event.startDate.toString().slice(0, 10)).toBe("2026-11-16");
    expect(event.duration.toSeconds()).toBe(45 * 60);
  });

  it("is shown as free time, never busy", () => {
    const timed = followUpEvent(peer, { time: "09:15", durationMinutes: 15 })!;
    const vevent = new ICAL.Component(ICAL.parse(timed)).getFirstSubcomponent("vevent")!;
    expect(vevent.getFirstPropertyValue("transp")).toBe("TRANSPARENT");
    expect(timed).not.toMatch(/BUSYSTATUS:BUSY/);
    expect(parseEvent(timed).duration.toSeconds()).toBe(15 * 60);
  });

  it("uses a title or description only when one is given", () => {
    const event = parseEvent(followUpEvent(peer, { title: "1:1", description: "Room 2" })!);
    expect(event.summary).toBe("1:1");
    expect(event.description).toBe("Room 2");
    expect(parseEvent(followUpEvent(peer)!).description).toBeNull();
  });

  it("gives each follow-up its own event id, so the next one does not replace the last", () => {
    const first = parseEvent(followUpEvent(peer)!).uid;
    const moved = parseEvent(followUpEvent({ ...peer, followUpOn: "2026-11-18" })!).uid;
    const next = parseEvent(
      followUpEvent({ ...peer, followUps: [{ id: "f1", at: "2026-11-16T10:00:00.000Z" }] })!,
    ).uid;
    expect(moved).toBe(first);
    expect(next).not.toBe(first);
  });

  it("is not made without a follow-up date or with a time that is not real", () => {
    expect(followUpEvent({ ...peer, followUpOn: undefined })).toBeNull();
    expect(followUpEvent(peer, { time: "25:00" })).toBeNull();
  });
});
