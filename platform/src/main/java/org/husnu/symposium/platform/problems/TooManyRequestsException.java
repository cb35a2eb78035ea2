package org.husnu.symposium.platform.problems;

import java.time.Duration;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/**
 * Raised when a client asks too often; answered with 429, {@code Retry-After} and the
 * same number of seconds as {@code retryAfterSeconds}.
 */
public class TooManyRequestsException extends ProblemException {

	private static final long serialVersionUID = 1L;

	private final Duration retryAfter;

	public TooManyRequestsException(String message, Duration retryAfter) {
		super(HttpStatus.TOO_MANY_REQUESTS, ProblemTypes.RATE_LIMITED, "Too many requests", message);
		this.retryAfter = retryAfter;
		long seconds = Math.max(1, retryAfter.toSeconds());
		with("retryAfterSeconds", seconds);
		getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
	}

	public Duration retryAfter() {
		return this.retryAfter;
	}

}
