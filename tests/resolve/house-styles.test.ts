import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { extractFindings } from '../../lib/engine/extract';
import { buildKnowledgeIndex } from '../../lib/knowledge/index';
import { parseKnowledgeFile } from '../../lib/knowledge/load';
import { resolveFindings } from '../../lib/engine/resolve';
import { annotate } from './helpers';
import { readBundledJson } from '../../lib/cli/project';

// Real-world sentence shapes from wire services, broadsheets and tabloids (names changed or public figures).
describe('house styles', () => {
  it('AP: “…,” X said, with a listener and an age', () => {
    const { said } = annotate(
      '“We’re going to win,” Trump told supporters at a rally in Ohio. “It is a scandal,” Maria Lopez, 45, said.',
    );
    expect(said('going to win')).toBe('Donald Trump');
    expect(said('It is a scandal')).toBe('Maria Lopez');
  });

  it('Reuters: “…,” said X, title, and according to X', () => {
    const { said } = annotate(
      '“There is no change,” said Dmitry Peskov, the Kremlin spokesman. The talks were “very useful”, according to Emmanuel Macron.',
    );
    expect(said('no change')).toBe('Dmitry Peskov');
    expect(said('very useful')).toBe('Emmanuel Macron');
  });

  it('NYT: Mr. with a period, “…,” he said', () => {
    const { said, forms } = annotate(
      'Mr. Putin met Steve Witkoff on Thursday. “It was a good meeting,” Mr. Witkoff said. “We made progress,” he added.',
    );
    expect(said('good meeting')).toBe('Steve Witkoff');
    expect(said('We made progress')).toBe('Steve Witkoff');
    expect(forms('Vladimir Putin')).toEqual(['Mr. Putin']);
  });

  it('tabloid: X blasted: “…”', () => {
    const { said } = annotate('Keir Starmer blasted: “This is a disgrace.”');
    expect(said('disgrace')).toBe('Keir Starmer');
  });

  it('BBC: speaker introduced in the sentence before', () => {
    const { said } = annotate('Emmanuel Macron was defiant on Monday.\n“We will never give up on Ukraine.”');
    expect(said('never give up')).toBe('Emmanuel Macron');
  });

  it('Guardian: single quotes as quotation marks in a headline, says X', () => {
    const { said, notes } = annotate(
      "Putin says talks are 'premature'\n“Man’s greed is hurting the whales,” says Hori Parata.",
    );
    expect(said('premature')).toBe('Vladimir Putin');
    expect(said('greed')).toBe('Hori Parata');
    expect(notes.actors.find((a) => a.name === 'Hori Parata')?.type).toBe('person');
  });

  it('she resolves past a man to a woman named with Ms', () => {
    const { said } = annotate('Ms Jane Ward met Mr Tom Hale. “It went well,” she said.');
    expect(said('It went well')).toBe('Jane Ward');
  });

  it('unnamed sources are actors marked unnamed', () => {
    const { notes, said } = annotate('“No decision has been made,” a Downing Street spokesperson said.');
    expect(said('No decision')).toBe('Downing Street spokesperson');
    const sp = notes.actors.find((a) => a.name === 'Downing Street spokesperson');
    expect(sp).toMatchObject({ unnamed: true, speaksFor: { id: 'downing-street', name: 'Downing Street' } });
  });

  it('an undated article resolves a role to an office holder it names with that title (issue 16)', () => {
    const { forms } = annotate('Prime Minister Rishi Sunak spoke. Later the Prime Minister left.', {
      publishedAt: null,
    });
    expect(forms('Rishi Sunak')).toEqual(['Prime Minister Rishi Sunak', 'the Prime Minister']);
    // (named with no title, he may be of another era than the article's)
    expect(
      annotate('Rishi Sunak spoke. Later the Prime Minister left.', { publishedAt: null }).forms('Rishi Sunak'),
    ).toEqual(['Rishi Sunak']);
  });

  it('Title Case headlines do not make names of ordinary words', () => {
    const { notes } = annotate('Verizon Leaves Shareholders With Little Say\nThe deal was done.');
    expect(notes.actors.map((a) => a.name)).toEqual([]);
  });

  it('a Title Case headline ending in a full stop is still a headline: its capitalised small words give it away', () => {
    const { notes } = annotate(
      'Mayor Was Warned Of Flood Risk But Kept Quiet, Files Show.\nAnn Lee, the mayor, said little.',
    );
    const names = notes.actors.map((a) => a.name);
    expect(names).toContain('Ann Lee');
    expect(names.filter((n) => /Was|Warned|Kept|Files/.test(n))).toEqual([]);
  });

  it('a line of prose full of names, ending in a full stop, keeps its names', () => {
    const { notes } = annotate('Ann Lee met Tom Berg and Sara Holm in Paris.\nThe talks went on until late.');
    expect(notes.actors.map((a) => a.name)).toEqual(expect.arrayContaining(['Ann Lee', 'Tom Berg', 'Sara Holm']));
  });

  it('“Washington” is the city when travelled to, the government when it speaks', () => {
    const { notes } = annotate('Trump flew from Florida to Washington on Sunday.');
    expect(notes.actors.find((a) => a.name === 'Washington')?.type).toBe('place');
  });
});

