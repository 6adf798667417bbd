import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { OptionsView } from '../../components/OptionsView';
import { OkReply } from '../../lib/messages';
import { ask } from './ask';
import { usePacks } from './use-packs';
import { useSettings } from './use-settings';

/** The knowledge file's date, read from the bundled file (null when it cannot be read). */
function useKnowledgeDate(): string | null {
  const [date, setDate] = useState<string | null>(null);
  useEffect(() => {
    void fetch(browser.runtime.getURL('/knowledge.json'))
      .then((x) => x.json())
      .catch(() => null)
      .then((k) => setDate(typeof k?.knowledgeDate === 'string' ? k.knowledgeDate : null));
  }, []);
  return date;
}

export function App() {
  const s = useSettings();
  const { resetDone: packsReset, ...packs } = usePacks();
  const knowledgeDate = useKnowledgeDate();
  if (!s.settings) return <p class="opt-empty">Loading…</p>;
  return (
    <OptionsView
      settings={s.settings}
      settingsProblem={s.settingsProblem}
      saveProblem={s.saveProblem}
      {...packs}
      knowledgeDate={knowledgeDate}
      onChange={s.change}
      onReset={async () => {
        const r = await ask(OkReply, { type: 'reset' });
        if (!r.ok) return s.setSaveProblem(r.error);
        s.resetDone();
        await packsReset();
      }}
    />
  );
}
