import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  AmbiguousFile,
  buildKnowledge,
  CODE_ALIASES,
  CountryExtra,
  findCollisions,
  findDanglingReferences,
  findDuplicateIds,
  formatPath,
  generateCountries,
  mergeCountryExtras,
  normaliseName,
  pluralDemonym,
  preferredFirst,
  summarise,
  validateSource,
  type WorldCountry,
} from '../../lib/knowledge/build';
import { Entity, KnowledgeFile, Topic, type EntityInput } from '../../lib/knowledge/schema';
import { buildKnowledgeIndex } from '../../lib/knowledge/index';
import { readBuildInput, ROOT } from '../../scripts/build-knowledge';

const worldCountries = JSON.parse(
  readFileSync(join(ROOT, 'node_modules/world-countries/countries.json'), 'utf8'),
) as WorldCountry[];

const entity = (input: EntityInput): Entity => Entity.parse(input);
const at = <T>(item: T, file = 'test.json') => ({ file, item });
const topic = (id: string, extra: Partial<Topic> = {}): Topic =>
  Topic.parse({
    id,
    type: 'topic',
    name: id,
    description: 'A test topic',
    keywords: ['test'],
    facts: [{ text: 'A fact.', asOf: '2025-06-01', source: 'https://en.wikipedia.org/wiki/Test' }],
    ...extra,
  });

describe('the real knowledge sources', () => {
  const { input, errors: readErrors } = readBuildInput();
  const result = buildKnowledge(input);

  it('build with no errors', () => {
    expect([...readErrors, ...result.errors]).toEqual([]);
    expect(result.knowledge).toBeDefined();
  });

  it('produce a file that KnowledgeFile accepts, dated 2025-06-01', () => {
    const file = KnowledgeFile.parse(JSON.parse(JSON.stringify(result.knowledge)));
    expect(file.version).toBe(1);
    expect(file.knowledgeDate).toBe('2025-06-01');
  });

  it('give a one-line summary with counts and sizes', () => {
    const line = summarise(result.knowledge!, 1_200_000, 200_000);
    expect(line).not.toContain('\n');
    expect(line).toMatch(/\d+ entities \(.*\d+ country.*\); \d+ people with roles; \d+ topics .* raw, .* gzipped/);
  });

  it('keep every alias of the two Washingtons and Georgias resolvable through ambiguous.json', () => {
    const aliases = result.ambiguous.map((a) => normaliseName(a.alias));
    expect(aliases).toEqual(expect.arrayContaining(['washington', 'georgia']));
  });

  it('offer every shared alias’s preferred reading first when the context gives no clue', () => {
    const index = buildKnowledgeIndex(result.knowledge!);
    const rules = result.ambiguous.filter((a) => a.prefer);
    expect(rules.length).toBeGreaterThan(5);
    for (const rule of rules) {
      const readings = index
        .lookup(rule.alias)
        .map((e) => e.id)
        .filter((id) => rule.ids.includes(id));
      expect(readings[0], rule.alias).toBe(rule.prefer);
    }
  });
});

describe('preferredFirst', () => {
  const list = ['a', 'b', 'c', 'd'].map((id) => ({ id }));
  const rule = (alias: string, ids: string[], prefer: string) => ({ alias, ids, prefer, rule: 'test rule' });
  it('moves a preferred entry just before the first entry it shares an alias with', () => {
    expect(preferredFirst(list, [rule('x', ['b', 'd'], 'd')]).entities.map((e) => e.id)).toEqual(['a', 'd', 'b', 'c']);
    expect(preferredFirst(list, [rule('x', ['a', 'b'], 'a')]).entities.map((e) => e.id)).toEqual(['a', 'b', 'c', 'd']);
  });
  it('reports rules that contradict each other', () => {
    const { errors } = preferredFirst(list, [rule('x', ['a', 'b'], 'b'), rule('y', ['a', 'b'], 'a')]);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/"x" prefers b/);
  });
});

