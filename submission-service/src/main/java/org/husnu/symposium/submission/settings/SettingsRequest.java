package org.husnu.symposium.submission.settings;

import java.time.LocalDateTime;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.husnu.symposium.core.conflicts.InstitutionPolicy;

/**
 * The settings a chair sends: every field, as read from {@code GET /api/settings}, with
 * the {@code version} read. Deadlines are wall-clock time in the event's time zone. Only
 * presence is checked here; ranges are the rules of {@code EventSettings}, answered with
 * 422 and a code.
 *
 * @param version the version read; a stale one is refused with 409
 * @param submissionDeadline the submission deadline, event time
 * @param submissionGraceMinutes minutes after it that changes are still accepted
 * @param reviewDeadline the review deadline, event time
 * @param reviewGraceMinutes minutes after it that reviews are still accepted
 * @param blindReview whether reviewers see author identities
 * @param institutionPolicy whether the same institution is a conflict
 * @param reviewersPerAbstract reviewers the assignment gives each abstract (1 to 10)
 * @param defaultReviewerLoad default maximum number of abstracts per reviewer
 * @param limits the submission limits
 */
record SettingsRequest(@NotNull Long version, @NotNull LocalDateTime submissionDeadline,
		@NotNull Integer submissionGraceMinutes, @NotNull LocalDateTime reviewDeadline,
		@NotNull Integer reviewGraceMinutes, @NotNull Boolean blindReview, @NotNull InstitutionPolicy institutionPolicy,
		@NotNull Integer reviewersPerAbstract, @NotNull Integer defaultReviewerLoad, @NotNull @Valid Limits limits) {

	/**
	 * The submission limits.
	 *
	 * @param maxPdfBytes largest PDF accepted, in bytes
	 * @param maxPdfPages most pages in the PDF
	 * @param maxPdfWords most words in the PDF's text
	 * @param maxAbstractWords most words in the plain-text abstract
	 * @param maxKeywords most keywords
	 * @param maxSecondaryTopics most secondary topic areas
	 */
	record Limits(@NotNull Long maxPdfBytes, @NotNull Integer maxPdfPages, @NotNull Integer maxPdfWords,
			@NotNull Integer maxAbstractWords, @NotNull Integer maxKeywords, @NotNull Integer maxSecondaryTopics) {

	}

}
