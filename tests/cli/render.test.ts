import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { escapeHtml, inlineScript, jsonForScript, renderStandaloneHtml } from '../../src/cli/render.js';
import type { EventRecord } from '../../src/types.js';

const hostile = '</script><img src=x onerror="alert(1)"><!-- & \u2028';

function record(id: string, title: string, sentence: string, article = 'a1'): EventRecord {
  return {
    id,
    title,
    language: 'nl',
    sentence,
    kind: 'occurred',
    date: { earliest: '2020-08-16', latest: '2020-08-16', granularity: 'day', certainty: 'exact', value: '2020-08-16', type: 'DATE', source: 'stated', edtf: '2020-08-16' },
    actors: ['Loekasjenko'],
    places: [],
    source: { article, articleTitle: title, documentDate: '2020-08', paragraph: 0, sentenceStart: 0, sentenceEnd: sentence.length },
    relations: [],
  };
}

describe('standalone HTML of `event-timeline render`', () => {
  const events = [record('e1', `Titel ${hostile}`, `Zin ${hostile}`), record('e2', 'Tweede', 'Nog een zin.', 'a2')];
  const bundle = 'var EventTimeline=(function(){var s="</script>";return{createTimeline:function(){}}})();\n//# sourceMappingURL=event-timeline.min.js.map\n';
  const html = renderStandaloneHtml(events, { bundle, lang: 'nl', lanes: 'article', title: `Tijdlijn ${hostile}` });

  it('keeps the data in one JSON script element that parses back to the same records', () => {
    const doc = new JSDOM(html).window.document;
    const data = doc.querySelectorAll('script[type="application/json"]');
    expect(data).toHaveLength(1);
    const parsed = JSON.parse(data[0].textContent ?? '');
    expect(parsed.events).toEqual(events);
    expect(parsed.options).toEqual({ lang: 'nl', lanes: 'article' });
  });

  it('lets no article text become markup', () => {
    const doc = new JSDOM(html).window.document;
    expect(doc.querySelectorAll('img')).toHaveLength(0);
    // the JSON element, the inlined bundle and the start-up script: nothing else
    expect(doc.querySelectorAll('script')).toHaveLength(3);
    expect(doc.title).toBe(`Tijdlijn ${hostile}`);
    expect(doc.querySelector('h1')?.textContent).toBe(`Tijdlijn ${hostile}`);
    expect(doc.documentElement.lang).toBe('nl');
    const open = '<script type="application/json" id="event-timeline-data">';
    const start = html.indexOf(open) + open.length;
    const json = html.slice(start, html.indexOf('</script>', start));
    expect(json.length).toBeGreaterThan(100);
    expect(json).not.toMatch(/[<>&]/);
  });

  it('inlines the bundle whole, without its source map comment, and with no way to close the script early', () => {
    const doc = new JSDOM(html).window.document;
    const scripts = [...doc.querySelectorAll('script')];
    const inlined = scripts[1].textContent ?? '';
    expect(inlined).toContain('var EventTimeline=');
    expect(inlined).toContain('return{createTimeline:function(){}}');
    expect(inlined).not.toContain('sourceMappingURL');
    expect(inlined).toContain('"<\\/script>"');
  });

  it('summarises the events and articles', () => {
    const doc = new JSDOM(html).window.document;
    expect(doc.querySelector('header p')?.textContent).toBe('2 events from 2 articles.');
  });
});

describe('escaping helpers', () => {
  it('jsonForScript writes <, > and & as unicode escapes and still round-trips', () => {
    const value = { s: hostile };
    const out = jsonForScript(value);
    expect(out).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(out)).toEqual(value);
  });

  it('escapeHtml escapes the five special characters', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&#60;a href=&#34;x&#34; title=&#39;y&#39;&#62;&#38;&#60;/a&#62;');
  });

  it('inlineScript breaks </script and <!-- but leaves the code equivalent', () => {
    const source = 'var a = "</SCRIPT>" + "<!--";';
    const out = inlineScript(source);
    expect(out).not.toMatch(/<\/script/i);
    expect(out).not.toContain('<!--');
    // eslint-disable-next-line no-new-func
    expect(new Function(`${out}; return a;`)()).toBe('</SCRIPT><!--');
  });
});

describe('runRender usage', () => {
  const capture = () => {
    const out = { stdout: '', stderr: '' };
    return { out, io: { stdout: (t: string) => void (out.stdout += t), stderr: (t: string) => void (out.stderr += t) } };
  };

  it('prints its help with --help and exits 0', async () => {
    const { runRender } = await import('../../src/cli/render.js');
    const { out, io } = capture();
    expect(runRender(['--help'], io)).toBe(0);
    expect(out.stdout).toContain('Usage: event-timeline render ARTICLES...');
  });

  it('exits 2 on no articles, an unknown option or an unknown lane field', async () => {
    const { runRender } = await import('../../src/cli/render.js');
    for (const args of [[], ['a.txt', '--nope'], ['a.txt', '--lanes', 'colour']]) {
      const { out, io } = capture();
      expect(runRender(args, io), args.join(' ')).toBe(2);
      expect(out.stderr).toMatch(/^event-timeline render: /);
    }
  });

  it('exits 1 naming the file when an article cannot be read', async () => {
    const { runRender } = await import('../../src/cli/render.js');
    const { out, io } = capture();
    expect(runRender(['/nonexistent/article.txt', '-o', '/tmp/never.html'], io)).toBe(1);
    expect(out.stderr).toContain('/nonexistent/article.txt');
  });
});
