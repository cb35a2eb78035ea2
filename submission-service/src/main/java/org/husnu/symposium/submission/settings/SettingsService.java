package org.husnu.symposium.submission.settings;

import java.io.Serializable;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.husnu.symposium.core.DomainRuleException;
import org.husnu.symposium.core.access.AccessPolicy;
import org.husnu.symposium.core.access.Actor;
import org.husnu.symposium.core.event.Deadline;
import org.husnu.symposium.core.event.EventSettings;
import org.husnu.symposium.core.event.SubmissionLimits;
import org.husnu.symposium.platform.audit.AuditLog;
import org.husnu.symposium.platform.problems.ConflictException;

import org.springframework.stereotype.Service;

/**
 * Reads and changes the event settings for chairs. A change names the version it was
 * based on and is refused when that is stale; it is checked whole by the rules of
 * {@link EventSettings} before anything is written, and audited as
 * {@code settings.changed} with each changed field. Both services read the settings per
 * request, so a change applies from the next request on, without a restart.
 */
@Service
class SettingsService {

	private static final long MAX_GRACE_MINUTES = Deadline.MAX_GRACE.toMinutes();

	private final EventSettingsRepository settings;

	private final AuditLog audit;

	SettingsService(EventSettingsRepository settings, AuditLog audit) {
		this.settings = settings;
		this.audit = audit;
	}

	EventSettings current(Actor actor) {
		AccessPolicy.requireChangeSettings(actor);
		return stored();
	}

	/**
	 * Changes the settings, whole or not at all.
	 * @param actor who changes them
	 * @param request the new values and the version they were based on
	 * @return the stored settings and what changed (empty when nothing did; nothing is
	 * then written)
	 * @throws ConflictException when the version is stale
	 * @throws DomainRuleException when a value breaks a rule
	 */
	Changed change(Actor actor, SettingsRequest request) {
		AccessPolicy.requireChangeSettings(actor);
		EventSettings current = stored();
		long version = versionOf(current);
		if (request.version() != version) {
			throw new ConflictException("Another chair changed the settings since you loaded them"
					+ " (you sent version " + request.version() + ", the current one is " + version
					+ "); reload them and apply your change again")
				.with("code", "settings.version")
				.with("currentVersion", version);
		}
		requireGrace(request.submissionGraceMinutes(), "settings.submissionGrace", "submission");
		requireGrace(request.reviewGraceMinutes(), "settings.reviewGrace", "review");
		ZoneId zone = current.zone();
		SettingsRequest.Limits limits = request.limits();
		EventSettings changed = new EventSettings(EventSettings.ID, current.name(), current.timeZone(),
				Deadline.of(request.submissionDeadline(), zone, Duration.ofMinutes(request.submissionGraceMinutes())),
				Deadline.of(request.reviewDeadline(), zone, Duration.ofMinutes(request.reviewGraceMinutes())),
				new SubmissionLimits(limits.maxPdfBytes(), limits.maxPdfPages(), limits.maxPdfWords(),
						limits.maxAbstractWords(), limits.maxKeywords(), limits.maxSecondaryTopics()),
				request.blindReview(), request.institutionPolicy(), request.reviewersPerAbstract(),
				request.defaultReviewerLoad(), current.version());
		List<Change> changes = differences(SettingsView.of(current), SettingsView.of(changed));
		if (changes.isEmpty()) {
			return new Changed(current, changes);
		}
		EventSettings saved = this.settings.save(changed);
		Map<String, String> details = new LinkedHashMap<>();
		changes.forEach((change) -> details.put(change.field(), change.from() + " → " + change.to()));
		this.audit.record(actor, "settings.changed", EventSettings.ID, details);
		return new Changed(saved, changes);
	}

	static long versionOf(EventSettings settings) {
		return (settings.version() != null) ? settings.version() : 0L;
	}

	private EventSettings stored() {
		return this.settings.findById(EventSettings.ID)
			.orElseThrow(() -> new IllegalStateException("No event settings; they are seeded when a service starts"));
	}

	private static void requireGrace(int minutes, String code, String which) {
		DomainRuleException.require(minutes >= 0 && minutes <= MAX_GRACE_MINUTES, code,
				"The " + which + " grace is between 0 and " + MAX_GRACE_MINUTES + " minutes ("
						+ Deadline.MAX_GRACE.toHours() + " hours); " + minutes + " is outside");
	}

	private static List<Change> differences(SettingsView before, SettingsView after) {
		List<Change> changes = new ArrayList<>();
		compare(changes, "submissionDeadline", before.submissionDeadline(), after.submissionDeadline());
		compare(changes, "submissionGraceMinutes", before.submissionGraceMinutes(), after.submissionGraceMinutes());
		compare(changes, "reviewDeadline", before.reviewDeadline(), after.reviewDeadline());
		compare(changes, "reviewGraceMinutes", before.reviewGraceMinutes(), after.reviewGraceMinutes());
		compare(changes, "blindReview", before.blindReview(), after.blindReview());
		compare(changes, "institutionPolicy", before.institutionPolicy(), after.institutionPolicy());
		compare(changes, "reviewersPerAbstract", before.reviewersPerAbstract(), after.reviewersPerAbstract());
		compare(changes, "defaultReviewerLoad", before.defaultReviewerLoad(), after.defaultReviewerLoad());
		SubmissionLimits was = before.limits();
		SubmissionLimits is = after.limits();
		compare(changes, "maxPdfBytes", was.maxPdfBytes(), is.maxPdfBytes());
		compare(changes, "maxPdfPages", was.maxPdfPages(), is.maxPdfPages());
		compare(changes, "maxPdfWords", was.maxPdfWords(), is.maxPdfWords());
		compare(changes, "maxAbstractWords", was.maxAbstractWords(), is.maxAbstractWords());
		compare(changes, "maxKeywords", was.maxKeywords(), is.maxKeywords());
		compare(changes, "maxSecondaryTopics", was.maxSecondaryTopics(), is.maxSecondaryTopics());
		return changes;
	}

	private static void compare(List<Change> changes, String field, Object before, Object after) {
		if (!Objects.equals(before, after)) {
			changes.add(new Change(field, String.valueOf(before), String.valueOf(after)));
		}
	}

	/**
	 * One changed field.
	 *
	 * @param field the field's name, as in the API
	 * @param from the value before
	 * @param to the value after
	 */
	record Change(String field, String from, String to) implements Serializable {
	}

	/**
	 * The outcome of a change.
	 *
	 * @param settings the settings now stored
	 * @param changes what changed, in the order of the form
	 */
	record Changed(EventSettings settings, List<Change> changes) {
	}

}
