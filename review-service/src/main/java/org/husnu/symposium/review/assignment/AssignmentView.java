package org.husnu.symposium.review.assignment;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.husnu.symposium.core.abstracts.AbstractSubmission;
import org.husnu.symposium.core.assignment.Assignment;
import org.husnu.symposium.core.assignment.AssignmentSource;

/**
 * One assignment as the API and pages show it: ids, and of the abstract only what a blind
 * reviewer may see (number, title, topics), never its authors.
 *
 * @param id {@code reviewer:abstract}
 * @param reviewer the reviewer's account id
 * @param abstractId the abstract's id
 * @param number the abstract's number, {@code null} if it is gone
 * @param title the abstract's title, {@code null} if it is gone
 * @param topics the abstract's topic codes, primary first
 * @param source automatic or by hand
 * @param assignedAt when
 */
record AssignmentView(String id, String reviewer, @JsonProperty("abstract") String abstractId, String number,
		String title, List<String> topics, AssignmentSource source, Instant assignedAt) {

	static AssignmentView of(Assignment assignment, AbstractSubmission submission) {
		return new AssignmentView(assignment.id(), assignment.reviewerId().toString(),
				assignment.abstractId().toString(), (submission != null) ? submission.number() : null,
				(submission != null) ? submission.title() : null,
				(submission != null) ? submission.topics() : List.of(), assignment.source(), assignment.assignedAt());
	}

}
