/**
 * Spellings the Real Academia Española accepts both ways, so neither is an error. Small and hand-written from the
 * RAE's own works, not from the misspelling corpus:
 * - accents: Ortografía de la lengua española (2010), §3.4.2 (words with two accepted stresses), and the DLE entries
 *   (periodo/período, cardiaco/cardíaco, élite/elite, fútbol/futbol, vídeo/video…);
 * - «solo»/«sólo»: Ortografía (2010) §3.4.3.3 and the RAE's note of March 2023 (the accent may be written when the
 *   writer sees an ambiguity);
 * - consonant groups and doubled vowels: Diccionario panhispánico de dudas (2005), entries «sustituir», «sustancia»,
 *   «oscuro», «suscribir», «reemplazar», «trans-», «septiembre», «psico-»; and the DLE entry «murciégalo».
 */

/** Accentless spellings that are right as they are (the other form, with the accent, is right too). */
export const RAE_ACCENT_DOUBLETS = new Set([
  'periodo', 'periodos', 'medula', 'medulas', 'aureola', 'aureolas', 'omoplato', 'omoplatos', 'olimpiada', 'olimpiadas', 'cardiaco', 'cardiaca',
  'policiaco', 'policiaca', 'austriaco', 'austriaca', 'zodiaco', 'amoniaco', 'elite', 'elites', 'chofer', 'futbol', 'beisbol', 'video', 'videos',
  'dinamo', 'icono', 'iconos', 'reuma', 'pabilo', 'gladiolo', 'alveolo', 'osmosis', 'etiope', 'quiromancia', 'pudin', 'mildiu', 'metopa',
]);

/** Pairs [variant, preferred form]: both accepted by the RAE (the first is listed as a variant, not as an error). */
export const RAE_VARIANTS: ReadonlyArray<readonly [string, string]> = [
  ['sólo', 'solo'],
  ['remplazar', 'reemplazar'], ['remplazo', 'reemplazo'], ['rembolsar', 'reembolsar'], ['rembolso', 'reembolso'],
  ['substituir', 'sustituir'], ['substitución', 'sustitución'], ['substituto', 'sustituto'], ['substancia', 'sustancia'],
  ['substancial', 'sustancial'], ['substantivo', 'sustantivo'], ['substraer', 'sustraer'], ['subscribir', 'suscribir'],
  ['subscripción', 'suscripción'], ['subscriptor', 'suscriptor'], ['obscuro', 'oscuro'], ['obscuridad', 'oscuridad'],
  ['transcender', 'trascender'], ['transcendental', 'trascendental'], ['trasparente', 'transparente'], ['trasbordo', 'transbordo'],
  ['trasporte', 'transporte'], ['setiembre', 'septiembre'], ['sétimo', 'séptimo'], ['sicología', 'psicología'], ['siquiatra', 'psiquiatra'],
  ['yerba', 'hierba'], ['yedra', 'hiedra'], ['quizás', 'quizá'], ['murciégalo', 'murciélago'],
  ['período', 'periodo'], ['cardíaco', 'cardiaco'], ['élite', 'elite'], ['fútbol', 'futbol'], ['vídeo', 'video'], ['olimpíada', 'olimpiada'],
];

const VARIANT_OF = new Map<string, Set<string>>();
for (const [a, b] of RAE_VARIANTS) {
  for (const [x, y] of [[a, b], [b, a]] as const) {
    const set = VARIANT_OF.get(x) ?? new Set<string>();
    set.add(y);
    VARIANT_OF.set(x, set);
  }
}
for (const w of RAE_ACCENT_DOUBLETS) {
  // Only the pairs listed above are known in both directions; the accent doublets' accented twins are not built here.
  if (!VARIANT_OF.has(w)) VARIANT_OF.set(w, new Set());
}

/** Whether writing `wrong` for `right` is an RAE-accepted variant, not an error («remplazar» for «reemplazar»). */
export function isRaeVariant(wrong: string, right: readonly string[]): boolean {
  const others = VARIANT_OF.get(wrong.toLowerCase());
  return !!others && right.some((r) => others.has(r.toLowerCase()));
}
