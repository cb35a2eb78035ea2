package org.husnu.symposium.review.progress;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When reviewers are reminded ({@code symposium.reminders.*}, docs/operations.md).
 *
 * @param enabled whether the scheduled reminder runs at all (manual reminders always
 * work)
 * @param cron when the scheduled reminder runs, Spring cron in {@code zone}
 * @param zone the time zone of {@code cron}
 * @param daysBefore the schedule reminds from this many days before the review deadline
 * @param graceAfterDeadline and stops this long after the deadline (plus its grace)
 * @param manualInterval a chair reminds the same reviewer at most once in this interval
 * unless they force it
 * @param scheduledInterval the schedule reminds the same reviewer at most once in this
 * interval (a little under a day, so a daily run is never skipped for a run that ended a
 * few seconds late the day before)
 * @param lockAtMostFor how long a crashed instance keeps the scheduler lock
 * @param lockAtLeastFor how long the lock is kept after a run, so an instance whose clock
 * is a little behind does not run again
 */
@ConfigurationProperties("symposium.reminders")
record ReminderProperties(@DefaultValue("true") boolean enabled, @DefaultValue("0 0 9 * * *") String cron,
		@DefaultValue("Asia/Tokyo") String zone, @DefaultValue("3") int daysBefore,
		@DefaultValue("7d") Duration graceAfterDeadline, @DefaultValue("12h") Duration manualInterval,
		@DefaultValue("20h") Duration scheduledInterval, @DefaultValue("PT30M") Duration lockAtMostFor,
		@DefaultValue("PT5M") Duration lockAtLeastFor) {

	/** Name of the scheduled reminder's lock in {@code scheduler_locks}. */
	static final String LOCK = "review-reminders";

}
