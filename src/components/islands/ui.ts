/**
 * Class names of the shared UI layer (src/styles/ui.css, on every page through Starlight's
 * customCss), named once here so a typo is a type error. `visuallyHidden` is Starlight's own.
 */
export const ui = {
  button: 'pb-button',
  primary: 'pb-button pb-button--primary',
  danger: 'pb-button pb-button--danger',
  smallButton: 'pb-button pb-button--small',
  actions: 'pb-actions',
  field: 'pb-field',
  input: 'pb-input',
  row: 'pb-row',
  hint: 'pb-hint',
  /** Messages: neutral, and by tone. */
  notice: 'pb-notice',
  info: 'pb-notice pb-notice--info',
  warn: 'pb-notice pb-notice--warn',
  error: 'pb-notice pb-notice--error',
  success: 'pb-notice pb-notice--success',
  empty: 'pb-empty',
  card: 'pb-card',
  tableWrap: 'pb-table-wrap',
  table: 'pb-table',
  stack: 'pb-table--stack',
  number: 'pb-num',
  list: 'pb-list',
  meta: 'pb-meta',
  score: 'pb-score',
  noPrint: 'pb-no-print',
  visuallyHidden: 'sr-only',
} as const;
