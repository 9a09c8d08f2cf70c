import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { formatDate } from '../../utils/i18n/format-date';
import type { DateRange, IsoDate, Notice } from '../../utils/notice/types';
import { useLang, useStrings } from '../shared/i18n';
import { publicityState } from './publicity';
import { WORKSPACE, type WorkspaceStrings } from './strings';

export interface HeaderCardProps {
  notice: Pick<Notice, 'issuer' | 'inspector' | 'round' | 'inspectionPeriod' | 'feedbackDate' | 'publishedDate' | 'publicityPeriod' | 'contacts'>;
  /** ISO date the publicity period is counted against. */
  today: IsoDate;
  /** Copies a phone number (navigator.clipboard in the panel); resolves false when it could not. */
  onCopy: (text: string) => Promise<boolean>;
}

/** The notice at a glance: who published it, about which inspection, when, and whom to contact. */
export function HeaderCard({ notice, today, onCopy }: HeaderCardProps) {
  const t = useStrings(WORKSPACE);
  const lang = useLang();
  const [copyStatus, setCopyStatus] = useState('');
  const date = (iso: IsoDate | null) => (iso ? formatDate(iso, lang) : null);
  const range = (r: DateRange | null) => (r && (r.start || r.end) ? t.range(date(r.start) ?? t.notStated, date(r.end) ?? t.notStated) : null);
  const { phones, emails, postalAddress, postcode } = notice.contacts;
  const hasContacts = phones.length + emails.length > 0 || postalAddress !== null || postcode !== null;

  const copy = async (phone: string) => {
    const ok = await onCopy(phone).catch(() => false);
    setCopyStatus(ok ? t.copied(phone) : t.copyFailed);
  };

  return (
    <section class="ws-card" aria-labelledby="ws-card-title">
      <h2 id="ws-card-title" class="ws-card-title">
        {t.cardLabel}
      </h2>
      <dl class="ws-fields">
        <Field label={t.issuer} value={notice.issuer} t={t} />
        <Field label={t.inspector} value={notice.inspector} t={t} />
        <Field label={t.round} value={notice.round} t={t} />
        <Field label={t.inspectionPeriod} value={range(notice.inspectionPeriod)} t={t} />
        <Field label={t.feedbackDate} value={date(notice.feedbackDate)} t={t} />
        <Field label={t.publishedDate} value={date(notice.publishedDate)} t={t} />
        <Field label={t.publicityPeriod} value={range(notice.publicityPeriod)} t={t}>
          <PublicityBadge period={notice.publicityPeriod} today={today} t={t} />
        </Field>
      </dl>
      <h3 class="ws-subtitle">{t.contacts}</h3>
      {!hasContacts && <p class="ws-missing">{t.notStated}</p>}
      {hasContacts && (
        <dl class="ws-fields">
          {phones.map((phone) => (
            <div class="ws-field" key={`p-${phone}`}>
              <dt>{t.phone}</dt>
              <dd>
                <span class="ws-phone">{phone}</span>{' '}
                <button type="button" class="ws-small-button" aria-label={t.copyPhone(phone)} onClick={() => void copy(phone)}>
                  {t.copy}
                </button>
              </dd>
            </div>
          ))}
          {emails.map((email) => (
            <div class="ws-field" key={`e-${email}`}>
              <dt>{t.email}</dt>
              <dd>
                <a href={`mailto:${email}`}>{email}</a>
              </dd>
            </div>
          ))}
          {postalAddress !== null && <Field label={t.address} value={postalAddress} t={t} />}
          {postcode !== null && <Field label={t.postcode} value={postcode} t={t} />}
        </dl>
      )}
      <p class="visually-hidden" role="status" aria-live="polite">
        {copyStatus}
      </p>
    </section>
  );
}

function Field({ label, value, t, children }: { label: string; value: string | null; t: WorkspaceStrings; children?: ComponentChildren }) {
  return (
    <div class="ws-field">
      <dt>{label}</dt>
      <dd>
        {value ?? <span class="ws-missing">{t.notStated}</span>}
        {children}
      </dd>
    </div>
  );
}

function PublicityBadge({ period, today, t }: { period: DateRange | null; today: IsoDate; t: WorkspaceStrings }) {
  const s = publicityState(period, today);
  if (!s) return null;
  const text = s.kind === 'left' ? t.daysLeft(s.days) : s.kind === 'last-day' ? t.lastDay : s.kind === 'ended' ? t.ended : t.notStarted;
  return <span class={`ws-badge ws-badge-${s.kind}`}>{text}</span>;
}
