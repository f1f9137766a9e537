import type { UiLang } from '@/utils/i18n';

/** The sidebar's statistics strings (the response timer, storage messages): Spanish first, English too. */
const STRINGS = {
  es: {
    timer: 'Primera respuesta',
    timerTitle: 'Tiempo de primera respuesta de esta conversación',
    target: (target: string) => `objetivo ${target}`,
    within: 'dentro del objetivo',
    over: (by: string) => `${by} por encima del objetivo`,
    answered: (took: string) => `Respondida en ${took}`,
    idle: 'Nada pendiente de respuesta',
    fromOpened: 'Cuenta desde que abrió la conversación: la página no muestra cuándo llegó el mensaje.',
    storageFull:
      'El almacenamiento del navegador está lleno: Cordial sigue guardando los totales diarios de sus estadísticas, pero no el detalle. Libere espacio en el disco o reduzca los días de detalle en el panel de estadísticas.',
    storageFailed: 'No se han podido guardar las últimas estadísticas (el almacenamiento está lleno o no responde). Cordial lo reintentará; los totales anteriores están a salvo.',
  },
  en: {
    timer: 'First response',
    timerTitle: 'First-response time of this conversation',
    target: (target: string) => `target ${target}`,
    within: 'within target',
    over: (by: string) => `${by} over target`,
    answered: (took: string) => `Answered in ${took}`,
    idle: 'Nothing waiting for an answer',
    fromOpened: 'Counting from when you opened the conversation: the page does not show when the message arrived.',
    storageFull:
      "The browser's storage is full: Cordial still keeps your statistics' daily totals, but not the detail. Free some disk space or keep fewer days of detail in the statistics dashboard.",
    storageFailed: "Your latest statistics could not be saved (storage is full or not answering). Cordial will try again; earlier totals are safe.",
  },
} satisfies Record<UiLang, unknown>;

export type StatsStrings = (typeof STRINGS)['es'];

export function statsStrings(lang: UiLang): StatsStrings {
  return STRINGS[lang];
}
