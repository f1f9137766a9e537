/**
 * Building blocks of the pack editor. Every input carries `data-path` (the pack path validation messages use), so a
 * message in the summary can take the lead to its field, and each field shows the messages for its own path.
 */
import { createContext, type ComponentChildren } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import { CHANNELS, type Channel, type Pack } from '@/protocols/types';
import type { ValidationIssue } from '@/protocols/validate';
import { issuesAt, splitCommas, splitLines } from './model';
import type { PackEditorStrings } from './strings';

export interface EditorContextValue {
  t: PackEditorStrings;
  /** Current errors (validation and the editor's own), by path. */
  issues: readonly ValidationIssue[];
  /** Applies an edit to the latest pack (never a stale copy). */
  update: (edit: (pack: Pack) => Pack) => void;
  /** An editor-side problem (unparsable JSON, a target that is not a number), or null to clear it. */
  setLocalIssue: (path: string, message: string | null) => void;
  /** Moves focus to the element with `data-path`, once the next render is on screen. */
  focusPath: (path: string, selector?: string) => void;
}

export const EditorContext = createContext<EditorContextValue | null>(null);

export function useEditor(): EditorContextValue {
  const ctx = useContext(EditorContext);
  if (!ctx) throw new Error('PackEditor fields must be inside <EditorContext.Provider>');
  return ctx;
}

const issueId = (path: string) => `issue-${path.replace(/[^a-zA-Z0-9]+/g, '-')}`;

/** The messages of one field, under it; `under` also shows those of what it contains (a list's items). */
export function FieldIssues({ path, under = false, except }: { path: string; under?: boolean; except?: string }) {
  const { issues } = useEditor();
  const mine = issuesAt(issues, path, under).filter((i) => !except || i.path !== except);
  if (!mine.length) return null;
  return (
    <ul class="field-issues" id={issueId(path)} data-testid="field-issue">
      {mine.map((issue) => (
        <li key={issue.path + issue.message}>{issue.path === path ? issue.message : `${issue.path.slice(path.length).replace(/^\./, '')}: ${issue.message}`}</li>
      ))}
    </ul>
  );
}

/** `aria-invalid`/`aria-describedby` for an input at `path`. */
export function useInvalid(path: string, under = false) {
  const { issues } = useEditor();
  const invalid = issuesAt(issues, path, under).length > 0;
  return invalid ? { 'aria-invalid': true as const, 'aria-describedby': issueId(path) } : {};
}

interface TextProps {
  label: string;
  path: string;
  value: string;
  onChange: (value: string) => void;
  multiline?: boolean;
  rows?: number;
  maxLength?: number;
  list?: string;
  placeholder?: string;
}

export function TextField({ label, path, value, onChange, multiline, rows = 3, maxLength, list, placeholder }: TextProps) {
  const aria = useInvalid(path);
  const common = { 'data-path': path, value, placeholder, maxLength, onInput: (e: Event) => onChange((e.currentTarget as HTMLInputElement).value), ...aria };
  return (
    <div class="field">
      <label>
        <span>{label}</span>
        {multiline ? <textarea rows={rows} {...common} /> : <input type="text" list={list} {...common} />}
      </label>
      <FieldIssues path={path} />
    </div>
  );
}

/**
 * A list edited as text — one item per line, or comma-separated. The text the lead types is kept as typed (a new
 * empty line stays while they type) and only replaced when the list changes from elsewhere.
 */
export function ListField({ label, path, value, onChange, separator = 'line', rows = 4 }: { label: string; path: string; value: readonly string[]; onChange: (items: string[]) => void; separator?: 'line' | 'comma'; rows?: number }) {
  const split = separator === 'line' ? splitLines : splitCommas;
  const joiner = separator === 'line' ? '\n' : ', ';
  const [text, setText] = useState(value.join(joiner));
  useEffect(() => {
    if (split(text).join('\u0000') !== value.join('\u0000')) setText(value.join(joiner));
  }, [value]);
  const aria = useInvalid(path, true);
  const onInput = (e: Event) => {
    const next = (e.currentTarget as HTMLTextAreaElement).value;
    setText(next);
    onChange(split(next));
  };
  return (
    <div class="field">
      <label>
        <span>{label}</span>
        {separator === 'line' ? <textarea rows={rows} data-path={path} value={text} onInput={onInput} {...aria} /> : <input type="text" data-path={path} value={text} onInput={onInput} {...aria} />}
      </label>
      <FieldIssues path={path} under />
    </div>
  );
}

