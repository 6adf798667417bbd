import { describe, expect, it } from 'vitest';
import { extractAsText } from './helpers';

describe('name candidates', () => {
  it('keeps titles inside a name and drops sentence openers', () => {
    const { names } = extractAsText('Meanwhile Prime Minister Sir Keir Starmer met Mr Witkoff in London.');
    expect(names.map((n) => n.text)).toEqual(['Prime Minister Sir Keir Starmer', 'Mr Witkoff', 'London']);
    expect(names[0].title).toBe('prime minister sir');
    // ("Neither", "Unlike", "Wherever" open a sentence and no name)
    expect(extractAsText('Neither Ann Lee nor Tom Berg came. Unlike Tom Berg, she left.').nameTexts).toEqual([
      'Ann Lee',
      'Tom Berg',
      'Tom Berg',
    ]);
  });

  it('reads a job in a hyphenated compound before a given name as a title ("Fact-Checker Ann Lee")', () => {
    const { names } = extractAsText('Fact-Checker Ann Lee said so. Co-Founder Tom Hale agreed. Jean-Paul Berg left.');
    expect(names.map((n) => [n.text, n.title])).toEqual([
      ['Fact-Checker Ann Lee', 'fact checker'],
      ['Co-Founder Tom Hale', 'co founder'],
      ['Jean-Paul Berg', null],
    ]);
  });

  it('keeps the full stop of a legal form or "Jr." inside the name', () => {
    const { nameTexts } = extractAsText(
      'Stock in Pellow Foods Inc. rose after Tom Hale Jr. joined Vance Bros. as chairman of Orrin Ltd',
    );
    expect(nameTexts.filter((t) => t !== 'Stock')).toEqual([
      'Pellow Foods Inc.',
      'Tom Hale Jr.',
      'Vance Bros.',
      'Orrin Ltd',
    ]);
    // (a sentence's own full stop after another word stays out)
    expect(extractAsText('The deal was led by Pellow Foods. Others waited.').nameTexts).toContain('Pellow Foods');
  });

  it('reads particles, initials and al- prefixes', () => {
    const { nameTexts } = extractAsText(
      'He met Ursula von der Leyen, George W. Bush, Bashar al-Assad and Mohammed bin Salman at the Bank of England.',
    );
    expect(nameTexts).toEqual(
      expect.arrayContaining([
        'Ursula von der Leyen',
        'George W. Bush',
        'Bashar al-Assad',
        'Mohammed bin Salman',
        'Bank of England',
      ]),
    );
  });

  it('splits a body, a job title and a name written as one run ("Federal Reserve Chair Jerome Powell")', () => {
    const { names } = extractAsText(
      'Federal Reserve Chair Jerome Powell spoke. Senate Majority Leader John Thune agreed. Goldman Sachs Chief Executive David Solomon left.',
    );
    expect(names.map((n) => [n.text, n.title])).toEqual([
      ['Federal Reserve', null],
      ['Chair Jerome Powell', 'chair'],
      ['Senate Majority Leader John Thune', 'senate majority leader'],
      ['Goldman Sachs', null],
      ['Chief Executive David Solomon', 'chief executive'],
    ]);
  });

  it('reads Chair, Director and Secretary-General before a name as titles, not a chair or a director in prose', () => {
    const { names } = extractAsText(
      'It met with Chair Jerome Powell. Director Kash Patel spoke. Secretary-General António Guterres left. She pulled up a chair for Jerome Powell.',
    );
    expect(names.map((n) => [n.text, n.title])).toEqual([
      ['Chair Jerome Powell', 'chair'],
      ['Director Kash Patel', 'director'],
      ['Secretary-General António Guterres', 'secretary-general'],
      ['Jerome Powell', null],
    ]);
  });

  it('joins a body’s name over “and” when its head comes after (“Food and Drug Administration”) and over a disease named for someone', () => {
    const { nameTexts } = extractAsText(
      'The US Food and Drug Administration and the Alzheimer’s Disease Research Unit met. Smith and Jones left.',
    );
    expect(nameTexts).toEqual([
      'US Food and Drug Administration',
      'Alzheimer’s Disease Research Unit',
      'Smith',
      'Jones',
    ]);
  });

  it('keeps romanised given names whole (“Lee Jae-myung”, “Ban Ki-moon”) and splits English suffixes (“US-backed”, “Trump-era”)', () => {
    const { nameTexts } = extractAsText(
      'President Lee Jae-myung met Ban Ki-moon and Kim Jong-un about a US-backed, Moscow-based, Trump-era plan.',
    );
    expect(nameTexts).toEqual(['President Lee Jae-myung', 'Ban Ki-moon', 'Kim Jong-un', 'US', 'Moscow', 'Trump']);
  });

  it('a title inside a run before a name with particles (“Saudi Crown Prince Mohammed bin Salman”)', () => {
    const { names } = extractAsText('He met Saudi Crown Prince Mohammed bin Salman in Riyadh.');
    expect(names.map((n) => [n.text, n.title])).toEqual([
      ['Saudi', null],
      ['Crown Prince Mohammed bin Salman', 'crown prince'],
      ['Riyadh', null],
    ]);
  });

  it('a picture’s labels and credits are no names (“Image source, Getty Images”, “Image caption, …”)', () => {
    const text = 'Image source, Getty Images\nImage caption, Tourists cool off at a fountain in Seville';
    const { findings } = extractAsText(text);
    expect(findings.names.map((n) => [text.slice(n.start, n.end), n.sentenceStart])).toEqual([
      ['Tourists', true],
      ['Seville', false],
    ]);
  });

  it('company officers’ titles (“Chief Financial Officer Colette Kress”); a wire’s closing credits are no names', () => {
    const { names } = extractAsText(
      'Chief Financial Officer Colette Kress spoke on a call with analysts.\n(Reporting by Arsheya Bajwa in Bengaluru; Editing by Alan Barona)',
    );
    expect(names.map((n) => [n.text, n.title])).toEqual([
      ['Chief Financial Officer Colette Kress', 'chief financial officer'],
    ]);
  });

  it('names of bodies with a plural’s possessive or “and … Team” (“Leeds Magistrates’ Court”, “Homicide and Major Enquiry Team”)', () => {
    const { nameTexts } = extractAsText(
      'He will appear before Leeds Magistrates’ Court, the force’s Homicide and Major Enquiry Team said. The Teachers’ Union agreed.',
    );
    expect(nameTexts).toEqual(['Leeds Magistrates’ Court', 'Homicide and Major Enquiry Team', 'Teachers’ Union']);
  });

  it('a place named for a saint is one name (“St. Peter’s Basilica”); “a statement posted on Telegram” is no source', () => {
    const { names } = extractAsText(
      'They filled St. Peter’s Basilica and St Mary’s Hospital. Hamas welcomed the appeal in a statement posted on Telegram. It was calm, according to a statement released by the ministry.',
    );
    expect(names.map((n) => [n.kind, n.text])).toEqual([
      ['name', 'St. Peter’s Basilica'],
      ['name', 'St Mary’s Hospital'],
      ['name', 'Hamas'],
      ['name', 'Telegram'],
      ['source', 'a statement'],
      ['role', 'the ministry'],
    ]);
  });

  it('a title opened by “Chief” or “Deputy” is one title (“Chief Election Commissioner Gyanesh Kumar”)', () => {
    const { names } = extractAsText(
      'Chief Election Commissioner Gyanesh Kumar spoke. Deputy Foreign Minister Sergei Ryabkov agreed.',
    );
    expect(names.map((n) => [n.text, n.title])).toEqual([
      ['Chief Election Commissioner Gyanesh Kumar', 'chief election commissioner'],
      ['Deputy Foreign Minister Sergei Ryabkov', 'deputy foreign minister'],
    ]);
  });

  it('a name opened by a monarch’s possessive is one name, no king (“the King’s Fund”, “Queen’s University”)', () => {
    const { names } = extractAsText('The King’s Fund thinktank and Queen’s University Belfast agreed. The King spoke.');
    expect(names.map((n) => [n.kind, n.text, n.title])).toEqual([
      ['name', 'King’s Fund', null],
      ['name', 'Queen’s University Belfast', null],
      ['role', 'The King', 'king'],
    ]);
  });

  it('a title and one word naming a body is a name ("Premier League", "General Motors"), not a titled person', () => {
    const { names } = extractAsText('He won the Premier League. General Motors cut jobs. Premier Li Qiang spoke.');
    expect(names.map((n) => [n.text, n.title])).toEqual([
      ['Premier League', null],
      ['General Motors', null],
      ['Premier Li Qiang', 'premier'],
    ]);
  });

  it('reads a collective possessor inside a name ("People’s Bank of China", "Veterans’ Affairs")', () => {
    const { nameTexts } = extractAsText(
      'The People’s Bank of China cut rates. The Department of Veterans’ Affairs said so. The people’s choice won.',
    );
    expect(nameTexts).toEqual(['People’s Bank of China', 'Department of Veterans’ Affairs']);
  });

  it('strips possessives and splits "US-backed"', () => {
    const { nameTexts } = extractAsText('It was Russia’s attempt to resist a US-backed plan.');
    expect(nameTexts).toEqual(['Russia', 'US']);
  });

  it('finds role phrases and unnamed sources', () => {
    const { names } = extractAsText(
      'The Prime Minister’s official spokesperson said the Russian leader would not attend. A Downing Street spokesman and the PM agreed.',
    );
    expect(names).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'source', text: 'The Prime Minister’s official spokesperson' }),
        expect.objectContaining({ kind: 'role', text: 'the Russian leader', title: 'leader' }),
        expect.objectContaining({ kind: 'source', text: 'A Downing Street spokesman' }),
        expect.objectContaining({ kind: 'role', text: 'the PM', title: 'pm' }),
      ]),
    );
  });

  it('does not take days, months or contractions for names', () => {
    const { nameTexts } = extractAsText('On Sunday, We’re told, Trump will fly. In August Putin spoke.');
    expect(nameTexts).toEqual(['Trump', 'Putin']);
  });

  it('keeps soft hyphens and diacritics inside names', () => {
    const { nameTexts } = extractAsText('The Ngātiwai elder Hori Pa\u00adrata spoke in Whangārei.');
    expect(nameTexts).toEqual(expect.arrayContaining(['Ngātiwai', 'Hori Pa\u00adrata', 'Whangārei']));
  });

  it('reads a row of results as names, not as a headline (two figures or more in the line)', () => {
    const { nameTexts } = extractAsText(
      'Results of the heats:\n1. Marta Vilsen (Norway) 11.42\n2. Ida Brenner (Austria) 11.58\n',
    );
    expect(nameTexts).toEqual(expect.arrayContaining(['Marta Vilsen', 'Norway', 'Ida Brenner', 'Austria']));
    // a headline with one figure stays a headline: its capitals prove nothing
    expect(extractAsText('Farmers Count 30 Lost Sheep After Storm').nameTexts).not.toContain('Farmers Count');
  });

  it('joins a firm’s name over “&” (“Northby & Westmoor”, “Eastfield & Co”)', () => {
    const { nameTexts } = extractAsText('Shares of Northby & Westmoor rose, analysts at Eastfield & Co said.');
    expect(nameTexts).toEqual(expect.arrayContaining(['Northby & Westmoor', 'Eastfield & Co']));
  });

  it('reads an initial at a sentence’s start as an initial, not the word “A” or “I” (“A. Vilsen”, “I. Brenner”)', () => {
    const { nameTexts } = extractAsText(
      'Northby 114 (A. Vilsen 69, I. Brenner 4-37).\nA. Vilsen said he was happy. A man came.',
    );
    expect(nameTexts).toEqual(expect.arrayContaining(['A. Vilsen', 'I. Brenner']));
    expect(nameTexts).not.toContain('A');
  });

  it('reads a line in capitals as a headline even with a full stop, its words one by one', () => {
    const { nameTexts } = extractAsText('NORTHBY BEAT EASTFIELD IN CUP FINAL .\nThe match was close.');
    expect(nameTexts).not.toContain('NORTHBY BEAT EASTFIELD IN CUP FINAL');
  });

  it('reads a text’s first line in Title Case as a headline even with its full stop; not a later one, nor a long one', () => {
    const { nameTexts } = extractAsText('Tom Berg Praises Ann Lee Donor.\n\nTom Berg spoke to Ann Lee on Friday.');
    expect(nameTexts).not.toContain('Tom Berg Praises Ann Lee Donor');
    // (the same line after the first paragraph is prose: its capitals are names)
    expect(extractAsText('A quiet day.\n\nTom Berg Praises Ann Lee Donor.').nameTexts).toContain(
      'Tom Berg Praises Ann Lee Donor',
    );
  });

  it('a hyphenated rank and a job word opening a sentence are titles; a day after “on” is no part of a body’s name', () => {
    const { names } = extractAsText(
      'The commander, Major-General Ivan Petrov, left. Economist Ann Lee of Northby Bank said so. The Eastfield Water Council on Friday met.',
    );
    const byText = new Map(names.map((n) => [n.text, n]));
    expect(byText.get('Major-General Ivan Petrov')?.title).toBe('major general');
    expect(byText.get('Economist Ann Lee')?.title).toBe('economist');
    // (a job of one word, too: "Comedian Tom Berg", "Actress Ann Lee")
    const jobs = new Map(
      extractAsText('Comedian Tom Berg joked. Actress Ann Lee laughed.').names.map((n) => [n.text, n]),
    );
    expect(jobs.get('Comedian Tom Berg')?.title).toBe('comedian');
    expect(jobs.get('Actress Ann Lee')?.title).toBe('actress');
    // (a title with its own "of": "Chief of Staff Ann Lee", as "Secretary of State Ann Lee")
    const staff = extractAsText('The White House Chief of Staff Ann Lee spoke.').names.find((n) =>
      /Ann Lee$/.test(n.text ?? ''),
    );
    expect(staff?.title).toBe('chief of staff');
    expect(names.map((n) => n.text)).toContain('Eastfield Water Council');
  });

  it('joins the parts of a name an abbreviation in brackets spells out (“… for … and … in … (OSCE)”), not others', () => {
    const { nameTexts } = extractAsText(
      'The Union for Rivers and Lakes in Westmoor (URLW) met. Ann Lee and Tom Berg (TB) spoke.',
    );
    expect(nameTexts).toContain('Union for Rivers and Lakes in Westmoor');
    expect(nameTexts).toContain('Ann Lee');
    expect(nameTexts).toContain('Tom Berg');
  });
});
