/** Event kinds in the reader's language ("gepland" / "planned"). */
import type { EventKind } from '../../types.js';
import { messages } from './messages.js';

export function kindName(kind: EventKind, lang: string): string {
  return messages(lang).kinds[kind] ?? kind;
}
