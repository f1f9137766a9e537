import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { packFileName, packFileText } from '@/protocols/pack-file';
import type { Pack } from '@/protocols/types';
import { formatIssue, validatePack, type ValidationIssue, type ValidationResult } from '@/protocols/validate';
import { EditorContext, type EditorContextValue } from './pack-editor/fields';
import { MetadataSection } from './pack-editor/MetadataSection';
import { ancestorsOf, cleanPack } from './pack-editor/model';
import { ProtocolsSection } from './pack-editor/ProtocolsSection';
import { RepliesSection } from './pack-editor/RepliesSection';
import { CalendarSection, DictionarySection, HostsSection, TargetsSection } from './pack-editor/SettingsSections';
import { packEditorStrings, type EditorLang } from './pack-editor/strings';
import { ToneRulesSection } from './pack-editor/ToneRulesSection';
import './pack-editor/pack-editor.css';

export type PackInstallResult = { ok: true } | { ok: false; message: string };

export interface PackEditorProps {
  lang: EditorLang;
  /** The pack to start from: an installed one, an imported file, or a starter pack. Never modified. */
  initial: Pack;
  /** Called with the validated pack; on failure the editor stays open with the lead's work and shows `message`. */
  onInstall: (pack: Pack) => Promise<PackInstallResult>;
  onCancel: () => void;
  /** Saves the exported file; by default the browser downloads it. */
  download?: (filename: string, text: string) => void;
}

/** Typing pauses this long before the whole pack is validated again. */
export const VALIDATE_DEBOUNCE_MS = 250;
const FOCUS_ATTEMPTS = 5;

