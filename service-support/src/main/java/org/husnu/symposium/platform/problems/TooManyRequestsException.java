package org.husnu.symposium.platform.problems;

import java.time.Duration;

/**
 * Raised when a client asks too often; answered with 429 and {@code Retry-After}.
 */
public class TooManyRequestsException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final Duration retryAfter;

	public TooManyRequestsException(String message, Duration retryAfter) {
		super(message);
		this.retryAfter = retryAfter;
	}

	public Duration retryAfter() {
		return this.retryAfter;
	}

}
