// Hardening applied to every web contents and to the session they share: no navigation away from
// our renderer, no new windows, no webviews, no permissions (the app needs none).
import type { Session, WebContents } from 'electron';
import { openExternalLink } from './external-links';

export interface HardeningOptions {
  /** True for URLs of our own renderer (see main.ts). */
  isTrustedUrl: (url: string) => boolean;
  /** The system browser (Electron's shell.openExternal). */
  openExternal: (url: string) => Promise<void>;
}

export function hardenContents(contents: WebContents, { isTrustedUrl, openExternal }: HardeningOptions): void {
  // A plain link click or a file dropped where the page does not catch it would replace the app;
  // web links go to the browser instead, everything else is simply refused.
  contents.on('will-navigate', (event, url) => {
    if (isTrustedUrl(url)) return;
    event.preventDefault();
    openExternalLink(url, openExternal);
  });
  contents.setWindowOpenHandler(({ url }) => {
    openExternalLink(url, openExternal);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}