function downloadFile(filename: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

const TARGET_PATH = /^responseTargets\.(email|social|chat)$/;

/**
 * The pack editor for team leads: a whole pack in memory, every part editable, validated with `validatePack` as it
 * changes (debounced), messages by path next to their fields and in a summary. Export and install are possible only
 * when the pack is valid, and always act on a pack validated at that moment. Pack text is only ever rendered as text.
 */
export function PackEditor({ lang, initial, onInstall, onCancel, download = downloadFile }: PackEditorProps) {
  const t = packEditorStrings(lang);
  const validate = (pack: Pack): ValidationResult => validatePack(cleanPack(pack), lang);

  const [pack, setPack] = useState<Pack>(initial);
  const packRef = useRef(pack);
  const [result, setResult] = useState<ValidationResult>(() => validate(initial));
  const validatedRef = useRef<Pack>(initial);
  const [localIssues, setLocalIssues] = useState<Record<string, string>>({});
  const localRef = useRef(localIssues);
  const [status, setStatus] = useState<{ kind: 'busy' | 'ok' | 'error'; text: string } | null>(null);
  const [reveal, setReveal] = useState<{ index: number; nonce: number } | null>(null);
  const [focusTick, setFocusTick] = useState(0);
  const pendingFocus = useRef<{ path: string; selector?: string; attempts: number } | null>(null);
  const rootRef = useRef<HTMLFormElement>(null);

  const runValidation = () => {
    const next = validate(packRef.current);
    validatedRef.current = packRef.current;
    setResult(next);
    return next;
  };

  useEffect(() => {
    if (validatedRef.current === pack) return;
    const timer = setTimeout(runValidation, VALIDATE_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [pack]);

  const focusNow = () => {
    const target = pendingFocus.current;
    const root = rootRef.current;
    if (!target || !root) return;
    const find = (path: string) => root.querySelector<HTMLElement>(`[data-path="${path.replace(/["\\]/g, '\\$&')}"]`);
    let element = find(target.path);
    if (element && target.selector) element = element.querySelector<HTMLElement>(target.selector) ?? element;
    if (!element && target.attempts < FOCUS_ATTEMPTS) {
      // Not on screen yet (a reply being paged in): try again after the next render.
      target.attempts++;
      setTimeout(focusNow, 16);
      return;
    }
    element ??= ancestorsOf(target.path).map(find).find((e): e is HTMLElement => !!e) ?? null;
    pendingFocus.current = null;
    if (!element) return;
    for (let details = element.closest('details'); details; details = details.parentElement?.closest('details') ?? null) details.open = true;
    const focusable = element instanceof HTMLDetailsElement ? (element.querySelector('summary') ?? element) : element;
    focusable.focus();
    focusable.scrollIntoView?.({ block: 'nearest' });
  };
  // A layout effect: the focus has moved before the next key press is handled (pressing Enter twice moves twice).
  useLayoutEffect(focusNow, [focusTick]);

  const context: EditorContextValue = useMemo(
    () => ({
      t,
      issues: [],
      update: (edit) => {
        packRef.current = edit(packRef.current);
        setPack(packRef.current);
        setStatus(null);
      },
      setLocalIssue: (path, message) => {
        if ((localRef.current[path] ?? null) === message) return;
        const next = { ...localRef.current };
        if (message === null) delete next[path];
        else next[path] = message;
        localRef.current = next;
        setLocalIssues(next);
      },
      focusPath: (path, selector) => {
        pendingFocus.current = { path, selector, attempts: 0 };
        setFocusTick((n) => n + 1);
      },
    }),
    [lang],
  );

  const errors: ValidationIssue[] = useMemo(() => {
    const fromValidation = result.ok ? [] : result.errors.map((e) => (TARGET_PATH.test(e.path) ? { ...e, message: t.local.targetRange } : e));
    const local = Object.entries(localIssues).map(([path, message]) => ({ path, message }));
    const shown = fromValidation.filter((e) => !localIssues[e.path]);
    return [...local, ...shown];
  }, [result, localIssues, lang]);
  const value = useMemo(() => ({ ...context, issues: errors }), [context, errors]);

  const pending = validatedRef.current !== pack;
  const busy = status?.kind === 'busy';
  const canShip = result.ok && errors.length === 0 && !busy;

  /** Validates the latest pack right now (a click may come before the debounce): the pack to ship, or nothing. */
  const shippable = (): Pack | undefined => {
    const fresh = runValidation();
    return fresh.ok && Object.keys(localRef.current).length === 0 ? fresh.pack : undefined;
  };

  const exportPack = () => {
    const ready = shippable();
    if (ready) download(packFileName(ready), packFileText(ready));
  };

  const install = async () => {
    const ready = shippable();
    if (!ready || busy) return;
    setStatus({ kind: 'busy', text: t.installing });
    const answer = await onInstall(ready).catch((): PackInstallResult => ({ ok: false, message: t.installError }));
    setStatus(answer.ok ? { kind: 'ok', text: t.installed } : { kind: 'error', text: t.installFailed(answer.message) });
  };

  const revealIssue = (path: string) => {
    const reply = /^replies\[(\d+)\]/.exec(path);
    if (reply) setReveal({ index: Number(reply[1]), nonce: Date.now() });
    context.focusPath(path);
  };

  return (
    <EditorContext.Provider value={value}>
      <form class="pack-editor" data-testid="pack-editor" aria-label={t.heading} ref={rootRef} onSubmit={(e) => e.preventDefault()}>
        <header class="pack-editor-head">
          <h2 class="section-title">{t.heading}</h2>
          <p class="muted">{t.intro}</p>
          <div class="pack-summary" data-testid="pack-errors" role="status" aria-live="polite">
            <p class={errors.length ? 'notice notice-error' : 'notice'}>{pending ? t.summary.checking : errors.length ? t.summary.invalid(errors.length) : t.summary.valid}</p>
            {errors.length > 0 && (
              <ul class="pack-error-list">
                {errors.map((issue) => (
                  <li key={`${issue.path}|${issue.message}`} data-testid="pack-error">
                    <button type="button" class="link" onClick={() => revealIssue(issue.path)}>
                      {formatIssue(issue)}
                    </button>
                  </li>
                ))}
              </ul>
            )}
            {result.warnings.length > 0 && (
              <details class="pack-warnings" data-testid="pack-warnings">
                <summary>{t.summary.warnings}</summary>
                <ul>
                  {result.warnings.map((w) => (
                    <li key={`${w.path}|${w.message}`}>{formatIssue(w)}</li>
                  ))}
                </ul>
              </details>
            )}
          </div>
          <div class="pack-actions">
            <button type="button" class="primary" data-testid="pack-install" disabled={!canShip} onClick={() => void install()}>
              {busy ? t.installing : t.install}
            </button>
            <button type="button" data-testid="pack-export" disabled={!canShip} onClick={exportPack}>
              {t.export}
            </button>
            <button type="button" data-testid="pack-cancel" onClick={onCancel}>
              {t.cancel}
            </button>
            {status && status.kind !== 'busy' && (
              <span class={`notice notice-${status.kind === 'ok' ? 'info' : 'error'}`} role={status.kind === 'error' ? 'alert' : 'status'} data-testid="pack-install-status">
                {status.text}
              </span>
            )}
          </div>
        </header>
        <MetadataSection pack={pack} />
        <ProtocolsSection pack={pack} />
        <RepliesSection pack={pack} reveal={reveal} />
        <ToneRulesSection pack={pack} />
        <DictionarySection pack={pack} />
        <TargetsSection pack={pack} />
        <CalendarSection pack={pack} />
        <HostsSection pack={pack} />
      </form>
    </EditorContext.Provider>
  );
}
