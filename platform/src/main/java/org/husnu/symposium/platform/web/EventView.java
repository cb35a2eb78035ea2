package org.husnu.symposium.platform.web;

import java.time.format.DateTimeFormatter;

import org.husnu.symposium.core.event.EventSettings;

/**
 * The event as pages show it: deadlines as wall-clock time in the event's time zone
 * (JST), the way the call announces them, whatever zone the server or the reader is in.
 *
 * @param name the event's name
 * @param submissionDeadline the submission deadline, e.g. {@code 2027-01-31 23:59 JST}
 * @param reviewDeadline the review deadline
 * @param blindReview whether reviewers see author identities
 */
public record EventView(String name, String submissionDeadline, String reviewDeadline, boolean blindReview) {

	private static final DateTimeFormatter DEADLINE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z");

	public static EventView of(EventSettings settings) {
		return new EventView(settings.name(), settings.submissionDeadline().in(settings.zone()).format(DEADLINE),
				settings.reviewDeadline().in(settings.zone()).format(DEADLINE), settings.blindReview());
	}

}
