import { describe, expect, it } from 'vitest';
import { extractAsText } from './helpers';

describe('quotes and their cues', () => {
  it('"…," X said (AP style)', () => {
    const { quotes } = extractAsText('“We will see what happens,” Trump said on Sunday.');
    expect(quotes[0]).toMatchObject({
      text: 'We will see what happens',
      kind: 'quote',
      subject: 'Trump',
      cue: 'said',
      position: 'after',
    });
  });

  it('"…," said X (inverted)', () => {
    const { quotes } = extractAsText('"It is over," said Mr Smith.');
    expect(quotes[0]).toMatchObject({ kind: 'quote', subject: 'Mr Smith', position: 'after' });
  });

  it('colon introduction with a role speaker', () => {
    const { quotes } = extractAsText('The Prime Minister’s official spokesperson told reporters: “We are ready.”');
    expect(quotes[0]).toMatchObject({
      kind: 'quote',
      subject: 'The Prime Minister’s official spokesperson',
      cue: 'told reporters',
      position: 'colon',
    });
  });

  it('partial quotes take the speech verb before them', () => {
    const { quotes } = extractAsText(
      'Mr Witkoff insisted Putin was making a “constructive effort” and that the call showed “positive momentum”.',
    );
    expect(quotes.map((q) => [q.text, q.kind, q.subject])).toEqual([
      ['constructive effort', 'partial-quote', 'Mr Witkoff'],
      ['positive momentum', 'partial-quote', 'Mr Witkoff'],
    ]);
  });

  it('a quote ended by a full stop takes no cue from the next sentence; a question mark still may', () => {
    const { quotes } = extractAsText(
      'She wrote: “It is over.” Mr Smith also said he was leaving. “Why now?” Jones asked.',
    );
    expect(quotes.map((q) => [q.text, q.subject, q.position])).toEqual([
      ['It is over.', 'She', 'colon'],
      ['Why now?', 'Jones', 'after'],
    ]);
  });

  it('an editor’s bracketed capital opens a full quote', () => {
    const { quotes } = extractAsText('As the report states: “[T]he birth lottery matters more here than elsewhere.”');
    expect(quotes[0]).toMatchObject({ kind: 'quote', subject: 'the report', cue: 'states', position: 'colon' });
  });

  it('"warned that …" reports from after "that"; "accused X of …" from the verb', () => {
    const { reported } = extractAsText(
      'Mr Smith warned that the deal would collapse. Ms Jones accused the minister of lying to parliament.',
    );
    expect(reported.map((r) => r.text)).toEqual([
      'the deal would collapse',
      'accused the minister of lying to parliament',
    ]);
  });

  it('the writer’s own “I wrote” or “we reported” is no reported speech; an aside’s closing bracket is not said', () => {
    const { reported } = extractAsText(
      '(Alibaba says it has no plans to sell the stake.) (If you want to know why, I wrote a primer in 2009.) We reported last week that the deal was off.',
    );
    expect(reported).toEqual([{ text: 'it has no plans to sell the stake', subject: 'Alibaba', cue: 'says' }]);
  });

  it('a named owner’s body speaks ("China’s commerce ministry said"); "said when asked whether …" reports nothing', () => {
    const { reported, quotes } = extractAsText(
      'China’s commerce ministry said in a statement that it “firmly opposes” the measures. Powell said when asked whether rates would be cut in June.',
    );
    // (Powell's words are not there: only the question put to him, whose asker is not named)
    expect(reported).toEqual([
      { text: 'it “firmly opposes” the measures', subject: 'China’s commerce ministry', cue: 'said' },
      { text: 'whether rates would be cut in June', subject: '', cue: 'asked' },
    ]);
    expect(quotes[0]).toMatchObject({ text: 'firmly opposes', subject: 'China’s commerce ministry' });
  });

  it('"told X, according to Y" reports nothing of its own; a nationality word takes no place word ("Chinese state media")', () => {
    const { reported, nameTexts } = extractAsText(
      '“Both sides should talk,” Mr. Xi told Mr. Modi, according to Chinese state media.',
    );
    expect(reported).toEqual([]);
    expect(nameTexts).toEqual(['Mr. Xi', 'Mr. Modi', 'Chinese']);
  });

  it('an apposition that opens with an owner ("X, OpenAI’s largest backer, said") still points back to X', () => {
    const { quotes } = extractAsText(
      'A spokesperson for Microsoft, OpenAI’s largest backer, said the company “welcomes competition.”',
    );
    expect(quotes[0]).toMatchObject({ text: 'welcomes competition', subject: 'A spokesperson for Microsoft' });
  });

  it('"said on Monday it would …", "said in a statement the plan …": the time or venue is not what was said', () => {
    const { reported } = extractAsText(
      'Apple said on Monday it would invest $500 billion. The ministry said in a statement the plan was final.',
    );
    expect(reported.map((r) => r.text)).toEqual(['it would invest $500 billion', 'the plan was final']);
  });

  it('reported words keep the closing mark of a quotation they hold', () => {
    const { reported } = extractAsText('Democrats accused the administration of “reckless economic vandalism”.');
    expect(reported.map((r) => r.text)).toEqual(['accused the administration of “reckless economic vandalism”']);
  });

  it('according to X after the quote', () => {
    const { quotes } = extractAsText('“Sickness and tides” are to blame, according to the Department of Conservation.');
    expect(quotes[0]).toMatchObject({ subject: 'Department of Conservation', position: 'according-to' });
  });

  it('the name after a verb of naming is its object, not its speaker; "…”, spoke next." gives no cue', () => {
    const called = extractAsText('Sam Cole, who in the past called Tom Hale “a reckless man”, left early.').quotes[0];
    expect(called).toMatchObject({ text: 'a reckless man', cue: 'called' });
    expect(called.subject).not.toBe('Tom Hale');
    const relative = extractAsText('Sam Cole, who described Tom Hale as “a reckless man”, spoke next.').quotes[0];
    expect(relative).toMatchObject({ text: 'a reckless man', cue: 'described', subject: 'Sam Cole' });
  });

  it('scare quotes, names in single quotes and imagined speech are not speech', () => {
    const { quotes } = extractAsText(
      'Chiefs from the ‘coalition of the willing’ met. He had a string of "wins" on healthcare. He smiled as if to say "You think you got me?" and left.',
    );
    expect(quotes.map((q) => q.kind)).toEqual(['not-speech', 'not-speech', 'not-speech']);
  });

  it('words put in someone’s mouth by "call", "describe", "liken" are theirs; "a call for" is a noun', () => {
    const said = extractAsText('The two senators call the plan “a dead end” and move on.').quotes[0];
    expect(said).toMatchObject({ text: 'a dead end', subject: 'The two senators', cue: 'call' });
    const likened = extractAsText('A critic, Ann Lee, likened the bill to “feeding the wolves” in May.').quotes[0];
    expect(likened).toMatchObject({ text: 'feeding the wolves', cue: 'likened' });
    expect(likened.kind).not.toBe('not-speech');
    const noun = extractAsText('The board dropped a call for “lower fees” from its plan.').quotes[0];
    expect(noun).toMatchObject({ text: 'lower fees', kind: 'not-speech', cue: null });
    const modified = extractAsText('Lee said the upcoming call with the mayor was a sign of “real progress”.')
      .quotes[0];
    expect(modified).toMatchObject({ text: 'real progress', cue: 'said' });
  });

  it('apostrophes are not single quotes', () => {
    const { quotes } = extractAsText("The president's team and the countries' leaders said we're fine in the '90s.");
    expect(quotes).toEqual([]);
  });

  it('a quote over several paragraphs: opening mark on each, closing only at the end', () => {
    const text = 'She said: “First part of the speech.\n“Second part of the speech.”';
    const { quotes } = extractAsText(text);
    expect(quotes.map((q) => [q.text, q.continues])).toEqual([
      ['First part of the speech.', false],
      ['Second part of the speech.', true],
    ]);
  });

  it('nested quotes stay inside the outer quote', () => {
    const { quotes } = extractAsText('“He told me ‘never again’ and left,” she said.');
    expect(quotes[0]).toMatchObject({ text: 'He told me ‘never again’ and left', kind: 'quote', subject: 'she' });
    expect(quotes[1]).toMatchObject({ text: 'never again', kind: 'not-speech', reason: 'quote:inside-quote' });
  });
});

