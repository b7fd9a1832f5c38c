/**
 * Escaping text for HTML, once for the project: hono/jsx's own escaper, so
 * that a label looked up in a rendered page (the label-overrides test hook) is
 * escaped exactly as the views escaped it, and the walkthrough's captions and
 * the illustrated guide escape the same way.
 */
import { escapeToBuffer, type StringBuffer } from 'hono/utils/html';

export function escapeHtml(text: string): string {
  const buffer: StringBuffer = [''];
  escapeToBuffer(text, buffer);
  return buffer.join('');
}
