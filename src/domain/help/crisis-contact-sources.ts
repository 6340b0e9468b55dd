import { EMERGENCY_ID } from "./crisis-contacts-data";

/**
 * The public page each crisis contact was checked against (docs/content-sources.md has
 * the full list). Kept apart from the contacts so the first download stays small; a
 * test makes sure every contact has one.
 */
export const CRISIS_CONTACT_SOURCES: Readonly<Record<string, string>> = {
  [EMERGENCY_ID]:
    "https://www.ofcom.org.uk/phones-and-broadband/accessibility/new-999-video-call-service/",
  "nhs-111-mental-health":
    "https://www.wired-gov.net/wg/news.nsf/articles/more+than+200000+calls+to+urgent+mental+health+service+10102025161000?open",
  "nhs-24-111": "https://www.scottishambulance.com/news/together-lets-care-for-your-mental-health/",
  "lifeline-ni": "https://www.lifelinehelpline.info/page/about.html",
  samaritans: "https://www.samaritans.org/how-we-can-help/contact-samaritan/",
  "samaritans-email": "https://www.samaritans.org/how-we-can-help/contact-samaritan/",
  shout: "https://giveusashout.org/about-us/faq/",
  "breathing-space":
    "https://www.breathingspace.scot/news/2022/springfield-unveils-breathing-space-bench-in-blairgowrie/",
  "domestic-abuse-england":
    "https://refuge.org.uk/news/refuge-response-to-home-secretary-announcement-of-support-for-domestic-abuse-victims",
  "live-fear-free": "https://www.gov.wales/live-fear-free/sexual-violence",
  "domestic-abuse-scotland": "https://safer.scot/information/da/report/",
  "domestic-abuse-ni": "https://www.victimsupportni.com/help-for-victims/domestic-violence",
  "respect-phoneline":
    "https://www.respect.org.uk/articles/valentine-s-day-at-respect-it-s-not-love-if",
  "police-101": "https://www.wiltshire.police.uk/index.php/contactus/3246",
};
