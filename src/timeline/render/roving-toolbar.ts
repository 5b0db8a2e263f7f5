/**
 * The toolbar is one tab stop (the ARIA toolbar pattern): Tab enters at the button used last, the arrow keys, Home
 * and End move between its buttons, and Tab goes on to the plot. From the top of a page the plot is then two tab
 * stops into the component, however many buttons the toolbar has.
 */
export function rovingToolbar(toolbar: HTMLElement, signal: AbortSignal): { refresh(): void } {
  const usable = () => [...toolbar.querySelectorAll<HTMLButtonElement>('button')].filter((b) => !b.hidden && !b.disabled);
  const buttons = () => usable().filter((b) => b.getClientRects().length !== 0);
  const all = () => [...toolbar.querySelectorAll<HTMLButtonElement>('button')];
  let current: HTMLButtonElement | null = null;
  /**
   * `measured`: which buttons the style sheet hides is known from layout (client rects). Without it, only the hidden
   * and disabled attributes count: a timeline being built must not force a layout of the page for its toolbar (at
   * 1,000 events that was a third of the first render); its first resize observation refreshes with layout.
   */
  function refresh(measured = true): void {
    const shown = measured ? buttons() : usable();
    // Without layout (jsdom) nothing has client rects: every button counts as shown.
    const candidates = shown.length ? shown : all();
    if (!current || !candidates.includes(current)) current = candidates[0] ?? null;
    for (const button of all()) button.tabIndex = button === current ? 0 : -1;
  }
  toolbar.addEventListener(
    'focusin',
    (event) => {
      const target = (event.target as Element).closest?.('button');
      if (target && toolbar.contains(target)) {
        current = target as HTMLButtonElement;
        refresh();
      }
    },
    { signal },
  );
  toolbar.addEventListener(
    'keydown',
    (event) => {
      const shown = buttons();
      const at = shown.indexOf(event.target as HTMLButtonElement);
      if (at < 0) return;
      const next =
        event.key === 'ArrowRight' ? shown[(at + 1) % shown.length]
        : event.key === 'ArrowLeft' ? shown[(at - 1 + shown.length) % shown.length]
        : event.key === 'Home' ? shown[0]
        : event.key === 'End' ? shown[shown.length - 1]
        : null;
      if (!next) return;
      event.preventDefault();
      next.focus();
    },
    { signal },
  );
  refresh(false);
  return { refresh: () => refresh() };
}
