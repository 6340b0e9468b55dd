import { InstallGuide } from "../../components/install/InstallGuide";
import { currentPlatform, useInstallGuide } from "../../state/install-guide";

/** After the second check-in, once: put away, it is found again only in Settings. */
export function InstallOffer({ checkIns }: { checkIns: number }) {
  const dismissed = useInstallGuide((state) => state.dismissed);
  const dismiss = useInstallGuide((state) => state.dismiss);
  if (checkIns < 2 || dismissed || currentPlatform() === "installed") return null;
  return (
    <InstallGuide
      onDismiss={() => {
        dismiss();
        // The card goes: focus moves to the page's heading, not lost.
        document.querySelector<HTMLElement>("main h1")?.focus();
      }}
    />
  );
}
