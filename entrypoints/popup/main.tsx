import { render } from 'preact';

render(<input type="search" />, document.getElementById('app')!);
