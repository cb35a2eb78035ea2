package org.husnu.symposium.review.progress;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.husnu.symposium.core.event.Deadline;
import org.husnu.symposium.core.i18n.Language;

/**
 * How far reviewing has come, at one instant: per reviewer, per abstract and in total.
 * Only submitted abstracts and assignments the reviewer does not conflict with count;
 * only submitted reviews complete an assignment.
 *
 * @param at when it was computed
 * @param deadline the review deadline
 * @param totals the sums
 * @param reviewers every reviewer in the pool or with an assignment, by name
 * @param abstracts every submitted abstract, by number
 */
record Progress(Instant at, DeadlineView deadline, Totals totals, List<ReviewerProgress> reviewers,
		List<AbstractProgress> abstracts) {

	Optional<ReviewerProgress> reviewer(UUID id) {
		return this.reviewers.stream().filter((reviewer) -> reviewer.id().equals(id)).findFirst();
	}

	static int percent(int part, int whole) {
		return (whole == 0) ? 0 : (int) Math.floor(100.0 * part / whole);
	}

	/**
	 * The review deadline.
	 *
	 * @param at the announced deadline (UTC)
	 * @param local the same in the event's time zone, ISO with offset
	 * @param zone the event's time zone
	 * @param display the deadline as mails and pages write it
	 * @param closesAt the end of its grace period
	 * @param passed whether the announced deadline has passed
	 */
	record DeadlineView(Instant at, String local, String zone, String display, Instant closesAt, boolean passed) {

		private static final DateTimeFormatter DISPLAY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

		static DeadlineView of(Deadline deadline, ZoneId zone, Instant now) {
			return new DeadlineView(deadline.at(), deadline.in(zone).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
					zone.getId(), deadline.in(zone).format(DISPLAY) + " (" + zone.getId() + ")", deadline.closesAt(),
					!now.isBefore(deadline.at()));
		}

	}

	/**
	 * The sums over all counted assignments.
	 *
	 * @param reviewers reviewers listed
	 * @param reviewersComplete of those, with nothing left to do
	 * @param abstracts submitted abstracts
	 * @param abstractsComplete of those, with every assigned review submitted (and at
	 * least one)
	 * @param assigned counted assignments
	 * @param submitted submitted reviews of them
	 * @param drafts draft reviews of them
	 * @param notStarted assignments without any review
	 * @param percent submitted of assigned, 0–100
	 */
	record Totals(int reviewers, int reviewersComplete, int abstracts, int abstractsComplete, int assigned,
			int submitted, int drafts, int notStarted, int percent) {
	}

	/**
	 * One reviewer's progress.
	 *
	 * @param id account id
	 * @param name name, or the address before the first login
	 * @param email address
	 * @param institution institution code, {@code null} before the first login
	 * @param language the language mails to them are written in
	 * @param assigned counted assignments
	 * @param submitted submitted reviews
	 * @param drafts drafts
	 * @param notStarted assignments without a review
	 * @param percent submitted of assigned, 0–100
	 * @param complete nothing left to do
	 * @param overdue the deadline has passed and something is left
	 * @param lastRemindedAt when last reminded, {@code null} if never
	 * @param unfinished the abstracts still without a submitted review, by number
	 */
	record ReviewerProgress(UUID id, String name, String email, String institution, Language language, int assigned,
			int submitted, int drafts, int notStarted, int percent, boolean complete, boolean overdue,
			Instant lastRemindedAt, List<Unfinished> unfinished) {
	}

	/**
	 * An abstract a reviewer has not submitted a review of.
	 *
	 * @param id abstract id
	 * @param number its number
	 * @param title its title
	 * @param draft whether a draft is saved
	 */
	record Unfinished(UUID id, String number, String title, boolean draft) {
	}

	/**
	 * One abstract's progress.
	 *
	 * @param id abstract id
	 * @param number number
	 * @param title title
	 * @param reviewers its counted reviewers with where each stands
	 * @param assigned how many
	 * @param submitted submitted reviews
	 * @param missing reviews still missing
	 * @param percent submitted of assigned, 0–100
	 * @param complete every assigned review submitted, and at least one assigned
	 * @param overdue the deadline has passed and reviews are missing
	 */
	record AbstractProgress(UUID id, String number, String title, List<AssignedReviewer> reviewers, int assigned,
			int submitted, int missing, int percent, boolean complete, boolean overdue) {
	}

	/**
	 * A reviewer of one abstract.
	 *
	 * @param id account id
	 * @param name name or address
	 * @param status {@code SUBMITTED}, {@code DRAFT} or {@code NOT_STARTED}
	 */
	record AssignedReviewer(UUID id, String name, String status) {
	}

}