describe('more speaker shapes', () => {
  it('a description stands for the person named before ("the 45-year-old said")', () => {
    const { said } = annotate('Maria Lopez lost her home in the fire. “I have nothing left,” the 45-year-old said.');
    expect(said('nothing left')).toBe('Maria Lopez');
  });

  it('straight quotes over several paragraphs, then a new speaker', () => {
    const { said } = annotate(
      'Emmanuel Macron said: "We will not stand by.\n"Europe must act now."\nPutin disagreed. "This is not true," he said.',
    );
    expect(said('We will not stand by')).toBe('Emmanuel Macron');
    expect(said('Europe must act now')).toBe('Emmanuel Macron');
    expect(said('This is not true')).toBe('Vladimir Putin');
  });

  it('a quote split by its cue keeps one speaker', () => {
    const { said } = annotate('“We will win,” Trump said, “and we will win soon.”');
    expect(said('and we will win soon')).toBe('Donald Trump');
  });

  it('British single quotes as quotation marks in body text', () => {
    const { said, notes } = annotate("'We are ready for anything,' said Keir Starmer.");
    expect(said('ready for anything')).toBe('Keir Starmer');
    expect(notes.claims.find((c) => c.kind === 'quote')?.text).toBe('We are ready for anything');
  });
});

describe('institutions named again by a common noun', () => {
  it('"the ministry" is the Ministry named before', () => {
    const { said, forms } = annotate(
      'The Ministry of Health released figures. “Cases are falling,” the ministry said in a statement.',
    );
    expect(said('Cases are falling')).toBe('Ministry of Health');
    expect(forms('Ministry of Health')).toEqual(['Ministry of Health', 'the ministry']);
  });

  it('a US party tag is no name', () => {
    const { notes } = annotate('Sen. Elizabeth Warren (D-Mass.) said the bill would fail.');
    expect(notes.actors.map((a) => a.name)).toEqual(['Elizabeth Warren']);
    expect(notes.claims.find((c) => c.kind === 'reported')?.speaker?.name).toBe('Elizabeth Warren');
  });
});

describe('unnamed sources', () => {
  it.each([
    ['Officials in Kyiv said the talks would resume.', 'Officials'],
    ['Sources close to the minister said the plan was dead.', 'Sources close to the minister'],
    ['A senior official said the plan was dead.', 'senior official'],
    ['US officials said the plan was dead.', 'US officials'],
  ])('%s', (text, name) => {
    const { notes } = annotate(text);
    const reported = notes.claims.find((c) => c.kind === 'reported');
    expect(reported?.speaker?.name).toBe(name);
    expect(notes.actors.find((a) => a.name === name)).toMatchObject({ unnamed: true, known: false, id: null });
  });
});

describe('documents that speak for their authors', () => {
  it.each([
    ['The report also said the economy was weak.', 'the economy was weak', 'report', null],
    ['According to the study, poverty is rising in the cities.', 'poverty is rising in the cities', 'study', null],
    [
      'A statement from the Kremlin said the talks had been useful.',
      'the talks had been useful',
      'statement from the Kremlin',
      'Kremlin',
    ],
    [
      'The Kremlin’s statement warned that the talks were at risk.',
      'the talks were at risk',
      'Kremlin’s statement',
      'Kremlin',
    ],
  ])('%s', (text, words, name, speaksFor) => {
    const { notes, said } = annotate(text);
    expect(said(words)).toBe(name);
    const a = notes.actors.find((x) => x.name === name);
    expect(a).toMatchObject({ unnamed: true, known: false, type: 'organization' });
    expect(a?.speaksFor?.name ?? null).toBe(speaksFor);
  });

  it('"the report" speaks for whoever the text said wrote it', () => {
    const { notes } = annotate(
      'A new report by the Kremlin says the economy grew. The report also said that prices were stable.',
    );
    expect(notes.actors.find((a) => a.name === 'report')).toMatchObject({
      unnamed: true,
      speaksFor: { name: 'Kremlin' },
    });
  });

  it('quotes: a colon introduction, a closing cue, and a full stop that ends the quote before the next sentence', () => {
    const { said, notes } = annotate(
      'As the report states: “[T]he birth lottery matters more here than in most countries.” The report also said wages were flat. “It is a disaster,” the report concluded.',
    );
    expect(said('birth lottery')).toBe('report');
    expect(notes.claims.find((c) => c.text.includes('birth lottery'))?.kind).toBe('quote');
    expect(said('wages were flat')).toBe('report');
    expect(said('It is a disaster')).toBe('report');
    expect(notes.actors.filter((a) => a.unnamed).map((a) => a.mentions.length)).toEqual([3]);
  });

  it('a description the knowledge file knows a named body by is that body, not the last organisation named', () => {
    const { said } = annotate(
      'Roscosmos launched the craft, AP reported. The Russian space agency said the craft had been lost over Siberia.',
    );
    expect(said('the craft had been lost')).toBe('Roscosmos');
  });

  it('an office or a campaign that speaks is a body, not a person', () => {
    const { notes } = annotate('The Kremlin’s office said the talks would go on. A campaign spokesman said nothing.');
    expect(notes.actors.find((a) => a.name === 'Kremlin’s office')).toMatchObject({
      unnamed: true,
      type: 'organization',
    });
  });

  it('a document that does not speak is no source', () => {
    const { notes } = annotate('The report was published on Monday. A new study of the data is due in May.');
    expect(notes.actors).toEqual([]);
    expect(notes.claims.filter((c) => c.kind !== 'numeric')).toEqual([]);
  });
});

