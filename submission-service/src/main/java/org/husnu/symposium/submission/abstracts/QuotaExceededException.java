package org.husnu.symposium.submission.abstracts;

import org.husnu.symposium.platform.problems.ProblemException;
import org.husnu.symposium.platform.problems.ProblemTypes;

import org.springframework.http.HttpStatus;

/**
 * A per-account quota is used up; answered with {@code 422} (drafts, abstracts) or
 * {@code 413} (stored bytes), the problem type {@code quota-exceeded}, the quota's
 * {@code code} and how far it is used ({@code limit}, {@code used}).
 */
class QuotaExceededException extends ProblemException {

	private static final long serialVersionUID = 1L;

	QuotaExceededException(String code, String message, HttpStatus status, long limit, long used) {
		super(status, ProblemTypes.QUOTA_EXCEEDED, "A quota of your account is used up", message);
		with("code", code);
		with("limit", limit);
		with("used", used);
	}

}
