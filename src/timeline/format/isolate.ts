/**
 * Bidi isolation of data strings. A title holding U+202E (right-to-left override) would otherwise reverse the
 * component's own text after it ("3 events", the date, the counter): each data string is wrapped in U+2068 first
 * strong isolate ... U+2069 pop directional isolate, which works in SVG text, attributes and HTML alike. A closer
 * without its opener is dropped and an isolate left open is closed, so data cannot end the wrapper early or reach out
 * of it. Text with no right-to-left letter and no direction control is returned as it is (it cannot reorder anything).
 */

const FSI = '\u2068';
const PDI = '\u2069';
const PDF = '\u202C';
/** Direction controls, and the right-to-left scripts (Hebrew to Arabic Extended, presentation forms, old RTL scripts). */
const NEEDS_ISOLATION = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]|\uD802[\uDC00-\uDFFF]|\uD803[\uDC00-\uDFFF]|\uD83A[\uDC00-\uDFFF]|\uD83B[\uDC00-\uDFFF]/;

/** `text` isolated from what surrounds it, for putting a data string beside the component's own text. */
export function isolateText(text: string): string {
  if (!NEEDS_ISOLATION.test(text)) return text;
  let out = '';
  // what the data opened and has not closed: 'i' an isolate (U+2066-2068), 'e' an embedding or override (U+202A-202E)
  const open: string[] = [];
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (code >= 0x2066 && code <= 0x2068) open.push('i');
    else if (code >= 0x202a && code <= 0x202b) open.push('e');
    else if (code >= 0x202d && code <= 0x202e) open.push('e');
    else if (ch === PDI) {
      if (!open.includes('i')) continue;
      while (open.pop() !== 'i');
    } else if (ch === PDF) {
      if (open.at(-1) !== 'e') continue;
      open.pop();
    }
    out += ch;
  }
  // a PDI closes the embeddings inside its isolate; each isolate left open needs its own
  return `${FSI}${out}${PDI.repeat(open.filter((kind) => kind === 'i').length)}${PDI}`;
}