describe('bodies described by their owner and their work', () => {
  it.each([
    [
      'The Russian defence ministry said its forces had taken the village.',
      'Ministry of Defence of the Russian Federation',
      null,
    ],
    ['The Interfax news agency said the craft had been lost.', 'Interfax', null],
    ['The Russian health ministry said the outbreak was over.', 'Russian health ministry', 'Russia'],
    [
      'According to the Gaza health ministry, which is run by Hamas, more than 40,000 people have been killed.',
      'Gaza health ministry',
      null,
    ],
  ])('%s', (text, name, speaksFor) => {
    const { notes } = annotate(text);
    const reported = notes.claims.find((c) => c.kind === 'reported');
    expect(reported?.speaker?.name).toBe(name);
    expect(reported?.text).not.toMatch(/^which/);
    const a = notes.actors.find((x) => x.name === name);
    expect(a).toMatchObject({ type: 'organization', unnamed: false });
    if (speaksFor) expect(a?.speaksFor?.name).toBe(speaksFor);
  });

  it('"Abu Obeida, the spokesman for Hamas, said": one speaker, described; plural sources are never "she"', () => {
    const { notes, said } = annotate(
      'Mr Obeida, the spokesman for Hamas, said the group would not release the hostages. Critics say the plan has failed. She added that the families were desperate.',
    );
    expect(said('would not release')).toBe('Obeida');
    expect(notes.actors.filter((a) => a.unnamed).map((a) => a.name)).toEqual(['Critics']);
    expect(said('the plan has failed')).toBe('Critics');
    expect(said('the families were desperate')).toBeNull();
  });

  it('"say", "warn", "believe" report; a negated verb or an indirect question does not', () => {
    const { notes } = annotate(
      'Analysts warn that prices could rise further this year. Officials would not say whether the talks had failed. The minister did not claim that the war was over. Experts believe the virus will spread.',
    );
    expect(notes.claims.filter((c) => c.kind === 'reported').map((c) => [c.speaker?.name ?? null, c.text])).toEqual([
      ['Analysts', 'prices could rise further this year'],
      ['Experts', 'the virus will spread'],
    ]);
  });
});

describe('offices that only end like another', () => {
  it('a shadow chancellor or a vice president is not "the Chancellor" or "the President"', () => {
    const { notes } = annotate(
      'Chancellor Jane Holt said taxes would not rise. Shadow Chancellor Tom Briggs disagreed. The Chancellor said she was sure. Vice President Ann Cole spoke. The President said nothing.',
      { site: null, url: null },
    );
    const forms = (name: string) => notes.actors.find((a) => a.name === name)?.mentions.map((m) => m.text);
    expect(forms('Jane Holt')).toEqual(['Chancellor Jane Holt', 'The Chancellor']);
    expect(forms('Tom Briggs')).toEqual(['Shadow Chancellor Tom Briggs']);
    expect(forms('Ann Cole')).toEqual(['Vice President Ann Cole']);
  });
});

