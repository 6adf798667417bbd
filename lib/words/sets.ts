/**
 * The word classes compiled into Sets and regexes that the steps test token by token or match (titles,
 * speech verbs, source nouns, …), from their data files. Each class built by a call is marked
 * `@__PURE__`, so a bundle that never reads it leaves it and its file out. See lib/words/index.ts, which exports both.
 */

import { set, alternation, wholeWords } from './compile';
import { words as abbreviations } from './abbreviations.json';
import { words as audiences } from './audiences.json';
import { words as auxiliaries } from './auxiliaries.json';
import { words as bareSubjects } from './bare-subjects.json';
import { words as bodyNameEndings } from './body-name-endings.json';
import { words as calendar } from './calendar.json';
import { words as chamberWords } from './chamber-words.json';
import { words as dayEventWords } from './day-event-words.json';
import { words as collectivePossessors } from './collective-possessors.json';
import { words as courtWords } from './court-words.json';
import { words as descriptionRoles } from './description-roles.json';
import { words as documents } from './documents.json';
import { words as femaleGivenNames } from './female-given-names.json';
import { words as femaleTitles } from './female-titles.json';
import { words as figureStopWords } from './figure-stop-words.json';
import { words as measureNouns } from './measure-nouns.json';
import { words as monthAbbreviations } from './month-abbreviations.json';
import { words as negativeSubjects } from './negative-subjects.json';
import { words as genericTlds } from './generic-tlds.json';
import { words as headlineWords } from './headline-words.json';
import { words as headlineLowerWords } from './headline-lower-words.json';
import { words as peopleGroupWords } from './people-group-words.json';
import { words as honorifics } from './honorifics.json';
import { words as institutionNouns } from './institution-nouns.json';
import { words as jobTitles } from './job-titles.json';
import { words as jobWords } from './job-words.json';
import { words as listenerVerbs } from './listener-verbs.json';
import { words as circumstanceHeads } from './circumstance-heads.json';
import { words as describedSourceFollowers } from './described-source-followers.json';
import { words as lowerTitleHeads } from './lower-title-heads.json';
import { words as maleGivenNames } from './male-given-names.json';
import { words as maleTitles } from './male-titles.json';
import { words as mediaLabels } from './media-labels.json';
import { words as modalBeforeVerb } from './modal-before-verb.json';
import { words as nameDeterminers } from './name-determiners.json';
import { words as nameParticles } from './name-particles.json';
import { words as notSourceWords } from './not-source-words.json';
import { words as objectFirstVerbs } from './object-first-verbs.json';
import { words as ofHeads } from './of-heads.json';
import { words as orgHeads } from './org-heads.json';
import { words as numberedHeads } from './numbered-heads.json';
import { words as peoplePlurals } from './people-plurals.json';
import { words as businessHeads } from './business-heads.json';
import { words as celestialBodies } from './celestial-bodies.json';
import { words as bodyHeadsBeforeOf } from './body-heads-before-of.json';
import { words as participleCues } from './participle-cues.json';
import { words as partyLabels } from './party-labels.json';
import { words as stateDemonyms } from './state-demonyms.json';
import { words as partyMembers } from './party-members.json';
import { words as passerBy } from './passer-by.json';
import { words as placeTails } from './place-tails.json';
import { words as orgWords } from './org-words.json';
import { words as outlets } from './outlets.json';
import { words as placeWords } from './place-words.json';
import { words as plainSpeechVerbs } from './plain-speech-verbs.json';
import { words as phraseEnds } from './phrase-ends.json';
import { words as pluralOwnedHeads } from './plural-owned-heads.json';
import { words as pronouns } from './pronouns.json';
import { words as quantifierSources } from './quantifier-sources.json';
import { words as relationSources } from './relation-sources.json';
import { words as reportingVerbs } from './reporting-verbs.json';
import { words as roleNouns } from './role-nouns.json';
import { words as roleScopes } from './role-scopes.json';
import { words as stateAbbreviations } from './state-abbreviations.json';
import { words as sentenceWords } from './sentence-words.json';
import { words as shownVerbs } from './shown-verbs.json';
import { words as sourceAdjectives } from './source-adjectives.json';
import { words as sourceHeadFollowers } from './source-head-followers.json';
import { words as sourceNouns } from './source-nouns.json';
import { words as speechVerbs } from './speech-verbs.json';
import { words as subjectDeterminers } from './subject-determiners.json';
import { words as thoughtVerbs } from './thought-verbs.json';
import { words as timeWords } from './time-words.json';
import { words as titleModifiers } from './title-modifiers.json';
import { words as jobAreas } from './job-areas.json';
import { words as titles } from './titles.json';
import { words as verbFillers } from './verb-fillers.json';
import { words as weakTitles } from './weak-titles.json';
import { words as reportingVerbsBeforeThat } from './reporting-verbs-before-that.json';

