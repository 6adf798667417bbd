/** States, seats and titles of members of Congress, as a paper writes them. */
import { STATE_ABBREVIATIONS } from '../../words';

export const US_STATES: Record<string, string> = {
  AL: 'Alabama',
  AK: 'Alaska',
  AZ: 'Arizona',
  AR: 'Arkansas',
  CA: 'California',
  CO: 'Colorado',
  CT: 'Connecticut',
  DE: 'Delaware',
  FL: 'Florida',
  GA: 'Georgia',
  HI: 'Hawaii',
  ID: 'Idaho',
  IL: 'Illinois',
  IN: 'Indiana',
  IA: 'Iowa',
  KS: 'Kansas',
  KY: 'Kentucky',
  LA: 'Louisiana',
  ME: 'Maine',
  MD: 'Maryland',
  MA: 'Massachusetts',
  MI: 'Michigan',
  MN: 'Minnesota',
  MS: 'Mississippi',
  MO: 'Missouri',
  MT: 'Montana',
  NE: 'Nebraska',
  NV: 'Nevada',
  NH: 'New Hampshire',
  NJ: 'New Jersey',
  NM: 'New Mexico',
  NY: 'New York',
  NC: 'North Carolina',
  ND: 'North Dakota',
  OH: 'Ohio',
  OK: 'Oklahoma',
  OR: 'Oregon',
  PA: 'Pennsylvania',
  RI: 'Rhode Island',
  SC: 'South Carolina',
  SD: 'South Dakota',
  TN: 'Tennessee',
  TX: 'Texas',
  UT: 'Utah',
  VT: 'Vermont',
  VA: 'Virginia',
  WA: 'Washington',
  WV: 'West Virginia',
  WI: 'Wisconsin',
  WY: 'Wyoming',
  DC: 'the District of Columbia',
  PR: 'Puerto Rico',
  GU: 'Guam',
  VI: 'the U.S. Virgin Islands',
  AS: 'American Samoa',
  MP: 'the Northern Mariana Islands',
  PI: 'the Philippines',
  DK: 'Dakota Territory',
  OL: 'the Territory of Orleans',
};
/** US states by their name, lower case without spaces ("newyork"): the postal code. */
export const STATE_BY_NAME: ReadonlyMap<string, string> = new Map(
  Object.entries(US_STATES).map(([code, name]) => [name.toLowerCase().replace(/\s/g, ''), code]),
);

/** The postal code of a state as a tag or a sentence shortens it ("Fla.", "N.Y.", "OH"), or ''. */
export function stateCode(written: string): string {
  const k = written.replace(/[.\s]/g, '').toLowerCase();
  return STATE_ABBREVIATIONS.get(k) ?? (k.length === 2 && US_STATES[k.toUpperCase()] ? k.toUpperCase() : '') ?? '';
}

/** The postal code of a state written any way: shortened (stateCode) or in full ("Ohio", "New York"); else ''. */
export const anyStateCode = (written: string): string =>
  stateCode(written) || (STATE_BY_NAME.get(written.replace(/[.\s]/g, '').toLowerCase()) ?? '');

/** Seats whose member is a non-voting delegate (Puerto Rico's is the Resident Commissioner). */
const DELEGATE_SEATS = new Set(['DC', 'PR', 'GU', 'VI', 'AS', 'MP', 'PI', 'DK', 'OL']);

export function ordinal(n: number): string {
  const s = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${s}`;
}

const stateName = (code: string) => US_STATES[code] ?? code;

/** "Ohio's 4th district", "Alaska's at-large seat", "Ohio" (senators, delegates). */
export function seatOf(type: 'sen' | 'rep', state: string, district: number | null | undefined): string {
  const name = stateName(state);
  if (type === 'sen' || DELEGATE_SEATS.has(state)) return name;
  const owner = name.startsWith('the ') ? name.slice(4) : name;
  if (district === null || district === undefined || district < 0) return name;
  return district === 0 ? `${owner}'s at-large seat` : `${owner}'s ${ordinal(district)} district`;
}

export function titleOf(type: 'sen' | 'rep', state: string): { title: string; aliases: string[] } {
  if (type === 'sen') return { title: 'Senator', aliases: ['Sen.'] };
  if (state === 'PR')
    return { title: 'Resident Commissioner', aliases: ['Rep.', 'Congressman', 'Congresswoman', 'Congressmember'] };
  if (DELEGATE_SEATS.has(state))
    return { title: 'Delegate', aliases: ['Del.', 'Rep.', 'Congressman', 'Congresswoman', 'Congressmember'] };
  return { title: 'Representative', aliases: ['Rep.', 'Congressman', 'Congresswoman', 'Congressmember'] };
}

export const partyPart = (party: string | undefined) => (party ? ` (${party})` : '');

/** "U.S. Senator from Ohio (Republican)", "U.S. Representative for Ohio's 4th district (Democrat)". */
export function memberLine(
  type: 'sen' | 'rep',
  state: string,
  district: number | null | undefined,
  party: string | undefined,
): string {
  const { title } = titleOf(type, state);
  const seat = seatOf(type, state, district);
  return type === 'sen' || DELEGATE_SEATS.has(state)
    ? `U.S. ${title} from ${seat}${partyPart(party)}`
    : `U.S. ${title} for ${seat}${partyPart(party)}`;
}
