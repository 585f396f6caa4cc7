/**
 * Who is who: accent folding, handles, profile URLs, display names, author keys and watchlist
 * matching, written once for the whole extension. Pure and zod-free (the content scripts bundle
 * parts of it).
 */
export { fold, foldChar } from './fold';
export { authorKeyOf, bareHandle, handleFromInput, handleKey, nameKey, profileUrlKey, whoKey } from './keys';
export { findWatchlistEntry, watchlistEntryMatches, whoKeys, type Who } from './watchlist';
