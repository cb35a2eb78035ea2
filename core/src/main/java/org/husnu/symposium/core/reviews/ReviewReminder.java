package org.husnu.symposium.core.reviews;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.husnu.symposium.core.DomainRuleException;
import org.husnu.symposium.core.store.CollectionNames;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A reminder a reviewer was sent about their unfinished reviews, kept so chairs see when
 * each reviewer was last reminded and so neither a chair nor the schedule reminds the
 * same person too often. Appended once per mail, never changed.
 *
 * @param id stable id
 * @param reviewerId the reviewer's account id
 * @param email the address the mail went to
 * @param sentAt when it was queued
 * @param kind sent by a chair or by the schedule
 * @param sentBy the chair's account id, {@code null} for the schedule
 * @param abstractNumbers the unfinished abstracts the mail listed
 * @param forced whether a chair sent it within the rate limit on purpose
 * @param mailId the outbox id of the mail
 */
@Document(collection = CollectionNames.REVIEW_REMINDERS)
public record ReviewReminder(@Id UUID id, UUID reviewerId, String email, Instant sentAt, Kind kind, UUID sentBy,
		List<String> abstractNumbers, boolean forced, String mailId) {

	public ReviewReminder {
		DomainRuleException.require(id != null && reviewerId != null && sentAt != null && kind != null,
				"reminder.fields", "A reminder names its reviewer, time and kind");
		abstractNumbers = (abstractNumbers != null) ? List.copyOf(abstractNumbers) : List.of();
	}

	/** Who sent a reminder. */
	public enum Kind {

		/** A chair, from the progress page or the API. */
		MANUAL,

		/** The daily schedule, to reviewers close to or past the deadline. */
		SCHEDULED

	}

}
