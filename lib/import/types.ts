// The contract of lib/import: the user's own LinkedIn data export, Connections.csv.

/** One row of Connections.csv, as LinkedIn writes it. */
export interface ConnectionRow {
  firstName: string;
  lastName: string;
  /** LinkedIn profile URL, canonical form (https://www.linkedin.com/in/<slug>/), when given. */
  url?: string;
  email?: string;
  company?: string;
  position?: string;
  /** ISO date (YYYY-MM-DD) of "Connected On". */
  connectedOn?: string;
}

export type ParseResult = { ok: true; rows: ConnectionRow[]; skipped: number } | { ok: false; error: string };
