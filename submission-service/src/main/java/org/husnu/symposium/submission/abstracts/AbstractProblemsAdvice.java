package org.husnu.symposium.submission.abstracts;

import org.husnu.symposium.platform.problems.ProblemTypes;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The abstracts' own problems: a used-up quota, with its own status and type, before the
 * general advice would answer it as any broken rule.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class AbstractProblemsAdvice {

	@ExceptionHandler(QuotaExceededException.class)
	ResponseEntity<ProblemDetail> quotaExceeded(QuotaExceededException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(ex.status(), ex.getMessage());
		problem.setType(ProblemTypes.QUOTA_EXCEEDED);
		problem.setTitle("A quota of your account is used up");
		problem.setProperty("code", ex.code());
		problem.setProperty("limit", ex.limit());
		problem.setProperty("used", ex.used());
		return ResponseEntity.status(ex.status()).body(problem);
	}

}
