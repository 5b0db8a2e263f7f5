/**
 * SVG markup as strings, with no DOM: every text and attribute value is escaped here, so article text (data) can
 * only ever be text in the output, and characters XML cannot hold are dropped or replaced.
 */
import { isolateText } from '../format/isolate.js';

export type Attrs = Readonly<Record<string, string | number | null | undefined>>;

/** Characters XML 1.0 forbids (control characters, U+FFFE/U+FFFF) would make the whole file unreadable. */
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
/** A surrogate without its pair cannot be written as UTF-8. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text made safe to write as XML: forbidden characters out, lone surrogates as U+FFFD. */
export function xmlSafe(text: string): string {
  return text.replace(FORBIDDEN, '').replace(LONE_SURROGATE, '\uFFFD');
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escaped for element content and for double-quoted attribute values alike. */
export function escapeXml(text: string): string {
  return xmlSafe(text).replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

/**
 * A data string isolated for the bidi algorithm (U+2068 … U+2069) when it holds right-to-left letters or
 * direction controls: an Arabic actor name or a stray U+202E in a title then cannot reorder the words around it
 * ("3. 9 Aug 2020: …"). The same isolation as the interactive view's (format/isolate.ts), which also drops a closer
 * the data holds without its opener and closes an isolate the data leaves open. Plain left-to-right text is left as is.
 */
export const isolate = isolateText;

function attributes(attrs: Attrs): string {
  let out = '';
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === '') continue;
    out += ` ${name}="${escapeXml(String(value))}"`;
  }
  return out;
}

/**
 * An element with escaped attributes; `children` is markup already (use `textElement` for plain text). Lists of
 * children are passed as arrays, never spread into the call: a picture of 200,000 events must not overflow the stack.
 */
export function element(name: string, attrs: Attrs, ...children: (string | readonly string[])[]): string {
  let inner = '';
  for (const child of children) inner += typeof child === 'string' ? child : child.join('');
  return inner === '' ? `<${name}${attributes(attrs)}/>` : `<${name}${attributes(attrs)}>${inner}</${name}>`;
}

/** An element holding one plain text, escaped. */
export function textElement(name: string, attrs: Attrs, text: string): string {
  return `<${name}${attributes(attrs)}>${escapeXml(text)}</${name}>`;
}

/** Round to one decimal (and never print -0), so the output is stable. */
export function px(value: number): number {
  const r = Math.round(value * 10) / 10;
  return r === 0 ? 0 : r;
}
