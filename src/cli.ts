import {main} from './cli/main.js'

// A reader that closes the pipe early (`copydesk clean … | head`) has all it wants: stop quietly.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
  throw error
})

process.exitCode = await main(process.argv.slice(2), {stdin: process.stdin, stdout: process.stdout, stderr: process.stderr})
