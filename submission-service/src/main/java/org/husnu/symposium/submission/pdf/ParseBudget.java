package org.husnu.symposium.submission.pdf;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The kill switch of one parse. PDFBox ignores interrupts, so the request thread that
 * gives up on a parse flips this flag and closes the files the parse reads; every read of
 * the file, every content-stream operator and every decoded stream checks the flag and
 * throws, so a stuck parse ends soon after its request has been answered.
 */
final class ParseBudget {

	private volatile boolean cancelled;

	private final List<Closeable> resources = new CopyOnWriteArrayList<>();

	/**
	 * Throws when the parse has been given up on.
	 * @throws ParseCancelledException when cancelled
	 */
	void check() {
		if (this.cancelled) {
			throw new ParseCancelledException();
		}
	}

	boolean isCancelled() {
		return this.cancelled;
	}

	/**
	 * Gives up on the parse: later checks throw and the registered files are closed.
	 */
	void cancel() {
		this.cancelled = true;
		for (Closeable resource : this.resources) {
			try {
				resource.close();
			}
			catch (IOException | RuntimeException ex) {
				// the parse thread may be using it; it fails on its next read either way
			}
		}
	}

	<T extends Closeable> T register(T resource) {
		this.resources.add(resource);
		if (this.cancelled) {
			cancel();
		}
		return resource;
	}

	/**
	 * Thrown inside a parse that was given up on. Unchecked on purpose: PDFBox's lenient
	 * parser catches and skips many {@link IOException}s, which would let a cancelled
	 * parse carry on.
	 */
	static final class ParseCancelledException extends RuntimeException {

		private static final long serialVersionUID = 1L;

		ParseCancelledException() {
			super("The PDF check was given up on (time limit)", null, false, false);
		}

	}

}
