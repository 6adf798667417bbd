import type { ReportedSpan } from '../engine/findings';
import { isOn } from '../engine/rules';
import { addClaim, contextFor, makeClaim, speakerOf } from './assemble';
import { paragraphOf, type ClaimState } from './state';
import { subjectActor } from './subjects';

/**
 * Reported speech ("Smith said that …"): its speaker is its verb's subject, named, a pronoun or a
 * description. The claim is added (or left out when no one is found and `speaker:none` is off); the
 * speaker becomes the last one who spoke, and the statement is kept for the quotations inside it.
 */
export function attributeReported(st: ClaimState, r: ReportedSpan): void {
  const s = subjectActor(st, r.subject);
  const speaker = s.actor;
  const rule = r.rule ?? 'reported:verb-that';
  const why = [rule, speaker ? s.rule : 'speaker:none'];
  if (!speaker && !isOn('speaker:none')) return;
  const claim = makeClaim(
    st,
    'reported',
    r,
    speakerOf(st, { actor: speaker, mention: s.mention, cue: r.cue, how: 'cue', why }),
    st.text.slice(r.cue.start, r.cue.end),
    contextFor(st, speaker, r.sentence),
    why,
    s.pronoun ? 'pronoun' : 'cue',
  );
  addClaim(st, claim, speaker);
  if (speaker)
    st.said.push({
      actor: speaker,
      end: r.cue.end,
      paragraph: paragraphOf(st.findings, r.start),
      sentence: r.sentence,
    });
  st.reported.push({
    start: r.start,
    end: r.end,
    actor: speaker,
    mention: s.mention,
    cue: r.cue,
    rule,
    sentence: r.sentence,
    why,
  });
}
