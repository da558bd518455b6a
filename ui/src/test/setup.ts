import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// The build machines are small and often busy (Maven runs beside us): be patient with
// asynchronous UI, the assertions stay the same.
configure({ asyncUtilTimeout: 5_000 });

// jsdom has no layout; Grommet's Drop calls scrollTo when the namespace list opens.
window.scrollTo = () => {};

afterEach(() => cleanup());
