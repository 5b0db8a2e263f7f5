/** What a key press on the plot means. Pure, so the key map is tested without a document. */

export type KeyAction = 'next' | 'previous' | 'first' | 'last' | 'open' | 'close' | 'zoom-in' | 'zoom-out';

export function keyAction(event: { key: string; altKey?: boolean; ctrlKey?: boolean; metaKey?: boolean }): KeyAction | null {
  if (event.altKey || event.ctrlKey || event.metaKey) return null;
  switch (event.key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return 'next';
    case 'ArrowLeft':
    case 'ArrowUp':
      return 'previous';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 'Enter':
    case ' ':
    case 'Spacebar':
      return 'open';
    case 'Escape':
    case 'Esc':
      return 'close';
    case '+':
    case '=':
    case 'Add':
      return 'zoom-in';
    case '-':
    case '_':
    case 'Subtract':
      return 'zoom-out';
    default:
      return null;
  }
}
