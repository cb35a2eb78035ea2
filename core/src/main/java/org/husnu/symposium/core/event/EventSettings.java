package org.husnu.symposium.core.event;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.husnu.symposium.core.DomainRuleException;
import org.husnu.symposium.core.conflicts.InstitutionPolicy;
import org.husnu.symposium.core.store.CollectionNames;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The settings of the event, one document. Deadlines are enforced by the server in the
 * event's time zone (Asia/Tokyo; Seoul shares the offset), never by the browser.
 *
 * @param id always {@link #ID}
 * @param name the event's name
 * @param timeZone the event time zone id, e.g. {@code Asia/Tokyo}
 * @param submissionDeadline last moment to submit or edit abstracts
 * @param reviewDeadline last moment to submit reviews
 * @param limits submission limits
 * @param blindReview whether reviewers see author identities
 * @param institutionPolicy whether the same institution is a conflict
 * @param reviewersPerAbstract reviewers the assignment gives each abstract
 * @param defaultReviewerLoad default maximum number of abstracts per reviewer
 * @param version optimistic-locking version
 */
@Document(collection = CollectionNames.EVENT_SETTINGS)
public record EventSettings(@Id String id, String name, String timeZone, Deadline submissionDeadline,
		Deadline reviewDeadline, SubmissionLimits limits, boolean blindReview, InstitutionPolicy institutionPolicy,
		int reviewersPerAbstract, int defaultReviewerLoad, @Version Long version) {

	/** Id of the settings document. */
	public static final String ID = "event";

	/** The event's time zone. */
	public static final String DEFAULT_TIME_ZONE = "Asia/Tokyo";

	public EventSettings {
		id = ID;
		DomainRuleException.require(name != null && !name.isBlank(), "settings.name", "The event needs a name");
		timeZone = (timeZone != null) ? timeZone : DEFAULT_TIME_ZONE;
		try {
			ZoneId.of(timeZone);
		}
		catch (RuntimeException ex) {
			throw new DomainRuleException("settings.timeZone",
					"'" + timeZone + "' is not a time zone id; use one like Asia/Tokyo");
		}
		DomainRuleException.require(submissionDeadline != null, "settings.submissionDeadline",
				"Set the submission deadline");
		DomainRuleException.require(reviewDeadline != null, "settings.reviewDeadline", "Set the review deadline");
		DomainRuleException.require(reviewDeadline.at().isAfter(submissionDeadline.at()), "settings.reviewDeadline",
				"The review deadline must come after the submission deadline");
		limits = (limits != null) ? limits : SubmissionLimits.defaults();
		institutionPolicy = (institutionPolicy != null) ? institutionPolicy : InstitutionPolicy.NONE;
		DomainRuleException.require(reviewersPerAbstract >= 1 && reviewersPerAbstract <= 10,
				"settings.reviewersPerAbstract", "Each abstract gets between 1 and 10 reviewers");
		DomainRuleException.require(defaultReviewerLoad >= 1 && defaultReviewerLoad <= 100,
				"settings.defaultReviewerLoad", "The default reviewer load is between 1 and 100");
	}

	/**
	 * Settings for a new event: deadlines at 23:59 event time on the given dates, one
	 * hour of grace.
	 * @param submissionDay the submission deadline's date and time, event time
	 * @param reviewDay the review deadline's date and time, event time
	 * @return the settings
	 */
	public static EventSettings initial(LocalDateTime submissionDay, LocalDateTime reviewDay) {
		ZoneId zone = ZoneId.of(DEFAULT_TIME_ZONE);
		return new EventSettings(ID,
				"HU x SNU satellite session: Utilization of Medical AI in Sustainable Development for Future Generations",
				DEFAULT_TIME_ZONE, Deadline.of(submissionDay, zone, Duration.ofHours(1)),
				Deadline.of(reviewDay, zone, Duration.ZERO), SubmissionLimits.defaults(), false, InstitutionPolicy.NONE,
				3, 8, null);
	}

	public ZoneId zone() {
		return ZoneId.of(this.timeZone);
	}

	/**
	 * Whether authors may still create, edit or submit at an instant.
	 * @param now the instant, from the server's clock
	 * @return {@code true} before the submission deadline plus grace
	 */
	public boolean acceptsSubmissionsAt(Instant now) {
		return this.submissionDeadline.isOpenAt(now);
	}

	/**
	 * Whether reviewers may still submit or change reviews at an instant.
	 * @param now the instant, from the server's clock
	 * @return {@code true} before the review deadline plus grace
	 */
	public boolean acceptsReviewsAt(Instant now) {
		return this.reviewDeadline.isOpenAt(now);
	}

}
