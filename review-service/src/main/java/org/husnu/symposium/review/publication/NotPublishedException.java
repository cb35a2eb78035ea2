package org.husnu.symposium.review.publication;

import org.husnu.symposium.platform.problems.ProblemException;
import org.husnu.symposium.platform.problems.ProblemTypes;

import org.springframework.http.HttpStatus;

/**
 * No program is published yet: every public output answers 404
 * {@code program.notPublished} (a page for browsers).
 */
class NotPublishedException extends ProblemException {

	private static final long serialVersionUID = 1L;

	NotPublishedException() {
		super(HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND, "Program not published yet",
				"The program is not published yet; the chairs publish it once the sessions are set. "
						+ "Come back later, or follow the symposium's announcements");
		with("code", "program.notPublished");
	}

}
