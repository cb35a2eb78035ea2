package org.husnu.symposium.review.decisions;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.husnu.symposium.core.abstracts.AbstractSubmission;
import org.husnu.symposium.core.access.AccessPolicy;
import org.husnu.symposium.core.access.Actor;
import org.husnu.symposium.core.decisions.Decision;
import org.husnu.symposium.core.decisions.EffectiveStatus;
import org.husnu.symposium.platform.audit.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Releases the held decisions. Each decision is flipped with one conditional update
 * (held, at the version read), so two releases running at once, on one instance or two,
 * release it once; only the release that flipped it queues its mails. Flip first, then
 * queue: a mail never announces a decision that is not released. A release that stops
 * between the two leaves the decision marked {@code mailsPending}; the next release, or
 * the sweep that runs every few minutes on every instance, queues its mails, and the
 * outbox's key per release and address makes queuing twice harmless.
 */
@Service
public class DecisionRelease {

	private static final Logger log = LoggerFactory.getLogger(DecisionRelease.class);

	private final DecisionStore store;

	private final DecisionService decisions;

	private final DecisionMails mails;

	private final AuditLog audit;

	private final Clock clock;

	DecisionRelease(DecisionStore store, DecisionService decisions, DecisionMails mails, AuditLog audit, Clock clock) {
		this.store = store;
		this.decisions = decisions;
		this.mails = mails;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Releases every held decision and queues its mails. Safe to run twice at once: each
	 * decision is released, and its mails queued, once.
	 * @param actor a chair
	 * @return the decisions this call released
	 */
	public Released release(Actor actor) {
		AccessPolicy.requireDecide(actor);
		Instant at = this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
		List<Decision> held = this.store.held();
		Map<UUID, AbstractSubmission> submissions = this.decisions.submissionsOf(held);
		List<DecisionView> released = new ArrayList<>();
		List<String> skipped = new ArrayList<>();
		int mailsQueued = 0;
		for (Decision decision : held) {
			AbstractSubmission submission = submissions.get(decision.abstractId());
			if (submission == null || !EffectiveStatus.isDecidable(submission.status())) {
				skipped.add((submission != null) ? submission.number() : decision.abstractId().toString());
				continue;
			}
			Optional<Decision> flipped = this.store.release(decision, at);
			if (flipped.isEmpty()) {
				continue;
			}
			this.audit.record(actor, "decision.released", submission.id().toString(),
					Map.of("number", submission.number(), "outcome", decision.outcome().name()));
			mailsQueued += queueMails(flipped.get(), submission);
			released.add(DecisionView.of(flipped.get(), submission, false));
		}
		this.audit.record(actor, "decisions.released", "decisions",
				Map.of("released", Integer.toString(released.size()), "mails", Integer.toString(mailsQueued), "skipped",
						String.join(",", skipped)));
		completePendingMails();
		return new Released(released, mailsQueued, skipped);
	}

	/**
	 * Queues the mails of released decisions whose release stopped before its mails were
	 * queued (a crash, a failed render). Runs on every instance; queuing twice is
	 * harmless.
	 */
	@Scheduled(initialDelayString = "PT1M", fixedDelayString = "${symposium.review.decision-mail-sweep:PT5M}")
	void completePendingMails() {
		List<Decision> pending = this.store.mailsPending();
		if (pending.isEmpty()) {
			return;
		}
		Map<UUID, AbstractSubmission> submissions = this.decisions.submissionsOf(pending);
		for (Decision decision : pending) {
			AbstractSubmission submission = submissions.get(decision.abstractId());
			if (submission != null) {
				queueMails(decision, submission);
			}
		}
	}

	private int queueMails(Decision released, AbstractSubmission submission) {
		try {
			int queued = this.mails.queue(released, submission);
			this.store.mailsQueued(released);
			return queued;
		}
		catch (RuntimeException ex) {
			// the decision stays marked; the sweep queues its mails later
			log.warn("Mails of the decision on {} not queued yet: {}", submission.number(), ex.getMessage());
			return 0;
		}
	}

	/**
	 * What one release did.
	 *
	 * @param released the decisions this call released
	 * @param mailsQueued how many mails it queued
	 * @param skipped abstracts whose held decision was not released because they were
	 * withdrawn meanwhile
	 */
	public record Released(List<DecisionView> released, int mailsQueued, List<String> skipped) {
	}

}
