import { SITUATIONS, type Situation } from '@/protocols/types';
import type { UiStrings } from '@/utils/i18n';

/** The reply situation picker, labelled in the interface language (sidebar and options page). */
export function SituationField({ t, value, onChange }: { t: UiStrings; value: Situation; onChange: (situation: Situation) => void }) {
  return (
    <label class="field">
      <span>{t.field.situation}</span>
      <select name="situation" value={value} onChange={(e) => onChange((e.currentTarget as HTMLSelectElement).value as Situation)}>
        {SITUATIONS.map((s) => (
          <option key={s} value={s}>
            {t.situations[s] ?? s}
          </option>
        ))}
      </select>
    </label>
  );
}
