package org.husnu.symposium.submission.pdf;

import java.time.Duration;
import java.util.Locale;

import org.husnu.symposium.platform.problems.ProblemException;
import org.husnu.symposium.platform.problems.ProblemTypes;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/**
 * Every parse slot stayed busy for longer than a request may wait; answered with 503 and
 * {@code Retry-After}, in the reader's language.
 */
public class PdfCheckerBusyException extends ProblemException {

	private static final long serialVersionUID = 1L;

	private final transient Duration retryAfter;

	/**
	 * A busy checker.
	 * @param retryAfter when to try again (at least a second)
	 * @param messages the check texts
	 * @param locale the reader's language
	 */
	public PdfCheckerBusyException(Duration retryAfter, PdfCheckMessages messages, Locale locale) {
		super(HttpStatus.SERVICE_UNAVAILABLE, ProblemTypes.BUSY, messages.message("title.busy", locale),
				messages.message("busy", locale, Long.toString(seconds(retryAfter))));
		this.retryAfter = retryAfter;
		with("retryAfterSeconds", seconds(retryAfter));
		getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(seconds(retryAfter)));
	}

	public Duration retryAfter() {
		return this.retryAfter;
	}

	private static long seconds(Duration retryAfter) {
		return Math.max(1, retryAfter.toSeconds());
	}

}
