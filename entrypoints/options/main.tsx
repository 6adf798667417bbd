import { render } from 'preact';
import { App } from './App';
import '../../components/options.css';

render(<App />, document.getElementById('app')!);
