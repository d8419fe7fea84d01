// Every kind's builder, one per file, listed once: a new kind is one file and one line here.
import type { DraftKind } from '../types';
import { adviceRequest } from './advice-request';
import { cold } from './cold';
import { followThrough } from './follow-through';
import { followUp } from './follow-up';
import { introBlurb } from './intro-blurb';
import { introRequest } from './intro-request';
import { keepInTouch } from './keep-in-touch';
import { thanks } from './thanks';
import { valueFirst } from './value-first';
import type { Builder } from './variant';

export const BUILDERS: Record<DraftKind, Builder> = {
  'intro-request': introRequest,
  'intro-blurb': introBlurb,
  cold,
  'value-first': valueFirst,
  'advice-request': adviceRequest,
  'follow-up': followUp,
  'follow-through': followThrough,
  thanks,
  'keep-in-touch': keepInTouch,
};