describe('cues of court and White House reporting', () => {
  it('“…,” press secretary X said: past a title in lower case', () => {
    const { quotes } = extractAsText('“We will appeal,” press secretary Karoline Leavitt said in a statement.');
    expect(quotes.map((q) => [q.subject, q.cue])).toEqual([['Karoline Leavitt', 'said']]);
  });

  it('“…, calling it “…”” and “…, saying …”: the subject that opens the clause, else no one', () => {
    const { quotes } = extractAsText(
      'Starmer rejected the plan, saying it was “a betrayal of our values”. SEATTLE (AP) — A federal judge on Thursday blocked President Trump’s order, calling it “blatantly unconstitutional.”',
    );
    expect(quotes.map((q) => [q.text, q.kind, q.subject, q.cue])).toEqual([
      ['a betrayal of our values', 'partial-quote', 'Starmer', 'saying'],
      ['blatantly unconstitutional', 'partial-quote', null, 'calling'],
    ]);
  });

  it('“U.S. District Judge X”: the court’s words are part of the title', () => {
    const { names } = extractAsText(
      'U.S. District Judge John Coughenour issued the order. Circuit Judge Jane Doe dissented.',
    );
    expect(names.map((n) => [n.text, n.title])).toEqual([
      ['U.S.', null],
      ['District Judge John Coughenour', 'district judge'],
      ['Circuit Judge Jane Doe', 'circuit judge'],
    ]);
  });
});

