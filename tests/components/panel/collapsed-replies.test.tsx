import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AppRoot } from '@/components/AppRoot';
import { collapsedReplies, StatusLine } from '@/components/panel/StatusLine';
import type { RiposteDB } from '@/lib/db/database';
import type { Comment } from '@/lib/schema/comment';
import { comment, freshDbPerTest, tabOf } from './fixtures';

const fb = (id: string, over: Partial<Comment> = {}) =>
  comment(id, 'Toujours pas livré', { platform: 'facebook', postUrl: 'https://www.facebook.com/fleurs/posts/1', ...over });

describe('status line: replies the page announces but keeps collapsed', () => {
  let db!: RiposteDB;
  freshDbPerTest((fresh) => (db = fresh));

  const show = (comments: Comment[], language = 'fr') => {
    const tab = tabOf(comments);
    const health = { ...tab.health!, platform: comments[0]?.platform ?? 'x' };
    return render(
      <AppRoot db={db} browserLanguage={language}>
        <StatusLine tab={{ ...tab, health }} />
      </AppRoot>,
    );
  };

  it('says "7 commentaires lus sur 10 annoncés" when 3 announced replies were not shown', async () => {
    // 5 comments, one announcing 4 replies of which 2 are shown, one announcing 1 that is not.
    const page = [fb('a', { replies: 4 }), fb('a1', { parentId: 'a' }), fb('a2', { parentId: 'a' }), fb('b', { replies: 1 }), fb('c', { replies: 0 }), fb('d'), fb('e')];
    expect(collapsedReplies(page)).toBe(3);
    show(page);
    expect(await screen.findByTestId('page-status')).toHaveTextContent(
      'Facebook : 7 commentaires lus sur 10 annoncés — des réponses sont repliées : « Lire tous les commentaires » les ouvre.',
    );
  });

  it('in English, and the plain count once every announced reply is read', async () => {
    const view = show([fb('a', { replies: 1 })], 'en');
    expect(await screen.findByTestId('page-status')).toHaveTextContent('Facebook: 1 of 2 comments read — some replies are collapsed: “Read all comments” opens them.');
    view.unmount();
    show([fb('a', { replies: 1 }), fb('a1', { parentId: 'a' })], 'en');
    expect(await screen.findByTestId('page-status')).toHaveTextContent(/^Facebook: 2 comments read$/);
  });

  it('announces nothing on X, whose reply counts include conversations shown elsewhere', () => {
    expect(collapsedReplies([comment('t1', 'Merci', { replies: 12 })])).toBe(0);
  });
});
