import { expandBundle } from '../../lib/knowledge/bundle-form';
import { readBundledJson } from '../../lib/cli/project';

/** The bundled knowledge in full form, as the loader restores it (the build writes it compact, in parts). */
export function readBundledKnowledge(): unknown {
  const json = readBundledJson();
  expandBundle(json);
  return json;
}