/** Honorifics and titles written before a name ("Sir", "Prime Minister", "Sen."). */
export const TITLES = /* @__PURE__ */ set(titles);
/** Titles that are also plain words and must be capitalised to count ("General Motors" aside). */
export const WEAK_TITLES = /* @__PURE__ */ set(weakTitles);
/** Nouns that tell who a person is, for what the article says of them (lib/actors/descriptions.ts). */
export const DESCRIPTION_ROLES = /* @__PURE__ */ set(descriptionRoles);
/** Honorifics: how a person is addressed, not who they are ("Mr.", "Dr."). */
export const HONORIFICS = /* @__PURE__ */ set(honorifics);
/** Honorifics that tell the sex of the person. */
export const MALE_TITLES = /* @__PURE__ */ set(maleTitles);
export const FEMALE_TITLES = /* @__PURE__ */ set(femaleTitles);
/** Given names almost always a man's, or a woman's ("Hillary Clinton": "she"). */
export const MALE_GIVEN_NAMES = /* @__PURE__ */ set(maleGivenNames);
export const FEMALE_GIVEN_NAMES = /* @__PURE__ */ set(femaleGivenNames);
/** Whether a lower-case word is a given name the lists hold ("ann", "ion"). */
export const isGivenName = (w: string): boolean => MALE_GIVEN_NAMES.has(w) || FEMALE_GIVEN_NAMES.has(w);
/** The sex a full name's given name tells ("Hillary Clinton": 'f'), when a word follows it and it is almost always one sex's. */
export function givenNameSex(name: string): 'm' | 'f' | null {
  const first = /^(\p{L}+)\s+\S/u.exec(name)?.[1].toLowerCase();
  return !first ? null : MALE_GIVEN_NAMES.has(first) ? 'm' : FEMALE_GIVEN_NAMES.has(first) ? 'f' : null;
}
/** Lower-case words inside names: "Ursula von der Leyen", "Bank of England", "Mohammed bin Salman". */
export const NAME_PARTICLES = /* @__PURE__ */ set(nameParticles);
/** Words that open a sentence with a capital but are not names on their own. */
export const SENTENCE_WORDS = /* @__PURE__ */ set(sentenceWords);
/** Days and months: capitalised, never names on their own. */
export const CALENDAR = /* @__PURE__ */ set(calendar);
/** A chamber's bare word ("House", "Senate"): its country's body only where the article is about that country. */
export const CHAMBER_WORDS = /* @__PURE__ */ set(chamberWords);
/** Subjects that say nobody says it ("few", "no one"): a denial, no source. */
export const NEGATIVE_SUBJECTS = /* @__PURE__ */ set(negativeSubjects);
/** Months cut short with a stop ("dec", "sept"): a date's, before a day's number. */
export const MONTH_ABBREVIATIONS = /* @__PURE__ */ set(monthAbbreviations);
/** Words that with a weekday name a day or an event ("Super Tuesday", "Black Friday"). */
export const DAY_EVENT_WORDS = /* @__PURE__ */ set(dayEventWords);
/** Speech and thought verbs, past and present (with the plain present: "critics say"). */
export const SPEECH_VERBS = /* @__PURE__ */ set(speechVerbs, plainSpeechVerbs);
/** Verbs that, followed by "that" or a clause, report speech without quotation marks. */
export const REPORTING_VERBS = /* @__PURE__ */ set(reportingVerbs, plainSpeechVerbs, reportingVerbsBeforeThat);
/** Reporting verbs whose words follow "that" only ("responded that …"): lib/speech/reported.ts. */
export const REPORTING_VERBS_BEFORE_THAT = /* @__PURE__ */ set(reportingVerbsBeforeThat);
/** Reporting verbs whose object comes first: the reported content starts at the verb ("accused Putin of …"). */
export const OBJECT_FIRST_VERBS = /* @__PURE__ */ set(objectFirstVerbs);
/** Verbs that take a listener: "told reporters", "told the BBC". */
export const LISTENER_VERBS = /* @__PURE__ */ set(listenerVerbs);
export const CIRCUMSTANCE_HEADS = /* @__PURE__ */ set(circumstanceHeads);
export const DESCRIBED_SOURCE_FOLLOWERS = /* @__PURE__ */ set(describedSourceFollowers);
/** Words allowed between a subject and its speech verb ("Mr Obama also said", "she has previously said"). */
export const VERB_FILLERS = /* @__PURE__ */ set(verbFillers);
/** Nouns for offices, written after "the" ("the Prime Minister", "the Russian leader"). */
export const ROLE_NOUNS = /* @__PURE__ */ set(roleNouns);
/** Institutions a text names again by a common noun ("the ministry", "the company"). */
export const INSTITUTION_NOUNS = /* @__PURE__ */ set(institutionNouns);
/** Documents that speak for their authors: "the report said", "a statement from the Kremlin said". */
export const DOCUMENTS = /* @__PURE__ */ set(documents);
/** Heads of unnamed sources ("a Downing Street spokesman", "officials", "a senior official", "the report"). */
export const SOURCE_NOUNS = /* @__PURE__ */ set(sourceNouns, documents);

