package org.husnu.symposium.submission.settings;

import java.time.LocalDateTime;

import org.husnu.symposium.core.conflicts.InstitutionPolicy;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The settings page's form: the fields of {@link SettingsRequest}, flat, as the browser
 * posts them. An unticked checkbox sends nothing, so a missing {@code blindReview} is
 * {@code false}.
 *
 * @param version the version the page showed
 * @param submissionDeadline the submission deadline, event time
 * @param submissionGraceMinutes grace after it, minutes
 * @param reviewDeadline the review deadline, event time
 * @param reviewGraceMinutes grace after it, minutes
 * @param blindReview whether the blind review box is ticked
 * @param institutionPolicy the institution policy
 * @param reviewersPerAbstract reviewers per abstract
 * @param defaultReviewerLoad default reviewer load
 * @param maxPdfBytes largest PDF, bytes
 * @param maxPdfPages most PDF pages
 * @param maxPdfWords most words in the PDF
 * @param maxAbstractWords most words in the abstract
 * @param maxKeywords most keywords
 * @param maxSecondaryTopics most secondary topic areas
 */
record SettingsForm(Long version, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime submissionDeadline,
		Integer submissionGraceMinutes,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime reviewDeadline, Integer reviewGraceMinutes,
		Boolean blindReview, InstitutionPolicy institutionPolicy, Integer reviewersPerAbstract,
		Integer defaultReviewerLoad, Long maxPdfBytes, Integer maxPdfPages, Integer maxPdfWords,
		Integer maxAbstractWords, Integer maxKeywords, Integer maxSecondaryTopics) {

	SettingsRequest toRequest() {
		return new SettingsRequest(this.version, this.submissionDeadline, this.submissionGraceMinutes,
				this.reviewDeadline, this.reviewGraceMinutes, Boolean.TRUE.equals(this.blindReview),
				this.institutionPolicy, this.reviewersPerAbstract, this.defaultReviewerLoad,
				new SettingsRequest.Limits(this.maxPdfBytes, this.maxPdfPages, this.maxPdfWords, this.maxAbstractWords,
						this.maxKeywords, this.maxSecondaryTopics));
	}

}
