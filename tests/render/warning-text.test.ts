// A warning as data and in a language: every notice's English text is exactly the text the
// JSON carries, reads back as the same notice, and is written from the catalogue in Swedish;
// the one function that prints warnings on stderr writes them in the translator's language.
import { describe, expect, it } from 'vitest';
import { printWarnings } from '../../src/commands/print-warnings.js';
import { warnSkipped } from '../../src/commands/skipped-warning.js';
import { NOTICE_TEXTS, type Notice, type NoticeKey, noticeText, readNotice } from '../../src/model/notice.js';
import { describeSkipped, skippedNotice } from '../../src/model/skipped-records.js';
import { messages } from '../../src/render/messages/index.js';
import { noticeIn, skippedIn, warningIn } from '../../src/render/warning-text.js';
import { futurePeriodWarning } from '../../src/report/future-period.js';
import { NO_GIT_WARNING, SHALLOW_WARNING } from '../../src/store/git-history.js';

const en = messages('en');
const sv = messages('sv');

/** One notice of every key, with params of the shapes the code gives (days ISO, counts numbers). */
const SAMPLES: Record<NoticeKey, Notice['params'][]> = {
  'warning.noGit': [{}],
  'warning.shallow': [{}],
  'warning.notAsOf': [{ day: '2026-10-04' }],
  'warning.uncommitted': [
    { n: 1, day: '2026-09-15' },
    { n: 3, day: '2026-09-15' },
  ],
  'warning.periodStarts': [{ day: '2026-12-21' }],
  'warning.namedSprintStarts': [{ sprint: 'Höst', day: '2026-12-21' }],
  'warning.sprintStarts': [{ sprint: '9', day: '2026-12-21' }],
  'warning.leftOut': [
    { n: 1, files: 'learning/hypotheses/a.yaml' },
    { n: 2, files: 'learning/a.yaml, learning/b.yaml' },
  ],
  'warning.leftOutMore': [{ n: 7, files: 'a, b, c, d, e', more: 2 }],
  'warning.listedWithErrors': [{ n: 1, files: 'learning/hypotheses/a.yaml' }],
  'warning.listedWithErrorsMore': [{ n: 8, files: 'a, b, c, d, e', more: 3 }],
};

const notices: Notice[] = (Object.keys(NOTICE_TEXTS) as NoticeKey[]).flatMap((key) => SAMPLES[key].map((params) => ({ key, params })));

function stderr(): { ctx: { stderr: { write: (text: string) => boolean } }; text: () => string } {
  let written = '';
  return {
    ctx: {
      stderr: {
        write: (text: string) => {
          written += text;
          return true;
        },
      },
    },
    text: () => written,
  };
}

