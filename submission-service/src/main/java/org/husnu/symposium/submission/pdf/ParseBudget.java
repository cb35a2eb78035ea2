package org.husnu.symposium.submission.pdf;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The kill switch and work budget of one parse. PDFBox ignores interrupts, so the request
 * thread that gives up on a parse flips this flag and closes the files the parse reads;
 * every read of the file, every content-stream operator and every decoded stream checks
 * the flag and throws, so a stuck parse ends soon after its request has been answered.
 * <p>
 * The work budget bounds a parse by what it does rather than by how long it took: a file
 * whose content streams run more operators than allowed is too complex on an idle machine
 * and under load alike, and gives its parse slot back at once.
 */
final class ParseBudget {

	private final long maxOperators;

	private volatile boolean cancelled;

	/** Only the parse thread counts. */
	private long operators;

	ParseBudget(long maxOperators) {
		this.maxOperators = maxOperators;
	}

	/**
	 * Counts one content-stream operator against the budget.
	 * @throws ParseCancelledException when cancelled
	 * @throws WorkExceededException when the budget is spent
	 */
	void operator() {
		check();
		if (++this.operators > this.maxOperators) {
			throw new WorkExceededException();
		}
	}

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

	/**
	 * Thrown inside a parse that did more work than one PDF of this kind may. Unchecked
	 * for the same reason as {@link ParseCancelledException}.
	 */
	static final class WorkExceededException extends RuntimeException {

		private static final long serialVersionUID = 1L;

		WorkExceededException() {
			super("The PDF check ran out of its work budget", null, false, false);
		}

	}

}
