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