describe('European politics pages', () => {
  it('a letter before a word that opens sentences ends a sentence (“… on X. His chief of staff …”); initials stay inside', () => {
    const { findings, nameTexts } = extractAsText(
      'He wrote on X. His chief of staff agreed. George W. Bush and Vladimir V. Putin met.',
    );
    expect(findings.sentences).toHaveLength(3);
    expect(nameTexts).toEqual(['X', 'George W. Bush', 'Vladimir V. Putin']);
  });

  it('the audience told is not what was told; the verb of a quotation’s cue reports nothing more', () => {
    const { reported, quotes } = extractAsText(
      '“Europe must be ready,” Merz told a joint press conference at the Chancellery. Macron told a rally the plan had failed.',
    );
    expect(quotes.map((q) => [q.subject, q.cue])).toEqual([['Merz', 'told a']]);
    expect(reported.map((r) => [r.text, r.subject])).toEqual([['the plan had failed', 'Macron']]);
  });

  it('“X of the Y accused …”: the person, not the body; “said Friends of the Earth” is a name, “Allies of X said” a source', () => {
    const { reported, names } = extractAsText(
      'Opposition leader Yoshihiko Noda of the Constitutional Democratic Party accused her of reckless spending. The plan will fail the planet, said Friends of the Earth.',
    );
    expect(reported.map((r) => r.subject)).toEqual(['Yoshihiko Noda', 'Friends of the Earth']);
    expect(names.filter((n) => n.kind === 'source')).toEqual([]);
  });

  it('a second verb after “and” has the first one’s subject; “reported” reports; a job after capitalised words is an apposition', () => {
    const { reported } = extractAsText(
      'Asaad al-Shibani described the visit as “historic” and said Saudi Arabia had promised to help rebuild the economy. ' +
        'The two leaders discussed reconstruction and investment, the official Saudi Press Agency reported. ' +
        'Lama Fakih, Middle East director at Human Rights Watch, said the new authorities must change course. ' +
        'Elizabeth Warren accused Powell of keeping rates too high and urged him to act.',
    );
    expect(reported.map((r) => [r.subject, r.cue])).toEqual([
      ['Asaad al-Shibani', 'said'],
      ['Saudi Press Agency', 'reported'],
      ['Lama Fakih', 'said'],
      ['Elizabeth Warren', 'accused'], // (one claim: "urged him to act" is inside it)
    ]);
  });

  it('“…,” Aemet spokesman Rubén del Campo told reporters: the person after a body and a job; “…, the national weather agency Aemet said”', () => {
    const { quotes, reported, names } = extractAsText(
      '“We are seeing climate change in real time,” Aemet spokesman Rubén del Campo told reporters. ' +
        'The previous record was set in the town in 1965, the national weather agency Aemet said.',
    );
    expect(quotes.map((q) => q.subject)).toEqual(['Rubén del Campo']);
    expect(reported.map((r) => [r.text, r.subject])).toEqual([
      ['The previous record was set in the town in 1965', 'Aemet'],
    ]);
    expect(names.find((n) => n.text === 'Aemet' && n.title)).toBeUndefined(); // "agency" is no person's title
  });

  it('AP party-and-state tags: “(R-S.D.)”, “, R-La.,”, “, D-N.Y.,” are no names and stand between a speaker and the verb', () => {
    const { quotes, reported, nameTexts } = extractAsText(
      '“This is a clean bill,” Senate Majority Leader John Thune (R-S.D.) said. ' +
        'House Speaker Mike Johnson, R-La., told CNN’s “State of the Union” that the House would vote on Wednesday. ' +
        'Rep. Alexandria Ocasio-Cortez, D-N.Y., called the bill “a hostage note.”',
    );
    expect(nameTexts).toEqual([
      'Senate Majority Leader John Thune',
      'House Speaker Mike Johnson',
      'CNN',
      'State of the Union',
      'House',
      'Rep. Alexandria Ocasio-Cortez',
    ]);
    expect(quotes.filter((q) => q.kind !== 'not-speech').map((q) => q.subject)).toEqual([
      'Senate Majority Leader John Thune',
      'Rep. Alexandria Ocasio-Cortez',
    ]);
    expect(reported.map((r) => [r.text, r.subject])).toEqual([
      ['the House would vote on Wednesday', 'House Speaker Mike Johnson'],
    ]);
  });

  it('UK politics: a long apposition; “…, calling it “…”” after a verb of saying; “the prime minister’s official spokesman”', () => {
    const { reported, quotes } = extractAsText(
      'But Meg Hillier, the chair of the Treasury select committee and one of the organisers of the amendment, said the changes had been rushed. ' +
        'The Conservative leader, Kemi Badenoch, said her party would vote against the bill, calling it “a mess”. ' +
        'Asked whether the vote would go ahead, the prime minister’s official spokesman said: “Yes.”',
    );
    // (the question put to the spokesman, its asker not named: no subject)
    expect(reported.map((r) => r.subject)).toEqual(['Meg Hillier', 'Kemi Badenoch', '']);
    expect(quotes.map((q) => [q.text, q.subject])).toEqual([
      ['a mess', 'Kemi Badenoch'],
      ['Yes.', 'the prime minister’s official spokesman'],
    ]);
  });

  it('“…,” Brazil’s President X said: the person, not the country; “…, according to negotiators.”', () => {
    const { quotes, reported } = extractAsText(
      '“We have shown that multilateralism is alive,” Brazil’s President Luiz Inácio Lula da Silva said. ' +
        'Saudi Arabia and other oil producers had resisted any reference to coal, according to negotiators.',
    );
    expect(quotes.map((q) => q.subject)).toEqual(['President Luiz Inácio Lula da Silva']);
    expect(reported.map((r) => [r.text, r.subject])).toEqual([
      ['Saudi Arabia and other oil producers had resisted any reference to coal', 'negotiators'],
    ]);
  });

  it('war reports: “the regional governor said”, “…,” Ukraine’s commander-in-chief, X, said; “General Staff” is a body', () => {
    const { quotes, reported, names } = extractAsText(
      'Drones hit an oil refinery overnight, sparking a large fire, the regional governor said on Thursday, as talks began. ' +
        '“We will continue to hit the infrastructure,” Ukraine’s commander-in-chief, Oleksandr Syrskyi, said in a statement. ' +
        'Ukraine’s General Staff confirmed the strike.',
    );
    expect(reported.map((r) => r.subject)).toEqual(['the regional governor']);
    expect(quotes.map((q) => q.subject)).toEqual(['Oleksandr Syrskyi']);
    expect(names.map((n) => [n.text, n.title]).filter(([t]) => t === 'General Staff')).toEqual([
      ['General Staff', null],
    ]);
  });

  it('people in the plural who speak are sources: “aid workers say …”, “survivors said …”', () => {
    const { reported } = extractAsText(
      'At a crowded camp near the border, aid workers say supplies are running out. Survivors said the shelling went on for hours.',
    );
    expect(reported.map((r) => [r.text, r.subject])).toEqual([
      ['supplies are running out', 'workers'],
      ['the shelling went on for hours', 'Survivors'],
    ]);
  });

  it('a thing done is no statement (“conceded defeat shortly after 10pm”); a second speaker who “called” it ends the first one’s words', () => {
    const { reported } = extractAsText(
      'Dutton conceded defeat shortly after 10pm. Keir Starmer said he looked forward to working with Albanese, while New Zealand’s Christopher Luxon called him a good friend. ' +
        'It said most of the debris burnt up but some fell to Earth over what it called an empty area.',
    );
    expect(reported.map((r) => r.text)).toEqual([
      'he looked forward to working with Albanese',
      'most of the debris burnt up but some fell to Earth over what it called an empty area',
    ]);
  });

  it('“…, according to the Office for National Statistics, driven by …”: the words before the source', () => {
    const { reported } = extractAsText(
      'Inflation rose to 3.6% in June, according to the Office for National Statistics, driven by higher food prices.',
    );
    expect(reported.map((r) => [r.text, r.subject])).toEqual([
      ['Inflation rose to 3.6% in June', 'Office for National Statistics'],
    ]);
  });

  it('“…,” Congress leader Rahul Gandhi told reporters outside the Lok Sabha: the person; where he said it is no statement', () => {
    const { quotes, reported } = extractAsText(
      '“This is an attack on democracy itself,” Congress leader Rahul Gandhi told reporters outside the Lok Sabha, the lower house.',
    );
    expect(quotes.map((q) => q.subject)).toEqual(['Rahul Gandhi']);
    expect(reported).toEqual([]);
  });

  it('an apposition with an owner of several words: “Dmitry Peskov, Vladimir Putin’s spokesman, told reporters”', () => {
    const { reported } = extractAsText(
      'Dmitry Peskov, Vladimir Putin’s spokesman, told reporters that the plan was unacceptable.',
    );
    expect(reported.map((r) => r.subject)).toEqual(['Dmitry Peskov']);
  });
});

