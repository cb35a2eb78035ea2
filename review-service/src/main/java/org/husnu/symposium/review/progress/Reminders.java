package org.husnu.symposium.review.progress;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.husnu.symposium.core.access.AccessPolicy;
import org.husnu.symposium.core.access.Actor;
import org.husnu.symposium.core.reviews.ReviewReminder;
import org.husnu.symposium.platform.audit.AuditLog;
import org.husnu.symposium.platform.mail.MailOutbox;
import org.husnu.symposium.platform.mail.MailPreview;
import org.husnu.symposium.platform.problems.NotFoundException;
import org.husnu.symposium.platform.problems.ProblemException;
import org.husnu.symposium.platform.problems.ProblemTypes;
import org.husnu.symposium.review.progress.Progress.ReviewerProgress;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * What chairs do on the progress page: read the progress, preview a reminder, send
 * reminders. A reviewer with nothing left to do is never reminded; the same reviewer is
 * reminded at most once per {@code symposium.reminders.manual-interval} unless the chair
 * forces it. Every reminder a chair sends is recorded and audited.
 */
@Service
class Reminders {

	static final int MAX_REVIEWERS = 500;

	private final ProgressReport report;

	private final ReminderMails mails;

	private final ReminderLog log;

	private final MailOutbox outbox;

	private final AuditLog audit;

	private final ReminderProperties properties;

	private final Clock clock;

	Reminders(ProgressReport report, ReminderMails mails, ReminderLog log, MailOutbox outbox, AuditLog audit,
			ReminderProperties properties, Clock clock) {
		this.report = report;
		this.mails = mails;
		this.log = log;
		this.outbox = outbox;
		this.audit = audit;
		this.properties = properties;
		this.clock = clock;
	}

	Progress progress(Actor actor) {
		AccessPolicy.requireFollowReviewProgress(actor);
		return this.report.at(this.clock.instant());
	}

	/**
	 * The reminder a reviewer would get now.
	 * @param actor the chair
	 * @param reviewer the reviewer's account id
	 * @return the rendered mail and whether the rate limit holds it back
	 */
	Preview preview(Actor actor, String reviewer) {
		Progress progress = progress(actor);
		ReviewerProgress row = find(progress, reviewer);
		if (row.complete()) {
			throw nothingToDo(List.of(row));
		}
		return preview(progress, row);
	}

	/**
	 * The reminders every reviewer with something left to do would get now.
	 * @param actor the chair
	 * @return one preview per incomplete reviewer, by name
	 */
	List<Preview> previewAllIncomplete(Actor actor) {
		Progress progress = progress(actor);
		return progress.reviewers()
			.stream()
			.filter((row) -> !row.complete())
			.map((row) -> preview(progress, row))
			.toList();
	}

