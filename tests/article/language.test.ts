/**
 * The language gate (issue 15): an article is English unless its text shows another language clearly;
 * a declared language decides only with a text that is not clearly English. Made-up texts.
 */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { articleLanguage, primaryLanguage, textLanguage } from '../../lib/article/language';
import { declaredLanguage } from '../../lib/article/meta';
import { languageName, notEnglishLine } from '../../lib/article/language-names';
import { formatNotesTable } from '../../lib/format-notes';
import { toContractJson } from '../../lib/notes';
import { annotateHtml, annotateText } from '../../lib/cli/annotate-file';
import { loadKnowledgeIndex } from '../../lib/cli/project';

const ENGLISH =
  'The mayor of Eastfield said on Tuesday that the bridge over the river would reopen in May, after two years of work. ' +
  'Residents have complained about the traffic, and the council has promised a new bus line for the town.';
const FRENCH =
  'Le maire de Valbourg a déclaré mardi que le pont sur la rivière rouvrira en mai, après deux ans de travaux. ' +
  "Les habitants se plaignent de la circulation, et le conseil a promis une nouvelle ligne de bus pour la ville qu'il dirige.";
const GERMAN =
  'Der Bürgermeister von Talheim sagte am Dienstag, dass die Brücke über den Fluss im Mai wieder geöffnet wird. ' +
  'Die Anwohner beklagen sich über den Verkehr, und der Rat hat eine neue Buslinie für die Stadt versprochen.';
const SPANISH =
  'El alcalde de Villaverde dijo el martes que el puente sobre el río volverá a abrir en mayo, después de dos años de obras. ' +
  'Los vecinos se quejan del tráfico, y el consejo ha prometido una nueva línea de autobús para la ciudad.';
const ITALIAN =
  'Il sindaco di Montefiore ha detto martedì che il ponte sul fiume sarà riaperto a maggio, dopo due anni di lavori. ' +
  'Gli abitanti si lamentano del traffico, e il consiglio ha promesso una nuova linea di autobus per la città.';
const PORTUGUESE =
  'O prefeito de Vila Nova disse na terça-feira que a ponte sobre o rio será reaberta em maio, depois de dois anos de obras. ' +
  'Os moradores se queixam do trânsito, e o conselho prometeu uma nova linha de ônibus para a cidade.';
const DUTCH =
  'De burgemeester van Zandvoort zei dinsdag dat de brug over de rivier in mei weer open gaat, na twee jaar werk. ' +
  'De bewoners klagen over het verkeer, en de raad heeft een nieuwe buslijn voor de stad beloofd.';
const RUSSIAN =
  'Мэр города заявил во вторник, что мост через реку будет снова открыт в мае после двух лет работ. Жители жалуются на пробки.';
const JAPANESE =
  '市長は火曜日、川にかかる橋が二年間の工事を経て五月に再開すると述べた。住民は交通渋滞について不満を述べている。';
const CHINESE =
  '市长周二表示，河上的大桥经过两年施工后将于五月重新开放。居民抱怨交通拥堵，市议会承诺为城市开通新的公交线路。';
const SCORES =
  'Soccer - Westland first division results.\nNORTHPORT 2026-03-14\nResults of Westland first division matches on Saturday:\n' +
  'Real Villaverde 2 Deportivo de La Costa 1\nAtletico de Sanmarco 0 Racing de Puerto 0\nUnion Norte 3 Sporting de Lago 1\n' +
  'Standings: Real Villaverde 12 points, Union Norte 10, Racing de Puerto 9, Atletico de Sanmarco 7.';
const ENGLISH_WITH_FRENCH_QUOTE =
  `${ENGLISH} "Nous ne céderons pas, et le pont sera prêt pour la fête de la ville," the mayor told reporters in French. ` +
  'She said the work would cost more than the council had planned, but that the town could pay for it.';

