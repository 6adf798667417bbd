import type { ActorDraft } from '../actors/actors';
import type { ClaimState } from './state';

/** An unnamed speaker known only by the words that describe them, one for the same words in an article. */
export function describedActor(st: ClaimState, words: string): ActorDraft {
  const key = `described:${words.toLowerCase()}`;
  let a = st.described.get(key);
  if (!a) {
    const gender = /(?:woman|mother|wife|daughter|girl)$/i.test(words)
      ? 'f'
      : /(?:\bman|father|husband|son|boy)$/i.test(words)
        ? 'm'
        : null;
    a = {
      key,
      entity: null,
      name: words,
      type: 'person',
      mentions: [],
      unnamed: true,
      speaksFor: null,
      gender,
      titles: [],
    };
    st.described.set(key, a);
  }
  return a;
}
