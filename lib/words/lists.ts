/**
 * The word classes the steps read as lists (a regex alternation, in the file's order) or as Sets of
 * their own, from their data files; classes built by a call are marked `@__PURE__`. See lib/words/index.ts, which exports both.
 */

import { set, alternation } from './compile';
import { SPEECH_VERBS, VERB_FILLERS, PLACE_WORDS } from './sets';
import { words as appositionJobs } from './apposition-jobs.json';
import { words as clauseAfterCue } from './clause-after-cue.json';
import { words as clauseAuxiliaries } from './clause-auxiliaries.json';
import { words as describedBodies } from './described-bodies.json';
import { words as describedPeople } from './described-people.json';
import { words as englishSuffixes } from './english-suffixes.json';
import { words as pluralNounEndings } from './plural-noun-endings.json';
import { words as placeCompoundSuffixes } from './place-compound-suffixes.json';
import { words as bearingWords } from './bearing-words.json';
import { words as englishOnsets } from './english-onsets.json';
import { words as placeHeads } from './place-heads.json';
import { words as placeOpeners } from './place-openers.json';
import { words as bodyAppositionFollowers } from './body-apposition-followers.json';
import { words as figureUnits } from './figure-units.json';
import { words as roleDeterminers } from './role-determiners.json';
import { words as ofRunVerbs } from './of-run-verbs.json';
import { words as nameOpenersKept } from './name-openers-kept.json';
import { words as hyphenParticles } from './hyphen-particles.json';
import { words as judgingVerbs } from './judging-verbs.json';
import { words as listenerObjects } from './listener-objects.json';
import { words as marketIndices } from './market-indices.json';
import { words as monthNames } from './month-names.json';
import { words as monthPrefixes } from './month-prefixes.json';
import { words as titleStopWords } from './title-stop-words.json';
import { words as titleLeadWords } from './title-lead-words.json';
import { words as verbsBeforePerson } from './verbs-before-person.json';
import { words as verbOpeners } from './verb-openers.json';
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
import { words as peopleAfterCount } from './people-after-count.json';
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
import { words as openingPhrasePrepositions } from './opening-phrase-prepositions.json';
import { words as subordinators } from './subordinators.json';
import { words as askingVerbs } from './asking-verbs.json';
import { words as commitmentVerbs } from './commitment-verbs.json';
import { words as objectDeterminers } from './object-determiners.json';
import { words as questionOpeners } from './question-openers.json';
import { words as scoreWords } from './score-words.json';
import { words as subjectOpeners } from './subject-openers.json';
import { words as timesAfterVerb } from './times-after-verb.json';
import { words as venuesAfterVerb } from './venues-after-verb.json';
import { words as wherePrepositions } from './where-prepositions.json';
import { words as corporateSuffixes } from './corporate-suffixes.json';
import { words as collectiveNounsAfter } from './collective-nouns-after.json';
import { words as demonymSpeechVerbs } from './demonym-speech-verbs.json';
import { words as placeWordsBefore } from './place-words-before.json';
import { words as countryPossessions } from './country-possessions.json';
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
import { words as describedTitles } from './described-titles.json';
import { words as describedThings } from './described-things.json';
import { words as titleSmallWords } from './title-small-words.json';
import { words as quoteListJoiners } from './quote-list-joiners.json';
import { words as placePrepositions } from './place-prepositions.json';
import { words as placeNounsBeforeOf } from './place-nouns-before-of.json';
import { words as travelToWords } from './travel-to-words.json';
import { words as employerJobsAfter } from './employer-jobs-after.json';
import { words as postNominals } from './post-nominals.json';
import { words as notActorHeads } from './not-actor-heads.json';
import { words as thingHeads } from './thing-heads.json';
import { words as thingModifiers } from './thing-modifiers.json';
import { words as timeEventHeads } from './time-event-heads.json';
import { words as familyNameJobs } from './family-name-jobs.json';
import { words as notNames } from './not-names.json';
import { words as worksAtTitles } from './works-at-titles.json';
import { words as namingVerbs } from './naming-verbs.json';
import { words as sentenceAdverbs } from './sentence-adverbs.json';
import { words as quoteVerbs } from './quote-verbs.json';
import { words as backVerbs } from './back-verbs.json';
import { words as workKinds } from './work-kinds.json';
import { words as adverbsBeforeReportingVerb } from './adverbs-before-reporting-verb.json';
import { words as subjectLinks } from './subject-links.json';
import { words as subjectClauseOpeners } from './subject-clause-openers.json';
import { words as speakingPlurals } from './speaking-plurals.json';
import { words as peoplePlurals } from './people-plurals.json';
import { words as speakingPluralEndings } from './speaking-plural-endings.json';
import { words as findingVerbs } from './finding-verbs.json';
import { words as functionWordsEn } from './function-words-en.json';
import { words as functionWordsFr } from './function-words-fr.json';
import { words as functionWordsDe } from './function-words-de.json';
import { words as functionWordsEs } from './function-words-es.json';
import { words as functionWordsIt } from './function-words-it.json';
import { words as functionWordsPt } from './function-words-pt.json';
import { words as functionWordsNl } from './function-words-nl.json';
import { words as asSourceVerbs } from './as-source-verbs.json';
import { words as asSourceAfterVerb } from './as-source-after-verb.json';
import { words as transcriptNotLabels } from './transcript-not-labels.json';
import { words as surnameHeads } from './surname-heads.json';
import { words as receivedParticiples } from './received-participles.json';
import { words as speechNounsAfterModifier } from './speech-nouns-after-modifier.json';
import { words as objectNamingVerbs } from './object-naming-verbs.json';

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
/** "Projections", "Editorialists": the plural endings of common nouns, lib/actors/plural-nouns.ts. */
export const PLURAL_NOUN_ENDINGS: readonly string[] = pluralNounEndings;
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
/** lib/actors/surname-places.ts: the words that place a lone surname ("in Westmoor", "Westmoor's army"). */
export const PLACE_WORDS_BEFORE: readonly string[] = placeWordsBefore;
export const COUNTRY_POSSESSIONS: readonly string[] = countryPossessions;
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
/** Heads of a description that name an office or a title ("the prince"): lib/claims/described-title.ts. */
export const DESCRIBED_TITLES = /* @__PURE__ */ set(describedTitles);
/** Heads of a description that stand for a thing or a body, never one person ("the campaign"): lib/claims/described-title.ts. */
export const DESCRIBED_THINGS = /* @__PURE__ */ set(describedThings);
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
/** Nouns of made things beside a name, and the words of their kind before them (lib/actors/thing-names.ts). */
export const THING_HEADS: readonly string[] = thingHeads;
export const THING_MODIFIERS: readonly string[] = thingModifiers;
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
/** Verb forms opening a sentence before a name, no name's first word: these and the verbs of saying (rule name:verb-first, lib/names/not-names.ts). */
export const VERB_OPENERS = /* @__PURE__ */ new Set([...verbOpeners, ...SPEECH_VERBS]);
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
export const OPENING_PHRASE_PREPOSITIONS = /* @__PURE__ */ set(openingPhrasePrepositions);
/** Verbs that name a thing after a description ("a class called “…”"): lib/speech/subjects.ts. */
export const NAMING_VERBS = /* @__PURE__ */ set(namingVerbs);
/** Verbs whose object is the one named ("called Hale “…”"): no inverted subject after them (lib/speech/cue-before.ts). */
export const NAMING_OBJECT_VERBS = /* @__PURE__ */ set(namingVerbs, objectNamingVerbs);
/** Words that may open a sentence before its subject ("But Ann Lee disagreed"): lib/claims/pronouns.ts. */
export const SENTENCE_ADVERBS = /* @__PURE__ */ set(sentenceAdverbs);
/** Verbs and two-word phrases of "As X reported, …" beside the reporting verbs: lib/speech/reported-as.ts. */
export const AS_SOURCE_VERBS: readonly string[] = asSourceVerbs;
/** Words opening a time or a place after the verb of "As X reported on Tuesday, …": lib/speech/reported-as.ts. */
export const AS_SOURCE_AFTER_VERB = /* @__PURE__ */ set(asSourceAfterVerb);
/** Participles of receiving before "by" in a subject ("Reports seen by the agency say"): lib/claims/subject-phrase.ts. */
export const RECEIVED_PARTICIPLES = /* @__PURE__ */ set(receivedParticiples);
/** Verbs of saying that are also nouns after a determiner and a modifier ("the upcoming call"): lib/speech/verbs.ts. */
export const SPEECH_NOUNS_AFTER_MODIFIER = /* @__PURE__ */ set(speechNounsAfterModifier);
/** Heads of no actor's name that are also surnames after a given name ("Jude Law"): lib/actors/not-names.ts. */
export const SURNAME_HEADS = /* @__PURE__ */ set(surnameHeads);
/** Words in capitals before a paragraph's colon that label no speaker ("UPDATE:"): lib/speech/transcript.ts. */
export const TRANSCRIPT_NOT_LABELS = /* @__PURE__ */ set(transcriptNotLabels);
/** Words between the subject of reported speech and its verb, beside VERB_FILLERS and "-ly" ("has since said"): lib/speech/reported-subject.ts. */
export const ADVERBS_BEFORE_REPORTING_VERB = /* @__PURE__ */ set(adverbsBeforeReportingVerb);
/** The verbs of a quotation's cue: the verbs of saying and those that attribute only a quotation ("“…,” the email read"). */
export const QUOTE_VERBS = /* @__PURE__ */ set(SPEECH_VERBS, quoteVerbs, backVerbs);
/** Verbs of a quotation's cue only with "back" after them ("“…,” Lee shot back"): lib/speech/cues.ts, verbs.ts. */
export const BACK_VERBS = /* @__PURE__ */ set(backVerbs);
/** Consonant pairs that open English words ("BR", "ST"): lib/actors/name-patterns.ts (ACRONYM_IN_PROSE). */
export const ENGLISH_ONSETS: readonly string[] = englishOnsets;
/** Last words that make an unknown name a place, beside PLACE_WORDS ("Eastfield Prison"): lib/names/evidence.ts. */
export const PLACE_HEADS = /* @__PURE__ */ set(placeHeads);
/** First words that make an unknown name of two or more words a place ("Fort Pierce"): lib/names/evidence.ts. */
export const PLACE_OPENERS = /* @__PURE__ */ set(placeOpeners);
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
/** Words that link the head of a subject of saying to what follows it (lib/claims/subject-phrase.ts). */
export const SUBJECT_LINKS = /* @__PURE__ */ set(subjectLinks);
/** Words that open the clause of a subject of saying (lib/claims/subject-phrase.ts). */
export const SUBJECT_CLAUSE_OPENERS = /* @__PURE__ */ set(subjectClauseOpeners);
/** Verbs by which a poll reports what the people it asked said (lib/claims/poll-frame.ts). */
export const FINDING_VERBS = /* @__PURE__ */ set(findingVerbs);
/** Plural nouns for people or bodies that speak, with people-plurals.json: a plural subject "they" may stand for (lib/claims/they-subject.ts). */
export const SPEAKING_PLURALS = /* @__PURE__ */ set([...speakingPlurals, ...peoplePlurals]);
/** Endings of such plurals on longer words ("environmentalists", "physicians"). */
export const SPEAKING_PLURAL_ENDINGS: readonly string[] = speakingPluralEndings;

/** Lists by language code, each as a Set. */
const byLanguage = (lists: Record<string, readonly string[]>): Readonly<Record<string, ReadonlySet<string>>> =>
  Object.fromEntries(Object.entries(lists).map(([code, words]) => [code, new Set(words)]));
/** Each language's common function words, by language code: what tells an article's language (lib/article/language.ts). */
export const FUNCTION_WORDS = /* @__PURE__ */ byLanguage({
  en: functionWordsEn,
  fr: functionWordsFr,
  de: functionWordsDe,
  es: functionWordsEs,
  it: functionWordsIt,
  pt: functionWordsPt,
  nl: functionWordsNl,
});
