import { render } from 'preact';
import { Options } from '@/src/ui/options/Options';
import '@/src/ui/base.css';

render(<Options />, document.getElementById('app')!);
