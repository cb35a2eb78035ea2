package org.husnu.symposium.review.assignment;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.husnu.symposium.core.abstracts.AbstractSubmission;
import org.husnu.symposium.core.reviewers.ReviewerProfile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Analyses and embeds the texts the next proposal needs (submitted abstracts, own papers,
 * research statements) in the background: 15 seconds after start and then every 5
 * minutes, so that a proposal does not spend its time budget in the analyzers and the
 * embedding model. Abstracts are written by submission-service, so review-service cannot
 * analyse them when they are saved; a proposal analyses whatever is still missing itself,
 * but does not embed (10–30 ms a text): texts not embedded yet count as having no vector
 * in that proposal, and its note says how many. Texts already done cost a cache lookup,
 * so a round without new texts is cheap.
 */
@Component
class AffinityWarmUp {

	private static final Logger log = LoggerFactory.getLogger(AffinityWarmUp.class);

	private final AssignmentInputs inputs;

	private final ReviewerPool pool;

	private final TextAffinity affinity;

	private final AtomicBoolean running = new AtomicBoolean();

	AffinityWarmUp(AssignmentInputs inputs, ReviewerPool pool, TextAffinity affinity) {
		this.inputs = inputs;
		this.pool = pool;
		this.affinity = affinity;
	}

	@Scheduled(initialDelayString = "PT15S", fixedDelayString = "PT5M")
	void warmUp() {
		if (!this.running.compareAndSet(false, true)) {
			return;
		}
		Thread thread = new Thread(this::analyse, "affinity-warm-up");
		thread.setDaemon(true);
		thread.setPriority(Thread.MIN_PRIORITY);
		thread.start();
	}

	void analyse() {
		try {
			long start = System.nanoTime();
			List<AbstractSubmission> submitted = this.inputs.submitted();
			List<ReviewerProfile> reviewers = List.copyOf(this.pool.members().profiles().values());
			this.affinity.embedAndScore(submitted, reviewers);
			log.debug("Affinity texts of {} abstracts and {} reviewers analysed in {} ms", submitted.size(),
					reviewers.size(), (System.nanoTime() - start) / 1_000_000);
		}
		catch (RuntimeException ex) {
			log.warn("Affinity warm-up skipped: {}", ex.toString());
		}
		finally {
			this.running.set(false);
		}
	}

}
