import { CHANNELS, type Channel, type Detector, type Pack, type Protocol, type ProtocolStep } from '@/protocols/types';
import { CheckField, FieldIssues, ItemActions, ListField, Section, SelectField, TextField, useEditor } from './fields';
import { moveItem, newProtocol, newStep, phrasesOf, removeAt, replaceAt, withPhrases } from './model';

type Position = NonNullable<ProtocolStep['position']> | '';

/** A step's pattern detectors, editable as text, each kept where it sits among the step's detectors. */
function PatternList({ step, path, onChange }: { step: ProtocolStep; path: string; onChange: (step: ProtocolStep) => void }) {
  const { t } = useEditor();
  const detectors = step.detectors ?? [];
  const patterns = detectors.flatMap((d, index) => (d.kind === 'pattern' ? [{ d, index }] : []));
  const setDetector = (index: number, detector: Detector) => onChange({ ...step, detectors: replaceAt(detectors, index, detector) });
  return (
    <fieldset class="field patterns">
      <legend>{t.field.patterns}</legend>
      {patterns.map(({ d, index }, n) => {
        const at = `${path}.detectors[${index}]`;
        const pattern = d as Extract<Detector, { kind: 'pattern' }>;
        return (
          <div key={index} class="row pattern-row" data-path={at} tabIndex={-1}>
            <TextField label={t.field.pattern} path={`${at}.pattern`} value={pattern.pattern ?? ''} onChange={(value) => setDetector(index, { ...pattern, pattern: value })} />
            <TextField
              label={t.field.flags}
              path={`${at}.flags`}
              value={pattern.flags ?? ''}
              onChange={(value) => {
                const { flags: _flags, ...rest } = pattern;
                setDetector(index, value ? { ...rest, flags: value } : rest);
              }}
            />
            <button
              type="button"
              class="icon"
              aria-label={t.remove(t.patternN(n + 1))}
              title={t.remove(t.patternN(n + 1))}
              onClick={() => {
                const next = removeAt(detectors, index);
                const { detectors: _d, ...rest } = step;
                onChange(next.length ? { ...step, detectors: next } : rest);
              }}
            >
              ✕
            </button>
          </div>
        );
      })}
      <FieldIssues path={`${path}.detectors`} />
      <button type="button" class="add" onClick={() => onChange({ ...step, detectors: [...detectors, { kind: 'pattern', pattern: '' }] })}>
        {t.add.pattern}
      </button>
    </fieldset>
  );
}

function StepEditor({ step, path, index, count, onChange, onMove, onRemove, stepPath }: { step: ProtocolStep; path: string; index: number; count: number; onChange: (step: ProtocolStep) => void; onMove: (delta: -1 | 1) => void; onRemove: () => void; stepPath: (i: number) => string }) {
  const { t } = useEditor();
  const firstPhrase = (step.detectors ?? []).findIndex((d) => d.kind === 'phrase');
  const phrasesPath = `${path}.detectors[${firstPhrase === -1 ? (step.detectors ?? []).length : firstPhrase}]`;
  const positions: Position[] = ['', 'any', 'start', 'end'];
  return (
    <fieldset class="step" data-path={path} tabIndex={-1} data-testid="pack-step">
      <legend>
        {t.stepHeading(index + 1, step.label)}
        <ItemActions what={step.label || step.id} index={index} count={count} itemPath={stepPath} onMove={onMove} onRemove={count > 1 ? onRemove : undefined} />
      </legend>
      <FieldIssues path={path} />
      <div class="row">
        <TextField label={t.field.stepLabel} path={`${path}.label`} value={step.label} onChange={(label) => onChange({ ...step, label })} />
        <TextField label={t.field.id} path={`${path}.id`} value={step.id} onChange={(id) => onChange({ ...step, id })} />
      </div>
      <TextField label={t.field.description} path={`${path}.description`} value={step.description ?? ''} onChange={(description) => onChange({ ...step, description })} multiline rows={2} />
      <div class="row">
        <CheckField label={t.field.required} path={`${path}.required`} checked={step.required === true} onChange={(required) => onChange({ ...step, required })} />
        <SelectField<Position>
          label={t.field.position}
          path={`${path}.position`}
          value={(step.position ?? '') as Position}
          options={positions.map((p) => ({ value: p, label: t.position[p] }))}
          onChange={(position) => {
            const { position: _p, ...rest } = step;
            onChange(position ? { ...rest, position } : rest);
          }}
        />
      </div>
      <ListField label={t.field.phrases} path={phrasesPath} value={phrasesOf(step)} onChange={(phrases) => onChange(withPhrases(step, phrases))} />
      <PatternList step={step} path={path} onChange={onChange} />
    </fieldset>
  );
}

