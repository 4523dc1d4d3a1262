import { t } from '../i18n';
import type { NoteRecord } from '../db/types';

/** Local "YYYY-MM-DD HH:mm": what a person reads, in their own time zone. */
export function formatLocalTime(ms: number): string {
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** Notes as a Markdown document, newest first, one section per note. */
export function notesToMarkdown(notes: readonly NoteRecord[], exportedAt: number = Date.now()): string {
  const sections = notes.map((note) => {
    const fields = [
      note.fields.need && `- **${t('notes_fieldNeed')}**: ${note.fields.need}`,
      note.fields.promised && `- **${t('notes_fieldPromised')}**: ${note.fields.promised}`,
      note.fields.followUpBy !== null && `- **${t('notes_fieldFollowUpBy')}**: ${formatLocalTime(note.fields.followUpBy)}`,
      note.tags.length > 0 && `- **${t('notes_tags')}**: ${note.tags.join(', ')}`,
    ].filter(Boolean);
    const title = `## ${note.customerName || t('customerUnknown')} · ${formatLocalTime(note.createdAt)}`;
    return [title, '', ...fields, ...(fields.length ? [''] : []), note.body.trim()].join('\n').trimEnd();
  });
  return `# ${t('notes_markdownTitle', formatLocalTime(exportedAt))}\n\n${sections.join('\n\n')}\n`;
}

const BOM = '\uFEFF';

/**
 * CSV for spreadsheets: RFC 4180 quoting, CRLF, and a UTF-8 BOM so Excel reads Japanese as
 * UTF-8. Cells starting with = + - @ get a leading apostrophe so a note can never run as a
 * spreadsheet formula (CSV injection).
 */
export function notesToCsv(notes: readonly NoteRecord[]): string {
  const header = [
    t('notes_csvCreated'),
    t('notes_csvUpdated'),
    t('notes_csvCustomer'),
    t('notes_fieldNeed'),
    t('notes_fieldPromised'),
    t('notes_fieldFollowUpBy'),
    t('notes_tags'),
    t('notes_csvBody'),
    t('notes_csvId'),
  ];
  const rows = notes.map((n) => [
    formatLocalTime(n.createdAt),
    formatLocalTime(n.updatedAt),
    n.customerName ?? '',
    n.fields.need,
    n.fields.promised,
    n.fields.followUpBy === null ? '' : formatLocalTime(n.fields.followUpBy),
    n.tags.join(' '),
    n.body,
    n.id,
  ]);
  return BOM + [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
