import { useJitlessZod } from '../../lib/zod-setup';
import { render } from 'preact';
import { App } from './App';
import '../../components/options.css';

useJitlessZod();
render(<App />, document.getElementById('app')!);