describe('reported speech', () => {
  it('X said (that) …, X has accused Y of …, X told reporters …', () => {
    const { reported } = extractAsText(
      'Putin has said Ukraine must give up its ambitions. Keir Starmer has accused Putin of playing for time. Trump told reporters the aim of the call was peace. Officials said that talks were premature.',
    );
    expect(reported).toEqual([
      { text: 'Ukraine must give up its ambitions', subject: 'Putin', cue: 'said' },
      { text: 'accused Putin of playing for time', subject: 'Keir Starmer', cue: 'accused' },
      { text: 'the aim of the call was peace', subject: 'Trump', cue: 'told' },
      { text: 'talks were premature', subject: 'Officials', cue: 'said' },
    ]);
  });

  it('wire style: the source last, described ("local health officials said") or after "according to"', () => {
    const { reported } = extractAsText(
      'JERUSALEM, Dec 3 (Reuters) - Air strikes killed at least 27 people on Tuesday, local health officials said, as talks stalled. ' +
        'More than 44,000 people have been killed since the war began, according to the Gaza health ministry, which does not count fighters. ' +
        'The army left the city, but officials said. He met the envoy, according to Peskov, and then left.',
    );
    expect(reported).toEqual([
      { text: 'Air strikes killed at least 27 people on Tuesday', subject: 'officials', cue: 'said' },
      {
        text: 'More than 44,000 people have been killed since the war began',
        subject: 'the Gaza health ministry',
        cue: 'according to',
      },
      // ("according to X" set in commas inside the sentence: the whole sentence is X's)
      { text: 'He met the envoy, according to Peskov, and then left', subject: 'Peskov', cue: 'according to' },
    ]);
  });

  it('sources known by whom they stand with speak: “allies of Rayner”, “a friend of the couple”, “one Labour backbencher”', () => {
    const { reported, quotes, names } = extractAsText(
      'Allies of Rayner said she had pushed for more money. A friend of the couple said they were shocked. ' +
        'One Labour backbencher said: “People are worried.” He visited a friend in Leeds. His allies were angry.',
    );
    expect(reported.map((r) => r.subject)).toEqual(['Allies of Rayner', 'A friend of the couple']);
    expect(quotes.map((q) => q.subject)).toEqual(['One Labour backbencher']);
    expect(names.filter((n) => n.kind === 'source').map((n) => n.text)).toEqual([
      'Allies of Rayner',
      'A friend of the couple',
      'One Labour backbencher',
    ]);
  });

  it('a source named at the end of someone’s reported words is not part of them', () => {
    const { reported } = extractAsText(
      'Mr. Modi said the two countries were partners and not rivals, according to a statement released by the ministry. ' +
        'Mr. Xi told him that China and India should be friends and good neighbours, Chinese state media reported.',
    );
    // (reported:according-over-verb: the statement passes on the whole first sentence, Mr. Modi's words with it;
    // reported:source-over-verb: so does the state media the second, Mr. Xi's)
    expect(reported.map((r) => [r.text, r.subject])).toEqual([
      ['Mr. Modi said the two countries were partners and not rivals', 'a statement'],
      ['Mr. Xi told him that China and India should be friends and good neighbours', 'Chinese state media'],
    ]);
  });

  it('a long relative clause between the source and its verb; a verb of saying used as a noun is none', () => {
    const { reported, quotes } = extractAsText(
      'A senior Hamas official, who spoke on condition of anonymity because he was not authorised to brief the media, said the group was studying the proposal but that Israel’s demands remained “unacceptable”.',
    );
    expect(reported.map((r) => [r.subject, r.cue])).toEqual([['A senior Hamas official', 'said']]);
    expect(quotes.map((q) => [q.text, q.subject, q.cue])).toEqual([
      ['unacceptable', 'A senior Hamas official', 'said'],
    ]);
  });
});

