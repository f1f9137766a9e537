import { describe, expect, it } from 'vitest';
import { testEngine } from './testing';
import { isRegularVerbForm } from './verb-forms';

const engine = testEngine();
const lexicon = (w: string) => engine.inDictionary('es', w);

describe('isRegularVerbForm', () => {
  it('recognises present and subjunctive forms of verbs the dictionary lists, spelling changes included', () => {
    for (const w of ['contesto', 'confirmo', 'invite', 'mencione', 'indique', 'pague', 'organice', 'enviara', 'funcionara', 'llamare', 'pudiera', 'protejo', 'huyo']) {
      expect(isRegularVerbForm(w, lexicon), w).toBe(true);
    }
  });

  it('is not fooled by words that only look like one', () => {
    for (const w of ['ademas', 'tambien', 'sera', 'salio', 'despues', 'telefono']) expect(isRegularVerbForm(w, lexicon), w).toBe(false);
  });
});
