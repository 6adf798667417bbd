import { rule, type Rule } from './types';

/**
 * Quotation marks: a stretch in quotation marks taken as speech (lib/speech/quotes.ts, kept in
 * lib/claims/quotes.ts), or set aside as no speech, each by a rule (classifyQuote in
 * lib/engine/extract.ts; a work's name in lib/claims/quotes.ts). A quotation set aside is listed in
 * the notes' `setAside` with its rule; switched off, the rule no longer sets it aside.
 */
export const QUOTE_RULES: readonly Rule[] = [
  // quotation marks
  rule(
    'quote:double-marks',
    'Words in double quotation marks',
    0.9,
    'Maria Lopez said: “We will rebuild the bridge before the winter comes.”',
    'Maria Lopez said the town would rebuild the bridge before the winter comes.',
  ),
  rule(
    'quote:single-marks',
    'Words in single quotation marks',
    0.8,
    'Maria Lopez said: ‘We will rebuild the bridge before the winter comes.’',
    'Maria Lopez said: “We will rebuild the bridge before the winter comes.”',
  ),
  rule(
    'quote:transcript-turn',
    'A turn of a transcript: the words after a speaker’s name in capitals and a colon',
    0.85,
    'Partial transcript:\nHARTLEY: Will the ferry across the bay run again this year?\nBRANNAGH: It will run in May, and it will run on time.',
    'Partial transcript:\nUPDATE: The ferry across the bay will run again this year.\nNOTE: It will run in May, and it will run on time.',
  ),
  // set aside: no speech
  rule(
    'quote:inside-quote',
    'Quotation marks inside a quotation: part of the words quoted',
    0.9,
    'Maria Lopez said: “The sign on the door read ‘Closed for repairs’ when we arrived this morning.”',
    'Maria Lopez said: “The door was closed for repairs when we arrived this morning.”',
  ),
  rule(
    'quote:term-after-word',
    'A term, after words such as ‘so-called’ or ‘known as’',
    0.85,
    'The council backed the so-called “green corridor” plan on Tuesday after a long debate.',
    'The council backed the plan on Tuesday after a long debate, calling it “a green corridor for the whole town”.',
  ),
  rule(
    'quote:title-case',
    'Every word capitalised and no stop, no speaker named after it: the name of a work or a body',
    0.85,
    'The film “Harbor Lights Forever” opened in the town on Friday evening.',
    '“Harbor lights are beautiful,” Maria Lopez said on Friday evening.',
  ),
  rule(
    'quote:heading',
    'A short line of its own, no speaker named: a heading',
    0.8,
    '“Never again”\nThe town council met on Monday to discuss the flood defences for the coming winter.',
    '“Never again,” Maria Lopez said.\nThe town council met on Monday to discuss the flood defences for the coming winter.',
  ),
  rule(
    'quote:heading-echo',
    'In the headline, words the story quotes below: the editor repeating the quotation, which the story attributes',
    0.85,
    '“We need to listen”: Town fears the river as the spring floods come early\nMaria Lopez said: “The water is rising every year. We need to listen to the river before it floods again.”',
    '“We need to listen”: Town fears the river as the spring floods come early\nMaria Lopez said: “The water is rising every year, and the council must act before it floods again.”',
  ),
  rule(
    'quote:single-term',
    'A few words in single quotation marks, no speaker named: a term',
    0.8,
    'Every morning the residents cross ‘the old lady’, the town bridge, on their way to the market.',
    'Maria Lopez said: ‘We cross the bridge every day on our way to the market.’',
  ),
  rule(
    'quote:scare',
    'One to three words in lower case, no speaker named: a word set apart, not speech',
    0.8,
    'The plan was a “disaster” for the town, and the vote on it failed in March.',
    'The plan was “a disaster for the whole town and everyone in it”, and the vote on it failed in March.',
  ),
  rule(
    'quote:work-title',
    'The name of a show or a work, after ‘on’, a network or a kind of work',
    0.85,
    'Maria Lopez spoke about the bridge on “Nightline” on Monday evening.',
    'Maria Lopez said on Monday: “Nightline is the best way to listen to people.”',
  ),
  // words someone used, after "the phrase", "dubbed" (lib/engine/extract.ts, classifyQuote)
  rule(
    'quote:words-used',
    'Words someone used, in quotation marks after ‘the phrase’, ‘the words’ or ‘dubbed’',
    0.8,
    'Maria Lopez has often used the phrase “river of mud” about the plan.',
    'Maria Lopez has often criticised the so-called “river of mud” plan.',
  ),
  // quoted phrases in a row (lib/claims/joined.ts)
  rule(
    'quote:joined-list',
    'Phrases quoted in a row, one sentence listing the words of one speaker',
    0.8,
    'Maria Lopez called the plan “reckless,” “rushed” and “a river of mud.”',
    'Maria Lopez called the plan “reckless.” Tomas Berg said it was “a river of mud.”',
  ),
];
