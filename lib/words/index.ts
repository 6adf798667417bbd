/**
 * The word classes of English news prose, compiled from their data files (lib/words/*.json, one class
 * a file, checked by lib/words/schema.ts in tests/words and `npm run knowledge`) into the Sets the steps
 * test token by token. Lower case unless the file says otherwise; multi-word entries are space-joined.
 * Word lists are data, not code: add or change words in lib/words, not here.
 *
 * Each class built by a call is marked `@__PURE__`: a bundle that never reads a class leaves it out, with
 * its file (the page's reader needs none of the lists only the background's resolving reads).
 */
import { words as abbreviations } from './abbreviations.json';
import { words as appositionJobs } from './apposition-jobs.json';
import { words as audiences } from './audiences.json';
import { words as auxiliaries } from './auxiliaries.json';
import { words as bareSubjects } from './bare-subjects.json';
import { words as bodyNameEndings } from './body-name-endings.json';
import { words as calendar } from './calendar.json';
import { words as clauseAfterCue } from './clause-after-cue.json';
import { words as clauseAuxiliaries } from './clause-auxiliaries.json';
import { words as collectivePossessors } from './collective-possessors.json';
import { words as courtWords } from './court-words.json';
import { words as describedBodies } from './described-bodies.json';
import { words as describedPeople } from './described-people.json';
import { words as descriptionRoles } from './description-roles.json';
import { words as documents } from './documents.json';
import { words as englishSuffixes } from './english-suffixes.json';
import { words as placeCompoundSuffixes } from './place-compound-suffixes.json';
import { words as bearingWords } from './bearing-words.json';
import { words as englishOnsets } from './english-onsets.json';
import { words as placeHeads } from './place-heads.json';
import { words as bodyAppositionFollowers } from './body-apposition-followers.json';
import { words as femaleGivenNames } from './female-given-names.json';
import { words as femaleTitles } from './female-titles.json';
import { words as figureStopWords } from './figure-stop-words.json';
import { words as figureUnits } from './figure-units.json';
import { words as genericTlds } from './generic-tlds.json';
import { words as headlineWords } from './headline-words.json';
import { words as headlineLowerWords } from './headline-lower-words.json';
import { words as roleDeterminers } from './role-determiners.json';
import { words as ofRunVerbs } from './of-run-verbs.json';
import { words as nameOpenersKept } from './name-openers-kept.json';
import { words as peopleGroupWords } from './people-group-words.json';
import { words as honorifics } from './honorifics.json';
import { words as hyphenParticles } from './hyphen-particles.json';
import { words as institutionNouns } from './institution-nouns.json';
import { words as jobTitles } from './job-titles.json';
import { words as jobWords } from './job-words.json';
import { words as judgingVerbs } from './judging-verbs.json';
import { words as listenerObjects } from './listener-objects.json';
import { words as listenerVerbs } from './listener-verbs.json';
import { words as lowerTitleHeads } from './lower-title-heads.json';
import { words as maleGivenNames } from './male-given-names.json';
import { words as maleTitles } from './male-titles.json';
import { words as marketIndices } from './market-indices.json';
import { words as mediaLabels } from './media-labels.json';
import { words as modalBeforeVerb } from './modal-before-verb.json';
import { words as monthNames } from './month-names.json';
import { words as monthPrefixes } from './month-prefixes.json';
import { words as titleStopWords } from './title-stop-words.json';
import { words as titleLeadWords } from './title-lead-words.json';
import { words as verbsBeforePerson } from './verbs-before-person.json';
import { words as whoRoleVerbs } from './who-role-verbs.json';
import { words as phraseClauseVerbs } from './phrase-clause-verbs.json';
import { words as notRoleHeads } from './not-role-heads.json';
import { words as clauseOpenersAfterComma } from './clause-openers-after-comma.json';
import { words as appositionEndWords } from './apposition-end-words.json';
import { words as dottedAbbreviations } from './dotted-abbreviations.json';
import { words as phraseTailWords } from './phrase-tail-words.json';
import { words as rolePhraseStops } from './role-phrase-stops.json';
import { words as oneWordJobs } from './one-word-jobs.json';
import { words as beforeBareVerb } from './before-bare-verb.json';
import { words as bodyKindsBeforeName } from './body-kinds-before-name.json';
import { words as bodyWordsAfterName } from './body-words-after-name.json';
import { words as nameDeterminers } from './name-determiners.json';
import { words as nameParticles } from './name-particles.json';
import { words as notSourceWords } from './not-source-words.json';
import { words as objectFirstVerbs } from './object-first-verbs.json';
import { words as ofHeads } from './of-heads.json';
import { words as orgHeads } from './org-heads.json';
import { words as orgWords } from './org-words.json';
import { words as outlets } from './outlets.json';
import { words as participleCues } from './participle-cues.json';
import { words as partyLabels } from './party-labels.json';
import { words as stateDemonyms } from './state-demonyms.json';
import { words as partyMembers } from './party-members.json';
import { words as passerBy } from './passer-by.json';
import { words as peopleAfterCount } from './people-after-count.json';
import { words as placeTails } from './place-tails.json';
import { words as placeWords } from './place-words.json';
import { words as plainSpeechVerbs } from './plain-speech-verbs.json';
import { words as phraseEnds } from './phrase-ends.json';
import { words as pluralOwnedHeads } from './plural-owned-heads.json';
import { words as pronouns } from './pronouns.json';
import { words as quantifierSources } from './quantifier-sources.json';
import { words as relationSources } from './relation-sources.json';
import { words as reportingVerbs } from './reporting-verbs.json';
import { words as asideAfterVerb } from './aside-after-verb.json';
import { words as reportingParticiples } from './reporting-participles.json';
import { words as notSubjectHeads } from './not-subject-heads.json';
import { words as subjectQuantifiers } from './subject-quantifiers.json';
import { words as shareHeads } from './share-heads.json';
import { words as shareModifiers } from './share-modifiers.json';
import { words as shareQuantifiers } from './share-quantifiers.json';
import { words as numberWords } from './number-words.json';
import { words as describedSubjectVerbs } from './described-subject-verbs.json';
import { words as objectPrepositions } from './object-prepositions.json';
import { words as subordinators } from './subordinators.json';
import { words as askingVerbs } from './asking-verbs.json';
import { words as commitmentVerbs } from './commitment-verbs.json';
import { words as objectDeterminers } from './object-determiners.json';
import { words as questionOpeners } from './question-openers.json';
import { words as roleNouns } from './role-nouns.json';
import { words as roleScopes } from './role-scopes.json';
import { words as scoreWords } from './score-words.json';
import { words as stateAbbreviations } from './state-abbreviations.json';
import { words as sentenceWords } from './sentence-words.json';
import { words as shownVerbs } from './shown-verbs.json';
import { words as sourceAdjectives } from './source-adjectives.json';
import { words as sourceHeadFollowers } from './source-head-followers.json';
import { words as sourceNouns } from './source-nouns.json';
import { words as speechVerbs } from './speech-verbs.json';
import { words as subjectDeterminers } from './subject-determiners.json';
import { words as subjectOpeners } from './subject-openers.json';
import { words as thoughtVerbs } from './thought-verbs.json';
import { words as timeWords } from './time-words.json';
import { words as timesAfterVerb } from './times-after-verb.json';
import { words as titleModifiers } from './title-modifiers.json';
import { words as titles } from './titles.json';
import { words as venuesAfterVerb } from './venues-after-verb.json';
import { words as verbFillers } from './verb-fillers.json';
import { words as weakTitles } from './weak-titles.json';
import { words as wherePrepositions } from './where-prepositions.json';
import { words as corporateSuffixes } from './corporate-suffixes.json';
import { words as collectiveNounsAfter } from './collective-nouns-after.json';
import { words as demonymSpeechVerbs } from './demonym-speech-verbs.json';
import { words as appositionAfterHeads } from './apposition-after-heads.json';
import { words as acronymSpeechVerbs } from './acronym-speech-verbs.json';
import { words as royalTitles } from './royal-titles.json';
import { words as femaleRelationWords } from './female-relation-words.json';
import { words as maleRelationWords } from './male-relation-words.json';
import { words as otherOfficeWords } from './other-office-words.json';
import { words as yearPrepositions } from './year-prepositions.json';
import { words as yearPeriods } from './year-periods.json';
import { words as yearEvents } from './year-events.json';
import { words as sourceLabelDeterminers } from './source-label-determiners.json';
import { words as pronounRelationWords } from './pronoun-relation-words.json';
import { words as genericBodies } from './generic-bodies.json';
import { words as describedWomen } from './described-women.json';
import { words as titleSmallWords } from './title-small-words.json';
import { words as quoteListJoiners } from './quote-list-joiners.json';
import { words as placePrepositions } from './place-prepositions.json';
import { words as placeNounsBeforeOf } from './place-nouns-before-of.json';
import { words as travelToWords } from './travel-to-words.json';
import { words as employerJobsAfter } from './employer-jobs-after.json';
import { words as postNominals } from './post-nominals.json';
import { words as notActorHeads } from './not-actor-heads.json';
import { words as timeEventHeads } from './time-event-heads.json';
import { words as familyNameJobs } from './family-name-jobs.json';
import { words as notNames } from './not-names.json';
import { words as worksAtTitles } from './works-at-titles.json';
import { words as namingVerbs } from './naming-verbs.json';
import { words as sentenceAdverbs } from './sentence-adverbs.json';
import { words as quoteVerbs } from './quote-verbs.json';
import { words as workKinds } from './work-kinds.json';
import { words as adverbsBeforeReportingVerb } from './adverbs-before-reporting-verb.json';
import { words as reportingVerbsBeforeThat } from './reporting-verbs-before-that.json';