describe('numbers', () => {
  it('finds figures with their units and nouns', () => {
    const { numerics } = extractAsText(
      'More than 30 countries back a 30-day ceasefire; 26 other nations joined. Prices rose 4.1% and the deal cost £2.3bn, under Russian control since 2014. On 17 March at 10:30 it ended.',
    );
    expect(numerics).toEqual([
      'More than 30 countries',
      '30-day ceasefire',
      '26 other nations',
      '4.1%',
      '£2.3bn',
      'since 2014',
    ]);
  });

  it('a year, an age naming someone, a list number or a page number is no figure (issue 16)', () => {
    const { numerics } = extractAsText(
      'In 1991, the mill closed and by 2030 the site will be homes. A 93-year-old said 4,000 jobs went.\n\n1. The council votes on Monday.\n\nSee page 12 for the list; the fund has grown since 2014.',
    );
    expect(numerics).toEqual(['4,000 jobs', 'since 2014']);
  });

  it('a year before the words it dates is no figure; a count of a year’s size with a comma, a modifier or a unit is', () => {
    const { numerics } = extractAsText(
      'Her 2009 book drew a lawsuit before the 2014 midterm race. The 2003 floods cost 1,950 homes. More than 1900 people came and paid 1950 dollars each.',
    );
    expect(numerics).toEqual(['1,950 homes', 'More than 1900 people', '1950 dollars']);
  });

  it('a count of a people takes its capitalised plural ("27 Palestinians", "200 Britons")', () => {
    const { numerics } = extractAsText(
      'Strikes killed at least 27 Palestinians. About 200 Britons and 40 Israelis left. He lives at 10 Downing Street. More than 120 Labour MPs signed it.',
    );
    expect(numerics).toEqual([
      'at least 27 Palestinians',
      'About 200 Britons',
      '40 Israelis',
      'More than 120 Labour MPs',
    ]);
  });

  it('a month next to a number makes a date; a month further on does not', () => {
    const { numerics } = extractAsText(
      'Employers added 147,000 jobs in June. Talks on 5 June and on June 12 ended. Since May, 300 people left.',
    );
    expect(numerics).toEqual(['147,000 jobs', '300 people']);
  });

  it('a date passed over leaves the words after it to the next figure; “Feb. 19” is a date; a noun stops at “whose”', () => {
    const { numerics } = extractAsText(
      'The Sept. 11 attacks killed nearly 3,000 people. Children born after Feb. 19 are covered. He paid 300 people whose homes burned.',
    );
    expect(numerics).toEqual(['nearly 3,000 people', '300 people']);
  });

  it('a time of day is no figure (“7 p.m.”, “10am”); “7 pm” and “8 people” are told apart', () => {
    const { numerics } = extractAsText(
      'Polls close at 7 p.m. and the count starts at 10am. Doors open at 8 PM; 300 people queued and 8 pieces sold.',
    );
    expect(numerics).toEqual(['300 people', '8 pieces']);
  });

  it('an index named with a number is no figure; a figure’s noun stops at a preposition', () => {
    const { numerics } = extractAsText(
      'The S&P 500 fell 1.2% and the FTSE 100 rose. The dollar rose 0.4% against the euro, and 54 compared with 30 last year.',
    );
    expect(numerics).toEqual(['1.2%', '0.4%']);
  });

  it('a figure takes a capitalised modifier and stops at a verb; a score is no figure', () => {
    const { numerics } = extractAsText(
      'Some 30 people were killed. Up to 500 homes were lost. A 30-day ceasefire began after a 2-1 defeat.',
    );
    expect(numerics).toEqual(['Some 30 people', 'Up to 500 homes', '30-day ceasefire']);
  });

  it('an age that names someone ("the 59-year-old") is no figure', () => {
    const { numerics, reported } = extractAsText(
      'The 59-year-old insisted that he had always followed the advice. His 22-year-old son left.',
    );
    expect(numerics).toEqual([]);
    expect(reported[0]).toMatchObject({ subject: 'The 59-year-old', cue: 'insisted' });
  });

  it('digits that end a name are not figures', () => {
    const { numerics } = extractAsText(
      'The Progress MS-04 cargo ship broke up. Two F-16 jets flew, and Covid-19 cases rose by 4%.',
    );
    expect(numerics).toEqual(['4%']);
  });
});

