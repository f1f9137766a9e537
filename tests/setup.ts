// Dexie under Node: a real IndexedDB implementation in memory, reset per test file.
import 'fake-indexeddb/auto';
import { cleanup } from '@testing-library/preact';
import { afterEach } from 'vitest';

afterEach(() => cleanup());
