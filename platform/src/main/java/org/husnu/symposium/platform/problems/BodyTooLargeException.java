package org.husnu.symposium.platform.problems;

import java.io.IOException;

import org.springframework.http.HttpStatus;

/**
 * A request body is larger than this service reads. Raised while reading, before the
 * excess is read, so it is an {@link IOException} that readers (JSON, CSV) pass on, and
 * therefore not a {@link ProblemException} itself: it carries its answer (413 with a
 * {@link ProblemTypes#PAYLOAD_TOO_LARGE} problem) in {@link #problem()}, which
 * {@link CoreProblems#of} finds in any chain of causes.
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
	 * The answer to this exception.
	 * @return a 413 problem with the limit as {@code limitBytes}
	 */
	public ProblemException problem() {
		return new ProblemException(HttpStatus.CONTENT_TOO_LARGE, ProblemTypes.PAYLOAD_TOO_LARGE,
				"Request body too large", getMessage(), this)
			.with("limitBytes", this.limit);
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
