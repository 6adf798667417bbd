import { useJitlessZod } from '../../lib/zod-setup';
import { render } from 'preact';
import { App } from './App';
import '../../components/popup.css';

useJitlessZod();
render(<App />, document.getElementById('app')!);
