import { useState } from 'preact/hooks';
import { CHANNELS, type Channel } from '@/protocols/types';
import type { UiStrings } from '@/utils/i18n';

interface Props {
  host: string;
  /** The channel the team's pack gives this host, if any. */
  suggested?: Channel;
  t: UiStrings;
  onEnable: (channel: Channel) => void;
}

/** Offered in the side panel on a site Cordial does not know: turn it on here, as which channel. */
export function EnableSite({ host, suggested, t, onEnable }: Props) {
  const [channel, setChannel] = useState<Channel>(suggested ?? 'chat');
  return (
    <form
      class="section enable"
      data-testid="enable-site"
      onSubmit={(event) => {
        event.preventDefault();
        onEnable(channel);
      }}
    >
      <p>{t.enableIntro(host)}</p>
      {suggested && <p data-testid="pack-host-rule">{t.packSuggests(t.channel[suggested])}</p>}
      <label class="field">
        <span>{t.enableChannel}</span>
        <select value={channel} onChange={(e) => setChannel((e.currentTarget as HTMLSelectElement).value as Channel)}>
          {CHANNELS.map((c) => (
            <option key={c} value={c}>
              {t.channel[c]}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" class="primary">
        {t.enableButton}
      </button>
    </form>
  );
}
