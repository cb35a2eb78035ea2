package org.husnu.symposium.review.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.husnu.symposium.core.abstracts.AbstractSubmission;
import org.husnu.symposium.core.abstracts.Author;
import org.husnu.symposium.core.access.Actor;
import org.husnu.symposium.core.decisions.Decision;
import org.husnu.symposium.core.decisions.DecisionOutcome;
import org.husnu.symposium.core.reviews.Criterion;
import org.husnu.symposium.core.reviews.Review;
import org.husnu.symposium.core.reviews.ReviewForm;
import org.husnu.symposium.core.reviews.ReviewStatus;
import org.husnu.symposium.review.decisions.DecisionRelease;
import org.husnu.symposium.review.decisions.DecisionService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Profile;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Demo decisions: the abstracts with submitted reviews, ranked by the mean of their
 * reviews' weighted scores (criteria of the form in force the review has, weights
 * renormalised). Two fifths of them (at most {@value #MAX_ORAL}) are accepted for talks,
 * best first, with HU and SNU presenters balanced (neither takes more than half while the
 * other has candidates left); of the rest, the better half goes to posters and the others
 * are rejected. Every decision is released, so the authors see them, the mails go through
 * the outbox and the oral program ({@link DemoProgram}) has its talks. Nothing is done
 * once any decision exists, or while no review is submitted.
 */
@Component
@Profile("demo")
class DemoDecisions {

	/** Most talks the demo accepts. */
	static final int MAX_ORAL = 16;

	private static final Logger logger = LoggerFactory.getLogger(DemoDecisions.class);

	private final MongoOperations mongo;

	private final DecisionService decisions;

	private final DecisionRelease release;

	DemoDecisions(MongoOperations mongo, DecisionService decisions, DecisionRelease release) {
		this.release = release;
		this.mongo = mongo;
		this.decisions = decisions;
	}

	/**
	 * Decides and releases as described above.
	 * @param chair the demo chair
	 * @return how many decisions were written
	 */
	int decide(Actor chair) {
		if (this.mongo.exists(new Query(), Decision.class)) {
			return 0;
		}
		ReviewForm form = Optional.ofNullable(this.mongo.findById(ReviewForm.CURRENT, ReviewForm.class))
			.orElseGet(ReviewForm::defaultForm);
		Map<UUID, Double> means = this.mongo
			.find(Query.query(Criteria.where("status").is(ReviewStatus.SUBMITTED)), Review.class)
			.stream()
			.collect(Collectors.groupingBy(Review::abstractId,
					Collectors.averagingDouble((review) -> weighted(form, review.scores()))));
		List<UUID> ranked = means.entrySet()
			.stream()
			.sorted(Map.Entry.<UUID, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
			.map(Map.Entry::getKey)
			.toList();
		if (ranked.isEmpty()) {
			return 0;
		}
		Map<UUID, String> institutions = new HashMap<>();
		for (AbstractSubmission submission : this.mongo.find(Query.query(Criteria.where("_id").in(ranked)),
				AbstractSubmission.class)) {
			institutions.put(submission.id(),
					submission.authors()
						.stream()
						.filter(Author::presenting)
						.map(Author::institution)
						.findFirst()
						.orElse(""));
		}
		List<UUID> oral = oral(ranked, institutions, Math.max(1, Math.min(MAX_ORAL, ranked.size() * 2 / 5)));
		List<UUID> rest = ranked.stream().filter((id) -> !oral.contains(id)).toList();
		int posters = (rest.size() + 1) / 2;
		decideAll(chair, oral, DecisionOutcome.ACCEPT_ORAL);
		decideAll(chair, rest.subList(0, posters), DecisionOutcome.ACCEPT_POSTER);
		decideAll(chair, rest.subList(posters, rest.size()), DecisionOutcome.REJECT);
		DecisionRelease.Released released = this.release.release(chair);
		logger.info("Demo data: {} decisions released ({} talks, {} posters), {} mails queued", ranked.size(),
				oral.size(), posters, released.mailsQueued());
		return ranked.size();
	}

	/**
	 * The best {@code count} abstracts, no institution taking more than half while
	 * another one still has candidates.
	 */
	static List<UUID> oral(List<UUID> ranked, Map<UUID, String> institutions, int count) {
		int cap = (count + 1) / 2;
		List<UUID> chosen = new ArrayList<>();
		Map<String, Integer> taken = new HashMap<>();
		for (UUID id : ranked) {
			String institution = institutions.getOrDefault(id, "");
			if (chosen.size() < count && taken.getOrDefault(institution, 0) < cap) {
				chosen.add(id);
				taken.merge(institution, 1, Integer::sum);
			}
		}
		for (UUID id : ranked) {
			if (chosen.size() < count && !chosen.contains(id)) {
				chosen.add(id);
			}
		}
		return chosen;
	}

	private void decideAll(Actor chair, List<UUID> ids, DecisionOutcome outcome) {
		if (!ids.isEmpty()) {
			this.decisions.decideAll(chair, ids.stream().map(UUID::toString).toList(), outcome.name());
		}
	}

	private static double weighted(ReviewForm form, Map<String, Integer> scores) {
		double sum = 0;
		double weights = 0;
		for (Criterion criterion : form.criteria()) {
			Integer score = scores.get(criterion.code());
			if (score != null && criterion.accepts(score)) {
				sum += criterion.weight() * criterion.normalize(score);
				weights += criterion.weight();
			}
		}
		return (weights > 0) ? sum / weights : 0;
	}

}