describe('a notice', () => {
  it('has a sample of every key here', () => {
    expect(Object.keys(SAMPLES).sort()).toEqual(Object.keys(NOTICE_TEXTS).sort());
  });

  it.each(notices.map((notice) => [noticeText(notice), notice] as const))('"%s" reads back as its notice, the same in English', (text, notice) => {
    expect(readNotice(text)).toEqual(notice);
    expect(noticeIn(notice, en)).toBe(text);
    expect(warningIn(text, en)).toBe(text);
  });

  it.each(notices.map((notice) => [notice.key, notice] as const))('%s is Swedish with every placeholder filled', (_key, notice) => {
    const swedish = noticeIn(notice, sv);
    expect(swedish).not.toBe(noticeText(notice));
    expect(swedish).not.toMatch(/\{\w+\}/);
    expect(warningIn(noticeText(notice), sv)).toBe(swedish);
  });

  it('keeps the English texts the JSON has always had', () => {
    expect(NO_GIT_WARNING).toBe('not a git repository: ages count from each record’s `created` field alone');
    expect(SHALLOW_WARNING).toBe(
      'this is a shallow clone: records may look younger than they are. Fetch the whole history (actions/checkout with fetch-depth: 0, or git fetch --unshallow)',
    );
    expect(noticeText({ key: 'warning.uncommitted', params: { n: 1, day: '2026-09-15' } })).toBe(
      '1 record has no commits yet: shown as it is now, not as of 2026-09-15',
    );
    expect(noticeText({ key: 'warning.uncommitted', params: { n: 2, day: '2026-09-15' } })).toBe(
      '2 records have no commits yet: shown as they are now, not as of 2026-09-15',
    );
    const files = Array.from({ length: 7 }, (_, index) => ({ file: `learning/h${index}.yaml` }));
    expect(describeSkipped(files)).toBe(
      '7 records left out for errors: learning/h0.yaml, learning/h1.yaml, learning/h2.yaml, learning/h3.yaml, learning/h4.yaml and 2 more (hypo check shows why)',
    );
    expect(describeSkipped(files.slice(0, 1), 'listedWithErrors')).toBe('1 record listed with errors: learning/h0.yaml (hypo check shows why)');
    expect(describeSkipped([])).toBeUndefined();
  });

  it('writes days, counts and sprints the Swedish way', () => {
    expect(warningIn(NO_GIT_WARNING, sv)).toBe('inte ett git-repo: åldrarna räknas enbart från varje posts fält `created`');
    expect(warningIn('not a git repository: the records are shown as they are now, not as of 2026-10-04', sv)).toBe(
      'inte ett git-repo: posterna visas som de är nu, inte per 4 okt 2026',
    );
    expect(warningIn('2 records have no commits yet: shown as they are now, not as of 2026-09-15', sv)).toBe(
      '2 poster har inga commits än: visas som de är nu, inte per 15 sep 2026',
    );
    const named = futurePeriodWarning({ period: { since: '2026-12-21', until: '2027-01-03', label: 'Jul' }, config: { sprints: [] } });
    const numbered = futurePeriodWarning({ period: { since: '2026-12-21', until: '2027-01-03', label: 'Sprint 9' }, config: {} });
    expect([named, numbered]).toEqual(['sprint "Jul" starts on 2026-12-21', 'sprint 9 starts on 2026-12-21']);
    expect([warningIn(named, sv), warningIn(numbered, sv)]).toEqual(['sprinten ”Jul” börjar 21 dec 2026', 'sprint 9 börjar 21 dec 2026']);
    const files = Array.from({ length: 6 }, (_, index) => ({ file: `h${index}.yaml` }));
    expect(skippedIn(files, sv)).toBe('6 poster utelämnade på grund av fel: h0.yaml, h1.yaml, h2.yaml, h3.yaml, h4.yaml och 1 till (hypo check säger varför)');
    expect(skippedNotice(files)?.params).toEqual({ n: 6, files: 'h0.yaml, h1.yaml, h2.yaml, h3.yaml, h4.yaml', more: 1 });
  });

  it('leaves a text that is no notice of hypo as it is, in any language', () => {
    for (const text of [
      'git history is shallow',
      '1 records have no commits yet: shown as they are now, not as of 2026-09-15',
      'sprint 9 starts on tomorrow',
    ]) {
      expect(readNotice(text)).toBeUndefined();
      expect(warningIn(text, sv)).toBe(text);
    }
  });
});

describe('printing the warnings on stderr', () => {
  const warnings = [SHALLOW_WARNING, 'not a git repository: the records are shown as they are now, not as of 2026-10-04'];

  it('writes one English line each without a translator, as every command always has', () => {
    const out = stderr();
    printWarnings(out.ctx, warnings);
    expect(out.text()).toBe(`hypo: warning: ${warnings[0]}\nhypo: warning: ${warnings[1]}\n`);
  });

  it("writes them in the translator's language", () => {
    const out = stderr();
    printWarnings(out.ctx, warnings, sv);
    expect(out.text()).toBe(
      `hypo: varning: ${warningIn(SHALLOW_WARNING, sv)}\nhypo: varning: inte ett git-repo: posterna visas som de är nu, inte per 4 okt 2026\n`,
    );
    expect(out.text()).toContain('grund klon');
  });

  it('never lets a control character of a warning start a line of its own', () => {
    const out = stderr();
    printWarnings(out.ctx, ['sprint "x\nhypo: ok" starts on 2026-12-21'], sv);
    expect(out.text().split('\n')).toHaveLength(2);
  });

  it("names the records left out in the translator's language", () => {
    const out = stderr();
    const skipped = [{ file: 'learning/hypotheses/trasig.yaml', line: 1, column: 1, rule: 'invalid-record', message: 'x' }];
    warnSkipped(out.ctx, skipped);
    warnSkipped(out.ctx, skipped, 'leftOut', sv);
    warnSkipped(out.ctx, skipped, 'listedWithErrors', sv);
    expect(out.text()).toBe(
      [
        '⚠ 1 record left out for errors: learning/hypotheses/trasig.yaml (hypo check shows why)',
        '⚠ 1 post utelämnad på grund av fel: learning/hypotheses/trasig.yaml (hypo check säger varför)',
        '⚠ 1 post listad trots fel: learning/hypotheses/trasig.yaml (hypo check säger varför)',
        '',
      ].join('\n'),
    );
  });
});
