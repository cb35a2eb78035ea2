package org.husnu.symposium.review.demo;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.husnu.symposium.core.abstracts.AbstractSubmission;
import org.husnu.symposium.core.access.Actor;
import org.husnu.symposium.core.accounts.Account;
import org.husnu.symposium.core.assignment.Assignment;
import org.husnu.symposium.core.reviews.Criterion;
import org.husnu.symposium.core.reviews.Recommendation;
import org.husnu.symposium.core.reviews.Review;
import org.husnu.symposium.core.reviews.ReviewForm;
import org.husnu.symposium.core.reviews.ReviewStatus;
import org.husnu.symposium.platform.accounts.AccountDirectory;
import org.husnu.symposium.review.reviewing.ReviewRequest;
import org.husnu.symposium.review.reviewing.Reviewing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Profile;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Demo reviews, written through {@link Reviewing} as each demo reviewer: most assigned
 * pairs submitted, a few drafts, the rest not started. Scores follow a hidden quality per
 * abstract plus each reviewer's leniency and some noise; {@value #HARSH} scores about one
 * and a half points below the others, and on every sixth abstract one reviewer disagrees
 * strongly (mirrors the scale), so the ranking has something to correct and to flag.
 * Deterministic: the same data gives the same reviews. Nothing is written when any review
 * exists.
 */
@Component
@Profile("demo")
class DemoReviews {

	/** The harsh demo reviewer. */
	static final String HARSH = "lee@snu.ac.kr";

	private static final Logger logger = LoggerFactory.getLogger(DemoReviews.class);

	private final Reviewing reviewing;

	private final AccountDirectory accounts;

	private final MongoOperations mongo;

	DemoReviews(Reviewing reviewing, AccountDirectory accounts, MongoOperations mongo) {
		this.reviewing = reviewing;
		this.accounts = accounts;
		this.mongo = mongo;
	}

	/**
	 * Writes the demo reviews of the applied assignment.
	 * @return how many reviews were submitted
	 */
	int add() {
		if (this.mongo.exists(new Query(), Review.class)) {
			return 0;
		}
		ReviewForm form = ReviewForm.defaultForm();
		Map<UUID, AbstractSubmission> abstracts = new HashMap<>();
		this.mongo.findAll(AbstractSubmission.class)
			.forEach((submission) -> abstracts.put(submission.id(), submission));
		Map<UUID, Account> reviewers = new HashMap<>();
		List<Assignment> pairs = this.mongo.findAll(Assignment.class)
			.stream()
			.sorted(Comparator.comparing(Assignment::id))
			.toList();
		Map<UUID, Integer> seenPerAbstract = new HashMap<>();
		int submitted = 0;
		int drafts = 0;
		for (int i = 0; i < pairs.size(); i++) {
			Assignment pair = pairs.get(i);
			AbstractSubmission submission = abstracts.get(pair.abstractId());
			Account reviewer = reviewers.computeIfAbsent(pair.reviewerId(),
					(id) -> this.accounts.findById(id).orElse(null));
			if (submission == null || reviewer == null) {
				continue;
			}
			int seen = seenPerAbstract.merge(submission.id(), 1, Integer::sum);
			Random random = new Random(pair.id().hashCode());
			int kind = i % 15;
			if (kind == 14) {
				continue;
			}
			boolean draft = kind == 13;
			double quality = 1.8 + (Math.abs(submission.number().hashCode()) % 25) / 10.0;
			double bias = (HARSH.equals(reviewer.email())) ? -1.5 : (random.nextDouble() - 0.5) * 0.6;
			boolean disagree = seen == 2 && number(submission) % 6 == 0;
			Map<String, Integer> scores = new HashMap<>();
			for (Criterion criterion : form.criteria()) {
				if (draft && scores.size() >= 2) {
					break;
				}
				double score = quality + bias + random.nextGaussian() * 0.5;
				int rounded = (int) Math.round(Math.max(criterion.min(), Math.min(criterion.max(), score)));
				scores.put(criterion.code(), (disagree) ? criterion.max() + criterion.min() - rounded : rounded);
			}
			double mean = scores.values().stream().mapToInt(Integer::intValue).average().orElse(3);
			Recommendation recommendation = (mean >= 4) ? Recommendation.ACCEPT_ORAL
					: (mean >= 3) ? Recommendation.ACCEPT_POSTER : Recommendation.REJECT;
			try {
				ReviewStatus status = this.reviewing.write(Actor.of(reviewer), submission.number(),
						new ReviewRequest(scores, (draft) ? null : 1 + random.nextInt(4),
								(draft) ? null : recommendation, comment(reviewer, mean),
								(draft) ? null
										: "Demo: confidential note on " + submission.number() + " for the chairs.",
								null),
						!draft);
				if (status == ReviewStatus.SUBMITTED) {
					submitted++;
				}
				else {
					drafts++;
				}
			}
			catch (RuntimeException ex) {
				logger.info("Demo review of {} by {} left out: {}", submission.number(), reviewer.email(),
						ex.getMessage());
			}
		}
		logger.info("Demo data: {} reviews submitted, {} drafts", submitted, drafts);
		return submitted;
	}

	private static int number(AbstractSubmission submission) {
		String digits = submission.number().replaceAll("\\D", "");
		return (digits.isEmpty()) ? 0 : Integer.parseInt(digits);
	}

	private static String comment(Account reviewer, double mean) {
		String institution = String.valueOf(reviewer.institution());
		boolean good = mean >= 3;
		if ("HU".equals(institution)) {
			return (good) ? "目的と手法が明確で、臨床的な意義も大きいと考えます。外部検証があるとさらに良くなります。"
					: "研究の動機は理解できますが、手法の説明と評価が不十分です。対照群と評価指標を明記してください。";
		}
		if ("SNU".equals(institution)) {
			return (good) ? "목적과 방법이 분명하고 임상적 의미가 큽니다. 외부 검증이 더해지면 더 좋겠습니다."
					: "연구 동기는 이해되지만 방법 설명과 평가가 부족합니다. 대조군과 평가 지표를 밝혀 주세요.";
		}
		return (good) ? "A clear aim and sound methods with real clinical value; an external validation would help."
				: "The motivation is clear, but the methods and evaluation are thin; name the baseline and the metrics.";
	}

}
