import { createTimeline } from '../../dist/event-timeline.esm.min.js';
import { loadEvents, setStatus, markReady, fail } from '../shared/load.js';

try {
  const events = await loadEvents('../data/articles.json');
  // One list item per article: title, language and number of events (text only).
  const articles = new Map();
  for (const event of events) {
    const key = event.source.article;
    const entry = articles.get(key) ?? { title: event.source.articleTitle ?? key, language: event.language, count: 0 };
    entry.count += 1;
    articles.set(key, entry);
  }
  const list = document.getElementById('articles');
  for (const [id, { title, language, count }] of articles) {
    const item = document.createElement('li');
    item.textContent = `${title} (${language}, ${count} events, ${id})`;
    list.append(item);
  }
  const timeline = createTimeline(document.getElementById('timeline'), events, { lanes: 'article' });
  setStatus(`${events.length} events from ${articles.size} articles.`);
  markReady([timeline]);
} catch (error) {
  fail(error);
}
