/** Plain words for a tab whose page has no Mentor Board reader listening. */
export function describeUnreachable(tabUrl: string | undefined): { title: string; detail: string } {
  let url: URL | undefined;
  try {
    url = tabUrl ? new URL(tabUrl) : undefined;
  } catch {
    url = undefined;
  }
  if (url && /(^|\.)linkedin\.com$/i.test(url.hostname)) {
    return {
      title: 'Reload this page to read it',
      detail:
        'This LinkedIn tab was open before Mentor Board was installed or updated. Reload it, then look here again.',
    };
  }
  return {
    title: 'No profile on this page',
    detail: 'Mentor Board reads LinkedIn profiles. Open someone’s profile (linkedin.com/in/…) and they appear here.',
  };
}