describe('generateCountries', () => {
  const countries = buildKnowledge(readBuildInput().input).knowledge!.entities.filter((e) => e.type === 'country');
  const byId = new Map(countries.map((c) => [c.id, c]));

  it('makes one entity per world-countries record', () => {
    expect(generateCountries(worldCountries)).toHaveLength(worldCountries.length);
    expect(countries).toHaveLength(250);
  });

  it('fills names, codes, capital, region, demonyms, description, link and a capital fact', () => {
    const gbr = byId.get('country:gbr')!;
    expect(gbr.name).toBe('United Kingdom');
    expect(gbr.officialName).toBe('United Kingdom of Great Britain and Northern Ireland');
    expect(gbr.iso2).toBe('GB');
    expect(gbr.iso3).toBe('GBR');
    expect(gbr.capital).toBe('London');
    expect(gbr.region).toContain('Northern Europe');
    expect(gbr.description).toBe('Country in Northern Europe; capital London');
    expect(gbr.links.wikipedia).toBe('https://en.wikipedia.org/wiki/United_Kingdom');
    expect(gbr.facts[0]).toMatchObject({ asOf: '2025-06-01', source: 'https://en.wikipedia.org/wiki/United_Kingdom' });
    expect(gbr.facts[0].text).toContain('London');
    expect(byId.get('country:geo')!.links.wikipedia).toBe('https://en.wikipedia.org/wiki/Georgia_(country)');
  });

  it('merges the hand-written extras', () => {
    expect(byId.get('country:gbr')!.aliases).toEqual(
      expect.arrayContaining(['UK', 'Britain', 'Great Britain', 'the UK', 'U.K.']),
    );
    expect(byId.get('country:gbr')!.demonyms).toEqual(expect.arrayContaining(['British', 'Briton', 'Britons']));
    expect(byId.get('country:usa')!.aliases).toEqual(
      expect.arrayContaining(['US', 'USA', 'America', 'U.S.', 'the States']),
    );
    expect(byId.get('country:usa')!.demonyms).toEqual(expect.arrayContaining(['American', 'Americans']));
    expect(byId.get('country:rus')!.demonyms).toEqual(expect.arrayContaining(['Russian', 'Russians']));
    expect(byId.get('country:prk')!.demonyms).toContain('North Korean');
    expect(byId.get('country:nld')!.aliases).toContain('Holland');
    expect(byId.get('country:are')!.aliases).toContain('UAE');
    expect(byId.get('country:cod')!.aliases).toContain('DRC');
    expect(byId.get('country:flk')!.country).toBe('country:gbr');
  });

  it('never turns ordinary English words into country aliases', () => {
    const words = [
      'IN',
      'IT',
      'IS',
      'NO',
      'ME',
      'AM',
      'BE',
      'TO',
      'SO',
      'AT',
      'AS',
      'OR',
      'ON',
      'AN',
      'BY',
      'DO',
      'GO',
      'HE',
      'HI',
      'MY',
      'OF',
      'UP',
      'WE',
      'Island',
    ];
    for (const c of countries) {
      for (const alias of c.aliases) {
        expect(words, `${c.id} alias ${alias}`).not.toContain(alias);
        if (/^[A-Z]{2,3}$/.test(alias)) expect(CODE_ALIASES.has(alias), `${c.id} code alias ${alias}`).toBe(true);
      }
    }
  });

  it('pluralises demonyms only where English does', () => {
    expect(pluralDemonym('Russian')).toBe('Russians');
    expect(pluralDemonym('Czech')).toBe('Czechs');
    expect(pluralDemonym('British')).toBeUndefined();
    expect(pluralDemonym('Chinese')).toBeUndefined();
    expect(pluralDemonym('Swiss')).toBeUndefined();
  });
});