describe('a sports report', () => {
  it('reads firms by their last word ("Wedbush Securities", "Capital Economics")', () => {
    const { notes } = annotate(
      '“Much of this was planned,” said Dan Ives of Wedbush Securities. Zichun Huang of Capital Economics agreed.',
    );
    expect(notes.actors.find((a) => a.name === 'Wedbush Securities')?.type).toBe('organization');
    expect(notes.actors.find((a) => a.name === 'Capital Economics')?.type).toBe('organization');
  });

  it('reads clubs, players, broadcasters and scores', () => {
    const { notes, said } = annotate(
      'Manchester United manager Ruben Amorim says his side must "stay calm" after a 2-1 defeat by Brighton in the Premier League.\n' +
        'Goals from Danny Welbeck and Kaoru Mitoma sealed victory.\n' +
        '"We have to improve," Amorim told Sky Sports.\n' +
        'Former United captain Gary Neville was less forgiving. "This is the worst side I have seen," he said.',
    );
    const type = (name: string) => notes.actors.find((a) => a.name === name)?.type;
    expect(type('Manchester United')).toBe('organization');
    expect(type('Premier League')).toBe('organization');
    expect(type('Sky Sports')).toBe('organization');
    expect(type('Danny Welbeck')).toBe('person');
    expect(notes.actors.some((a) => a.name.startsWith('Former'))).toBe(false);
    expect(said('worst side')).toBe('Gary Neville');
    expect(notes.claims.filter((c) => c.kind === 'numeric')).toEqual([]);
  });
});

describe('a wire report', () => {
  it('reads AP style: a dateline, the source after the words and a clause, a body named by its owner, a modal verb', () => {
    const { said, notes } = annotate(
      'KYIV, Ukraine (AP) — Russia launched one of its largest drone attacks of the war overnight, Ukraine’s air force said Sunday, as President Volodymyr Zelensky urged allies to speed up deliveries.\n' +
        'The air force said it shot down 266 of the 309 drones launched against Ukraine.\n' +
        'Dmitry Peskov also said Putin and Trump could speak “in the coming days.”\n' +
        'He would speak “bluntly” about it.',
    );
    expect(said('Russia launched one of its largest')).toBe('Ukraine');
    expect(notes.claims.find((c) => c.text.startsWith('Russia launched'))?.text).toBe(
      'Russia launched one of its largest drone attacks of the war overnight',
    );
    expect(said('it shot down')).toBe('Ukraine');
    expect(said('in the coming days')).toBe('Dmitry Peskov');
    expect(notes.claims.find((c) => c.text.startsWith('in the coming'))?.text).toBe('in the coming days');
    expect(notes.claims.find((c) => c.text === 'bluntly')).toBeDefined();
  });

  it('a body of the state is not whichever organisation the dateline named', () => {
    const { said } = annotate('MOSCOW (AP) — The air force said it had shot down 20 drones over the region.');
    // (the body by its own words, an unnamed speaker: not the Associated Press)
    expect(said('shot down 20 drones')).toBe('The air force');
  });
});

describe('a tabloid report', () => {
  it('reads single quotation marks, a relation that tells a sex ("her husband Mark … he said") and a charity’s acronym', () => {
    const { said } = annotate(
      "Sarah Jenkins, 34, from Bristol, said she woke at 3am.\n'I thought it was a burglar,' she told reporters.\n" +
        "Her husband Mark, 36, chased the animal out. 'It wasn't scared of us at all,' he said.\n" +
        "The RSPCA said urban foxes were 'rarely aggressive'.",
    );
    expect(said('I thought it was a burglar')).toBe('Sarah Jenkins');
    expect(said('scared of us')).toBe('Mark');
    expect(said('rarely aggressive')).toBe('RSPCA');
  });
});

describe('a Washington report', () => {
  it('"X, Republican of Louisiana, dismissed it as “…”"; "Mayorkas, the homeland security secretary, told reporters"', () => {
    const { said } = annotate(
      'Speaker Mike Johnson, Republican of Louisiana, dismissed the move as “too little, too late.”\nMayorkas, the homeland security secretary, told reporters that the administration had no choice.',
    );
    expect(said('too little, too late')).toBe('Mike Johnson');
    expect(said('had no choice')).toBe('Mayorkas');
  });
});

describe('descriptions of two words', () => {
  it('"the 59-year-old insisted", "the businesswoman said" stand for someone named before', () => {
    const { said } = annotate(
      'Angela Rayner spoke first.\nThe 59-year-old insisted that the rules had been followed. The businesswoman said she was sure of it.',
    );
    expect(said('the rules had been followed')).toBe('Angela Rayner');
    expect(said('she was sure of it')).toBe('Angela Rayner');
  });
});

