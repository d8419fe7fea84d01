import { MentorBoardDb } from '../../lib/db/database';

let counter = 0;

/** A database of its own for each test, in fake-indexeddb. */
export function freshDb(): MentorBoardDb {
  counter += 1;
  return new MentorBoardDb(`test-${counter}-${Math.random().toString(36).slice(2)}`);
}