function ProtocolEditor({ protocol, index, count }: { protocol: Protocol; index: number; count: number }) {
  const { t, update, focusPath } = useEditor();
  const path = `protocols[${index}]`;
  const set = (edit: (p: Protocol) => Protocol) => update((pack) => ({ ...pack, protocols: replaceAt(pack.protocols, index, edit(pack.protocols[index]!)) }));
  const setSteps = (edit: (steps: ProtocolStep[]) => ProtocolStep[]) => set((p) => ({ ...p, steps: edit(p.steps) }));
  const stepPath = (i: number) => `${path}.steps[${i}]`;
  const channelName = t.channel[protocol.channel] ?? protocol.channel;
  return (
    <div class="protocol" data-path={path} tabIndex={-1} data-testid="pack-protocol">
      <h4>
        {t.protocolHeading(channelName, protocol.name)}
        <ItemActions
          what={protocol.name || protocol.id}
          index={index}
          count={count}
          itemPath={(i) => `protocols[${i}]`}
          onMove={(delta) => update((pack) => ({ ...pack, protocols: moveItem(pack.protocols, index, delta) }))}
          onRemove={() => update((pack) => ({ ...pack, protocols: removeAt(pack.protocols, index) }))}
        />
      </h4>
      <FieldIssues path={path} />
      <div class="row">
        <TextField label={t.field.protocolName} path={`${path}.name`} value={protocol.name} onChange={(name) => set((p) => ({ ...p, name }))} />
        <SelectField<Channel> label={t.field.channel} path={`${path}.channel`} value={protocol.channel} options={CHANNELS.map((c) => ({ value: c, label: t.channel[c] }))} onChange={(channel) => set((p) => ({ ...p, channel }))} />
        <TextField label={t.field.id} path={`${path}.id`} value={protocol.id} onChange={(id) => set((p) => ({ ...p, id }))} />
      </div>
      <TextField label={t.field.description} path={`${path}.description`} value={protocol.description ?? ''} onChange={(description) => set((p) => ({ ...p, description }))} multiline rows={2} />
      <FieldIssues path={`${path}.steps`} />
      {protocol.steps.map((step, s) => (
        <StepEditor
          key={s}
          step={step}
          path={stepPath(s)}
          index={s}
          count={protocol.steps.length}
          stepPath={stepPath}
          onChange={(next) => setSteps((steps) => replaceAt(steps, s, next))}
          onMove={(delta) => setSteps((steps) => moveItem(steps, s, delta))}
          onRemove={() => setSteps((steps) => removeAt(steps, s))}
        />
      ))}
      <button
        type="button"
        class="add"
        onClick={() => {
          setSteps((steps) => [...steps, newStep(steps.map((x) => x.id), t.newItem.step, t.idBase.step)]);
          focusPath(`${stepPath(protocol.steps.length)}.label`);
        }}
      >
        {t.add.step}
      </button>
    </div>
  );
}

/** Each channel's protocol and its steps: add, remove, reorder, label, detectors. */
export function ProtocolsSection({ pack }: { pack: Pack }) {
  const { t, update, focusPath } = useEditor();
  const missing = CHANNELS.filter((c) => !pack.protocols.some((p) => p.channel === c));
  return (
    <Section id="protocols" title={t.section.protocols}>
      <FieldIssues path="protocols" />
      {pack.protocols.map((protocol, i) => (
        <ProtocolEditor key={i} protocol={protocol} index={i} count={pack.protocols.length} />
      ))}
      <div class="add-row">
        {missing.map((channel) => (
          <button
            key={channel}
            type="button"
            class="add"
            onClick={() => {
              update((p) => ({
                ...p,
                protocols: [...p.protocols, newProtocol(channel, p.protocols.map((x) => x.id), t.channel[channel], newStep([], t.newItem.step, t.idBase.step))],
              }));
              focusPath(`protocols[${pack.protocols.length}].name`);
            }}
          >
            {t.add.protocol(t.channel[channel])}
          </button>
        ))}
      </div>
    </Section>
  );
}
