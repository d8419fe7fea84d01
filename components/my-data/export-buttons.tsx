export type ExportKind = 'csv' | 'vcf';

interface Props {
  contacts: number;
  /** An export under way: both buttons wait. */
  busy: boolean;
  onExport: (kind: ExportKind) => void;
}

/** Exporting contacts to a spreadsheet or an address book; nothing leaves the computer. */
export function ExportButtons({ contacts, busy, onExport }: Props) {
  const none = contacts === 0;
  return (
    <div class="export-buttons">
      <p class="muted" id="export-hint">
        {none
          ? 'No contacts yet: save someone first, then export them here.'
          : `Saves ${contacts === 1 ? 'your one contact' : `all ${contacts} of your contacts`} to a file in your downloads. Nothing is sent anywhere.`}
      </p>
      <div class="form__actions">
        <button
          type="button"
          class="button button--small"
          disabled={none || busy}
          aria-describedby="export-hint"
          onClick={() => onExport('csv')}
        >
          Export contacts (CSV)
        </button>
        <button
          type="button"
          class="button button--small"
          disabled={none || busy}
          aria-describedby="export-hint"
          onClick={() => onExport('vcf')}
        >
          Export contacts (vCard)
        </button>
      </div>
    </div>
  );
}
