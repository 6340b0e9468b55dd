import { expect, test, type Locator, type Page } from "@playwright/test";
import { CheckInPage } from "./support/check-in";

/** The box an element takes on screen. */
async function box(target: Locator): Promise<{ top: number; bottom: number }> {
  return target.evaluate((element) => {
    const { top, bottom } = element.getBoundingClientRect();
    return { top, bottom };
  });
}

/** Scrolls so the control sits at the very bottom of the screen: where a message would cover it. */
async function putAtBottomEdge(target: Locator): Promise<void> {
  await target.evaluate((element) => {
    window.scrollBy(0, element.getBoundingClientRect().bottom - window.innerHeight + 2);
  });
}

/** The focused control is wholly between the header and the message. */
async function expectFocusClearOfMessage(page: Page): Promise<void> {
  const message = await box(page.locator(".notice"));
  const focused = await box(page.locator(":focus"));
  const header = await box(page.getByRole("banner"));
  expect(focused.bottom, "the focused control ends above the message").toBeLessThanOrEqual(
    message.top,
  );
  expect(focused.top, "and starts below the header").toBeGreaterThanOrEqual(header.bottom);
}

test("after “Add to my plan”, the message never covers the focused control, and only one shows", async ({
  page,
}) => {
  const checkIn = new CheckInPage(page);
  await checkIn.start();
  await checkIn.completeAll("first");
  const tips = page.locator(".tip-card");
  const status = page.getByRole("status").filter({ has: page.locator(".notice") });

  for (const index of [0, 1]) {
    const add = tips.nth(index).getByRole("button", { name: /Add to my plan/ });
    await putAtBottomEdge(add);
    await add.click();
    await expect(tips.nth(index).getByText("In your plan")).toBeFocused();
    await expect(status).toContainText("to your plan.");
    await expectFocusClearOfMessage(page);
  }
  // Two tips added, one message: the newer one.
  await expect(page.locator(".notice")).toHaveCount(1);
  const second = await tips.nth(1).locator("h3").textContent();
  await expect(status).toContainText(`Added “${second}” to your plan.`);
});
