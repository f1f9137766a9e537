/** Interface language: Spanish first, English second. Customer-facing text never lives here (it is pack data). */
export type UiLang = 'es' | 'en';

const PLACEHOLDER_LABELS: Record<UiLang, Record<string, string>> = {
  es: {
    cliente: 'Nombre del cliente', customer: 'Nombre del cliente', agente: 'Su nombre', agent: 'Su nombre',
    empresa: 'Empresa', company: 'Empresa', fecha: 'Fecha', date: 'Fecha', plazo: 'Plazo', deadline: 'Plazo',
    pedido: 'Número de pedido', order: 'Número de pedido',
  },
  en: {
    cliente: 'Customer name', customer: 'Customer name', agente: 'Your name', agent: 'Your name',
    empresa: 'Company', company: 'Company', fecha: 'Date', date: 'Date', plazo: 'Deadline', deadline: 'Deadline',
    pedido: 'Order number', order: 'Order number',
  },
};

const STRINGS = {
  es: {
    appName: 'Cordial',
    channel: { email: 'Correo', social: 'Redes sociales', chat: 'Chat en vivo' },
    site: 'Sitio',
    customer: 'Cliente',
    collapse: 'Plegar Cordial',
    protocol: 'Protocolo',
    required: 'obligatorio',
    replies: 'Respuestas',
    searchLabel: 'Buscar respuestas',
    searchPlaceholder: 'Buscar: retraso, reembolso, gracias…',
    insert: 'Insertar',
    copy: 'Copiar',
    insertTitle: (title: string) => `Insertar «${title}» en la respuesta`,
    copyTitle: (title: string) => `Copiar «${title}» al portapapeles`,
    uses: (n: number) => (n === 1 ? '1 uso' : `${n} usos`),
    noResults: 'Ninguna respuesta coincide con la búsqueda.',
    noPage: 'Abra una bandeja de correo, redes sociales o chat compatible para ver su protocolo.',
    loading: 'Cargando…',
    inserted: 'Respuesta insertada.',
    copied: 'Copiada al portapapeles: péguela con Ctrl+V.',
    copyFailed: 'No se pudo copiar al portapapeles. Seleccione el texto de la respuesta y cópielo a mano.',
    insertFailed: {
      'too-long': 'La respuesta es más larga de lo que admite este cuadro de texto; no se ha insertado nada.',
      'no-composer': 'No encuentro el cuadro de respuesta: haga clic en él y vuelva a intentarlo.',
      'composer-gone': 'El cuadro de respuesta que usaba ya no está en la página (¿se cerró el borrador?).',
      'not-verified': 'Este editor no aceptó el texto.',
      unreachable: 'No puedo comunicarme con la página: recárguela y vuelva a intentarlo.',
    },
    copiedInstead: ' La respuesta está en el portapapeles: péguela con Ctrl+V.',
    damaged: (n: number) => (n === 1 ? 'Se ha omitido 1 respuesta dañada; las demás funcionan con normalidad.' : `Se han omitido ${n} respuestas dañadas; las demás funcionan con normalidad.`),
    storageError: 'No se pudo leer la biblioteca de respuestas guardada. Sus datos no se han borrado; recargue la página.',
    usageError: 'La respuesta se insertó, pero no se pudo guardar la estadística de uso.',
    pack: 'Paquete',
    cancel: 'Cancelar',
    tone: 'Tono',
    replaceWith: (from: string, to: string) => `Cambiar «${from}» por «${to}»`,
    replaced: 'Frase cambiada en la respuesta.',
    replaceFailed: 'No pude cambiar la frase: el borrador ha cambiado. Vuelva a intentarlo.',
    toneSummary: (fails: number) => (fails === 0 ? 'Tono' : fails === 1 ? 'Tono · 1 por revisar' : `Tono · ${fails} por revisar`),
    toneState: { pass: 'se cumple', fail: 'revisar', na: 'no aplica', manual: 'compruébelo usted' },
    save: 'Guardar',
    edit: 'editar',
    addCustomer: 'añadir nombre',
    editCustomer: 'Corregir el nombre del cliente',
    fillInTitle: (title: string) => `Complete «${title}»`,
    placeholderLabel: (name: string) => PLACEHOLDER_LABELS.es[name.toLowerCase()] ?? name,
    enableIntro: (host: string) => `Cordial no conoce ${host}. Si atiende a clientes aquí, actívelo para este sitio: el navegador le pedirá permiso solo para ${host}.`,
    enableChannel: 'Canal de este sitio',
    packSuggests: (channel: string) => `El paquete de su equipo indica que aquí se atiende por ${channel.toLowerCase()}.`,
    enableButton: 'Activar Cordial aquí',
    enabled: 'Cordial está activo en este sitio.',
    enableDenied: 'Sin el permiso del navegador, Cordial no puede funcionar en este sitio.',
    disableSite: 'Desactivar Cordial en este sitio',
  },
  en: {
    appName: 'Cordial',
    channel: { email: 'Email', social: 'Social', chat: 'Live chat' },
    site: 'Site',
    customer: 'Customer',
    collapse: 'Collapse Cordial',
    protocol: 'Protocol',
    required: 'required',
    replies: 'Replies',
    searchLabel: 'Search replies',
    searchPlaceholder: 'Search: delay, refund, thanks…',
    insert: 'Insert',
    copy: 'Copy',
    insertTitle: (title: string) => `Insert “${title}” into the reply`,
    copyTitle: (title: string) => `Copy “${title}” to the clipboard`,
    uses: (n: number) => (n === 1 ? '1 use' : `${n} uses`),
    noResults: 'No reply matches your search.',
    noPage: 'Open a supported mail, social or chat inbox to see its protocol.',
    loading: 'Loading…',
    inserted: 'Reply inserted.',
    copied: 'Copied to the clipboard: paste it with Ctrl+V.',
    copyFailed: 'Could not copy to the clipboard. Select the reply text and copy it by hand.',
    insertFailed: {
      'too-long': 'The reply is longer than this text box accepts; nothing was inserted.',
      'no-composer': 'I cannot find the reply box: click into it and try again.',
      'composer-gone': 'The reply box you were using is no longer on the page (was the draft closed?).',
      'not-verified': 'This editor did not accept the text.',
      unreachable: 'I cannot reach the page: reload it and try again.',
    },
    copiedInstead: ' The reply is on the clipboard: paste it with Ctrl+V.',
    damaged: (n: number) => (n === 1 ? '1 damaged reply was skipped; the others work normally.' : `${n} damaged replies were skipped; the others work normally.`),
    storageError: 'Could not read the saved reply library. Nothing was deleted; reload the page.',
    usageError: 'The reply was inserted, but its usage could not be saved.',
    pack: 'Pack',
    cancel: 'Cancel',
    tone: 'Tone',
    replaceWith: (from: string, to: string) => `Replace “${from}” with “${to}”`,
    replaced: 'Phrase replaced in the reply.',
    replaceFailed: 'Could not replace the phrase: the draft has changed. Try again.',
    toneSummary: (fails: number) => (fails === 0 ? 'Tone' : `Tone · ${fails} to review`),
    toneState: { pass: 'met', fail: 'needs a look', na: 'does not apply', manual: 'check it yourself' },
    save: 'Save',
    edit: 'edit',
    addCustomer: 'add name',
    editCustomer: 'Correct the customer\'s name',
    fillInTitle: (title: string) => `Complete “${title}”`,
    placeholderLabel: (name: string) => PLACEHOLDER_LABELS.en[name.toLowerCase()] ?? name,
    enableIntro: (host: string) => `Cordial does not know ${host}. If you answer customers here, turn it on for this site: the browser will ask for permission for ${host} only.`,
    enableChannel: 'Channel of this site',
    packSuggests: (channel: string) => `Your team's pack says this site is ${channel.toLowerCase()}.`,
    enableButton: 'Turn Cordial on here',
    enabled: 'Cordial is on for this site.',
    enableDenied: 'Without the browser\'s permission, Cordial cannot work on this site.',
    disableSite: 'Turn Cordial off for this site',
  },
} as const;

export type UiStrings = (typeof STRINGS)[UiLang];

export function uiLanguage(preferred: readonly string[] = typeof navigator === 'undefined' ? [] : navigator.languages): UiLang {
  for (const tag of preferred) {
    const lang = tag.toLowerCase().slice(0, 2);
    if (lang === 'es' || lang === 'en') return lang;
  }
  return 'es';
}

export function strings(lang: UiLang): UiStrings {
  return STRINGS[lang];
}
