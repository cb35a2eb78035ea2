package org.husnu.symposium.submission.settings;

import java.time.LocalDateTime;

import org.husnu.symposium.core.conflicts.InstitutionPolicy;
import org.husnu.symposium.core.event.EventSettings;
import org.husnu.symposium.core.event.SubmissionLimits;

/**
 * The settings as {@code GET /api/settings} answers them: the shape a chair changes and
 * sends back with {@code PUT}, plus the name and time zone, which are fixed.
 *
 * @param version the version to send back when changing
 * @param name the event's name
 * @param timeZone the event's time zone, in which the deadlines are given
 * @param submissionDeadline the submission deadline, event time
 * @param submissionGraceMinutes grace after the submission deadline, minutes
 * @param reviewDeadline the review deadline, event time
 * @param reviewGraceMinutes grace after the review deadline, minutes
 * @param blindReview whether reviewers see author identities
 * @param institutionPolicy whether the same institution is a conflict
 * @param reviewersPerAbstract reviewers the assignment gives each abstract
 * @param defaultReviewerLoad default maximum number of abstracts per reviewer
 * @param limits the submission limits
 */
record SettingsView(long version, String name, String timeZone, LocalDateTime submissionDeadline,
		long submissionGraceMinutes, LocalDateTime reviewDeadline, long reviewGraceMinutes, boolean blindReview,
		InstitutionPolicy institutionPolicy, int reviewersPerAbstract, int defaultReviewerLoad,
		SubmissionLimits limits) {

	static SettingsView of(EventSettings settings) {
		return new SettingsView(SettingsService.versionOf(settings), settings.name(), settings.timeZone(),
				settings.submissionDeadline().in(settings.zone()).toLocalDateTime(),
				settings.submissionDeadline().grace().toMinutes(),
				settings.reviewDeadline().in(settings.zone()).toLocalDateTime(),
				settings.reviewDeadline().grace().toMinutes(), settings.blindReview(), settings.institutionPolicy(),
				settings.reviewersPerAbstract(), settings.defaultReviewerLoad(), settings.limits());
	}

}
