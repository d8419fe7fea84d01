// Fictional contacts for the export tests.
import { Contact } from '../../../lib/schema/records';

export function contact(overrides: Partial<Contact> = {}): Contact {
  return Contact.parse({
    id: '6f1c2d3e-0000-4000-8000-000000000001',
    profileKey: 'https://www.linkedin.com/in/ayla-brightwater/',
    site: 'linkedin',
    name: 'Ayla Brightwater',
    headline: 'Head of Platform at Quillfeather',
    location: 'Rotterdam, South Holland, Netherlands',
    url: 'https://nl.linkedin.com/in/ayla-brightwater/',
    role: 'mentor-prospect',
    stage: 'prospect',
    tags: [],
    notes: '',
    needIds: [],
    createdAt: '2026-01-05T09:00:00.000Z',
    updatedAt: '2026-02-01T10:30:00.000Z',
    ...overrides,
  });
}

/** Cell texts that a spreadsheet would run as formulas, from OWASP's list and beyond. */
export const HOSTILE = [
  '=HYPERLINK("http://x","y")',
  '+1',
  '-2+3',
  '@SUM(A1)',
  '\t=1',
  '\r=1',
  '  =1+1',
  '=1\n=2',
  '\uFF1D1+1',
] as const;
