package org.husnu.symposium.platform.web;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import org.husnu.symposium.platform.problems.BodyTooLargeException;

/**
 * An input stream that ends a read with {@link BodyTooLargeException} as soon as more
 * than its limit would be read, so a body of unknown length (chunked) is bounded while it
 * streams, never after it was buffered.
 */
public final class BoundedInputStream extends FilterInputStream {

	private final long limit;

	private final String message;

	private long read;

	/**
	 * Bounds a stream.
	 * @param in the stream
	 * @param limit the most bytes that may be read
	 * @param message what the {@link BodyTooLargeException} says
	 */
	public BoundedInputStream(InputStream in, long limit, String message) {
		super(in);
		this.limit = limit;
		this.message = message;
	}

	@Override
	public int read() throws IOException {
		int b = super.read();
		if (b >= 0) {
			count(1);
		}
		return b;
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		// ask for one byte past the limit at most, so the excess is never read in bulk
		long allowed = this.limit - this.read + 1;
		int n = super.read(buffer, offset, (int) Math.min(length, Math.max(1, allowed)));
		if (n > 0) {
			count(n);
		}
		return n;
	}

	@Override
	public long skip(long n) throws IOException {
		long skipped = super.skip(Math.min(n, this.limit - this.read + 1));
		count(skipped);
		return skipped;
	}

	@Override
	public boolean markSupported() {
		return false;
	}

	private void count(long bytes) throws BodyTooLargeException {
		this.read += bytes;
		if (this.read > this.limit) {
			throw new BodyTooLargeException(this.limit, this.message);
		}
	}

}