/** The first words of a web page's labels for a picture: "Image caption, …", "Image source, Getty Images". */
export const MEDIA_LABELS = /* @__PURE__ */ set(mediaLabels);
const MEDIA_LABEL_WORDS = [...MEDIA_LABELS].join('|');
/** "Image caption, " and the like, as a regex source. */
export const MEDIA_CAPTION = `\\b(?:${MEDIA_LABEL_WORDS})\\s+caption,`;
/** "Image source, " and the like, as a regex source. */
export const MEDIA_SOURCE = `(?:${MEDIA_LABEL_WORDS})\\s+source\\s*,\\s*`;

/** Ordinary people, and people known by whom they stand with, who are sources only as they speak: "a resident said", "one ally said". */
export const PASSER_BY = /* @__PURE__ */ set(passerBy);
/** Adjectives inside a source phrase ("the Prime Minister's official spokesperson"). */
export const SOURCE_ADJECTIVES = /* @__PURE__ */ set(sourceAdjectives);
/** Pronouns that can stand for a speaker. */
export const PRONOUNS = /* @__PURE__ */ set(pronouns);

// The classes one step reads (lib/speech, lib/names, lib/figures, lib/text, lib/actors, lib/claims).
export const BARE_SUBJECTS = /* @__PURE__ */ set(bareSubjects);
export const MODAL_BEFORE_VERB = /* @__PURE__ */ set(modalBeforeVerb);
export const NOT_SOURCE_WORDS = /* @__PURE__ */ set(notSourceWords);
export const PARTICIPLE_CUES = /* @__PURE__ */ set(participleCues);
export const AUDIENCES = /* @__PURE__ */ set(audiences);
export const JOB_WORDS = /* @__PURE__ */ set(jobWords);
/** Before a noun ("his claims"): see subject-determiners.json for why it differs from NAME_DETERMINERS. */
export const SUBJECT_DETERMINERS = /* @__PURE__ */ set(subjectDeterminers);
/** Opening a described person ("a spokesman", "one official"): see name-determiners.json. */
export const NAME_DETERMINERS = /* @__PURE__ */ set(nameDeterminers);
export const OF_HEADS = /* @__PURE__ */ set(ofHeads);
export const PLACE_TAILS = /* @__PURE__ */ set(placeTails);
export const QUANTIFIER_SOURCES = /* @__PURE__ */ set(quantifierSources);
export const PLURAL_OWNED_HEADS = /* @__PURE__ */ set(pluralOwnedHeads);
/** "Joe's Market", "Sam's Club": shops' heads after an owner's possessive (possessiveInside). */
export const BUSINESS_HEADS = /* @__PURE__ */ set(businessHeads);
/** "on Earth", "the Moon": bodies of the sky, places (celestialBody). */
export const CELESTIAL_BODIES = /* @__PURE__ */ set(celestialBodies);
/** "Economic Club of …", "Boy Scouts of …": body heads after which "of" stays in the name (rule name:body-of). */
export const BODY_HEADS_BEFORE_OF = /* @__PURE__ */ set(bodyHeadsBeforeOf);
export const JOB_TITLES = /* @__PURE__ */ set(jobTitles);
export const BODY_NAME_ENDINGS = /* @__PURE__ */ set(bodyNameEndings);
export const COLLECTIVE_POSSESSORS = /* @__PURE__ */ set(collectivePossessors);
export const COURT_WORDS = /* @__PURE__ */ set(courtWords);
export const TITLE_MODIFIERS = /* @__PURE__ */ set(titleModifiers);
export const JOB_AREAS = /* @__PURE__ */ set(jobAreas);
export const ORG_HEADS = /* @__PURE__ */ set(orgHeads);
/** Common nouns numbered by a letter or numeral after them ("Plan B", "Title IX"): name:aside-numbered. */
export const NUMBERED_HEADS = /* @__PURE__ */ set(numberedHeads);
/** Plural nouns for people last in a name ("Concerned Veterans"): a group (pluralGroup). */
export const PEOPLE_PLURALS = /* @__PURE__ */ set(peoplePlurals);
export const TIME_WORDS = /* @__PURE__ */ set(timeWords);
export const RELATION_SOURCES = /* @__PURE__ */ set(relationSources);
export const SHOWN_VERBS = /* @__PURE__ */ set(shownVerbs);
export const SOURCE_HEAD_FOLLOWERS = /* @__PURE__ */ set(sourceHeadFollowers);
export const ROLE_SCOPES = /* @__PURE__ */ set(roleScopes);
export const LOWER_TITLE_HEADS = /* @__PURE__ */ set(lowerTitleHeads);
export const FIGURE_STOP_WORDS = /* @__PURE__ */ set(figureStopWords);
/** Units of money and measure as words after a count ("2000 dollars"): no year before them. */
export const MEASURE_NOUNS = /* @__PURE__ */ set(measureNouns);
export const ABBREVIATIONS = /* @__PURE__ */ set(abbreviations);
export const THOUGHT_VERBS = /* @__PURE__ */ set(thoughtVerbs);
export const GENERIC_TLDS = /* @__PURE__ */ set(genericTlds);
export const AUXILIARIES = /* @__PURE__ */ set(auxiliaries);
/** Short words a title-case headline capitalises and no person's name holds ("… Wins Seat In …"). */
export const HEADLINE_WORDS = /* @__PURE__ */ set(headlineWords);
/** Small words a Title Case headline leaves in lower case besides the title's own ("… Calls for Inquiry after Vote"). */
export const HEADLINE_LOWER_WORDS = /* @__PURE__ */ set(headlineLowerWords);
/** Faiths, peoples and their modifiers: two of them name a group ("American Muslims", "Roman Catholic"). */
export const PEOPLE_GROUP_WORDS = /* @__PURE__ */ set(peopleGroupWords);
/** US party words before a full name ("Democrat Ann Lee"): a qualifier, no part of the name. */
export const PARTY_LABELS = /* @__PURE__ */ set(partyLabels);
/** What people of a US state are called, before a full name ("Vermonter Ann Lee"). */
export const STATE_DEMONYMS = /* @__PURE__ */ set(stateDemonyms);
/** The agencies' US state abbreviations without full stops ("fla") -> postal code ("FL"). */
export const STATE_ABBREVIATIONS: ReadonlyMap<string, string> = /* @__PURE__ */ new Map(
  stateAbbreviations.map((w) => [w.slice(0, w.indexOf(' ')), w.slice(w.indexOf(' ') + 1).toUpperCase()]),
);
/** Words that end the words naming a speaker after a verb of saying ("said Ann Lee of Acme"). */
export const PHRASE_ENDS = /* @__PURE__ */ set(phraseEnds);

/** Words that make an unknown name an organisation ("… Court", "… Economics", "BBC …"), with the outlets' names: whole words, any case. */
export const ORG_WORDS = /* @__PURE__ */ wholeWords([...orgWords, ...outlets]);
/** Words that make an unknown name a place ("… Square", "… Beach"): whole words, any case. */
export const PLACE_WORDS = /* @__PURE__ */ wholeWords(placeWords);
/** The last word of "a Texas Republican", "Senate Democrats": a party's members. */
export const PARTY_MEMBER = /* @__PURE__ */ new RegExp(
  `\\s(?:${partyMembers.map((p) => `${alternation([p])}s?`).join('|')})$`,
);