describe('a health report', () => {
  it('a journal "of" its field is one name; "the researchers said" reports; an illness named after someone names no actor', () => {
    const { notes, said } = annotate(
      'The drug slows Alzheimer’s disease, according to a study in the New England Journal of Medicine. It helps Alzheimer patients. Brain swelling affected 24% of patients, the researchers said.',
    );
    expect(notes.actors.map((a) => a.name)).toEqual(
      expect.arrayContaining(['New England Journal of Medicine', 'researchers']),
    );
    expect(notes.actors.some((a) => a.name === 'Alzheimer')).toBe(false);
    expect(said('Brain swelling affected')).toBe('researchers');
  });
});

describe('a court report', () => {
  it('a judge "of the court in a state, who …, wrote" is the judge; a court is a body; an amendment is no actor', () => {
    const { notes, said } = annotate(
      'Judge Deborah Boardman of the US District Court in Maryland, who blocked the order in February, wrote that it "conflicts with the plain language" of the Constitution. No one can rewrite the 14th Amendment.',
    );
    expect(said('conflicts with the plain language')).toBe('Deborah Boardman');
    expect(notes.actors.find((a) => a.name === 'US District Court')?.type).toBe('organization');
    expect(notes.actors.some((a) => /Amendment|Constitution/.test(a.name))).toBe(false);
  });
});

describe('names as prose writes them', () => {
  it('a drop-cap opening ("MALCOLM Fraser") takes the name’s ordinary form when the text has it', () => {
    const { notes } = annotate('MALCOLM Fraser was a prime minister.\nMalcolm Fraser later left the party.');
    expect(notes.actors.map((a) => a.name)).toEqual(['Malcolm Fraser']);
  });

  it('common-noun acronyms are no actors', () => {
    const { notes } = annotate('Representatives of the TV networks met. GDP grew while the CEO spoke about AI.');
    expect(notes.actors).toEqual([]);
  });
});

describe('anonymous sources', () => {
  it('"the official" is the official named before; a second speaker after "while" ends the first one’s words', () => {
    const { notes, said } = annotate(
      'A senior Israeli official said the proposal was “not serious,” while an Egyptian mediator, speaking anonymously, said progress had been made.\nThe official added: “This is the last offer.”',
    );
    expect(said('This is the last offer')).toBe('senior Israeli official');
    expect(notes.claims.find((c) => c.kind === 'reported')?.text).toBe('the proposal was “not serious,”');
    expect(notes.actors.filter((a) => a.unnamed).map((a) => a.name)).toEqual(['senior Israeli official']);
  });
});

describe('speakers named after the words', () => {
  it('a paragraph left open takes the speaker of its continuation', () => {
    const { said } = annotate('“We will win this war.\n“And we will win it soon,” Trump said.');
    expect(said('We will win this war')).toBe('Donald Trump');
  });

  it('an apposition between the speaker and the verb', () => {
    const { notes } = annotate('Maria Lopez, who leads the union, said the strike would go on.');
    expect(notes.claims.find((c) => c.kind === 'reported')?.speaker?.name).toBe('Maria Lopez');
  });
});

describe('wire style: the source at the end', () => {
  it('"…, the Russian space agency said." and "It said …" go to the agency named before', () => {
    const { notes } = annotate(
      'Later, Roscosmos confirmed the launch failed. It said most of the debris burnt up. The ship broke up over the remote region, the Russian space agency said.',
    );
    const reported = notes.claims.filter((c) => c.kind === 'reported');
    expect(reported.map((c) => [c.text, c.speaker?.name])).toEqual([
      ['the launch failed', 'Roscosmos'],
      ['most of the debris burnt up', 'Roscosmos'],
      ['The ship broke up over the remote region', 'Roscosmos'],
    ]);
  });

  it('"…, said Mr Smith." (inverted)', () => {
    const { notes } = annotate('The talks will resume next week in Geneva, said Dmitry Peskov.');
    expect(notes.claims.find((c) => c.kind === 'reported')).toMatchObject({
      text: 'The talks will resume next week in Geneva',
      speaker: { name: 'Dmitry Peskov' },
    });
  });
});

describe('two speakers in one sentence', () => {
  it('the first speaker’s words end where the second speaker begins', () => {
    const { notes } = annotate(
      'Keir Starmer has accused Putin of playing for time, while French president Emmanuel Macron said the Russian leader was not serious.',
    );
    const reported = notes.claims.filter((c) => c.kind === 'reported').map((c) => [c.text, c.speaker?.name]);
    expect(reported).toEqual([
      ['accused Putin of playing for time', 'Keir Starmer'],
      ['the Russian leader was not serious', 'Emmanuel Macron'],
    ]);
  });
});

describe('roles from qualified titles', () => {
  it('"the president" after "Kenyan president Uhuru Kenyatta" when no other president is known', () => {
    const { forms } = annotate('Kenyan president Uhuru Kenyatta met donors. Later the president spoke.', {
      site: 'nation.africa',
    });
    expect(forms('Uhuru Kenyatta')).toEqual(['Uhuru Kenyatta', 'the president']);
  });
});

