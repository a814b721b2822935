import { useState } from "react";
import { Card, CardTitle } from "@/components/ui/card";
import { Field, Select } from "@/components/ui/field";
import { useReasonMode, type ReasonMode } from "../hooks/use-reason-mode";

export function ReasonSettings() {
  const { mode, setMode } = useReasonMode();
  const [error, setError] = useState<string | null>(null);
  return (
    <Card>
      <CardTitle>Receipts</CardTitle>
      <Field
        label="Reason for each transaction"
        hint="The review dialog asks why you sign; the reason is kept in the transaction's receipt."
        error={error}
      >
        <Select
          value={mode}
          onChange={(e) =>
            setError(
              setMode(e.target.value as ReasonMode) ? null : "This browser refused to save the choice.",
            )
          }
        >
          <option value="off">Off: do not ask</option>
          <option value="optional">Optional: ask, may be left empty</option>
          <option value="required">Required: no signing without a reason</option>
        </Select>
      </Field>
    </Card>
  );
}
