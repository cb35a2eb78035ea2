package org.husnu.symposium.core.event;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.husnu.symposium.core.DomainRuleException;

/**
 * A deadline as announced (a wall-clock time in the event's time zone) with a quiet grace
 * period after it. Stored as the instant it falls on, so servers in any zone agree; the
 * event zone is only needed to show or enter it.
 *
 * @param at the announced deadline
 * @param grace how long after {@code at} the server still accepts changes
 */
public record Deadline(Instant at, Duration grace) {

	/** Longest grace period. */
	public static final Duration MAX_GRACE = Duration.ofDays(2);

	public Deadline {
		DomainRuleException.require(at != null, "deadline.at", "A deadline needs a date and time");
		grace = (grace != null) ? grace : Duration.ZERO;
		DomainRuleException.require(!grace.isNegative() && grace.compareTo(MAX_GRACE) <= 0, "deadline.grace",
				"A grace period is between 0 and " + MAX_GRACE.toHours() + " hours");
	}

	/**
	 * A deadline entered as wall-clock time in the event's time zone.
	 * @param local the announced date and time
	 * @param zone the event time zone
	 * @param grace the grace period
	 * @return the deadline
	 */
	public static Deadline of(LocalDateTime local, ZoneId zone, Duration grace) {
		return new Deadline(local.atZone(zone).toInstant(), grace);
	}

	/**
	 * When the server stops accepting changes: the deadline plus its grace.
	 * @return the closing instant
	 */
	public Instant closesAt() {
		return this.at.plus(this.grace);
	}

	/**
	 * Whether changes are accepted at an instant: before the deadline or within its
	 * grace.
	 * @param now the instant
	 * @return {@code true} while open
	 */
	public boolean isOpenAt(Instant now) {
		return now.isBefore(closesAt());
	}

	/**
	 * Whether an instant is past the announced deadline but within the grace period.
	 * @param now the instant
	 * @return {@code true} during grace
	 */
	public boolean isInGraceAt(Instant now) {
		return !now.isBefore(this.at) && isOpenAt(now);
	}

	/**
	 * The announced deadline in the event's time zone, for display.
	 * @param zone the event zone
	 * @return the deadline as wall-clock time there
	 */
	public ZonedDateTime in(ZoneId zone) {
		return this.at.atZone(zone);
	}

}