	/**
	 * Queues reminders.
	 * @param actor the chair
	 * @param reviewers account ids of the reviewers to remind
	 * @param allIncomplete remind every reviewer with something left to do instead
	 * @param force remind even those reminded within the rate limit
	 * @return what was queued and what was skipped, and why
	 */
	Sent send(Actor actor, List<String> reviewers, boolean allIncomplete, boolean force) {
		Progress progress = progress(actor);
		List<ReviewerProgress> chosen;
		if (allIncomplete) {
			chosen = progress.reviewers().stream().filter((row) -> !row.complete()).toList();
		}
		else {
			if (reviewers == null || reviewers.isEmpty()) {
				throw new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, ProblemTypes.DOMAIN_RULE,
						"No reviewer chosen",
						"Name the reviewers to remind (\"reviewers\": [account ids]) or remind everyone with "
								+ "unfinished reviews (\"allIncomplete\": true)")
					.with("code", "progress.reminders.none");
			}
			if (reviewers.size() > MAX_REVIEWERS) {
				throw new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, ProblemTypes.DOMAIN_RULE,
						"Too many reviewers",
						"Remind at most " + MAX_REVIEWERS + " reviewers at once, or use \"allIncomplete\": true")
					.with("code", "progress.reminders.tooMany");
			}
			Set<ReviewerProgress> unique = new LinkedHashSet<>();
			reviewers.forEach((reviewer) -> unique.add(find(progress, reviewer)));
			chosen = List.copyOf(unique);
		}
		List<ReviewerProgress> incomplete = chosen.stream().filter((row) -> !row.complete()).toList();
		if (incomplete.isEmpty()) {
			throw nothingToDo(chosen);
		}
		Instant now = progress.at();
		List<Queued> queued = new ArrayList<>();
		List<Skipped> skipped = new ArrayList<>();
		chosen.stream()
			.filter(ReviewerProgress::complete)
			.forEach((row) -> skipped.add(new Skipped(row.id(), row.email(), "complete",
					"has submitted every assigned review", row.lastRemindedAt(), null)));
		for (ReviewerProgress row : incomplete) {
			Instant allowedFrom = allowedFrom(row);
			if (!force && allowedFrom != null && now.isBefore(allowedFrom)) {
				skipped.add(new Skipped(
						row.id(), row.email(), "recentlyReminded", "was reminded at " + row.lastRemindedAt()
								+ "; remind again from " + allowedFrom + " or force it",
						row.lastRemindedAt(), allowedFrom));
				continue;
			}
			String mailId = this.outbox.enqueue(this.mails.of(row, progress.deadline(), null));
			boolean forced = allowedFrom != null && now.isBefore(allowedFrom);
			this.log.append(new ReviewReminder(UUID.randomUUID(), row.id(), row.email(), now,
					ReviewReminder.Kind.MANUAL, actor.accountId(), ReminderMails.numbers(row), forced, mailId));
			this.audit.record(actor, "reminder.sent", row.email(), Map.of("abstracts",
					String.join(",", ReminderMails.numbers(row)), "forced", Boolean.toString(forced), "mail", mailId));
			queued
				.add(new Queued(row.id(), row.email(), row.language().name(), row.unfinished().size(), mailId, forced));
		}
		if (queued.isEmpty()) {
			throw new ProblemException(HttpStatus.TOO_MANY_REQUESTS, ProblemTypes.RATE_LIMITED, "Reminded recently",
					"Every reviewer chosen was reminded within the last " + hours()
							+ " hours; send again later or force it (\"force\": true)")
				.with("code", "progress.reminders.recentlyReminded")
				.with("skipped", skipped);
		}
		return new Sent(queued, skipped, hours(),
				"A reviewer is reminded at most once every " + hours() + " hours unless you force it");
	}

	String zone() {
		return this.report.zone();
	}

	long hours() {
		return this.properties.manualInterval().toHours();
	}

	private Preview preview(Progress progress, ReviewerProgress row) {
		MailPreview mail = this.outbox.preview(this.mails.of(row, progress.deadline(), null));
		Instant allowedFrom = allowedFrom(row);
		boolean limited = allowedFrom != null && progress.at().isBefore(allowedFrom);
		return new Preview(row.id(), row.name(), mail.to(), mail.language().name(), mail.subject(), mail.text(),
				ReminderMails.numbers(row), row.lastRemindedAt(), limited ? allowedFrom : null, limited);
	}

	private Instant allowedFrom(ReviewerProgress row) {
		return (row.lastRemindedAt() != null) ? row.lastRemindedAt().plus(this.properties.manualInterval()) : null;
	}

	private static ReviewerProgress find(Progress progress, String reviewer) {
		UUID id;
		try {
			id = UUID.fromString(String.valueOf(reviewer).strip());
		}
		catch (IllegalArgumentException ex) {
			throw new NotFoundException("'" + reviewer + "' is not a reviewer's account id; take the ids from "
					+ "GET /api/progress (reviewers[].id)");
		}
		return progress.reviewer(id)
			.orElseThrow(() -> new NotFoundException("There is no reviewer " + id
					+ " in the pool or with an assignment; take the ids from GET /api/progress"));
	}

	private static ProblemException nothingToDo(List<ReviewerProgress> chosen) {
		return new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, ProblemTypes.DOMAIN_RULE, "Nothing to remind",
				(chosen.size() == 1) ? chosen.get(0).email() + " has no unfinished review; nobody was reminded"
						: "None of the chosen reviewers has an unfinished review; nobody was reminded")
			.with("code", "progress.reminders.nothingToDo");
	}

	/**
	 * A reminder as it would be sent now.
	 *
	 * @param reviewer the reviewer's account id
	 * @param name their name
	 * @param to the address
	 * @param language the language it is written in
	 * @param subject the subject line
	 * @param text the body
	 * @param abstracts the unfinished abstracts it lists
	 * @param lastRemindedAt when last reminded, or {@code null}
	 * @param remindableAt when the rate limit lets it go without forcing, {@code null} if
	 * now
	 * @param rateLimited whether sending now needs forcing
	 */
	record Preview(UUID reviewer, String name, String to, String language, String subject, String text,
			List<String> abstracts, Instant lastRemindedAt, Instant remindableAt, boolean rateLimited) {
	}

	/**
	 * What a send did.
	 *
	 * @param queued the mails queued
	 * @param skipped the reviewers not reminded, with why
	 * @param rateLimitHours the rate limit in hours
	 * @param rateLimit the rate limit in words
	 */
	record Sent(List<Queued> queued, List<Skipped> skipped, long rateLimitHours, String rateLimit) {
	}

	/**
	 * A reminder queued.
	 *
	 * @param reviewer account id
	 * @param to address
	 * @param language language of the mail
	 * @param abstracts unfinished abstracts listed
	 * @param mailId outbox id
	 * @param forced sent within the rate limit because the chair forced it
	 */
	record Queued(UUID reviewer, String to, String language, int abstracts, String mailId, boolean forced) {
	}

	/**
	 * A reviewer not reminded.
	 *
	 * @param reviewer account id
	 * @param to address
	 * @param reason {@code complete} or {@code recentlyReminded}
	 * @param detail why, in words
	 * @param lastRemindedAt when last reminded
	 * @param remindableAt when a reminder goes without forcing
	 */
	record Skipped(UUID reviewer, String to, String reason, String detail, Instant lastRemindedAt,
			Instant remindableAt) {
	}

}
