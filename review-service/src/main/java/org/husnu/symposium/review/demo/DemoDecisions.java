package org.husnu.symposium.review.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

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
 * renormalised). The best fifth is accepted for talks, the next two fifths for posters,
 * the rest rejected; the decisions on the first and the last few are released (so their
 * authors see them and have mails), the others stay held. Nothing is done once any
 * decision exists, or while no review is submitted.
 */
@Component
@Profile("demo")
class DemoDecisions {

	/** Decisions released at the top and at the bottom of the ranking each. */
	static final int RELEASED_EACH_END = 2;

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
	 * Decides as described above.
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
		int oral = Math.max(1, ranked.size() / 5);
		int poster = Math.max(0, (ranked.size() * 2) / 5);
		List<UUID> released = new ArrayList<>();
		released.addAll(ranked.subList(0, Math.min(RELEASED_EACH_END, ranked.size())));
		released.addAll(ranked.subList(Math.max(released.size(), ranked.size() - RELEASED_EACH_END), ranked.size()));
		decideAll(chair, released, ranked, oral, poster);
		this.release.release(chair);
		List<UUID> held = ranked.stream().filter((id) -> !released.contains(id)).toList();
		decideAll(chair, held, ranked, oral, poster);
		logger.info("Demo data: {} decisions, {} of them released", ranked.size(), released.size());
		return ranked.size();
	}

	private void decideAll(Actor chair, List<UUID> ids, List<UUID> ranked, int oral, int poster) {
		for (DecisionOutcome outcome : DecisionOutcome.values()) {
			List<String> chosen = ids.stream()
				.filter((id) -> outcomeAt(ranked.indexOf(id), oral, poster) == outcome)
				.map(UUID::toString)
				.toList();
			if (!chosen.isEmpty()) {
				this.decisions.decideAll(chair, chosen, outcome.name());
			}
		}
	}

	private static DecisionOutcome outcomeAt(int rank, int oral, int poster) {
		if (rank < oral) {
			return DecisionOutcome.ACCEPT_ORAL;
		}
		return (rank < oral + poster) ? DecisionOutcome.ACCEPT_POSTER : DecisionOutcome.REJECT;
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