describe('mergeCountryExtras', () => {
  const generated = generateCountries(worldCountries.filter((c) => c.cca3 === 'GBR'));

  it('unions arrays and replaces scalars', () => {
    const { entities, errors } = mergeCountryExtras(generated, [
      CountryExtra.parse({
        id: 'country:gbr',
        aliases: ['Britain', 'UK'],
        demonyms: ['Briton'],
        description: 'Replaced',
        removeFields: ['region'],
      }),
    ]);
    expect(errors).toEqual([]);
    expect(entities[0].aliases).toEqual(expect.arrayContaining(['UK', 'Great Britain', 'Britain']));
    expect(entities[0].aliases!.filter((a) => a === 'UK')).toHaveLength(1);
    expect(entities[0].demonyms).toEqual(['British', 'Briton']);
    expect(entities[0].description).toBe('Replaced');
    expect(entities[0].region).toBeUndefined();
    expect(entities[0].facts).toHaveLength(1);
  });

  it('reports extras for countries that do not exist', () => {
    const { errors } = mergeCountryExtras(generated, [CountryExtra.parse({ id: 'country:xyz' })]);
    expect(errors).toEqual(['countries-extra.json: countries[0].id: no generated country has id "country:xyz"']);
  });
});

describe('validateSource', () => {
  it('reports zod issues with their path', () => {
    const { errors, source } = validateSource('people-test.json', {
      entities: [
        {
          id: 'someone',
          type: 'person',
          name: 'Someone',
          description: 'A person',
          roles: [{ title: 'Mayor', of: 'somewhere', kind: 'other', from: 'last year', to: null }],
        },
      ],
    });
    expect(source).toBeUndefined();
    expect(errors).toEqual(['people-test.json: entities[0].roles[0].from: expected a date (YYYY-MM-DD) (id someone)']);
  });

  it('reports keys the schema would drop', () => {
    const { errors } = validateSource('orgs-test.json', {
      entities: [{ id: 'x', type: 'organization', name: 'X', description: 'An org', alias: ['Y'] }],
    });
    expect(errors).toEqual(['orgs-test.json: entities[0].alias: unknown key']);
  });

  it('formats paths the way the build prints them', () => {
    expect(formatPath(['entities', 12, 'roles', 0, 'from'])).toBe('entities[12].roles[0].from');
  });
});

describe('cross-file checks', () => {
  const nato = entity({
    id: 'nato',
    type: 'organization',
    name: 'NATO',
    aliases: ['Nato'],
    description: 'An alliance',
  });

  it('finds duplicate ids across files, entities and topics', () => {
    const errors = findDuplicateIds([at(nato, 'a.json'), at({ id: 'nato' }, 'b.json'), at(topic('nato'), 'c.json')]);
    expect(errors).toEqual([
      'b.json: duplicate id "nato" (first defined in a.json)',
      'c.json: duplicate id "nato" (first defined in a.json)',
    ]);
  });

  it('finds dangling roles, countries, speaksFor and related', () => {
    const person = entity({
      id: 'p',
      type: 'person',
      name: 'P',
      description: 'A person',
      country: 'country:zzz',
      speaksFor: 'nobody',
      related: ['nato', 'missing-topic'],
      roles: [{ title: 'Chief', of: 'ghost-org', kind: 'other', from: '2020-01-01', to: null }],
    });
    const errors = findDanglingReferences([at(nato), at(person)], [at(topic('t', { related: ['nato', 'gone'] }))]);
    expect(errors).toEqual([
      'test.json: p: roles[0].of names no entity: "ghost-org"',
      'test.json: p: country names no country: "country:zzz"',
      'test.json: p: speaksFor names no entity: "nobody"',
      'test.json: p: related names nothing: "missing-topic"',
      'test.json: t: related names nothing: "gone"',
    ]);
  });

  it('finds the same name on two entities of one type, after normalising', () => {
    const a = entity({ id: 'whangarei', type: 'place', name: 'Whangārei', description: 'A city' });
    const b = entity({ id: 'whangarei-2', type: 'place', name: 'Whangarei', description: 'A copy' });
    const c = entity({ id: 'o-neill', type: 'place', name: 'O’Neill Park', description: 'A park' });
    const d = entity({ id: 'o-neill-2', type: 'place', name: "O'Neill Park", description: 'Another park' });
    expect(findCollisions([a, b, c, d])).toEqual([
      { alias: 'O’Neill Park', type: 'place', ids: ['o-neill', 'o-neill-2'] },
      { alias: 'Whangārei', type: 'place', ids: ['whangarei', 'whangarei-2'] },
    ]);
  });

  it('allows a shared name across types, or with a rule in ambiguous.json', () => {
    const dc = entity({
      id: 'washington-dc',
      type: 'place',
      name: 'Washington, D.C.',
      aliases: ['Washington'],
      description: 'A city',
    });
    const state = entity({ id: 'washington-state', type: 'place', name: 'Washington', description: 'A state' });
    const gov = entity({
      id: 'us-government',
      type: 'organization',
      name: 'US government',
      aliases: ['Washington'],
      description: 'A government',
    });
    expect(findCollisions([dc, gov])).toEqual([]);
    expect(findCollisions([dc, state, gov])).toEqual([
      { alias: 'Washington', type: 'place', ids: ['washington-dc', 'washington-state'] },
    ]);
    const rule = AmbiguousFile.parse({
      aliases: [
        { alias: 'Washington', ids: ['washington-dc', 'washington-state'], rule: 'city unless the state is meant' },
      ],
    });
    expect(findCollisions([dc, state, gov], rule.aliases)).toEqual([]);
  });
});

