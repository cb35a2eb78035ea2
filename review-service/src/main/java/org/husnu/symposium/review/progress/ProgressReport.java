package org.husnu.symposium.review.progress;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.husnu.symposium.core.abstracts.AbstractStatus;
import org.husnu.symposium.core.abstracts.AbstractSubmission;
import org.husnu.symposium.core.accounts.Account;
import org.husnu.symposium.core.assignment.Assignment;
import org.husnu.symposium.core.conflicts.Conflict;
import org.husnu.symposium.core.conflicts.ConflictRules;
import org.husnu.symposium.core.event.EventSettings;
import org.husnu.symposium.core.i18n.Language;
import org.husnu.symposium.core.reviewers.ReviewerProfile;
import org.husnu.symposium.core.reviews.Review;
import org.husnu.symposium.core.reviews.ReviewStatus;
import org.husnu.symposium.platform.accounts.AccountDirectory;
import org.husnu.symposium.platform.referencedata.ReferenceData;
import org.husnu.symposium.review.progress.Progress.AbstractProgress;
import org.husnu.symposium.review.progress.Progress.AssignedReviewer;
import org.husnu.symposium.review.progress.Progress.DeadlineView;
import org.husnu.symposium.review.progress.Progress.ReviewerProgress;
import org.husnu.symposium.review.progress.Progress.Totals;
import org.husnu.symposium.review.progress.Progress.Unfinished;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Computes {@link Progress} from the assignments, the reviews and the abstracts, in a few
 * whole-collection reads (a symposium has hundreds of pairs, not millions). An assignment
 * counts while its abstract is submitted and the reviewer does not conflict with it now —
 * the same pairs the reviewer's own list shows.
 */
@Component
class ProgressReport {

	private final MongoOperations mongo;

	private final AccountDirectory accounts;

	private final ReferenceData referenceData;

	private final ReminderLog reminders;

	ProgressReport(MongoOperations mongo, AccountDirectory accounts, ReferenceData referenceData,
			ReminderLog reminders) {
		this.mongo = mongo;
		this.accounts = accounts;
		this.referenceData = referenceData;
		this.reminders = reminders;
	}

