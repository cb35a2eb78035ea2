package org.husnu.symposium.submission.abstracts;

import org.husnu.symposium.core.DomainRuleException;

import org.springframework.http.HttpStatus;

/**
 * A per-account quota is used up; answered with {@code 422} (drafts, abstracts) or
 * {@code 413} (stored bytes) and the problem type {@code quota-exceeded}.
 */
class QuotaExceededException extends DomainRuleException {

	private static final long serialVersionUID = 1L;

	private final transient HttpStatus status;

	private final long limit;

	private final long used;

	QuotaExceededException(String code, String message, HttpStatus status, long limit, long used) {
		super(code, message);
		this.status = status;
		this.limit = limit;
		this.used = used;
	}

	HttpStatus status() {
		return this.status;
	}

	long limit() {
		return this.limit;
	}

	long used() {
		return this.used;
	}

}
