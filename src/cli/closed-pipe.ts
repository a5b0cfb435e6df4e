// `hamish list | head`: once the reader has what it wants it closes the pipe, and
// the next write fails with EPIPE. That is the reader's choice, not an error: the
// command ends quietly, with exit status 0, instead of printing a stack.
export function endQuietlyOnClosedPipe(stream: NodeJS.WriteStream, exit: (code: number) => void = process.exit): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') exit(0);
    else throw error;
  });
}