describe('abbreviations', () => {
  it('an abbreviation defined in brackets joins the full name', () => {
    const { forms } = annotate(
      'The Department for Education (DfE) said schools would reopen. A DfE official declined to comment.',
    );
    expect(forms('Department for Education')).toEqual(['Department for Education', 'DfE', 'DfE']);
  });
});

describe('headline shapes', () => {
  it('"Name: ‘quote’" as in BBC headlines and captions', () => {
    const { said } = annotate("Starmer: 'We will not give up on Ukraine'\nThe Prime Minister spoke in London.");
    expect(said('We will not give up')).toBe('Keir Starmer');
  });

  it('"He said:" at the end of one paragraph and the quote in the next', () => {
    const { said } = annotate('Emmanuel Macron was asked about the plan. He said:\n“It is the only way forward.”');
    expect(said('only way forward')).toBe('Emmanuel Macron');
  });
});

describe('anonymous sources, American style', () => {
  it.each([
    ['People familiar with the matter said the deal was close.', 'People familiar with the matter'],
    ['A person familiar with the plans said the deal was close.', 'person familiar with the plans'],
  ])('%s', (text, name) => {
    const { notes } = annotate(text);
    expect(notes.claims.find((c) => c.kind === 'reported')?.speaker?.name).toBe(name);
  });
});

describe('tabloid style', () => {
  const story = [
    "HARRY'S FURY: Prince blasts Palace over 'lies'",
    'PRINCE Harry has blasted Buckingham Palace, saying the Royal Family told "lies" about him.',
    'A Palace source said: "The King is saddened by this."',
    'Royal expert Jennie Bond told The Sun: "This is a disaster for the monarchy."',
    'She added that Harry was "isolated" in California.',
    'Meghan Markle, 43, has been keeping a low profile.',
  ].join('\n');
  const { notes, said, forms } = annotate(story, { site: 'thesun.co.uk' });

  it('reads capitals, sources and listeners', () => {
    expect(said('The King is saddened')).toBe('Palace source');
    expect(said('disaster for the monarchy')).toBe('Jennie Bond');
    expect(said('isolated')).toBe('Jennie Bond');
    expect(forms('Buckingham Palace')).toEqual(['Palace', 'Buckingham Palace']);
    expect(notes.actors.find((a) => a.name === 'Royal Family')?.type).toBe('group');
  });

  it('an age is not a figure', () => {
    expect(notes.claims.filter((c) => c.kind === 'numeric')).toEqual([]);
  });
});

describe('someone’s office, lawyer or campaign', () => {
  it('speaks for its owner', () => {
    const { notes } = annotate('Vladimir Putin’s office said the call had gone well. He went to the office later.');
    const claim = notes.claims.find((c) => c.kind === 'reported');
    expect(claim?.speaker?.name).toBe('Vladimir Putin’s office');
    expect(notes.actors.find((a) => a.name === 'Vladimir Putin’s office')?.speaksFor?.id).toBe('vladimir-putin');
    expect(notes.actors.filter((a) => a.unnamed)).toHaveLength(1);
  });
});

describe('passers-by', () => {
  it('“…,” one resident said: an unnamed speaker; a teacher who only appears is none', () => {
    const { said, notes } = annotate(
      'A teacher at the school was hurt. “Why now?” asked one resident. “We were scared,” a witness said.',
    );
    expect(said('Why now')).toBe('resident');
    expect(said('We were scared')).toBe('witness');
    expect(notes.actors.map((a) => a.name).sort()).toEqual(['resident', 'witness']);
  });

  it('“a person” is a source where it speaks or is close to someone, not where it only appears', () => {
    const { notes } = annotate(
      'It would not help one person, the mayor warned. A person close to the mayor, who asked not to be named, was calm. A person at the depot said the trains ran late.',
    );
    expect(notes.actors.filter((a) => a.unnamed).map((a) => a.mentions[0].text)).toEqual([
      'A person close to the mayor',
      'A person',
    ]);
  });
});

