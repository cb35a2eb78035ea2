package org.husnu.symposium.review.reviewing;

import org.husnu.symposium.platform.problems.ConflictException;
import org.husnu.symposium.platform.problems.NotFoundException;
import org.husnu.symposium.platform.problems.ProblemException;
import org.husnu.symposium.platform.problems.ProblemTypes;

import org.springframework.http.HttpStatus;

/**
 * The problems reviewing answers with, each with a stable {@code code}, in one place so
 * the API, the pages and docs/api.md name the same ones.
 */
final class ReviewProblems {

	private ReviewProblems() {
	}

	static ProblemException notFound(String abstractKey) {
		return new NotFoundException("There is no abstract " + abstractKey
				+ " for you to review; /reviews lists the abstracts assigned to you")
			.with("code", "review.notFound");
	}

	static ProblemException conflict() {
		return new ConflictException("Someone (perhaps you, in another tab) saved this review after you opened it; "
				+ "reload the review, then apply your change again (copy your text first)")
			.with("code", "review.conflict");
	}

	static ProblemException deadlinePassed(String deadline) {
		return new ProblemException(HttpStatus.FORBIDDEN, ProblemTypes.DEADLINE_PASSED,
				"The review deadline has passed",
				"The review deadline (" + deadline + ") has passed; reviews can be read but no longer changed. "
						+ "Ask the chairs if you need to change one")
			.with("code", "review.deadlinePassed");
	}

	static ProblemException invalid(String code, String detail) {
		return new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, ProblemTypes.DOMAIN_RULE,
				"The review breaks a rule", detail)
			.with("code", code);
	}

	static ProblemException formConflict() {
		return new ConflictException("Another chair changed the review form after you opened it; reload the form "
				+ "(GET /api/review-form or the page), then apply your change again")
			.with("code", "form.conflict");
	}

}
