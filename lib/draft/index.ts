// lib/draft: the messages of the relationship and the coach that checks them (DOMAIN.md §3–§6).
export { coach } from './coach';
export { draftMessages } from './draft-messages';
export { adviceFromTimeline, DRAFT_FOR_STEP } from './for-step';
export * from './types';
