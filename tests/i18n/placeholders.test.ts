import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { textOf, translator, type MessageKey } from '@/lib/i18n';
import { en } from '@/lib/i18n/en';
import { fr } from '@/lib/i18n/fr';
import { lintReply, type LintIssue } from '@/lib/templates/lint';
import { VoiceProfileSchema } from '@/lib/schema/brand';
import { lintText } from '@/components/panel/messages';
import { lintMessage } from '@/components/options/templates/lint-message';

/** A `{name}` placeholder left in a string shown to the user (`{{name}}` is template syntax shown on purpose). */
const LEFT_OVER = /(?<!\{)\{[^{}\s]*\}(?!\})/;
const placeholders = (s: string) => [...new Set([...s.matchAll(/(?<!\{)\{(\w+)\}(?!\})/g)].map((m) => m[1] as string))].sort();
const keys = Object.keys(en) as MessageKey[];
const sample = (names: readonly string[]) => Object.fromEntries(names.map((name, i) => [name, i % 2 ? 3 : `«${name}»`]));

describe('no UI string shows a raw {placeholder} (issue 18)', () => {
  it('renders every string of both dictionaries, with its parameters, with nothing left in braces', () => {
    for (const language of ['fr', 'en'] as const) {
      const t = translator(language);
      for (const key of keys) {
        // The parameters callers pass are the English string's: the French one must use the same.
        const text = t(key, sample(placeholders(textOf(en, key))));
        expect(text, `${language} ${key}`).not.toMatch(LEFT_OVER);
        expect(text, `${language} ${key}`).not.toContain('undefined');
      }
    }
    expect(Object.keys(fr).sort()).toEqual([...keys].sort());
  });

  /** Source files that call `t('key', …)` with a literal key. */
  function sources(dir: string): string[] {
    return readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return sources(path);
      return /\.(ts|tsx)$/.test(name) ? [path] : [];
    });
  }

  it('passes, at every call with a literal key, each parameter the string uses', () => {
    const problems: string[] = [];
    for (const file of [...sources('components'), ...sources('entrypoints'), ...sources('lib')]) {
      const code = readFileSync(file, 'utf8');
      for (const match of code.matchAll(/\bt\(\s*'([\w.-]+)'\s*(\)|,\s*\{)/g)) {
        const key = match[1] as MessageKey;
        if (!(key in en)) continue;
        const needed = placeholders(textOf(en, key));
        if (needed.length === 0) continue;
        let given: string[] = [];
        if (match[2] !== ')') {
          // The object literal's top-level keys (`{ name: x, count }`), up to its closing brace.
          let depth = 1;
          let i = (match.index ?? 0) + match[0].length;
          const start = i;
          while (i < code.length && depth > 0) {
            if (code[i] === '{') depth += 1;
            if (code[i] === '}') depth -= 1;
            i += 1;
          }
          const body = code.slice(start, i - 1).replace(/\{[^{}]*\}|\([^()]*\)|`[^`]*`|'[^']*'/g, '');
          given = body.split(',').map((part) => /^\s*(?:\.\.\.)?(\w+)/.exec(part)?.[1] ?? '').filter(Boolean);
          if (/\.\.\./.test(body)) continue; // a spread: cannot be checked here
        }
        const missing = needed.filter((name) => !given.includes(name));
        if (missing.length) problems.push(`${file}: t('${key}') without ${missing.join(', ')}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('words every voice-check issue in both languages, in the panel and in the template editor', () => {
    const voice = VoiceProfileSchema.parse({ address: 'vous', forbiddenWords: ['pas de souci'], signOff: '^Léa', emojiPolicy: 'limited', maxEmoji: 0, maxExclamations: 0 });
    const issues: LintIssue[] = [
      ...lintReply('Salut, tu vas bien ? Pas de souci !! 😀 ' + 'x'.repeat(300), { voice, platform: 'x', language: 'fr' }),
      ...lintReply('   ', { voice, language: 'fr' }),
    ];
    expect(new Set(issues.map((i) => i.rule))).toEqual(new Set(['address', 'forbidden-word', 'sign-off', 'emoji', 'exclamations', 'length', 'empty']));
    for (const language of ['fr', 'en'] as const) {
      const t = translator(language);
      for (const issue of issues) {
        expect(lintText(t, issue), `${language} panel ${issue.rule}`).not.toMatch(LEFT_OVER);
        expect(lintMessage(t, issue), `${language} options ${issue.rule}`).not.toMatch(LEFT_OVER);
      }
    }
  });
});
