/**
 * Attach the component stylesheet to a shadow root without any inline style text, so it works under a strict
 * Content-Security-Policy: a constructable stylesheet where supported, otherwise an empty `<style>` element
 * filled rule by rule through the CSSOM (`insertRule` is not subject to `style-src`).
 */

export interface AdoptedStyles {
  /** Remove the stylesheet again. */
  remove(): void;
}

type SheetHost = ShadowRoot & { adoptedStyleSheets?: CSSStyleSheet[] };

export function adoptStyles(root: ShadowRoot, rules: readonly string[]): AdoptedStyles {
  const host = root as SheetHost;
  const view = root.ownerDocument.defaultView as (Window & typeof globalThis) | null;
  const Sheet = view?.CSSStyleSheet;
  if (Array.isArray(host.adoptedStyleSheets) && typeof Sheet === 'function') {
    const sheet = new Sheet();
    insertAll(sheet, rules);
    host.adoptedStyleSheets = [...host.adoptedStyleSheets, sheet];
    return {
      remove() {
        host.adoptedStyleSheets = (host.adoptedStyleSheets ?? []).filter((s) => s !== sheet);
      },
    };
  }
  const style = root.ownerDocument.createElement('style');
  root.appendChild(style);
  if (style.sheet) insertAll(style.sheet, rules);
  return { remove: () => style.remove() };
}

function insertAll(sheet: CSSStyleSheet, rules: readonly string[]): void {
  for (const rule of rules) {
    try {
      sheet.insertRule(rule, sheet.cssRules.length);
    } catch {
      // An engine that does not know a rule (e.g. @container) skips it, as it would in a stylesheet.
    }
  }
}
