import { Card, CardTitle } from "@/components/ui/card";
import { Field, Select } from "@/components/ui/field";
import { useTheme, type ThemeChoice } from "./theme";

export function ThemeSettings() {
  const { choice, choose } = useTheme();
  return (
    <Card>
      <CardTitle>Appearance</CardTitle>
      <Field label="Theme">
        <Select value={choice} onChange={(e) => choose(e.target.value as ThemeChoice)}>
          <option value="system">Follow the system</option>
          <option value="light">Light</option>
          <option value="dark">Dark</option>
        </Select>
      </Field>
    </Card>
  );
}