describe('buildKnowledge on small fixtures', () => {
  const oneCountry = worldCountries.filter((c) => c.cca3 === 'EST');
  const org = (id: string, name: string, aliases: string[] = []) => ({
    id,
    type: 'organization',
    name,
    aliases,
    description: 'An organisation',
  });

  it('fails on invalid files, duplicates, dangling references and collisions, and writes nothing', () => {
    const result = buildKnowledge({
      worldCountries: oneCountry,
      sources: [
        { file: 'orgs-a.json', json: { entities: [org('alpha', 'Alpha', ['AX']), org('beta', 'Beta', ['Ax'])] } },
        {
          file: 'orgs-b.json',
          json: { entities: [org('alpha', 'Alpha again'), { ...org('gamma', 'Gamma'), country: 'country:xxx' }] },
        },
        {
          file: 'orgs-c.json',
          json: { entities: [{ id: 'Bad Id', type: 'organization', name: 'Bad', description: 'Bad' }] },
        },
      ],
    });
    expect(result.knowledge).toBeUndefined();
    expect(result.errors).toEqual(
      expect.arrayContaining([
        'orgs-c.json: entities[0].id: expected a lower-case slug id (id Bad Id)',
        'orgs-b.json: duplicate id "alpha" (first defined in orgs-a.json)',
        'orgs-b.json: gamma: country names no country: "country:xxx"',
        expect.stringMatching(/^collision: "AX" names 2 organization entries: alpha, beta/),
      ]),
    );
  });

  it('rejects an ambiguous.json entry that names an unknown id or an alias the entity lacks', () => {
    const result = buildKnowledge({
      worldCountries: oneCountry,
      ambiguous: { aliases: [{ alias: 'Alpha', ids: ['alpha', 'nobody'], rule: 'a rule' }] },
      sources: [{ file: 'orgs-a.json', json: { entities: [org('alpha', 'Alpha')] } }],
    });
    expect(result.errors).toEqual(['ambiguous.json: aliases[0]: "Alpha" names no entity "nobody"']);
  });

  it('builds a valid file from clean fixtures', () => {
    const result = buildKnowledge({
      worldCountries: oneCountry,
      countryExtras: { countries: [{ id: 'country:est', aliases: ['Eesti Vabariik'] }] },
      sources: [
        {
          file: 'orgs-a.json',
          json: { entities: [{ ...org('tallinn-council', 'Tallinn City Council'), country: 'country:est' }] },
        },
      ],
    });
    expect(result.errors).toEqual([]);
    expect(result.knowledge!.entities.map((e) => e.id)).toEqual(['country:est', 'tallinn-council']);
  });
});