	Progress at(Instant now) {
		EventSettings settings = this.referenceData.eventSettings();
		DeadlineView deadline = DeadlineView.of(settings.reviewDeadline(), settings.zone(), now);
		List<AbstractSubmission> abstracts = this.mongo
			.find(Query.query(Criteria.where("status").is(AbstractStatus.SUBMITTED)), AbstractSubmission.class);
		Map<UUID, AbstractSubmission> byId = abstracts.stream()
			.collect(Collectors.toMap(AbstractSubmission::id, Function.identity()));
		Map<String, Review> reviews = this.mongo.findAll(Review.class)
			.stream()
			.collect(Collectors.toMap(Review::id, Function.identity()));
		Map<String, List<Conflict>> conflicts = new HashMap<>();
		for (Conflict conflict : this.mongo.findAll(Conflict.class)) {
			conflicts.computeIfAbsent(conflict.reviewerId() + ":" + conflict.abstractId(), (key) -> new ArrayList<>())
				.add(conflict);
		}
		Set<UUID> reviewerIds = new LinkedHashSet<>();
		this.mongo.findAll(ReviewerProfile.class).forEach((profile) -> reviewerIds.add(profile.accountId()));
		List<Assignment> assignments = this.mongo.findAll(Assignment.class);
		assignments.forEach((assignment) -> reviewerIds.add(assignment.reviewerId()));
		Map<UUID, Account> people = this.accounts.findAllById(reviewerIds)
			.stream()
			.collect(Collectors.toMap(Account::id, Function.identity()));
		Map<UUID, String> emails = new HashMap<>();
		this.mongo.findAll(ReviewerProfile.class)
			.forEach((profile) -> emails.put(profile.accountId(), profile.email()));

		Map<UUID, List<Assignment>> counted = new HashMap<>();
		for (Assignment assignment : assignments) {
			AbstractSubmission submission = byId.get(assignment.abstractId());
			Account reviewer = people.get(assignment.reviewerId());
			if (submission == null || (reviewer != null && ConflictRules.conflicts(reviewer, submission,
					settings.institutionPolicy(), conflicts.getOrDefault(assignment.id(), List.of())))) {
				continue;
			}
			counted.computeIfAbsent(assignment.reviewerId(), (key) -> new ArrayList<>()).add(assignment);
		}
		Map<UUID, Instant> lastReminded = this.reminders.lastPerReviewer();

		List<ReviewerProgress> reviewerRows = new ArrayList<>();
		Map<UUID, List<AssignedReviewer>> perAbstract = new HashMap<>();
		for (UUID reviewerId : reviewerIds) {
			Account account = people.get(reviewerId);
			String email = (account != null) ? account.email() : emails.get(reviewerId);
			if (email == null) {
				continue;
			}
			String name = (account != null && account.name() != null) ? account.name() : email;
			int submitted = 0;
			int drafts = 0;
			List<Unfinished> unfinished = new ArrayList<>();
			for (Assignment assignment : counted.getOrDefault(reviewerId, List.of())) {
				Review review = reviews.get(assignment.id());
				AbstractSubmission submission = byId.get(assignment.abstractId());
				String status;
				if (review != null && review.status() == ReviewStatus.SUBMITTED) {
					submitted++;
					status = "SUBMITTED";
				}
				else {
					boolean draft = review != null;
					drafts += (draft) ? 1 : 0;
					status = (draft) ? "DRAFT" : "NOT_STARTED";
					unfinished.add(new Unfinished(submission.id(), submission.number(), submission.title(), draft));
				}
				perAbstract.computeIfAbsent(submission.id(), (key) -> new ArrayList<>())
					.add(new AssignedReviewer(reviewerId, name, status));
			}
			unfinished.sort(Comparator.comparing(Unfinished::number, Comparator.nullsLast(Comparator.naturalOrder())));
			int assigned = submitted + unfinished.size();
			reviewerRows.add(new ReviewerProgress(reviewerId, name, email,
					(account != null) ? account.institution() : null,
					(account != null) ? account.language() : Language.EN, assigned, submitted, drafts,
					unfinished.size() - drafts, Progress.percent(submitted, assigned), unfinished.isEmpty(),
					deadline.passed() && !unfinished.isEmpty(), lastReminded.get(reviewerId), List.copyOf(unfinished)));
		}
		reviewerRows.sort(Comparator.comparing(ReviewerProgress::name, String.CASE_INSENSITIVE_ORDER));

		List<AbstractProgress> abstractRows = new ArrayList<>();
		for (AbstractSubmission submission : abstracts) {
			List<AssignedReviewer> assigned = perAbstract.getOrDefault(submission.id(), List.of());
			int submitted = (int) assigned.stream().filter((reviewer) -> "SUBMITTED".equals(reviewer.status())).count();
			int missing = assigned.size() - submitted;
			abstractRows.add(new AbstractProgress(submission.id(), submission.number(), submission.title(),
					assigned.stream().sorted(Comparator.comparing(AssignedReviewer::name)).toList(), assigned.size(),
					submitted, missing, Progress.percent(submitted, assigned.size()),
					!assigned.isEmpty() && missing == 0, deadline.passed() && missing > 0));
		}
		abstractRows
			.sort(Comparator.comparing(AbstractProgress::number, Comparator.nullsLast(Comparator.naturalOrder())));
		return new Progress(now, deadline, totals(reviewerRows, abstractRows), List.copyOf(reviewerRows),
				List.copyOf(abstractRows));
	}

	String zone() {
		return this.referenceData.eventSettings().timeZone();
	}

	private static Totals totals(List<ReviewerProgress> reviewers, List<AbstractProgress> abstracts) {
		int assigned = reviewers.stream().mapToInt(ReviewerProgress::assigned).sum();
		int submitted = reviewers.stream().mapToInt(ReviewerProgress::submitted).sum();
		int drafts = reviewers.stream().mapToInt(ReviewerProgress::drafts).sum();
		return new Totals(reviewers.size(), (int) reviewers.stream().filter(ReviewerProgress::complete).count(),
				abstracts.size(), (int) abstracts.stream().filter(AbstractProgress::complete).count(), assigned,
				submitted, drafts, assigned - submitted - drafts, Progress.percent(submitted, assigned));
	}

}
