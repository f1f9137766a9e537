import { useState } from 'preact/hooks';
import type { UiStrings } from '@/utils/i18n';
import { sendToBackground } from '@/utils/messaging';

/** The agent's name and company, which fill `{{agente}}` and `{{empresa}}`. */
export function ProfileForm({ t, profile }: { t: UiStrings; profile: { agentName?: string; companyName?: string } }) {
  const [agentName, setAgentName] = useState(profile.agentName ?? '');
  const [companyName, setCompanyName] = useState(profile.companyName ?? '');
  const [status, setStatus] = useState<'idle' | 'saved' | 'failed'>('idle');
  return (
    <form
      class="section profile"
      data-testid="profile"
      aria-labelledby="profile-heading"
      onSubmit={(event) => {
        event.preventDefault();
        sendToBackground('profile:save', { agentName, companyName }).then(
          () => setStatus('saved'),
          () => setStatus('failed'),
        );
      }}
    >
      <h2 id="profile-heading" class="section-title">
        {t.profileTitle}
      </h2>
      <p class="muted">{t.profileIntro}</p>
      <div class="row">
        <label class="field">
          <span>{t.agentName}</span>
          <input type="text" name="agentName" maxLength={100} value={agentName} onInput={(e) => setAgentName((e.currentTarget as HTMLInputElement).value)} />
        </label>
        <label class="field">
          <span>{t.companyName}</span>
          <input type="text" name="companyName" maxLength={100} value={companyName} onInput={(e) => setCompanyName((e.currentTarget as HTMLInputElement).value)} />
        </label>
      </div>
      <div class="reply-actions">
        <button type="submit" class="primary">
          {t.save}
        </button>
        <span role="status">{status === 'saved' ? t.profileSaved : status === 'failed' ? t.saveFailed.failed : ''}</span>
      </div>
    </form>
  );
}
