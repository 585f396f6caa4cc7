import { describe, expect, it } from 'vitest';
import { cleanUrl, normLabel, readText, tidyText, uiLanguage } from '@/lib/sites/dom';
import { fallbackCommentId, hashString } from '@/lib/sites/id';
import { isoFromDatetime, isoFromRelativeAge, statedAge, statedDateOf, statedRange } from '@/lib/sites/time';

const NOW = Date.parse('2026-11-23T12:00:00Z');

function el(html: string): Element {
  const div = document.createElement('div');
  div.innerHTML = html;
  return div;
}

describe('readText', () => {
  it('keeps line breaks from <br> and paragraphs, and emoji drawn as images', () => {
    expect(readText(el('Bonjour<br>Ça va <img alt="😍" src="data:,"> ?'))).toBe('Bonjour\nÇa va 😍 ?');
    expect(readText(el('<div dir="auto">Un</div><div dir="auto"></div><div dir="auto">Deux</div>'))).toBe('Un\n\nDeux');
    expect(readText(el('<span>Première\n\nSeconde</span>'))).toBe('Première\n\nSeconde');
  });

  it('leaves out buttons, hidden nodes and markup indentation', () => {
    const node = el(`
      <span>Texte coupé</span>
      <div role="button">Voir plus</div><span aria-hidden="true">·</span>`);
    expect(readText(node)).toBe('Texte coupé');
  });

  it('drops whitespace holding a line break between elements, keeps other spaces and breaks inside text', () => {
    expect(readText(el('<span>Un</span> <span>deux</span>'))).toBe('Un deux');
    expect(readText(el('<span>Un</span>\u00a0\n <span>deux</span>'))).toBe('Undeux');
    expect(readText(el('<span>Un\n deux</span>'))).toBe('Un\ndeux');
  });
});

describe('tidyText and normLabel', () => {
  it('tidies one-line and multi-line texts alike', () => {
    expect(tidyText('  Un  texte\u00a0 ')).toBe('Un  texte');
    expect(tidyText('Un \t\r\n\n\n\n  deux\u00a0\n')).toBe('Un\n\ndeux');
    expect(tidyText('Un\rdeux')).toBe('Undeux');
  });

  it('gives what its four line rules give, whether or not one of them has anything to rewrite', () => {
    const rules = (text: string): string =>
      text.replace(/\r/gu, '').replace(/[ \t\u00a0]+\n/gu, '\n').replace(/\n[ \t]+/gu, '\n').replace(/\n{3,}/gu, '\n\n').trim();
    const alphabet = [' ', '\t', '\u00a0', '\n', '\r', 'a', '\u202f'];
    let seed = 7;
    const next = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let i = 0; i < 20_000; i++) {
      let text = '';
      for (let j = next(10); j > 0; j--) text += alphabet[next(alphabet.length)];
      expect(tidyText(text)).toBe(rules(text));
    }
    expect(tidyText('Un\ndeux\n')).toBe('Un\ndeux');
  });

  it('normalises labels with and without anything to rewrite', () => {
    expect(normLabel(' Reply ')).toBe('reply');
    expect(normLabel('Voir\u00a0plus…')).toBe('voir plus...');
    expect(normLabel('L’Auteur  du\tpost')).toBe("l'auteur du post");
    expect(normLabel(null)).toBe('');
  });
});