describe('members of a party and words quoted in what someone said', () => {
  it('“a Texas Democrat” is the party, not a person of that name; a state alone stays a place', () => {
    const { notes } = annotate(
      'Jane Ward, a Texas Democrat, voted against the bill. Texas Democrats left the state. Texas is large.',
    );
    expect(notes.actors.some((a) => a.name === 'Texas Democrat' || a.name === 'Texas Democrats')).toBe(false);
    expect(notes.actors.find((a) => a.name === 'Democratic Party')?.mentions.map((m) => m.text)).toEqual([
      'Texas Democrat',
      'Texas Democrats',
    ]);
    expect(notes.actors.find((a) => a.name === 'Texas')?.type).toBe('place');
  });

  it('words quoted after a verb of thinking inside a reported statement are the reporter’s source’s', () => {
    const { notes } = annotate(
      'Keir Starmer said the government expected inflation to remain “well contained”. Rishi Sunak said Putin had called it “a disaster”.',
    );
    const speaker = (t: string) => notes.claims.find((c) => c.kind === 'partial-quote' && c.text === t)?.speaker?.name;
    expect(speaker('well contained')).toBe('Keir Starmer');
    expect(speaker('a disaster')).toBe('Vladimir Putin'); // a verb of saying: Putin's own words
  });
});

describe('business pages', () => {
  it('“the Trump administration” is the government its leader headed, wherever it stands', () => {
    const { notes } = annotate(
      'The fines may inflame tensions with the Trump administration, which has threatened to retaliate.',
    );
    expect(notes.actors.map((a) => [a.name, a.type, a.mentions.map((m) => m.text)])).toEqual([
      ['United States government', 'organization', ['the Trump administration']],
    ]);
  });

  it('“analysts at Bernstein” work for an organisation; “Big Tech” is no actor', () => {
    const { notes } = annotate(
      'Brussels cracks down on Big Tech. Analysts at Bernstein said the fines were small. An economist at Capital Economics agreed.',
    );
    const type = (name: string) => notes.actors.find((a) => a.name === name)?.type;
    expect(type('Bernstein')).toBe('organization');
    expect(type('Capital Economics')).toBe('organization');
    expect(type('Big Tech')).toBeUndefined();
    expect(annotate('It was the worst crisis since World War II and the Cold War.').notes.actors).toEqual([]);
  });

  it('a name the text also uses alone, then a country, is a company’s national arm (“Yahoo Japan”), not a person', () => {
    const { notes } = annotate(
      'Acme sold its stake on Monday. Acme France will stay independent, Acme said. Michael France spoke.',
    );
    const type = (name: string) => notes.actors.find((a) => a.name === name)?.type;
    expect(type('Acme France')).toBe('organization');
    expect(type('Michael France')).toBe('person');
  });

  it('a company named with its legal form is the company (“Interfax Ltd”); a product with a number is no actor (“H20 chips”)', () => {
    const { notes } = annotate('Interfax Ltd reported record revenue. It sold no H20 chips to France.');
    expect(notes.actors.map((a) => a.id ?? a.name)).toEqual(['interfax', 'country:fra']);
  });

  it('a body written in the other spelling is the body the knowledge file knows', () => {
    const { notes } = annotate('Leaders met at the summit of the Shanghai Cooperation Organization on Monday.');
    expect(notes.actors.map((a) => a.id ?? a.name)).toContain('sco');
  });

  it('“allies of X” speak for X', () => {
    const { notes } = annotate('Keir Starmer gave a speech. Allies of Starmer said he had pushed for more money.');
    expect(notes.actors.find((a) => a.unnamed)?.speaksFor?.id).toBe('keir-starmer');
  });

  it('a spokesperson of no one named speaks for the organisation that spoke just before', () => {
    const { notes } = annotate(
      'Interfax said it would appeal.\n“The ruling is unfair to Roscosmos,” a spokesperson said.',
    );
    expect(notes.actors.find((a) => a.unnamed && a.name === 'spokesperson')?.speaksFor?.id).toBe('interfax');
  });
});

describe('central bank pages', () => {
  it('“the Bank” after “the Bank of England” is the same body', () => {
    const { notes } = annotate(
      'The Bank of Canada cut rates. It was a first in the Bank’s history. The Bank now expects inflation to fall.',
    );
    expect(notes.actors.map((a) => [a.name, a.mentions.map((m) => m.text)])).toEqual([
      ['Bank of Canada', ['Bank of Canada', 'Bank', 'Bank']],
    ]);
  });
});

describe('election pages', () => {
  it('“his seat of Dickson” is a place; “the Liberal-National Coalition” an organisation', () => {
    const { notes } = annotate(
      'Peter Dutton lost his own seat of Dickson. The Liberal-National Coalition had campaigned on nuclear power.',
    );
    const type = (name: string) => notes.actors.find((a) => a.name === name)?.type;
    expect(type('Dickson')).toBe('place');
    expect(type('Liberal-National Coalition')).toBe('organization');
  });
});

describe('religion pages', () => {
  it('“the Vatican said” names the state (a name, not only a nationality); Mass is no actor', () => {
    const { notes, said } = annotate('The Vatican said more than 50,000 people attended Mass in the square.', {
      site: null,
    });
    expect(notes.actors.map((a) => a.name)).toEqual(['Vatican City']);
    expect(said('attended')).toBe('Vatican City');
  });
});

