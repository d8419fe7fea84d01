import type { NO_PROFILE_CODES } from '../../lib/schema/profile';

/**
 * Plain words for a tab with no Mentor Board reader listening. The panel cannot see the
 * tab's address (that would need the `tabs` permission), so one message covers both a
 * page Mentor Board does not read and a profile opened before it was installed.
 */
export const UNREACHABLE = {
  title: 'No profile on this page',
  detail:
    'Mentor Board reads LinkedIn profiles. Open someone’s profile (linkedin.com/in/…) and they appear here. If this is a profile that was open before Mentor Board was installed or updated, reload the page.',
} as const;

/** What to do next on a page that is not a profile, after the reader's own reason. */
export const NO_PROFILE_NEXT: Partial<Record<(typeof NO_PROFILE_CODES)[number], string>> = {
  'not-a-profile': 'Open someone’s profile (linkedin.com/in/…) and they appear here.',
  'login-wall': 'Sign in to LinkedIn in this tab; the profile then appears here.',
};

/** A page whose answer could not be understood (the words never show a technical message). */
export const PAGE_UNREADABLE =
  'The page answered in a way Mentor Board does not understand. Reload the page and try again; if it keeps happening, the site may have changed how its pages are built.';

/** "Read this page" failed for a reason other than access. */
export const READ_FAILED =
  'This page could not be read. Reload it and press “Read this page” again. Some pages cannot be read at all: the browser’s own pages, extension stores and PDF files.';
