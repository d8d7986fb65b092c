// The text a user selected inside one item, to quote in a new comment. Most item
// text sits in form fields, whose selection is not part of the document
// selection and survives losing focus: so the last text field the user left is
// remembered, and its selection is read when the item's comment button is used.
// Text selected in rich-text editors or read-only text is the document selection.

import { quoteFromSelection } from './comment-view';

let lastField: HTMLInputElement | HTMLTextAreaElement | null = null;
let tracking = false;

function isTextField(node: EventTarget | null): node is HTMLInputElement | HTMLTextAreaElement {
  if (node instanceof HTMLTextAreaElement) return true;
  return node instanceof HTMLInputElement && ['text', 'search', 'url', 'email', ''].includes(node.type);
}

/** Starts remembering the last text field that lost focus (once per window). */
export function trackTextFields(): void {
  if (tracking) return;
  tracking = true;
  document.addEventListener('focusout', (event) => {
    if (isTextField(event.target)) lastField = event.target;
  }, true);
}

/** The selected text inside `item` ('' when none): the active or last-left text field first, then the document selection. */
export function selectedQuoteIn(item: Element): string {
  const active = document.activeElement;
  for (const field of [active, lastField]) {
    if (isTextField(field) && item.contains(field) && field.selectionStart !== null && field.selectionEnd !== null
      && field.selectionEnd > field.selectionStart) {
      // A field keeps its selection after losing focus: use it once, so a later button press does not quote it again.
      lastField = null;
      return quoteFromSelection(field.value.slice(field.selectionStart, field.selectionEnd));
    }
  }
  const selection = document.getSelection();
  if (selection && !selection.isCollapsed && selection.rangeCount > 0
    && item.contains(selection.getRangeAt(0).commonAncestorContainer)) {
    return quoteFromSelection(selection.toString());
  }
  return '';
}
