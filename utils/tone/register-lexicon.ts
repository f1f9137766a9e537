/**
 * Spanish forms of address. *Tú* forms are mostly unambiguous (pronouns, second-person verbs ending in -s,
 * imperatives with an enclitic: «escríbenos»); *usted* forms often are not («puede» is also «it can», «su» also
 * «his»), so *usted* evidence is split into strong (usted, «escríbanos», «disculpe») and weak (su, le, puede…).
 * Forms are compared folded but with «ñ» kept (so «daños» is not «danos»).
 */

/** tú / vos pronouns and possessives. «te» only without an accent: «té» is tea. */
export const TU_PRONOUNS: ReadonlySet<string> = new Set(['tu', 'tus', 'tuyo', 'tuya', 'tuyos', 'tuyas', 'ti', 'contigo', 'te', 'vos']);

/** Second-person verb forms common in customer-service writing (present, past, future, conditional, subjunctive). */
export const TU_VERBS: ReadonlySet<string> = new Set([
  'puedes', 'podras', 'podrias', 'puedas', 'pudiste', 'tienes', 'tendras', 'tendrias', 'tengas', 'tuviste', 'quieres',
  'quieras', 'quisieras', 'querrias', 'necesitas', 'necesitaras', 'necesites', 'necesitabas', 'eres', 'seras', 'seas',
  'fuiste', 'has', 'hayas', 'habias', 'habras', 'sabes', 'sepas', 'sabias', 'debes', 'deberas', 'deberias', 'deseas',
  'desees', 'desearias', 'prefieres', 'prefieras', 'recibes', 'recibiras', 'recibiste', 'recibas', 'hiciste', 'haces',
  'haras', 'hagas', 'pediste', 'pides', 'pidas', 'compraste', 'pagaste', 'contactaste', 'escribiste', 'escribes',
  'escribas', 'llamaste', 'llamas', 'llames', 'envias', 'enviaste', 'envies', 'indicas', 'indicaste', 'confirmas',
  'confirmes', 'vas', 'vayas', 'ves', 'veas', 'viste', 'das', 'des', 'diste', 'dices', 'digas', 'dijiste', 'sientes',
  'sientas', 'vuelves', 'vuelvas', 'llegas', 'llegues', 'esperas', 'esperes', 'dudes', 'olvides', 'preocupes',
  'revises', 'compruebes', 'pruebes', 'accedes', 'accedas', 'entras', 'entres',
  'estuviste', 'estabas', 'estaras', 'estarias', 'podes', 'tenes', 'queres',
]);
/** Forms that need their accent to be second person: «estás» (you are) vs «estas» (these). */
export const TU_ACCENTED: ReadonlySet<string> = new Set(['estás', 'estés']);

/** Imperative bases: [tú, usted]. With an enclitic they are unambiguous: «escríbenos» / «escríbanos». */
const IMPERATIVES: readonly [string, string][] = [
  ['escribe', 'escriba'], ['contacta', 'contacte'], ['llama', 'llame'], ['avisa', 'avise'], ['di', 'diga'],
  ['indica', 'indique'], ['envia', 'envie'], ['manda', 'mande'], ['confirma', 'confirme'], ['responde', 'responda'],
  ['cuenta', 'cuente'], ['facilita', 'facilite'], ['espera', 'espere'], ['comprueba', 'compruebe'], ['revisa', 'revise'],
  ['disculpa', 'disculpe'], ['perdona', 'perdone'], ['permite', 'permita'], ['consulta', 'consulte'], ['prueba', 'pruebe'],
  ['vuelve', 'vuelva'], ['haz', 'haga'], ['pon', 'ponga'], ['ten', 'tenga'], ['sigue', 'siga'], ['elige', 'elija'],
  ['accede', 'acceda'], ['introduce', 'introduzca'], ['pulsa', 'pulse'], ['selecciona', 'seleccione'], ['adjunta', 'adjunte'],
  ['reinicia', 'reinicie'], ['actualiza', 'actualice'], ['descarga', 'descargue'], ['abre', 'abra'], ['cierra', 'cierre'],
  ['recuerda', 'recuerde'], ['mira', 'mire'], ['fija', 'fije'], ['deja', 'deje'], ['da', 'de'], ['echa', 'eche'],
  ['reenvia', 'reenvie'], ['acuerda', 'acuerde'], ['quedate', 'quedese'], ['comunica', 'comunique'],
];
const ENCLITICS = ['nos', 'me', 'lo', 'la', 'los', 'las', 'le', 'les', 'noslo', 'nosla', 'noslos', 'noslas', 'melo', 'mela'];

function buildImperatives(): { tu: Set<string>; usted: Set<string> } {
  const tu = new Set<string>();
  const usted = new Set<string>();
  for (const [t, u] of IMPERATIVES) {
    for (const e of ENCLITICS) {
      tu.add(t + e);
      usted.add(u + e);
    }
    tu.add(`${t}te`);
    usted.add(`${u}se`);
    for (const e of ['lo', 'la', 'los', 'las']) usted.add(`${u}se${e}`);
  }
  // An imperative that collides with another word is dropped from that side: «velo», «dele» (only usted) …
  for (const word of [...tu]) if (usted.has(word)) tu.delete(word);
  for (const word of ['dale', 'dalo', 'dala', 'date', 'dales']) tu.delete(word);
  return { tu, usted };
}
const built = buildImperatives();
export const TU_IMPERATIVES: ReadonlySet<string> = built.tu;

/** Strong usted evidence. */
export const USTED_STRONG: ReadonlySet<string> = new Set([
  'usted', 'ustedes', 'ud', 'uds', 'vd', 'vds', 'disculpe', 'perdone', 'permitame', 'digame', 'diganos',
  ...built.usted,
]);

/** Weak usted evidence: also third person, so only ever shown next to tú evidence, never decisive alone. */
export const USTED_WEAK: ReadonlySet<string> = new Set([
  'su', 'sus', 'le', 'les', 'suyo', 'suya', 'puede', 'podra', 'podria', 'tiene', 'tendra', 'necesita', 'desea', 'quiere',
  'prefiere', 'recibira', 'recibio',
]);
