package org.husnu.symposium.submission.pdf;

import java.time.Duration;

/**
 * Every parse slot stayed busy for longer than a request may wait; answered with 503 and
 * {@code Retry-After}.
 */
public class PdfCheckerBusyException extends RuntimeException {

	private final Duration retryAfter;

	public PdfCheckerBusyException(Duration retryAfter) {
		super("The PDF checker is busy with other files; try again in " + Math.max(1, retryAfter.toSeconds())
				+ " seconds");
		this.retryAfter = retryAfter;
	}

	public Duration retryAfter() {
		return this.retryAfter;
	}

}
