/**
 * Reads a stream's bytes, or null as soon as they pass `limit` bytes: it stops reading there, so
 * `answer 5 - < /dev/zero` ends at once instead of filling memory.
 */
export const readStdin = async (stream: NodeJS.ReadableStream, limit: number): Promise<Uint8Array | null> => {
  const chunks: Buffer[] = [];
  let size = 0;
  // Leaving the loop early (return) destroys the stream, which stops the reading.
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    size += buffer.length;
    if (size > limit) return null;
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
};
