import type { Pack } from '@/protocols/types';
import { Section, TextField, useEditor } from './fields';

const LOCALES = ['es', 'es-ES', 'es-MX', 'en', 'en-GB', 'en-US'];

/** Name, id, version, language, author and description of the pack. */
export function MetadataSection({ pack }: { pack: Pack }) {
  const { t, update } = useEditor();
  const set = <K extends 'id' | 'name' | 'version' | 'locale' | 'author' | 'description'>(key: K) => (value: string) => update((p) => ({ ...p, [key]: value }));
  return (
    <Section id="metadata" title={t.section.metadata}>
      <div class="row">
        <TextField label={t.field.name} path="name" value={pack.name} onChange={set('name')} maxLength={200} />
        <TextField label={t.field.id} path="id" value={pack.id} onChange={set('id')} maxLength={80} />
      </div>
      <div class="row">
        <TextField label={t.field.version} path="version" value={pack.version} onChange={set('version')} placeholder="1.0.0" />
        <TextField label={t.field.locale} path="locale" value={pack.locale} onChange={set('locale')} list="pack-editor-locales" />
        <datalist id="pack-editor-locales">
          {LOCALES.map((l) => (
            <option key={l} value={l} />
          ))}
        </datalist>
        <TextField label={t.field.author} path="author" value={pack.author ?? ''} onChange={set('author')} maxLength={200} />
      </div>
      <TextField label={t.field.description} path="description" value={pack.description ?? ''} onChange={set('description')} multiline rows={3} />
    </Section>
  );
}
