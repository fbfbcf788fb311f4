// Worker threads for -r and --in-place start only when the work pays for
// them, and never outnumber the files (issue 15: seven small files took
// twice as long with the default --jobs, and -j 16 started 16 threads).
import t from 'tap'
import { folderThreads, FOLDER_POOL } from '../lib/cli/folders.js'

const small = Array.from({ length: 7 }, () => 3_000)

t.test('the default --jobs starts no threads for little work', async (t) => {
  t.equal(folderThreads({ jobs: 2, jobsGiven: false }, small), 1)
  t.equal(folderThreads({ jobs: 2, jobsGiven: false }, [FOLDER_POOL.minBytes - 1, 0]), 1)
})

t.test('the default --jobs starts threads once the files are large enough', async (t) => {
  t.equal(folderThreads({ jobs: 2, jobsGiven: false }, [FOLDER_POOL.minBytes / 2, FOLDER_POOL.minBytes / 2]), 2)
  t.equal(folderThreads({ jobs: 4, jobsGiven: false }, [FOLDER_POOL.minBytes, 10, 10]), 3, 'no more than the files')
})

t.test('--jobs given: threads as asked, never more than the files', async (t) => {
  t.equal(folderThreads({ jobs: 16, jobsGiven: true }, small), 7)
  t.equal(folderThreads({ jobs: 2, jobsGiven: true }, small), 2)
  t.equal(folderThreads({ jobs: 16, jobsGiven: true }, [5]), 1, 'one file: the main thread')
  t.equal(folderThreads({ jobs: 1, jobsGiven: true }, small), 1)
})
