/** The details panel (HTML beside or below the plot): everything known about the selected event. */
import type { PreparedEvent } from '../layout/types.js';
import type { TimelineLabels } from './labels.js';
import type { DescribeEvent } from './describe.js';
import { clear, element } from './dom.js';
import { splitSentence } from './highlight.js';
import { isolateText } from '../format/isolate.js';

export interface DetailsPanel {
  element: HTMLElement;
  show(prepared: PreparedEvent): void;
  hide(): void;
  /** Move focus to the panel's heading (after opening from the keyboard). */
  focus(): void;
  readonly open: boolean;
}

export function createDetailsPanel(
  doc: Document,
  context: { idPrefix: string; labels: TimelineLabels; describe: DescribeEvent; lang: string; onClose: () => void },
): DetailsPanel {
  const { labels } = context;
  const headingId = `${context.idPrefix}-details-title`;
  const panel = element(doc, 'section', { class: 'et-details', 'aria-labelledby': headingId, hidden: true, 'data-part': 'details' });
  const heading = element(doc, 'h2', { id: headingId, tabindex: -1 });
  const list = element(doc, 'dl');
  const quote = element(doc, 'blockquote', { class: 'et-source-sentence' });
  const article = element(doc, 'p', { class: 'et-source-article' });
  const close = element(doc, 'button', { type: 'button', class: 'et-close' }, labels.close);
  close.addEventListener('click', () => context.onClose());
  panel.append(heading, list, quote, article, close);

  const row = (term: string, value: string) => {
    if (!value) return;
    list.append(element(doc, 'dt', {}, term), element(doc, 'dd', {}, value));
  };

  return {
    element: panel,
    get open() {
      return !panel.hidden;
    },
    show(prepared) {
      const { event } = prepared;
      heading.textContent = isolateText(event.title);
      clear(list);
      row(labels.date, context.describe(prepared));
      row(labels.kind, labels.kinds[event.kind]);
      row(labels.actor, event.actors.map(isolateText).join(', '));
      row(labels.place, event.places.map(isolateText).join(', '));
      clear(quote);
      const parts = splitSentence(event.sentence, event.source);
      if (parts) quote.append(parts.before, element(doc, 'mark', {}, parts.timex), parts.after);
      else quote.textContent = isolateText(event.sentence);
      clear(article);
      const { source } = event;
      article.append(`${labels.source}: `);
      article.append(element(doc, 'cite', {}, source.articleTitle || source.article));
      article.append(` (${source.article}; ${labels.published} ${source.documentDate})`);
      panel.setAttribute('data-event-id', event.id);
      panel.hidden = false;
    },
    hide() {
      panel.hidden = true;
      panel.removeAttribute('data-event-id');
      heading.textContent = '';
      clear(list);
      clear(quote);
      clear(article);
    },
    focus() {
      heading.focus();
    },
  };
}
