// The journey map's renderers on hand-built maps: hostile names stay text, text stays within 80 columns.
import { describe, expect, it } from 'vitest';
import { renderJourneyMarkdown } from '../../src/render/journey-markdown.js';
import { renderJourneyText } from '../../src/render/journey-text.js';
import { PLAIN_PAINTER } from '../../src/render/painter.js';
import { HOSTILE_NAME, sampleJourney } from '../helpers/journey-fixtures.js';

describe('journey text', () => {
  it('groups by phase, shows flags and the phase with nothing, within 80 columns', () => {
    const text = renderJourneyText(sampleJourney(HOSTILE_NAME.repeat(3)), PLAIN_PAINTER);
    for (const line of text.trimEnd().split('\n')) expect([...line].length, line).toBeLessThanOrEqual(80);
    expect(text).not.toContain('\u001b');
    expect(text).toContain('⚠ no hypothesis at any stage after the contact');
    expect(text).toContain('    ⚠ guessing: nothing tested · KPIs only, no customer metric');
    expect(text).toContain('    metrics      2 customer (time 1, money 1)');
  });

  it('says when there are no stages', () => {
    expect(renderJourneyText({ ...sampleJourney(), stages: [], phasesWithoutHypotheses: [] }, PLAIN_PAINTER)).toBe(
      'Journey map as of 2026-11-25\n\n  no journey stages: list them under journey in hypo.config.yaml\n',
    );
  });
});

describe('journey markdown', () => {
  it('has a journey diagram and a table row per stage', () => {
    const markdown = renderJourneyMarkdown(sampleJourney());
    expect(markdown).toContain('```mermaid\njourney\n');
    expect(markdown).toContain('  section Before\n    hitta: 1: business\n  section During\n    köpa: 5: customer\n    använda: 1: no metric\n');
    expect(markdown).toContain(
      '| Before | hitta | 1 · 1 open | 1 none | 1 business KPI | sök 1 | – | ⚠ guessing: nothing tested · ⚠ KPIs only, no customer metric |',
    );
  });

  it('keeps a hostile name plain text in the table and a safe label in the diagram', () => {
    const markdown = renderJourneyMarkdown(sampleJourney(HOSTILE_NAME));
    expect(markdown).not.toContain('<img');
    expect(markdown).not.toContain('\u001b');
    expect(markdown.split('```')[1]).not.toMatch(/%%|[#;"`<>]/);
    const rows = markdown.split('\n').filter((line) => line.startsWith('| During'));
    for (const row of rows) expect(row.split(/(?<!\\)\|/).length).toBe(10);
    const task = markdown.split('\n').find((line) => line.startsWith('    Kassan'))!;
    expect(task.split(':')).toHaveLength(3);
  });
});
