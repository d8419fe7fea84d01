import type { Balance } from '../../lib/ladder';

const LEANING: Record<Balance['leaning'], string> = {
  giving: 'You have given more than you asked: a good footing for an ask.',
  even: 'Given and asked are even: keep giving before the next ask.',
  asking: 'You have asked more than you gave: give something before the next ask.',
};

/** Value given against asks made, at a glance (DOMAIN.md §5). */
export function BalanceBar({ balance }: { balance: Balance }) {
  const total = Math.max(1, balance.given + balance.asks);
  return (
    <section class={`balance balance--${balance.leaning}`} aria-label="Balance of value given and asks made">
      <div class="balance__bar" aria-hidden="true">
        <span class="balance__given" style={{ width: `${(balance.given / total) * 100}%` }} />
        <span class="balance__asks" style={{ width: `${(balance.asks / total) * 100}%` }} />
      </div>
      <p>
        <strong>{balance.given}</strong> given · <strong>{balance.asks}</strong> asked
        {balance.received > 0 && ` · ${balance.received} pieces of advice received`}
      </p>
      <p class="muted">{LEANING[balance.leaning]}</p>
    </section>
  );
}
