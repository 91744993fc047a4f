// Run before every test file (also when test files share a worker's modules): the temp folders
// made through tests/helpers/temp-repo.ts go after their test, or after the file's last test.
import { afterAll, afterEach } from 'vitest';
import { removeFileTempDirs, removeTestTempDirs } from './helpers/temp-repo.js';

afterEach(removeTestTempDirs);
afterAll(removeFileTempDirs);
