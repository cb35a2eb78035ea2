package org.husnu.symposium.submission.abstracts;

import org.husnu.symposium.core.abstracts.AbstractStatus;
import org.husnu.symposium.core.abstracts.AbstractSubmission;

/**
 * The filters of the abstract list and exports; {@code null} means any.
 *
 * @param topic a topic area code, matching the primary or a secondary topic
 * @param institution an institution code, matching the presenting author's institution
 * @param status a status
 */
record AbstractFilter(String topic, String institution, AbstractStatus status) {

	static final AbstractFilter ANY = new AbstractFilter(null, null, null);

	AbstractFilter {
		topic = blankToNull(topic);
		institution = blankToNull(institution);
	}

	boolean matches(AbstractSubmission submission) {
		return (this.topic == null || submission.topics().contains(this.topic))
				&& (this.institution == null || this.institution.equalsIgnoreCase(submission.institution()))
				&& (this.status == null || this.status == submission.status());
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
