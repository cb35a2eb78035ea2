package org.husnu.symposium.platform.problems;

import java.io.IOException;

/**
 * A request body is larger than this service reads. Raised while reading, before the
 * excess is read, so it is an {@link IOException} that readers (JSON, CSV) pass on; the
 * web layer answers 413 with a {@link ProblemTypes#PAYLOAD_TOO_LARGE} problem.
 */
public class BodyTooLargeException extends IOException {

	private static final long serialVersionUID = 1L;

	private final long limit;

	public BodyTooLargeException(long limit, String message) {
		super(message);
		this.limit = limit;
	}

	/**
	 * The limit that was passed.
	 * @return bytes
	 */
	public long limit() {
		return this.limit;
	}

	/**
	 * The exception in a chain of causes, if one is there: JSON and CSV readers wrap what
	 * the stream threw.
	 * @param failure any exception
	 * @return the body-too-large exception, or {@code null}
	 */
	public static BodyTooLargeException in(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof BodyTooLargeException tooLarge) {
				return tooLarge;
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return null;
	}

}
