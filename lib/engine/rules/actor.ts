import { rule, type Rule } from './types';

/** Actors: who a mention is (lib/actors/actors.ts). */
export const ACTOR_RULES: readonly Rule[] = [
  // actors (who a mention is)
  {
    ...rule(
      'actor:known',
      'Known to the knowledge file',
      0.95,
      'Keir Starmer visited the valley on Monday.',
      'Tomas Berg visited the valley on Monday.',
    ),
    fixed: true,
  },
  rule(
    'actor:score-row-side',
    'A town or club named as a side in a row of scores or a league table: the club',
    0.7,
    'Results on Saturday:\nEastfield 2 Northby 1\nWestmoor 0 Southdale 3',
    'Eastfield sold 2 farms on Saturday and Northby 1.',
  ),
  rule(
    'actor:placed-elsewhere',
    'An unknown name placed by another mention or by its neighbours (a dateline, ‘in’ or ‘visited’ before it, a known country after its comma, a list with a known place): a place',
    0.6,
    'Eastfield appeals for calm.\nThe minister arrived in Eastfield on Monday.',
    'Eastfield appeals for calm.\nThe minister met Eastfield on Monday.',
  ),
  rule(
    'actor:body-elsewhere',
    'An unknown name shown as a body by a mention (its shares, its chairman, ‘the airline …’), by its first word alone, by its longer name with a legal form, by a place inside it or by a list of bodies: an organisation',
    0.6,
    'Norland Air cuts flights.\nNorland Air said it would keep two routes.',
    'Norland Air cuts flights.\nNorland Air said she would keep two routes.',
  ),
  rule(
    'actor:demonym-before-name',
    'A nationality before an unknown person’s name describes them: ‘Australian Tomas Berg’ is Tomas Berg',
    0.75,
    'Australian Tomas Berg won the race. Berg was pleased.',
    'Tomas Berg won the race. Berg was pleased.',
  ),
  rule(
    'actor:party-before-name',
    'A US party word before a person’s full name is a qualifier: ‘Democrat Tomas Berg’ is Tomas Berg',
    0.75,
    'Democrat Tomas Berg won the seat. Berg was pleased.',
    'Tomas Berg won the seat. Berg was pleased.',
  ),
  rule(
    'actor:word-before-name',
    'A capitalised word before a known person’s full name that is no part of it (a headline’s or a tag’s, or the first word of a nickname the knowledge file gives the person): ‘Crooked Tomas Berg’ is Tomas Berg',
    0.8,
    'Crooked Keir Starmer? Hardly: the crooked label never stuck.',
    'Crooked Tomas Berg? Hardly: the crooked label never stuck.',
  ),
  rule(
    'actor:member-by-surname',
    'A surname with a member of Congress’s title or party-and-state tag (‘Sen. Berg (D-Fla.)’) is the one member who fits',
    0.85,
    'Rep. Kelly (R-Miss.) voted against the bill on water rights.',
    'Ms. Kelly voted against the bill on water rights.',
  ),
  rule(
    'actor:member-state-in-text',
    'A member of Congress’s title before a full name that several former members share (‘Rep. Ann Lee’): the one of the state the article names, where it names the state of only one of them',
    0.8,
    'Rep. Patrick Murphy spoke in Tampa on Monday. Florida voters will choose in August.',
    'Rep. Patrick Murphy spoke on Monday. Florida and Pennsylvania voters will choose in August.',
  ),
  rule(
    'actor:shared-surname',
    'A surname several people in the knowledge file share, and the article does not say which one (no full name, and none of them alone in office on its date): left unlinked',
    0.6,
    'The plan, Clinton said on Tuesday, would pass.',
    'Hillary Clinton spoke first. The plan, Clinton said on Tuesday, would pass.',
  ),
  rule(
    'actor:bare-title',
    'A title of an office written as a name with no name after it (‘Prime Minister makes five pledges’): the office, whoever the text says holds it',
    0.6,
    'Prime Minister makes five pledges\nPrime Minister Ann Lee set out her plans on Monday.',
    'Prime Minister Ann Lee set out her plans on Monday.',
  ),
  rule(
    'actor:apposition',
    'Described right after the person’s name: ‘X, the spokesman,’',
    0.85,
    'Dmitry Peskov, Vladimir Putin’s spokesman, told reporters that the talks would go on.',
    'Vladimir Putin’s spokesman told reporters that the talks would go on.',
  ),
  rule(
    'actor:spokesperson-for',
    'A spokesperson for the organisation that spoke just before',
    0.7,
    'Apple said it would appeal. “We disagree with the ruling,” a spokesperson said.',
    'The ruling came on Monday. “We disagree with the ruling,” a spokesperson said.',
  ),
  rule(
    'actor:document-author',
    'A document, standing for the body that wrote it',
    0.7,
    'A new report by the Eastfield Poverty Trust was published. The report said that one child in four was poor.',
    'A new report was published. The report said that one child in four was poor.',
  ),
  rule(
    'actor:same-source',
    'The same unnamed source as before: ‘the spokesman’',
    0.65,
    'A Downing Street spokesman said the water would be cut. “It will return in May,” the spokesman said.',
    'A Downing Street spokesman said the water would be cut. “It will return in May,” a farmer said.',
  ),
];
