/**
 * English UI strings. The key set is defined here; fr.ts must provide every key (the type checks it).
 * `{name}` placeholders are filled by `translate`.
 */
import { optionsEn } from './options-en';

export const en = {
  ...optionsEn,
  'app.name': 'Riposte',
  'app.tagline': 'Answer your community faster, in your brand’s voice.',
  'common.loading': 'Loading…',
  'common.close': 'Close',
  'common.save': 'Save',
  'common.cancel': 'Cancel',
  'common.delete': 'Delete',
  'common.openOptions': 'Settings',
  'panel.title': 'Comments',
  'panel.status.unsupported': 'Open a post on Facebook, LinkedIn, Instagram or X: Riposte reads its comments here.',
  'panel.status.noTab': 'No active tab.',
  'panel.status.connecting': 'Reading the page…',
  'panel.status.noContentScript': 'Riposte is not running on this tab yet. Reload the page to start it.',
  'panel.status.ok': '{site}: {count} comments read',
  'panel.status.noComments': '{site}: no comments on this page yet.',
  'panel.status.layout': '{site}: layout not recognised. The page shows comments, but Riposte could not read them. The site may have changed; please report it.',
  'panel.empty': 'No comments to show.',
  'panel.demoHint': 'Try the demo: run “npm run demo” to open sample pages of each site.',
  'site.facebook': 'Facebook',
  'site.linkedin': 'LinkedIn',
  'site.instagram': 'Instagram',
  'site.x': 'X',
  'comment.verified': 'Verified',
  'comment.reply': 'Reply',
  'comment.truncated': 'Preview only: expand “see more” on the page to read it all.',
  'comment.likes': '{count} likes',
  'comment.replies': '{count} replies',
  'comment.ownBrand': 'Your brand',
  'options.title': 'Riposte settings',
  'options.language': 'Interface language',
  'options.language.auto': 'Same as the browser',
  'options.privacy': 'Everything Riposte reads and logs stays in this browser. No server, no telemetry.',
} as const;

export type MessageKey = keyof typeof en;