/** A class as a Set, in the order of its file (then of the classes it includes). */
const set = (...lists: readonly (readonly string[] | ReadonlySet<string>)[]) =>
  new Set<string>(lists.flatMap((l) => [...l]));
/** A class as a regex alternation ("a|b|c"), in the order of its file; its words are literal text. */
export const alternation = (words: readonly string[]) =>
  words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');

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
export const JOB_TITLES = /* @__PURE__ */ set(jobTitles);
export const BODY_NAME_ENDINGS = /* @__PURE__ */ set(bodyNameEndings);
export const COLLECTIVE_POSSESSORS = /* @__PURE__ */ set(collectivePossessors);
export const COURT_WORDS = /* @__PURE__ */ set(courtWords);
export const TITLE_MODIFIERS = /* @__PURE__ */ set(titleModifiers);
export const ORG_HEADS = /* @__PURE__ */ set(orgHeads);
export const TIME_WORDS = /* @__PURE__ */ set(timeWords);
export const RELATION_SOURCES = /* @__PURE__ */ set(relationSources);
export const SHOWN_VERBS = /* @__PURE__ */ set(shownVerbs);
export const SOURCE_HEAD_FOLLOWERS = /* @__PURE__ */ set(sourceHeadFollowers);
export const ROLE_SCOPES = /* @__PURE__ */ set(roleScopes);
export const LOWER_TITLE_HEADS = /* @__PURE__ */ set(lowerTitleHeads);
export const FIGURE_STOP_WORDS = /* @__PURE__ */ set(figureStopWords);
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
export const ORG_WORDS = /* @__PURE__ */ new RegExp(`\\b(?:${alternation([...orgWords, ...outlets])})\\b`, 'i');
/** Words that make an unknown name a place ("… Square", "… Beach"): whole words, any case. */
export const PLACE_WORDS = /* @__PURE__ */ new RegExp(`\\b(?:${alternation(placeWords)})\\b`, 'i');
/** The last word of "a Texas Republican", "Senate Democrats": a party's members. */
export const PARTY_MEMBER = /* @__PURE__ */ new RegExp(
  `\\s(?:${partyMembers.map((p) => `${alternation([p])}s?`).join('|')})$`,
);

