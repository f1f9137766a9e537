import { useEffect, useState } from 'preact/hooks';
import { SITUATIONS, type Pack, type ToneRule } from '@/protocols/types';
import { ChannelChecks, FieldIssues, ItemActions, MultiCheck, Section, TextField, useEditor, useInvalid } from './fields';
import { DETECTOR_KINDS, detectorParams, formatParams, issuesAt, moveItem, newToneRule, parseParams, removeAt, replaceAt } from './model';

/**
 * The detector's parameters as JSON. Parsed (never evaluated) when the field loses focus: a broken text is reported
 * at the detector's path and blocks export and install until fixed; the pack keeps the last good parameters.
 */
function DetectorParams({ rule, path, onChange }: { rule: ToneRule; path: string; onChange: (params: Record<string, unknown>) => void }) {
  const { t, setLocalIssue } = useEditor();
  const params = detectorParams(rule);
  const formatted = formatParams(params);
  const [text, setText] = useState(formatted);
  const [dirty, setDirty] = useState(false);
  useEffect(() => {
    if (!dirty) setText(formatted);
  }, [formatted]);
  useEffect(() => () => setLocalIssue(path, null), [path]);
  const aria = useInvalid(path);
  const commit = () => {
    const parsed = parseParams(text);
    if (!parsed.ok) {
      setLocalIssue(path, parsed.error === 'json' ? t.local.badJson(parsed.detail ?? '') : t.local.notObject);
      return;
    }
    setLocalIssue(path, null);
    setDirty(false);
    onChange(parsed.params);
  };
  return (
    <div class="field">
      <label>
      <span>{t.field.detectorParams}</span>
      <textarea
        class="code"
        rows={Math.min(12, Math.max(3, text.split('\n').length))}
        spellcheck={false}
        data-path={path}
        value={text}
        onInput={(e) => {
          setText((e.currentTarget as HTMLTextAreaElement).value);
          setDirty(true);
        }}
        onBlur={commit}
        {...aria}
      />
      </label>
      <FieldIssues path={path} under except={`${path}.kind`} />
    </div>
  );
}

function ToneRuleEditor({ rule, index, count }: { rule: ToneRule; index: number; count: number }) {
  const { t, update, issues } = useEditor();
  const path = `toneRules[${index}]`;
  const onChange = (next: ToneRule) => update((pack) => ({ ...pack, toneRules: replaceAt(pack.toneRules, index, next) }));
  const kind = typeof rule.detector?.kind === 'string' ? rule.detector.kind : '';
  const broken = issuesAt(issues, path, true).length > 0;
  return (
    <li class="pack-rule" data-testid="pack-rule">
      <details data-path={path}>
        <summary tabIndex={0}>
          <span class="reply-title">{rule.label || t.untitled}</span> <span class="badge">{kind}</span>
          {broken && <span class="badge badge-error">{t.hasProblems}</span>}
        </summary>
        <FieldIssues path={path} />
        <div class="row">
          <TextField label={t.field.ruleLabel} path={`${path}.label`} value={rule.label} onChange={(label) => onChange({ ...rule, label })} />
          <TextField label={t.field.id} path={`${path}.id`} value={rule.id} onChange={(id) => onChange({ ...rule, id })} />
        </div>
        <TextField label={t.field.explanation} path={`${path}.explanation`} value={rule.explanation} onChange={(explanation) => onChange({ ...rule, explanation })} multiline rows={3} />
        <ChannelChecks legend={t.field.ruleChannels} path={`${path}.channels`} name={`rule-${index}-channel`} value={rule.channels ?? []} onChange={(channels) => onChange({ ...rule, channels })} />
        <details class="situations" open={(rule.situations ?? []).length > 0}>
          <summary>{t.field.ruleSituations}</summary>
          <MultiCheck legend={t.field.ruleSituations} path={`${path}.situations`} name={`rule-${index}-situation`} all={SITUATIONS} labels={t.situations} value={rule.situations ?? []} onChange={(situations) => onChange({ ...rule, situations })} />
        </details>
        <TextField label={t.field.detectorKind} path={`${path}.detector.kind`} value={kind} list="pack-editor-detector-kinds" onChange={(value) => onChange({ ...rule, detector: { ...rule.detector, kind: value } })} />
        {/* Keyed by the rule's id: after a move or a removal, a half-typed text never shows on another rule. */}
        <DetectorParams key={rule.id} rule={rule} path={`${path}.detector`} onChange={(params) => onChange({ ...rule, detector: { ...params, kind } })} />
        <div class="reply-actions">
          <ItemActions
            what={rule.label || rule.id}
            index={index}
            count={count}
            itemPath={(i) => `toneRules[${i}]`}
            onMove={(delta) => update((pack) => ({ ...pack, toneRules: moveItem(pack.toneRules, index, delta) }))}
            onRemove={() => update((pack) => ({ ...pack, toneRules: removeAt(pack.toneRules, index) }))}
          />
        </div>
      </details>
    </li>
  );
}

/** Tone rules: label, explanation, where they apply, and the detector (kind + JSON parameters). */
export function ToneRulesSection({ pack }: { pack: Pack }) {
  const { t, update, focusPath } = useEditor();
  return (
    <Section id="toneRules" title={t.section.toneRules}>
      <FieldIssues path="toneRules" />
      <datalist id="pack-editor-detector-kinds">
        {DETECTOR_KINDS.map((k) => (
          <option key={k} value={k} />
        ))}
      </datalist>
      <ul class="pack-rules">
        {pack.toneRules.map((rule, i) => (
          <ToneRuleEditor key={i} rule={rule} index={i} count={pack.toneRules.length} />
        ))}
      </ul>
      <button
        type="button"
        class="add"
        onClick={() => {
          update((p) => ({ ...p, toneRules: [...p.toneRules, newToneRule(p.toneRules.map((r) => r.id), t.newItem.rule, t.idBase.rule)] }));
          focusPath(`toneRules[${pack.toneRules.length}].label`);
        }}
      >
        {t.add.rule}
      </button>
    </Section>
  );
}
