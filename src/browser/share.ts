/**
 * Passing text on, only when the person asks: the device's share sheet where there is
 * one, otherwise the clipboard. Returns what happened so the screen can say so.
 */
export type ShareOutcome = "shared" | "copied" | "cancelled" | "failed";

export async function shareText(title: string, text: string): Promise<ShareOutcome> {
  if (typeof navigator.share === "function") {
    try {
      await navigator.share({ title, text });
      return "shared";
    } catch (problem) {
      if ((problem as Error).name === "AbortError") return "cancelled";
      // Some browsers refuse share for text; fall back to copying.
    }
  }
  return copyText(text);
}

export async function copyText(text: string): Promise<ShareOutcome> {
  try {
    await navigator.clipboard.writeText(text);
    return "copied";
  } catch {
    return "failed";
  }
}

export const SHARE_MESSAGES: Record<ShareOutcome, string> = {
  shared: "Shared.",
  copied: "Copied. You can paste it into a message or an email.",
  cancelled: "Nothing was shared.",
  failed:
    "This browser did not let the app share or copy. You can select the text and copy it yourself.",
};
