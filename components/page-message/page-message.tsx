import type { ComponentChildren } from 'preact';

interface Props {
  title: string;
  children?: ComponentChildren;
  tone?: 'info' | 'error';
}

/** A plain-words message in place of a person: loading, no profile, an error. */
export function PageMessage({ title, children, tone = 'info' }: Props) {
  return (
    <div class={`page-message page-message--${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      <h2>{title}</h2>
      {children}
    </div>
  );
}
