import { describe, expect, it } from 'vitest';
import { escapeMarkdown, mermaidText } from '../../src/render/markdown-escape.js';

describe('escapeMarkdown and mentions', () => {
  it('keeps @name from mentioning anyone, with a zero-width space after the @', () => {
    expect(escapeMarkdown('Fråga @kassa-teamet och @org/design')).toBe('Fråga @&#8203;kassa-teamet och @&#8203;org/design');
    expect(escapeMarkdown('anna@example.se')).toBe('anna@&#8203;example.se');
  });

  it('keeps an email address from becoming a mailto link, even with an escaped first character', () => {
    expect(escapeMarkdown('a@b.se och x@_y.se')).toBe('a@&#8203;b.se och x@&#8203;\\_y.se');
  });

  it('keeps web addresses from becoming links, reading the same without the zero-width spaces', () => {
    const text = 'Se https://evil.example/x, HTTP://a.se, ftp://f.se och www.example.se eller WWW.Example.se';
    const escaped = escapeMarkdown(text);
    expect(escaped).toBe('Se https:&#8203;//evil.example/x, HTTP:&#8203;//a.se, ftp:&#8203;//f.se och www&#8203;.example.se eller WWW&#8203;.Example.se');
    expect(escaped.replaceAll('&#8203;', '')).toBe(text);
  });

  it('leaves an @ that starts no name as it is', () => {
    expect(escapeMarkdown('10 @ 5 kr, @')).toBe('10 @ 5 kr, @');
  });
});

describe('mermaidText', () => {
  it('keeps letters, digits, spaces and plain punctuation', () => {
    expect(mermaidText('Sprint 4 – höst (v. 42), del 1/2', 40)).toBe('Sprint 4 – höst (v. 42), del 1/2');
    expect(mermaidText("Kund's bästa_vecka: 3+1", 40)).toBe("Kund's bästa_vecka: 3+1");
  });

  it('drops what mermaid or the fence around it would read as syntax', () => {
    const hostile = 'A "citat" `kod` ```\n%%{init: {"theme":"dark"}}%% #quot; <img src=x> [x] | @anna \u001b[2J \u202eB';
    const safe = mermaidText(hostile, 200);
    expect(safe).toBe('A citat kod init: theme : dark quot img src x x anna 2J B');
    expect(safe).not.toMatch(/["`%{}#<>[\]|@;\p{Cc}\u202e]/u);
  });

  it('cuts long labels to the width, without a space before the ellipsis', () => {
    expect(mermaidText('Sprint med ett mycket långt namn', 12)).toBe('Sprint med…');
    expect(mermaidText('"""', 12)).toBe('');
  });
});
