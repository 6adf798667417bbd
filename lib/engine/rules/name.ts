import { rule, type Rule } from './types';

/** Names: the kind of name a mention is (lib/actors/actors.ts). */
export const NAME_RULES: readonly Rule[] = [
  // names (what kind of name a mention is)
  rule(
    'name:capitalised',
    'A name in capitals',
    0.8,
    'Tomas Berg farms in the valley.',
    'the farmer farms in the valley.',
  ),
  rule(
    'name:says-after',
    'A name opening its sentence, before a verb of saying',
    0.75,
    'The council met on Monday.\nBergstrom said the gates would be fixed.',
    'The council met on Monday.\nYesterday said nothing about the gates.',
  ),
  rule(
    'name:acronym',
    'An abbreviation',
    0.8,
    'The town asked the UN for help with the drought.',
    'The town asked the neighbours for help with the drought.',
  ),
  rule(
    'name:role',
    'An office or body named by its role: ‘the prime minister’, ‘the ministry’',
    0.75,
    'The UK prime minister visited the valley on Monday.',
    'The farmer visited the valley on Monday.',
  ),
  rule(
    'name:unnamed-source',
    'An unnamed source: ‘a spokesperson’, ‘officials’',
    0.8,
    'Officials said that the council would cut the water supply next month.',
    'The council would cut the water supply next month.',
  ),
  rule(
    'name:known-phrase',
    'A name the knowledge file knows, written in lower case',
    0.75,
    'Leaders of the coalition of the willing met in Paris on Monday.',
    'Leaders of the willing coalition met in Paris on Monday.',
  ),
  rule(
    'name:quoted-term',
    'A name set in quotation marks once and written plainly elsewhere',
    0.7,
    'Residents joined the “Save Our River” campaign. On Monday the save our river campaign met.',
    'Residents joined the Save Our River campaign. On Monday the campaign met.',
  ),
];
