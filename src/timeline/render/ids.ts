/**
 * Element ids derived from data keys. Event ids are data and may hold any character, so an id is a
 * sanitised prefix plus a hash of the whole key: stable (snapshots, aria-activedescendant) and collision-safe.
 */

/** FNV-1a 32-bit, as 7 base-36 digits. */
export function hashKey(key: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36).padStart(7, '0');
}

export function domId(prefix: string, kind: string, key: string): string {
  const readable = key.replace(/[^A-Za-z0-9_-]+/g, '_').slice(0, 24);
  return `${prefix}-${kind}-${readable}-${hashKey(key)}`;
}