describe('quotation marks that are not speech', () => {
  it.each([
    ['He told “The Times” that he would stay.', 'quote:title-case'],
    ['She starred in “The Crown” for two years.', 'quote:title-case'],
    ['The boat, nicknamed ‘The Beast’, sank.', 'quote:term-after-word'],
    ['He is 6\'2" tall and very fit.', null],
  ])('%s', (text, reason) => {
    const { quotes } = extractAsText(text);
    if (reason === null) expect(quotes).toEqual([]);
    else expect(quotes[0]).toMatchObject({ kind: 'not-speech', reason });
  });
});

describe('mixed marks', () => {
  it('straight double marks inside curly ones do not close the quote', () => {
    const { quotes } = extractAsText('“He said "no" to me,” she said.');
    expect(quotes[0]).toMatchObject({ text: 'He said "no" to me', subject: 'she' });
  });

  it('a line that is only a short quotation in single marks, where speech is in double marks, is a heading', () => {
    const text = [
      '“The mill kept this town alive,” said Mia Holt, who worked there for 20 years.',
      '“Nobody expected it to close,” she said.',
      '“We had orders until March,” said Tomas Berg, a foreman.',
      '‘A very hard winter.’',
      'By December the last shift had gone home.',
    ].join('\n');
    const { quotes } = extractAsText(text);
    expect(quotes.find((q) => q.text === 'A very hard winter.')).toMatchObject({
      kind: 'not-speech',
      reason: 'quote:heading',
    });
  });

  it('counter-example: where speech is in single marks, such a line stays a quotation', () => {
    const text = [
      '‘The mill kept this town alive,’ said Mia Holt, who worked there for 20 years.',
      '‘Nobody expected it to close,’ she said.',
      '‘It was a very hard winter.’',
    ].join('\n');
    const { quotes } = extractAsText(text);
    expect(quotes.find((q) => q.text === 'It was a very hard winter.')?.kind).toBe('quote');
  });
  it('two apostrophes typed for a double mark are one mark, and single marks inside them are nested', () => {
    const { quotes } = extractAsText("''We called it the 'harbor plan' for years,'' Mia Holt said.");
    expect(quotes[0]).toMatchObject({
      text: "We called it the 'harbor plan' for years",
      kind: 'quote',
      subject: 'Mia Holt',
    });
    expect(quotes.find((q) => q.text === 'harbor plan')?.kind).toBe('not-speech');
  });

  it('the closing pair right after a nested quotation closes: three apostrophes', () => {
    const { quotes } = extractAsText("''All I heard from them was 'noQ said Mia Holt.".replace('Q', "'''"));
    expect(quotes[0]).toMatchObject({ text: "All I heard from them was 'no'", kind: 'quote', subject: 'Mia Holt' });
  });
});
