/** The US Congress open data's project copy (lib/knowledge/open-data/us-congress/): its shapes and source. */

export const US_CONGRESS_AS_OF = '2026-06-15';
export const US_CONGRESS_SOURCE = 'us-congress-legislators' as const;
export const BIOGUIDE_URL = 'https://bioguide.congress.gov/search/bio/';

export interface UsName {
  first: string;
  middle?: string;
  last: string;
  suffix?: string;
  nickname?: string;
  official?: string;
}
export interface UsCongressCurrent {
  bioguide: string;
  wikidata?: string;
  wikipedia?: string;
  name: UsName;
  birthday?: string;
  gender?: string;
  terms: { type: 'sen' | 'rep'; start: string; end: string; state: string; district?: number; party?: string }[];
}
export interface UsCongressExecutive {
  bioguide?: string;
  govtrack?: number;
  wikidata?: string;
  wikipedia?: string;
  name: UsName;
  birthday?: string;
  gender?: string;
  terms: { type: 'prez' | 'viceprez'; start: string; end: string; party?: string; how?: string }[];
}
export interface UsCongressHistorical {
  columns: string[];
  rows: string[][];
}
export interface UsCongressData {
  current: UsCongressCurrent[];
  executive: UsCongressExecutive[];
  historical: UsCongressHistorical;
}
