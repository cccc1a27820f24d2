/**
 * Text as a byte stream (UTF-8) that pulls the next chunk from `chunks` only when the reader asks
 * for it, so a large download never sits in memory whole and waits on a slow reader. Cancelling
 * the stream lets the source close what it holds open; a failing source fails the stream.
 */
export function textStream(chunks: AsyncIterable<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder()
  const iterator = chunks[Symbol.asyncIterator]()
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        const next = await iterator.next()
        if (next.done) controller.close()
        else controller.enqueue(encoder.encode(next.value))
      },
      async cancel() {
        await iterator.return?.()
      },
    },
    // No read-ahead: a chunk is pulled when the reader asks for it, not before.
    { highWaterMark: 0 },
  )
}
