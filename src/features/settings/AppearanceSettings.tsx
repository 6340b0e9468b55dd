import { ChoiceGroup } from "../../components/ChoiceGroup";
import { useAppearance } from "../../state/appearance-store";

export function AppearanceSettings() {
  const { theme, textSize, motion, setTheme, setTextSize, setMotion } = useAppearance();
  return (
    <section aria-labelledby="appearance-heading" className="section">
      <h2 id="appearance-heading">Appearance</h2>
      <ChoiceGroup
        legend="Colours"
        name="theme"
        value={theme}
        onChange={setTheme}
        options={[
          { value: "system", label: "Match my device" },
          { value: "light", label: "Light" },
          { value: "dark", label: "Dark" },
        ]}
      />
      <ChoiceGroup
        legend="Text size"
        name="text-size"
        value={textSize}
        onChange={setTextSize}
        options={[
          { value: "standard", label: "Standard" },
          { value: "large", label: "Large" },
          { value: "larger", label: "Larger" },
        ]}
      />
      <ChoiceGroup
        legend="Movement"
        hint="Turns off animations, such as the breathing guide’s moving circle."
        name="motion"
        value={motion}
        onChange={setMotion}
        options={[
          { value: "system", label: "Match my device" },
          { value: "reduce", label: "Keep movement to a minimum" },
        ]}
      />
    </section>
  );
}
