// What safe markdown lets through: link targets limited to the web and mail; image
// sources passed on only to be printed as text by SafeMarkdown, never fetched.
import type { UrlTransform } from 'react-markdown';

const LINK_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

export function isAllowedLink(url: string): boolean {
  try {
    return LINK_PROTOCOLS.has(new URL(url).protocol);
  } catch {
    // Relative URLs would resolve against the app itself.
    return false;
  }
}

export const safeUrlTransform: UrlTransform = (url, key, node) => {
  if (node.tagName === 'img' && key === 'src') return url;
  return isAllowedLink(url) ? url : null;
};
