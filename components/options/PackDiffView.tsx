import type { ChangeSet, PackDiff } from '@/utils/packs/diff';
import type { PackStrings } from './packs-strings';

function Changes({ title, set, s }: { title: string; set: ChangeSet; s: PackStrings }) {
  const groups = [
    [s.added, set.added, 'added'],
    [s.changed, set.changed, 'changed'],
    [s.removedItems, set.removed, 'removed'],
  ] as const;
  if (groups.every(([, items]) => items.length === 0)) return null;
  return (
    <div class="diff-group">
      <h4>{title}</h4>
      {groups.map(([label, items, kind]) =>
        items.length ? (
          <details key={kind} data-testid={`diff-${kind}`} data-count={items.length}>
            <summary>
              {label}: {items.length}
            </summary>
            <ul>
              {items.map((c) => (
                <li key={c.id}>{c.label}</li>
              ))}
            </ul>
          </details>
        ) : null,
      )}
    </div>
  );
}

/** What an update changes, grouped, every label rendered as text. */
export function PackDiffView({ diff, s }: { diff: PackDiff; s: PackStrings }) {
  if (diff.same) return <p class="muted">{s.previewSame}</p>;
  return (
    <div class="diff" data-testid="pack-diff">
      <Changes title={s.repliesHeading} set={diff.replies} s={s} />
      <Changes title={s.stepsHeading} set={diff.steps} s={s} />
      <Changes title={s.rulesHeading} set={diff.toneRules} s={s} />
      {(diff.dictionary.added.length > 0 || diff.dictionary.removed.length > 0) && (
        <p class="muted">
          {s.wordsHeading}: +{diff.dictionary.added.length} / −{diff.dictionary.removed.length}
        </p>
      )}
      {diff.targets.length > 0 && <p class="muted">{s.targetsHeading(diff.targets.map((c) => s.channel[c]).join(', '))}</p>}
    </div>
  );
}
