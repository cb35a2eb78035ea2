package org.husnu.symposium.review.progress;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.husnu.symposium.core.event.Deadline;
import org.husnu.symposium.core.event.EventSettings;
import org.husnu.symposium.core.reviews.ReviewReminder;
import org.husnu.symposium.platform.audit.AuditLog;
import org.husnu.symposium.platform.mail.MailOutbox;
import org.husnu.symposium.platform.referencedata.ReferenceData;
import org.husnu.symposium.review.progress.Progress.ReviewerProgress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The scheduled reminder of reviewers close to or past the review deadline. Every
 * instance schedules it; ShedLock's lock in {@code scheduler_locks} lets one instance run
 * it at a time, and the rate limit in {@code review_reminders} (plus an outbox key per
 * reviewer and day) keeps a reviewer to one scheduled reminder a day even if a run were
 * repeated. The work is {@link #run(Instant)}, a plain method tests call with any time.
 */
@Component
class OverdueReminders {

	private static final Logger logger = LoggerFactory.getLogger(OverdueReminders.class);

	private final ProgressReport report;

	private final ReminderMails mails;

	private final ReminderLog log;

	private final MailOutbox outbox;

	private final AuditLog audit;

	private final ReferenceData referenceData;

	private final ReminderProperties properties;

	private final Clock clock;

	OverdueReminders(ProgressReport report, ReminderMails mails, ReminderLog log, MailOutbox outbox, AuditLog audit,
			ReferenceData referenceData, ReminderProperties properties, Clock clock) {
		this.report = report;
		this.mails = mails;
		this.log = log;
		this.outbox = outbox;
		this.audit = audit;
		this.referenceData = referenceData;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * The schedule's entry point: runs only on the instance holding the lock.
	 */
	@Scheduled(cron = "${symposium.reminders.cron:0 0 9 * * *}", zone = "${symposium.reminders.zone:Asia/Tokyo}")
	@SchedulerLock(name = ReminderProperties.LOCK, lockAtMostFor = "${symposium.reminders.lock-at-most-for:PT30M}",
			lockAtLeastFor = "${symposium.reminders.lock-at-least-for:PT5M}")
	void scheduled() {
		if (this.properties.enabled()) {
			List<String> reminded = run(this.clock.instant());
			logger.info("Scheduled reminders: {} reviewer(s) reminded", reminded.size());
		}
	}

	/**
	 * Reminds every reviewer with unfinished reviews when the review deadline is at most
	 * {@code days-before} days away or has passed, until the deadline's grace plus
	 * {@code grace-after-deadline}; a reviewer reminded (by anyone) within
	 * {@code scheduled-interval} is left alone.
	 * @param now the time of the run
	 * @return the addresses reminded
	 */
	List<String> run(Instant now) {
		EventSettings settings = this.referenceData.eventSettings();
		Deadline deadline = settings.reviewDeadline();
		if (now.isBefore(deadline.at().minus(Duration.ofDays(this.properties.daysBefore())))
				|| !now.isBefore(deadline.closesAt().plus(this.properties.graceAfterDeadline()))) {
			return List.of();
		}
		Progress progress = this.report.at(now);
		LocalDate day = now.atZone(settings.zone()).toLocalDate();
		List<String> reminded = new ArrayList<>();
		for (ReviewerProgress row : progress.reviewers()) {
			if (row.complete() || (row.lastRemindedAt() != null
					&& now.isBefore(row.lastRemindedAt().plus(this.properties.scheduledInterval())))) {
				continue;
			}
			String mailId = this.outbox
				.enqueue(this.mails.of(row, progress.deadline(), "reminder-scheduled:" + row.id() + ":" + day));
			this.log.append(new ReviewReminder(UUID.randomUUID(), row.id(), row.email(), now,
					ReviewReminder.Kind.SCHEDULED, null, ReminderMails.numbers(row), false, mailId));
			reminded.add(row.email());
		}
		if (!reminded.isEmpty()) {
			this.audit.record(null, "reminder.scheduled", "reviewers",
					Map.of("count", Integer.toString(reminded.size()), "day", day.toString()));
		}
		return reminded;
	}

}
