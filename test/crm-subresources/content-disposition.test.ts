/**
 * The file name of a download (attachments, photos, bulk results) from its
 * Content-Disposition header, one header per row: RFC 6266 / RFC 5987 forms, quoting, and
 * the broken values proxies send.
 */
import { describe, expect, it } from 'vitest';
import { fileNameFromDisposition } from '../../src/crm/files/content-disposition.js';

describe('fileNameFromDisposition', () => {
  it.each<{ header: string | null; name: string | undefined }>([
    { header: null, name: undefined },
    { header: '', name: undefined },
    { header: 'attachment', name: undefined },
    { header: 'attachment; filename=report.pdf', name: 'report.pdf' },
    { header: 'attachment; filename="Q3 report.pdf"', name: 'Q3 report.pdf' },
    { header: 'attachment; filename="say \\"hi\\".txt"', name: 'say "hi".txt' },
    { header: 'attachment; FILENAME="upper.txt"', name: 'upper.txt' },
    { header: "attachment; filename*=UTF-8''%E2%82%AC%20rates.csv", name: '€ rates.csv' },
    { header: "attachment; filename*=utf-8'en'caf%C3%A9.txt", name: 'café.txt' },
    { header: "attachment; filename*=''plain%20name.txt", name: 'plain name.txt' },
    // The extended form wins over the plain one, which old clients read instead.
    { header: "attachment; filename=\"fallback.txt\"; filename*=UTF-8''%F0%9F%90%87.txt", name: '🐇.txt' },
    { header: "attachment; filename*=ISO-8859-1''caf%E9.txt", name: 'café.txt' },
    // Undecodable extended forms fall back to the plain parameter.
    { header: "attachment; filename*=UTF-8''bad%E2%82.txt; filename=\"safe.txt\"", name: 'safe.txt' },
    { header: "attachment; filename*=Shift_JIS''%82%A0.txt; filename=sjis.txt", name: 'sjis.txt' },
    { header: "attachment; filename*=UTF-8''bad%ZZ", name: undefined },
  ])('$header', ({ header, name }) => {
    expect(fileNameFromDisposition(header)).toBe(name);
  });
});