describe('sports pages', () => {
  it('“…,” the Frenchman or the Russian said: the person named before, not the country', () => {
    const { notes, said } = annotate(
      'Emmanuel Macron spoke after the match. “We have to learn quickly,” the French said. The Russian said nothing. Russia lost.',
    );
    expect(notes.actors.find((a) => a.id === 'country:fra')).toBeUndefined();
    expect(notes.actors.find((a) => a.id === 'country:rus')?.mentions.map((m) => m.text)).toEqual(['Russia']);
    expect(said('learn quickly')).toBe('Emmanuel Macron');
  });
});

describe('health pages', () => {
  it('a name the text gives a disease is no actor in a headline either (“New Alzheimer’s drug”)', () => {
    const { notes } = annotate(
      'New Alzheimer’s drug slows decline\nThe drug slowed Alzheimer’s disease in a trial, the Alzheimer’s Disease Research Unit said.',
    );
    expect(notes.actors.map((a) => [a.name, a.type])).toEqual([['Alzheimer’s Disease Research Unit', 'organization']]);
  });
});

describe('NYT pages', () => {
  it('“Mr. Trump, who met … in Alaska on Friday, said”: the person, not the place before the comma', () => {
    const { said } = annotate(
      'Donald Trump, who met Vladimir Putin in Moscow on Friday, said afterward that he had called him again.',
    );
    expect(said('he had called him')).toBe('Donald Trump');
  });

  it('a bare surname is the known person where the sentence names the country (“Ms. Meloni, the Italian prime minister, said”)', () => {
    const bundled = buildKnowledgeIndex(parseKnowledgeFile(readBundledJson()));
    const text =
      'Ms. Meloni, the Italian prime minister, said Europe and the United States were united as never before.';
    const notes = resolveFindings(
      {
        text,
        findings: extractFindings(text),
        meta: { url: null, title: null, publishedAt: '2025-08-18', site: 'nytimes.com' },
      },
      bundled,
    );
    expect(notes.actors.find((a) => a.id === 'giorgia-meloni')?.mentions.map((m) => m.text)).toEqual([
      'Ms. Meloni',
      'the Italian prime minister',
    ]);
  });
});

describe('European politics pages', () => {
  it('“the Democratic leader” is the party’s leader, not the head of the article’s country', () => {
    const { said } = annotate('Donald Trump spoke first. “We will not back this bill,” the Democratic leader said.', {
      site: 'apnews.com',
    });
    expect(said('not back this bill')).toBe('Chuck Schumer');
  });

  it('“the Ukrainian president” is not a president of another country named earlier without a qualifier', () => {
    const { said } = annotate(
      'Russia’s President Vladimir Putin spoke first. “We are grateful to our partners,” the Ukrainian president wrote.',
      { publishedAt: '2025-03-17' },
    );
    expect(said('grateful')).toBe('Volodymyr Zelensky');
  });

  it('a source phrase set in commas next to a person is that person (“X, Y’s spokesman,” / “Y’s spokesperson, X,”)', () => {
    const { notes, said } = annotate(
      'Dmitry Peskov, Vladimir Putin’s spokesman, told reporters the plan was unacceptable. Keir Starmer’s spokesperson, Tom Hale, said it was fine.',
    );
    expect(notes.actors.filter((a) => a.unnamed)).toEqual([]);
    expect(said('unacceptable')).toBe('Dmitry Peskov');
    expect(said('it was fine')).toBe('Tom Hale');
  });
});

describe('court and crime reports', () => {
  it('letters after a name (“Shaheed Fatima KC”, “Dame Ann Lee OBE”) make a person, not an organisation', () => {
    const { notes } = annotate('His lawyer, Shaheed Fatima KC, had argued the case. Dame Ann Lee OBE agreed.');
    const type = (name: string) => notes.actors.find((a) => a.name.startsWith(name))?.type;
    expect(type('Shaheed Fatima')).toBe('person');
    expect(type('Ann Lee')).toBe('person');
  });

  it('a first name after the full name is the same person (“Sarah” after “Sarah Mitchell”)', () => {
    const { forms } = annotate(
      'The body of Sarah Mitchell, 29, was found on Saturday. “Our thoughts remain with Sarah’s family,” he said.',
    );
    expect(forms('Sarah Mitchell')).toEqual(['Sarah Mitchell', 'Sarah']);
  });

  it('“…,” they said: a body or people in the plural, never the last person who spoke', () => {
    const { said } = annotate(
      'Det Supt Mark Swift said more patrols would follow.\nHer family paid tribute. “We are heartbroken,” they said.',
    );
    expect(said('heartbroken')).toBeNull();
  });
});