describe('articleLanguage', () => {
  it('takes English text for English, with or without a declared English lang', () => {
    expect(articleLanguage(ENGLISH, null)).toEqual({ code: 'en', english: true });
    expect(articleLanguage(ENGLISH, 'en-GB')).toEqual({ code: 'en', english: true });
  });

  it('tells French, German, Spanish, Italian, Portuguese and Dutch texts by their function words', () => {
    const cases: [string, string][] = [
      [FRENCH, 'fr'],
      [GERMAN, 'de'],
      [SPANISH, 'es'],
      [ITALIAN, 'it'],
      [PORTUGUESE, 'pt'],
      [DUTCH, 'nl'],
    ];
    for (const [text, code] of cases) {
      expect(articleLanguage(text, null), code).toEqual({ code, english: false });
      expect(articleLanguage(text, 'en'), `${code} mislabelled en`).toEqual({ code, english: false });
    }
  });

  it('tells texts mostly in another script', () => {
    expect(articleLanguage(RUSSIAN, null)).toEqual({ code: 'und', english: false });
    expect(articleLanguage(RUSSIAN, 'uk-UA')).toEqual({ code: 'uk', english: false });
    expect(articleLanguage(JAPANESE, null)).toEqual({ code: 'ja', english: false });
    expect(articleLanguage(CHINESE, null)).toEqual({ code: 'zh', english: false });
    expect(articleLanguage(CHINESE, 'zh-TW')).toEqual({ code: 'zh', english: false });
  });

  it('keeps an English article with a French quote English', () => {
    expect(articleLanguage(ENGLISH_WITH_FRENCH_QUOTE, null)).toEqual({ code: 'en', english: true });
  });

  it('keeps an English page mislabelled lang="fr" English: a declared lang alone never decides', () => {
    expect(articleLanguage(ENGLISH, 'fr')).toEqual({ code: 'en', english: true });
    expect(articleLanguage(ENGLISH_WITH_FRENCH_QUOTE, 'fr-FR')).toEqual({ code: 'en', english: true });
  });

  it('keeps a score table English (few function words), unless the page declares another language', () => {
    expect(textLanguage(SCORES)).toMatchObject({ other: null, clearlyEnglish: false });
    expect(articleLanguage(SCORES, null)).toEqual({ code: 'en', english: true });
    expect(articleLanguage(SCORES, 'es-ES')).toEqual({ code: 'es', english: false });
  });

  it('keeps a short text English', () => {
    expect(articleLanguage('Le pont rouvrira.', null).english).toBe(true);
    expect(articleLanguage('', null).english).toBe(true);
  });
});

describe('the declared language', () => {
  const doc = (html: string) => parseHTML(html).document as unknown as Document;
  it('reads <html lang>, then content-language, then og:locale', () => {
    expect(declaredLanguage(doc('<html lang="fr-FR"><head></head><body></body></html>'))).toBe('fr-FR');
    expect(
      declaredLanguage(
        doc('<html><head><meta http-equiv="Content-Language" content="de, en"></head><body></body></html>'),
      ),
    ).toBe('de');
    expect(
      declaredLanguage(doc('<html><head><meta property="og:locale" content="es_ES"></head><body></body></html>')),
    ).toBe('es_ES');
    expect(declaredLanguage(doc('<html><head></head><body></body></html>'))).toBe(null);
  });
  it('keeps the language code of a tag', () => {
    expect(primaryLanguage('fr-FR')).toBe('fr');
    expect(primaryLanguage('es_ES')).toBe('es');
    expect(primaryLanguage(' EN ')).toBe('en');
    expect(primaryLanguage('')).toBe(null);
    expect(primaryLanguage('français')).toBe(null);
  });
});

describe('the line for an article not in English', () => {
  it('names the language in English', () => {
    expect(languageName('fr')).toBe('French');
    expect(notEnglishLine({ code: 'fr' })).toBe(
      'This article seems to be in French. News Lens reads English-language news only.',
    );
    expect(notEnglishLine({ code: 'und' })).toBe(
      'This article does not seem to be in English. News Lens reads English-language news only.',
    );
  });
});

describe('a page not in English, read by the command line', () => {
  const index = loadKnowledgeIndex();
  const page = (lang: string, body: string) =>
    `<!doctype html><html lang="${lang}"><head><title>Le pont</title></head><body><article><h1>Le pont de Valbourg</h1>` +
    `<p>${body}</p><p>« Nous serons prêts », a déclaré Marie Dupont, la maire de Valbourg, devant le Conseil Municipal.</p></article></body></html>`;

  it('makes no actors, claims or figures, and says the language', () => {
    const notes = annotateHtml(page('fr', FRENCH), 'https://example.fr/pont', index);
    expect(notes.actors).toEqual([]);
    expect(notes.claims).toEqual([]);
    expect(notes.language).toEqual({ code: 'fr', english: false });
    expect(toContractJson(notes)).toMatchObject({ language: { code: 'fr', english: false } });
    expect(formatNotesTable(notes)).toContain(
      'This article seems to be in French. News Lens reads English-language news only.',
    );
  });

  it('reads an English page as before, with no language field', () => {
    const html = `<!doctype html><html lang="fr"><body><article><p>${ENGLISH}</p><p>“We are on schedule,” said Ann Lee, the mayor of Eastfield.</p></article></body></html>`;
    const notes = annotateHtml(html, null, index);
    expect(notes.language).toBeUndefined();
    expect(notes.claims.length).toBeGreaterThan(0);
    expect('language' in toContractJson(notes)).toBe(false);
  });
});

describe('a .txt not in English, read by the command line', () => {
  it('makes no findings and says the language', () => {
    const notes = annotateText(`${FRENCH}\n${FRENCH}`, loadKnowledgeIndex());
    expect(notes.language).toEqual({ code: 'fr', english: false });
    expect([notes.actors, notes.claims]).toEqual([[], []]);
  });
});
