import { defineContentScript } from 'wxt/utils/define-content-script';
import { extractLinkedInProfile } from '../../lib/extract/linkedin-only';
import { canonicalProfileUrl } from '../../lib/extract/sites/linkedin/url';
import { answerProfileRequests, notifyPageChanged } from '../../lib/messaging';
import { watchPage } from './watch-page';

export default defineContentScript({
  // All of linkedin.com, not only /in/*: LinkedIn is a single-page app, and a script is
  // injected only on a real page load, so a user who arrives from the feed would have no
  // script on the profile. The script does nothing until the panel asks.
  // localhost/127.0.0.1 /in/*: the project's demo profile pages (public/demo/).
  matches: ['https://*.linkedin.com/*', 'http://localhost/in/*', 'http://127.0.0.1/in/*'],
  runAt: 'document_idle',
  main(ctx) {
    const remove = answerProfileRequests(() => extractLinkedInProfile(document, location.href));
    ctx.onInvalidated(remove);
    // The profile key comes from the address alone (no page reading), so the background
    // can show on the badge whether this person is saved, at next to no cost.
    const notify = (url: string) => notifyPageChanged(url, canonicalProfileUrl(new URL(url)));
    notify(location.href);
    watchPage(ctx, notify);
  },
});