describe('relative ages', () => {
  it.each([
    ['2 h', '2026-11-23T10:00:00.000Z'],
    ['2h', '2026-11-23T10:00:00.000Z'],
    ['45 min', '2026-11-23T11:15:00.000Z'],
    ['3 j', '2026-11-20T12:00:00.000Z'],
    ['3d', '2026-11-20T12:00:00.000Z'],
    ['1 sem.', '2026-11-16T12:00:00.000Z'],
    ['2w', '2026-11-09T12:00:00.000Z'],
    ['il y a 5 heures', '2026-11-23T07:00:00.000Z'],
    ['5 hours ago', '2026-11-23T07:00:00.000Z'],
    ['9mo', '2026-02-26T12:00:00.000Z'],
    ['1 an', '2025-11-23T12:00:00.000Z'],
    ["À l'instant", '2026-11-23T12:00:00.000Z'],
    ['Just now', '2026-11-23T12:00:00.000Z'],
  ])('%s', (text, iso) => {
    expect(isoFromRelativeAge(text, NOW)).toBe(iso);
  });

  it.each([
    ['há 2 semanas', '2026-11-09T12:00:00.000Z'],
    ['2 sem', '2026-11-09T12:00:00.000Z'],
    ['hace 3 h', '2026-11-23T09:00:00.000Z'],
    ['1 semana', '2026-11-16T12:00:00.000Z'],
    ['4 días', '2026-11-19T12:00:00.000Z'],
    ['vor 3 Std.', '2026-11-23T09:00:00.000Z'],
    ['2 Tg.', '2026-11-21T12:00:00.000Z'],
    ['1 T.', '2026-11-22T12:00:00.000Z'],
    ['1 Wo.', '2026-11-16T12:00:00.000Z'],
    ['3 ore fa', '2026-11-23T09:00:00.000Z'],
    ['2 g', '2026-11-21T12:00:00.000Z'],
    ['1 sett.', '2026-11-16T12:00:00.000Z'],
    ['agora', '2026-11-23T12:00:00.000Z'],
  ])('%s (pt, es, de, it)', (text, iso) => {
    expect(isoFromRelativeAge(text, NOW)).toBe(iso);
  });

  it('keeps the stated text and the range an age stands for', () => {
    expect(statedAge('3 h', NOW)).toEqual({ text: '3 h', earliest: '2026-11-23T08:00:00.000Z', latest: '2026-11-23T09:00:00.000Z' });
    expect(statedAge(' 2  sem. ', NOW)).toEqual({ text: '2 sem.', earliest: '2026-11-02T12:00:00.000Z', latest: '2026-11-09T12:00:00.000Z' });
    expect(statedAge('Just now', NOW)).toEqual({ text: 'Just now', earliest: '2026-11-23T11:59:00.000Z', latest: '2026-11-23T12:00:00.000Z' });
    expect(statedAge('Reply', NOW)).toBeUndefined();
  });

  it('stores an age relative to createdAt, so a later re-read gives the same value', () => {
    const first = statedDateOf(statedAge('3 h', NOW));
    expect(first).toEqual({ text: '3 h', withinMs: 3_600_000 });
    expect(statedDateOf(statedAge('3 h', NOW + 60_000))).toEqual(first);
    expect(statedRange({ createdAt: '2026-11-23T09:00:00.000Z', statedDate: first })).toEqual({ earliest: '2026-11-23T08:00:00.000Z', latest: '2026-11-23T09:00:00.000Z' });
    expect(statedRange({ createdAt: '2026-11-23T09:00:00.000Z' })).toBeUndefined();
  });

  it('refuses what is not an age', () => {
    expect(isoFromRelativeAge('Répondre', NOW)).toBeUndefined();
    expect(isoFromRelativeAge('Camille Roux', NOW)).toBeUndefined();
    expect(isoFromRelativeAge('3 bananes', NOW)).toBeUndefined();
  });

  it('normalises datetime attributes to ISO and rejects garbage', () => {
    expect(isoFromDatetime('2026-11-23T09:00:00+01:00')).toBe('2026-11-23T08:00:00.000Z');
    expect(isoFromDatetime('hier')).toBeUndefined();
  });
});

describe('ids', () => {
  it('hashes deterministically and spreads nearby inputs', () => {
    expect(hashString('Maison Lumière')).toBe(hashString('Maison Lumière'));
    expect(hashString('Maison Lumière')).not.toBe(hashString('Maison Lumiere'));
    expect(fallbackCommentId('https://x.com/a/status/1', 'lea', 'Bonjour ')).toBe(fallbackCommentId('https://x.com/a/status/1', 'lea', 'Bonjour'));
    expect(fallbackCommentId('https://x.com/a/status/1', 'lea', 'Bonjour')).toMatch(/^h:[0-9a-z]+$/u);
    // Fields cannot run together: ("ab", "c") and ("a", "bc") differ.
    expect(fallbackCommentId('p', 'ab', 'c')).not.toBe(fallbackCommentId('p', 'a', 'bc'));
  });
});

describe('urls and language', () => {
  it('drops tracking parameters and refuses non-web links', () => {
    expect(cleanUrl('/camille?__cft__[0]=AZ&__tn__=R]-R&id=4', 'https://www.facebook.com/', ['id'])).toBe('https://www.facebook.com/camille?id=4');
    expect(cleanUrl('https://www.linkedin.com/in/a/?miniProfileUrn=x&trk=y#top', 'https://www.linkedin.com/')).toBe('https://www.linkedin.com/in/a/');
    expect(cleanUrl('javascript:alert(1)', 'https://x.com/')).toBeUndefined();
  });

  it('reads the UI language from <html lang>', () => {
    document.documentElement.lang = 'fr-FR';
    expect(uiLanguage(document)).toBe('fr');
    document.documentElement.lang = 'en-GB';
    expect(uiLanguage(document)).toBe('en');
  });
});
