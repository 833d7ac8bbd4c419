/**
 * Arabic presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFC) are what text copied out of many PDFs is made of:
 * each letter stored in its contextual shape. They look the same once shaped, but no search, spell checker
 * or glossary finds them. Imports replace them by the ordinary letters (NFKC of those characters only).
 */
const FORMS = /[\uFB50-\uFDFF\uFE70-\uFEFC]/g;

export function hasPresentationForms(text: string): boolean {
  FORMS.lastIndex = 0;
  return FORMS.test(text);
}

export function foldPresentationForms(text: string): string {
  return text.replace(FORMS, (c) => c.normalize('NFKC'));
}