// The classes one step reads as a regex alternation (alternation(), in the file's order), or token by token.
/** Heads of a description that stands for a person ("the 45-year-old", "the former minister"): lib/speech/subjects.ts. */
export const DESCRIBED_PEOPLE = /* @__PURE__ */ set(describedPeople);
/** Heads of a description that stands for an organisation ("the Russian space agency"): lib/speech/subjects.ts. */
export const DESCRIBED_BODIES: readonly string[] = describedBodies;
/** Jobs ending an apposition after capitalised words (", Middle East director at …"): lib/speech/subjects.ts. */
export const APPOSITION_JOBS: readonly string[] = appositionJobs;
/** Words that open a reported clause with its subject or a question: lib/speech/reported-content.ts. */
export const SUBJECT_OPENERS: readonly string[] = subjectOpeners;
/** Auxiliaries and modals that make reported words a clause: lib/speech/reported-content.ts. */
export const CLAUSE_AUXILIARIES: readonly string[] = clauseAuxiliaries;
/** Verbs of judging someone ("called", "accused"): a second speaker after ", while …": lib/speech/reported-content.ts. */
export const JUDGING_VERBS: readonly string[] = judgingVerbs;
/** "said on Monday", "said last week": lib/speech/reported-content.ts. */
export const TIMES_AFTER_VERB: readonly string[] = timesAfterVerb;
/** "said in a statement", "in an interview": lib/speech/reported-content.ts. */
export const VENUES_AFTER_VERB: readonly string[] = venuesAfterVerb;
/** Prepositions that open where or when after a verb of saying: lib/speech/reported-content.ts. */
export const WHERE_PREPOSITIONS: readonly string[] = wherePrepositions;
/** ", as …", ", adding …": a clause of its own after a reporting verb: lib/speech/reported-source.ts. */
export const CLAUSE_AFTER_CUE_WORDS: readonly string[] = clauseAfterCue;
/** "told reporters", "told the BBC": lib/speech/verbs.ts. */
export const LISTENER_OBJECTS = /* @__PURE__ */ set(listenerObjects);
/** "Trump-era", "Moscow-based": lib/text/tokens.ts. */
export const ENGLISH_SUFFIXES: readonly string[] = englishSuffixes;
/** "al-Assad", "bin-Salman": lib/text/ascii.ts. */
export const HYPHEN_PARTICLES: readonly string[] = hyphenParticles;
/** "June 5", "5 Sept" (as written): lib/figures/numbers.ts. */
export const MONTH_NAMES: readonly string[] = monthNames;
/** "$5bn", "3 million": lib/figures/numbers.ts. */
export const FIGURE_UNITS: readonly string[] = figureUnits;
/** "27 Labour MPs" (as written): lib/figures/numbers.ts. */
export const PEOPLE_AFTER_COUNT: readonly string[] = peopleAfterCount;
/** "2-1 defeat": lib/figures/numbers.ts. */
export const SCORE_WORDS: readonly string[] = scoreWords;
/** "FTSE 100", "Nikkei 225" (as written): lib/figures/numbers.ts. */
export const MARKET_INDICES: readonly string[] = marketIndices;
/** Jan … Dec, as a dateline writes a month's first letters. */
export const MONTH_PREFIXES: readonly string[] = monthPrefixes;
/** A body's kind before its name ("telecoms group X"), and words after a name that show a body ("X's shares"). */
export const BODY_KINDS_BEFORE_NAME: readonly string[] = bodyKindsBeforeName;
export const BODY_WORDS_AFTER_NAME: readonly string[] = bodyWordsAfterName;
/** What the article says of a person (lib/actors/descriptions.ts, description-shapes.ts): words that end a role phrase read backwards, one-word jobs, words after which a job word is a verb. */
export const ROLE_PHRASE_STOPS = /* @__PURE__ */ set(rolePhraseStops);
export const ONE_WORD_JOBS = /* @__PURE__ */ set(oneWordJobs);
export const BEFORE_BARE_VERB = /* @__PURE__ */ set(beforeBareVerb);
/** The classes of lib/actors/description-words.ts, as lists for regex alternations (in file order). */
export const NOT_ROLE_HEADS: readonly string[] = notRoleHeads;
export const CLAUSE_OPENERS_AFTER_COMMA: readonly string[] = clauseOpenersAfterComma;
export const APPOSITION_END_WORDS: readonly string[] = appositionEndWords;
export const DOTTED_ABBREVIATIONS: readonly string[] = dottedAbbreviations;
export const PHRASE_TAIL_WORDS: readonly string[] = phraseTailWords;
/** A company's legal form after its name, as written: lib/actors/lookup.ts. */
export const CORPORATE_SUFFIXES: readonly string[] = corporateSuffixes;
/** The classes of lib/actors/name-patterns.ts, as lists for regex alternations (in file order). */
export const COLLECTIVE_NOUNS_AFTER: readonly string[] = collectiveNounsAfter;
export const DEMONYM_SPEECH_VERBS: readonly string[] = demonymSpeechVerbs;
export const APPOSITION_AFTER_HEADS: readonly string[] = appositionAfterHeads;
export const ACRONYM_SPEECH_VERBS: readonly string[] = acronymSpeechVerbs;
export const ROYAL_TITLES: readonly string[] = royalTitles;
export const FEMALE_RELATION_WORDS: readonly string[] = femaleRelationWords;
export const MALE_RELATION_WORDS: readonly string[] = maleRelationWords;
/** The classes of lib/actors/role-lookups.ts, as lists for regex alternations (in file order). */
export const OTHER_OFFICE_WORDS: readonly string[] = otherOfficeWords;
export const YEAR_PREPOSITIONS: readonly string[] = yearPrepositions;
export const YEAR_PERIODS: readonly string[] = yearPeriods;
export const YEAR_EVENTS: readonly string[] = yearEvents;
/** Determiners before an unnamed source's label: lib/actors/source-names.ts. */
export const SOURCE_LABEL_DETERMINERS: readonly string[] = sourceLabelDeterminers;
/** The classes of lib/claims (pronouns.ts, subjects.ts), as lists for regex alternations (in file order). */
export const PRONOUN_RELATION_WORDS: readonly string[] = pronounRelationWords;
export const GENERIC_BODIES: readonly string[] = genericBodies;
export const DESCRIBED_WOMEN: readonly string[] = describedWomen;
/** Small words a title-cased quotation may hold in lower case: lib/engine/extract.ts. */
export const TITLE_SMALL_WORDS: readonly string[] = titleSmallWords;
/** Small words between two phrases quoted in a row (lib/claims/joined.ts). */
export const QUOTE_LIST_JOINERS: readonly string[] = quoteListJoiners;
/** The classes of lib/names/evidence.ts, as lists for regex alternations (in file order). */
export const PLACE_PREPOSITIONS: readonly string[] = placePrepositions;
export const PLACE_NOUNS_BEFORE_OF: readonly string[] = placeNounsBeforeOf;
export const TRAVEL_TO_WORDS: readonly string[] = travelToWords;
export const EMPLOYER_JOBS_AFTER: readonly string[] = employerJobsAfter;
export const POST_NOMINAL_LETTERS: readonly string[] = postNominals;
export const NOT_ACTOR_HEADS: readonly string[] = notActorHeads;
/** Last words of names of times, eras, events, polls and ideas ("Christmas Eve"): lib/actors/not-names.ts. */
export const TIME_EVENT_HEADS = /* @__PURE__ */ set(timeEventHeads);
/** Job words that are also family names ("Tom Bishop"): lib/actors/role-word-names.ts. */
export const FAMILY_NAME_JOBS = /* @__PURE__ */ set(familyNameJobs);
export const NOT_NAME_WORDS: readonly string[] = notNames;
export const WORKS_AT_TITLES: readonly string[] = worksAtTitles;
/** Titles read backwards from a name, and the clauses after it (lib/actors/descriptions.ts). */
export const TITLE_STOP_WORDS = /* @__PURE__ */ set(titleStopWords);
export const TITLE_LEAD_WORDS = /* @__PURE__ */ set(titleLeadWords);
/** Verbs that look like nouns before a job ("met strategist Ann Lee"): never part of a title. */
export const VERBS_BEFORE_PERSON = /* @__PURE__ */ set(verbsBeforePerson);
export const WHO_ROLE_VERBS: readonly string[] = whoRoleVerbs;
export const PHRASE_CLAUSE_VERBS: readonly string[] = phraseClauseVerbs;
/** Words after a name and a hyphen that make it a describing word ("Moscow-based"): lib/actors/candidates.ts. */
export const PLACE_COMPOUND_SUFFIXES = /* @__PURE__ */ set(placeCompoundSuffixes);
/** Words of bearing opening a region's name ("Far East"): lib/names/evidence.ts, lib/actors/unknown-type.ts. */
export const BEARING_WORDS: readonly string[] = bearingWords;
/** Words after a body's kind in a description after a name ("Acme, the group that …"): lib/names/evidence.ts. */
export const BODY_APPOSITION_FOLLOWERS: readonly string[] = bodyAppositionFollowers;
/** Times and manner between a reporting verb set in commas and the aside's comma (lib/speech/reported-source.ts). */
export const ASIDE_AFTER_VERB = /* @__PURE__ */ set(asideAfterVerb);
/** Participles that report what the main clause's subject said: ", saying …" (lib/speech/reported.ts). */
export const REPORTING_PARTICIPLES = /* @__PURE__ */ set(reportingParticiples);
/** Never the head of a described subject ("what it said"), and what opens one ("some Democrats said"): lib/speech/reported-described.ts. */
export const NOT_SUBJECT_HEADS = /* @__PURE__ */ set(notSubjectHeads);
export const SUBJECT_QUANTIFIERS = /* @__PURE__ */ set(subjectQuantifiers);
export const DESCRIBED_SUBJECT_VERBS = /* @__PURE__ */ set(describedSubjectVerbs);
/** A share of a group as a subject ("47 percent of voters said", "most of the candidates say"): lib/speech/reported-described.ts. */
export const SHARE_HEADS: readonly string[] = shareHeads;
export const SHARE_MODIFIERS: readonly string[] = shareModifiers;
export const SHARE_QUANTIFIERS: readonly string[] = shareQuantifiers;
export const NUMBER_WORDS: readonly string[] = numberWords;
export const OBJECT_PREPOSITIONS = /* @__PURE__ */ set(objectPrepositions);
/** Verbs that name a thing after a description ("a class called “…”"): lib/speech/subjects.ts. */
export const NAMING_VERBS = /* @__PURE__ */ set(namingVerbs);
/** Words that may open a sentence before its subject ("But Ann Lee disagreed"): lib/claims/pronouns.ts. */
export const SENTENCE_ADVERBS = /* @__PURE__ */ set(sentenceAdverbs);
/** Words between the subject of reported speech and its verb, beside VERB_FILLERS and "-ly" ("has since said"): lib/speech/reported-subject.ts. */
export const ADVERBS_BEFORE_REPORTING_VERB = /* @__PURE__ */ set(adverbsBeforeReportingVerb);
/** The verbs of a quotation's cue: the verbs of saying and those that attribute only a quotation ("“…,” the email read"). */
export const QUOTE_VERBS = /* @__PURE__ */ set(SPEECH_VERBS, quoteVerbs);
/** Consonant pairs that open English words ("BR", "ST"): lib/actors/name-patterns.ts (ACRONYM_IN_PROSE). */
export const ENGLISH_ONSETS: readonly string[] = englishOnsets;
/** Last words that make an unknown name a place, beside PLACE_WORDS ("Eastfield Prison"): lib/names/evidence.ts. */
export const PLACE_HEADS = /* @__PURE__ */ set(placeHeads);
/** Kinds of works named before a title in quotation marks ("the reality show “…”"): lib/claims/quotes.ts. */
export const WORK_KINDS: readonly string[] = workKinds;
export const SUBORDINATORS = /* @__PURE__ */ set(subordinators);
/** Verbs of asking and what opens their question (lib/speech/reported-asked.ts). */
export const ASKING_VERBS = /* @__PURE__ */ set(askingVerbs);
export const QUESTION_OPENERS = /* @__PURE__ */ set(questionOpeners);
/** Verbs of saying whose words may be an infinitive ("vowed to …"): lib/speech/reported.ts. */
export const COMMITMENT_VERBS = /* @__PURE__ */ set(commitmentVerbs);
/** Determiners of an object after a verb of saying, not of a source after it (lib/speech/reported-source.ts). */
export const OBJECT_DETERMINERS = /* @__PURE__ */ set(objectDeterminers);
/** Determiners opening a role before a name or in an apposition (lib/actors/description-shapes.ts). */
export const ROLE_DETERMINERS = /* @__PURE__ */ set(roleDeterminers);
/** Verbs of saying after "Name of Org" (lib/actors/description-shapes.ts). */
export const OF_RUN_VERBS: readonly string[] = ofRunVerbs;
/** Small first words that keep a capitalised run a name (lib/actors/not-names.ts). */
export const NAME_OPENERS_KEPT = /* @__PURE__ */ set(nameOpenersKept);
