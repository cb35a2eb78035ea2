package org.husnu.symposium.platform.problems;

import java.util.Optional;

import org.husnu.symposium.core.DomainRuleException;
import org.husnu.symposium.core.access.AccessRefusedException;
import org.husnu.symposium.core.event.DeadlinePassedException;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;

/**
 * The answers to the exceptions that cannot carry their own because they are not web
 * code: {@code core}'s domain exceptions and Spring Data's optimistic-locking failure.
 * The one table of them, read by the API's problem details and the pages' error page
 * alike; every other exception a user can cause is a {@link ProblemException} and carries
 * its answer itself (a {@link BodyTooLargeException}, which must stay an
 * {@code IOException}, in {@link BodyTooLargeException#problem()}).
 */
public final class CoreProblems {

	private CoreProblems() {
	}

	/**
	 * The problem a user-caused exception stands for.
	 * @param ex any exception
	 * @return the problem: {@code ex} itself when it is a {@link ProblemException}, the
	 * mapped problem for a known {@code core} or data exception, otherwise empty
	 */
	public static Optional<ProblemException> of(Throwable ex) {
		if (ex instanceof ProblemException problem) {
			return Optional.of(problem);
		}
		BodyTooLargeException tooLarge = BodyTooLargeException.in(ex);
		if (tooLarge != null) {
			return Optional.of(tooLarge.problem());
		}
		if (ex instanceof DeadlinePassedException deadline) {
			return Optional.of(new ProblemException(HttpStatus.FORBIDDEN, ProblemTypes.DEADLINE_PASSED,
					"The deadline has passed", deadline.getMessage(), deadline)
				.with("code", deadline.code()));
		}
		if (ex instanceof DomainRuleException rule) {
			return Optional.of(new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, ProblemTypes.DOMAIN_RULE,
					"The request breaks a rule", rule.getMessage(), rule)
				.with("code", rule.code()));
		}
		if (ex instanceof AccessRefusedException refused) {
			return Optional.of(new ProblemException(HttpStatus.FORBIDDEN, ProblemTypes.FORBIDDEN, "Not allowed",
					refused.getMessage(), refused));
		}
		if (ex instanceof OptimisticLockingFailureException stale) {
			return Optional.of(new ProblemException(HttpStatus.CONFLICT, ProblemTypes.CONFLICT, "Changed meanwhile",
					"Someone else changed this record since you loaded it; reload it and apply your change again",
					stale));
		}
		return Optional.empty();
	}

}
