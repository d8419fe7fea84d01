// "Draft a message" on a person's page: the composer, folded away until the user opens it.
import { Section } from '../../components/profile-details/section';
import { type ComposerProps, DraftComposer } from './draft-composer';

export { SAMPLE_DRAFT_NOTE } from './draft-composer';

export function DraftsSection(props: ComposerProps) {
  return (
    <Section title="Draft a message">
      <DraftComposer {...props} />
    </Section>
  );
}
