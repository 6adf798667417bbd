import { describe, expect, it } from 'vitest';
import { annotate } from './helpers';

describe('the type of an unknown name by its words', () => {
  it('exchanges, wire desks, fronts, clubs’ “United” and embassies are organisations, not people', () => {
    const { notes } = annotate(
      'Shares fell on the Northby Stock Exchange, the Eastfield Newsroom reported. The Westmoor Liberation Front and Southdale United met at the Norland Embassy.',
    );
    const typeOf = (name: string) => notes.actors.find((a) => a.name === name)?.type;
    for (const name of [
      'Northby Stock Exchange',
      'Eastfield Newsroom',
      'Westmoor Liberation Front',
      'Southdale United',
      'Norland Embassy',
    ])
      expect(typeOf(name), name).toBe('organization');
  });

  it('a faith’s or a people’s word alone is a group of people; a faith is no actor; a given name stays a name', () => {
    const { notes } = annotate(
      'The council met on Monday. The plan angered Sikhs and Evangelicals, and a Hindu temple in the valley closed. Leaders of African-Americans in the town met too. The talk on Buddhism ran late, and Christian Holt said he would come back.',
    );
    const typeOf = (name: string) => notes.actors.find((a) => a.name === name)?.type;
    for (const name of ['Sikhs', 'Evangelicals', 'Hindu', 'African-Americans'])
      expect(typeOf(name), name).toBe('group');
    expect(typeOf('Buddhism')).toBeUndefined();
    expect(typeOf('Christian Holt')).toBe('person');
  });

  it('a dateline’s town is a place, and so is the same word elsewhere; a word placed nowhere stays as it was', () => {
    const { notes } = annotate(
      'NORTHBY 2024-03-01\nNorthby appeals for calm after the floods. Relief reached Eastfield and Westmoor said it would help. The minister arrived in Eastfield on Monday.\n',
    );
    const typeOf = (name: string) => notes.actors.find((a) => a.name.toLowerCase() === name.toLowerCase())?.type;
    expect(typeOf('Northby')).toBe('place');
    expect(typeOf('Eastfield')).toBe('place');
    expect(typeOf('Westmoor')).toBe('organization');
  });

  it('the kind of body before a name, or its shares or chairman at another mention, make it an organisation', () => {
    const { notes } = annotate(
      'Westmoor Tele wins order.\nThe telecoms group Westmoor Tele won an order. Norland Air cut flights, and the Norland Air chairman resigned. Norland Air said it would keep two routes. Tomas Berg said he would stay.',
    );
    const typeOf = (name: string) => notes.actors.find((a) => a.name === name)?.type;
    expect(typeOf('Westmoor Tele')).toBe('organization');
    expect(typeOf('Norland Air')).toBe('organization');
    expect(typeOf('Tomas Berg')).toBe('person');
  });

  it('a demonym before an unknown person’s name is kept out of the name (nameStart), not before a body’s name', () => {
    const text = 'Ukrainian Tomas Berg won the race. Berg was pleased. The American Civil Liberties Union sued.';
    const { notes } = annotate(text);
    const berg = notes.actors.find((a) => a.name === 'Tomas Berg');
    expect(berg?.type).toBe('person');
    const m = berg!.mentions[0];
    expect(text.slice(m.nameStart, m.nameEnd)).toBe('Tomas Berg');
    expect(notes.actors.some((a) => a.name === 'American Civil Liberties Union')).toBe(true);
  });

  it('a place’s name inside a mention with a lower-case place word (“Northby province”) is the name alone', () => {
    const text = 'Fighting spread to Northby province on Monday.';
    const { notes } = annotate(text);
    const m = notes.actors.find((a) => a.type === 'place')!.mentions[0];
    expect(m.text).toBe('Northby province');
    expect(text.slice(m.nameStart, m.nameEnd)).toBe('Northby');
  });

  it('a firm shortened to its first word, with its shares there, is an organisation; a person by the first name is not', () => {
    const { notes } = annotate(
      'Westmoor Cables signed a deal on Friday. Westmoor shares rose 2 percent. Tomas Berg met Sarah Lund. Sarah said the deal was good.',
    );
    const typeOf = (name: string) => notes.actors.find((a) => a.name === name)?.type;
    expect(typeOf('Westmoor Cables')).toBe('organization');
    expect(typeOf('Sarah Lund')).toBe('person');
  });

  it('a word placed by “in” is still a body where another mention shows its shares', () => {
    const { notes } = annotate(
      'Eastfield said profits rose. The fund will invest $20 million in Eastfield. Eastfield shares fell on Friday.',
    );
    expect(notes.actors.find((a) => a.name === 'Eastfield')?.type).toBe('organization');
  });

  it('a name joined by a hyphen to a word of where (“Westmoor-based”) is no mention; a deed’s (“Westmoor-backed”) is', () => {
    const { notes } = annotate(
      'A Northby-based group and a Dublin-born director backed a Westmoor-backed plan on Friday.',
    );
    const names = notes.actors.map((a) => a.name);
    expect(names).not.toContain('Northby');
    expect(names).not.toContain('Dublin');
    expect(names).toContain('Westmoor');
  });

  it('a dateline’s town in capitals is one name, whole, and the region after its comma a place', () => {
    const { notes } = annotate('Floods hit the valley.\nNORTH BYFIELD, Wessx 2024-03-01\nThe river rose on Friday.\n');
    const town = notes.actors.find((a) => a.name.toLowerCase() === 'north byfield');
    expect(town?.type).toBe('place');
    expect(notes.actors.find((a) => a.name === 'Wessx')?.type).toBe('place');
  });

  it('an unknown name opening with a place the text names, and no given name, is a body; a surname that is a place is not', () => {
    const { notes } = annotate(
      'Prices rose in Texas on Friday. Traders said the Texas Purchasing Managers report was strong. Tomas Texas, a trader, agreed.',
    );
    const typeOf = (name: string) => notes.actors.find((a) => a.name === name)?.type;
    expect(typeOf('Texas Purchasing Managers')).toBe('organization');
    expect(typeOf('Tomas Texas')).toBe('person');
  });

  it('an unknown name holding “for”, “and” or “in” between capitals is a body’s', () => {
    const { notes } = annotate('The Union for Rivers and Lakes in Westmoor (URLW) met on Friday.');
    expect(notes.actors.find((a) => a.name === 'Union for Rivers and Lakes in Westmoor')?.type).toBe('organization');
  });

  it('an unknown word is placed by its neighbours: a known country after its comma, a list with a known place, “the capital …”', () => {
    const { notes } = annotate(
      'The ship sank off Eastfield, Ukraine. Trade with Northby and Texas rose. Rebels left the capital Westmoor on Friday. Investors backed Acme, the packaging group, on Friday.',
    );
    const typeOf = (name: string) => notes.actors.find((a) => a.name === name)?.type;
    expect(typeOf('Eastfield')).toBe('place');
    expect(typeOf('Northby')).toBe('place');
    expect(typeOf('Westmoor')).toBe('place');
    expect(typeOf('Acme')).toBe('organization');
  });

  it('a state’s formal name is a country; a body’s head word beats a word before read as a title; “X newspaper said” is a body', () => {
    const { notes } = annotate(
      'The Federal Republic of Westland protested. A statement carried by the official Northby News Agency said so. But Le Soir Eastfield newspaper said the talks failed.',
    );
    const typeOf = (name: string) => notes.actors.find((a) => a.name === name)?.type;
    expect(typeOf('Federal Republic of Westland')).toBe('country');
    expect(typeOf('Northby News Agency')).toBe('organization');
    expect(typeOf('Le Soir Eastfield')).toBe('organization');
  });

  it('a lone word after a family’s word is a person’s; bearings alone, or before a known place, name a region', () => {
    const { notes } = annotate(
      'Tomas Berg joked that his sister Liska was a rebel too. Traders in the Far East waited. Rain fell across South Texas and Texas.',
    );
    const typeOf = (name: string) => notes.actors.find((a) => a.name === name)?.type;
    expect(typeOf('Liska')).toBe('person');
    expect(typeOf('Far East')).toBe('place');
    expect(typeOf('South Texas')).toBe('place');
  });

  it('a firm named later without its legal form, and a name in a list of three beside a body, are organisations', () => {
    const { notes } = annotate(
      'Banc Westmoor Corp. bid on Friday. Officials of Banc Westmoor said talks went on. Brokers said NDLC, Northby Lamps and Eastfield Cement would rise.',
    );
    const typeOf = (name: string) => notes.actors.find((a) => a.name === name)?.type;
    expect(typeOf('Banc Westmoor')).toBe('organization');
    expect(typeOf('Northby Lamps')).toBe('organization');
    expect(typeOf('Eastfield Cement')).toBe('organization');
  });

  it('a person named beside an abbreviation (“Tomas Berg, CEO of …”) stays a person', () => {
    const { notes } = annotate('Tomas Berg, CEO of the firm, said profits rose. Berg was pleased.');
    expect(notes.actors.find((a) => a.name === 'Tomas Berg')?.type).toBe('person');
  });

  it('an abbreviation said once is kept where no word is written with its letters and prose is beside it; a shouted word is not', () => {
    const { notes } = annotate('Speaking on the cable network WNBC on Friday, he said the data was VERY strong.');
    const names = notes.actors.map((a) => a.name);
    expect(names).toContain('WNBC');
    expect(names).not.toContain('VERY');
  });

  it('people stay people: “X said it …” at their own mention, a list of people with their paper, a son’s suffix', () => {
    const { notes } = annotate(
      'Former prosecutor Glenn Kopke said it was not surprising. Prizes went to Tom Berg of the Eastfield Post and Neela Banter, John Cushing Jr. and Lisa Sang. Texas Gooding Jr. won too, and Texas cheered.',
    );
    const typeOf = (name: string) => notes.actors.find((a) => a.name === name)?.type;
    expect(typeOf('Glenn Kopke')).toBe('person');
    expect(typeOf('Neela Banter')).toBe('person');
  });

  it('a prison’s or lakes’ name is a place', () => {
    const { notes } = annotate('He was held at Eastfield Prison, near the Great Lakes.');
    expect(notes.actors.find((a) => a.name === 'Eastfield Prison')?.type).toBe('place');
    expect(notes.actors.find((a) => a.name === 'Great Lakes')?.type).toBe('place');
  });
  it('a faith or a people in two words is a group, not a person; a man of such a surname is a man', () => {
    const { notes } = annotate(
      'Roman Catholics and Southeast Asian leaders met. Eastern Europeans watched. Tom Roman and Ann Christian spoke.',
    );
    const typeOf = (name: string) => notes.actors.find((a) => a.name === name)?.type;
    expect(typeOf('Roman Catholics')).toBe('group');
    expect(typeOf('Southeast Asian')).toBe('group');
    expect(typeOf('Eastern Europeans')).toBe('group');
    expect(typeOf('Tom Roman')).toBe('person');
    expect(typeOf('Ann Christian')).toBe('person');
  });

  it('a leader’s “White House” is the administration, a body, not a person', () => {
    const { notes } = annotate('Tom Berg left office in May. The Berg White House never answered the letters.');
    expect(notes.actors.find((a) => a.name === 'Berg White House')?.type).toBe('organization');
  });

  it('two capitalised words the text also writes in lower case, or a headline’s small word first, are no one’s name; a given name keeps it one', () => {
    const { notes } = annotate(
      'Tough Choices opened the show. The choices were tough, he said. Lauren Weber wrote that the lauren weber grill is new. Tom Berg agreed.',
    );
    const names = notes.actors.map((a) => a.name);
    expect(names).not.toContain('Tough Choices');
    const headline = annotate(
      'That Happened Again\n\nThe council met on Monday, and Will Doyle said the vote was close. Tom Berg agreed with him.',
    ).notes.actors.map((a) => a.name);
    expect(headline).not.toContain('That Happened');
    expect(headline).toContain('Will Doyle');
    const party = annotate('Republican Presidential debates began. The presidential race was long.').notes.actors;
    expect(party.map((a) => a.name)).not.toContain('Republican Presidential');
    expect(names).toContain('Lauren Weber');
    expect(names).toContain('Tom Berg');
  });
});