export function CheckField({ label, path, checked, onChange }: { label: string; path: string; checked: boolean; onChange: (checked: boolean) => void }) {
  return (
    <label class="check">
      <input type="checkbox" data-path={path} checked={checked} onChange={(e) => onChange((e.currentTarget as HTMLInputElement).checked)} />
      <span>{label}</span>
    </label>
  );
}

export function SelectField<V extends string>({ label, path, value, options, onChange }: { label: string; path: string; value: V; options: readonly { value: V; label: string }[]; onChange: (value: V) => void }) {
  const aria = useInvalid(path);
  return (
    <div class="field">
      <label>
        <span>{label}</span>
        <select data-path={path} value={value} onChange={(e) => onChange((e.currentTarget as HTMLSelectElement).value as V)} {...aria}>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </label>
      <FieldIssues path={path} />
    </div>
  );
}

/** Checkboxes for a set of values, kept in the canonical order of `all`. */
export function MultiCheck<V extends string>({ legend, path, all, labels, value, onChange, name }: { legend: string; path: string; all: readonly V[]; labels: Record<V, string>; value: readonly V[]; onChange: (next: V[]) => void; name: string }) {
  const aria = useInvalid(path, true);
  return (
    <fieldset class="field checks" {...aria}>
      <legend>{legend}</legend>
      {all.map((item, i) => (
        <label key={item} class="check">
          <input
            type="checkbox"
            name={`${name}-${item}`}
            data-path={i === 0 ? path : undefined}
            checked={value.includes(item)}
            onChange={(e) => {
              const on = (e.currentTarget as HTMLInputElement).checked;
              onChange(all.filter((v) => (v === item ? on : value.includes(v))));
            }}
          />
          <span>{labels[item]}</span>
        </label>
      ))}
      <FieldIssues path={path} under />
    </fieldset>
  );
}

export const ChannelChecks = (props: { legend: string; path: string; value: readonly Channel[]; onChange: (next: Channel[]) => void; name: string }) => {
  const { t } = useEditor();
  return <MultiCheck {...props} all={CHANNELS} labels={t.channel} />;
};

/**
 * Up / down / remove for an item of a list. Plain buttons (keyboard: Tab, Enter, Space); after a move the focus follows
 * the item to its new place, so pressing the same key again keeps moving it.
 */
export function ItemActions({ what, index, count, itemPath, onMove, onRemove }: { what: string; index: number; count: number; itemPath: (index: number) => string; onMove: (delta: -1 | 1) => void; onRemove?: () => void }) {
  const { t, focusPath } = useEditor();
  const move = (delta: -1 | 1) => {
    onMove(delta);
    const to = index + delta;
    const canAgain = delta === -1 ? to > 0 : to < count - 1;
    focusPath(itemPath(to), `[data-move="${canAgain ? (delta === -1 ? 'up' : 'down') : delta === -1 ? 'down' : 'up'}"]`);
  };
  return (
    <span class="item-actions">
      <button type="button" class="icon" data-move="up" aria-label={t.moveUp(what)} title={t.moveUp(what)} disabled={index === 0} onClick={() => move(-1)}>
        ↑
      </button>
      <button type="button" class="icon" data-move="down" aria-label={t.moveDown(what)} title={t.moveDown(what)} disabled={index >= count - 1} onClick={() => move(1)}>
        ↓
      </button>
      {onRemove && (
        <button
          type="button"
          class="icon"
          data-remove
          aria-label={t.remove(what)}
          title={t.remove(what)}
          onClick={() => {
            onRemove();
            // Focus goes to the item that takes its place (or the one before), not to the top of the page.
            if (count > 1) focusPath(itemPath(Math.min(index, count - 2)));
          }}
        >
          ✕
        </button>
      )}
    </span>
  );
}

export function Section({ id, title, children }: { id: string; title: string; children: ComponentChildren }) {
  return (
    <section class="pack-section" aria-labelledby={`pack-${id}-heading`} data-section={id}>
      <h3 id={`pack-${id}-heading`}>{title}</h3>
      {children}
    </section>
  );
}
