package org.husnu.symposium.core.scoring;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.husnu.symposium.core.i18n.LocalizedText;
import org.husnu.symposium.core.reviews.Criterion;
import org.husnu.symposium.core.reviews.Recommendation;
import org.husnu.symposium.core.reviews.Review;
import org.husnu.symposium.core.reviews.ReviewForm;
import org.husnu.symposium.core.reviews.ReviewStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * {@link Scoring} on small data whose expected scores are worked out by hand in the
 * comments (formulas: {@code docs/scoring.md}).
 */
class ScoringTests {

	private static final Instant AT = Instant.parse("2027-01-10T00:00:00Z");

	private static final double TOLERANCE = 1e-6;

	/**
	 * AA (1..5, weight 1) and BB (1..5, weight 3): a score s is (s − 1)/4 on 0..1.
	 * Confidence 1..5, disagreement above 0.25.
	 */
	private static final ReviewForm TWO_CRITERIA = new ReviewForm(ReviewForm.CURRENT,
			List.of(criterion("AA", 1, 5, 1), criterion("BB", 1, 5, 3)), 1, 5, false, 0.25, null);

	/** One criterion QQ on 0..10, weight 1: a score s is s/10. */
	private static final ReviewForm ONE_CRITERION = new ReviewForm(ReviewForm.CURRENT,
			List.of(criterion("QQ", 0, 10, 1)), 1, 5, false, 0.25, null);

	private final UUID x = UUID.randomUUID();

	private final UUID y = UUID.randomUUID();

	@Test
	void computesEachScoreOfOneAbstract() {
		UUID r1 = UUID.randomUUID();
		UUID r2 = UUID.randomUUID();
		UUID r3 = UUID.randomUUID();
		List<Review> reviews = List.of(
				// A 5 → 1, B 3 → 0.5: mean (1 + 0.5)/2 = 0.75; weighted (1·1 + 3·0.5)/4 =
				// 0.625
				submitted(r1, this.x, Map.of("AA", 5, "BB", 3), 5, Recommendation.ACCEPT_ORAL),
				// A 1 → 0, B 5 → 1: mean 0.5; weighted (0 + 3)/4 = 0.75
				submitted(r2, this.x, Map.of("AA", 1, "BB", 5), 1, Recommendation.ACCEPT_POSTER),
				// A 3 → 0.5, B 2 → 0.25: mean 0.375; weighted (0.5 + 0.75)/4 = 0.3125
				submitted(r3, this.x, Map.of("AA", 3, "BB", 2), 3, Recommendation.REJECT));

		Scores scores = Scoring.score(TWO_CRITERIA, reviews);
		AbstractScore score = scores.of(this.x);

		assertThat(score.reviews()).isEqualTo(3);
		// (0.75 + 0.5 + 0.375)/3 = 1.625/3
		assertThat(score.mean()).isCloseTo(1.625 / 3, within(TOLERANCE));
		// (0.625 + 0.75 + 0.3125)/3 = 1.6875/3 = 0.5625
		assertThat(score.weightedMean()).isCloseTo(0.5625, within(TOLERANCE));
		// sorted 0.3125, 0.625, 0.75
		assertThat(score.median()).isCloseTo(0.625, within(TOLERANCE));
		// confidence weights 0.25 + 0.75·(c − 1)/4: c 5 → 1, c 1 → 0.25, c 3 → 0.625;
		// (1·0.625 + 0.25·0.75 + 0.625·0.3125)/(1 + 0.25 + 0.625) = 1.0078125/1.875
		assertThat(score.confidenceWeighted()).isCloseTo(0.5375, within(TOLERANCE));
		// 0.75 − 0.3125
		assertThat(score.spread()).isCloseTo(0.4375, within(TOLERANCE));
		assertThat(score.disagreement()).isTrue();
		assertThat(score.recommendations()).containsEntry(Recommendation.ACCEPT_ORAL, 1)
			.containsEntry(Recommendation.ACCEPT_POSTER, 1)
			.containsEntry(Recommendation.REJECT, 1);
		// each reviewer has one review: own variance 0, mean shrunk to (x + 3M)/4,
		// variance to 3V/4, so x' = M + (3/4)(x − M)/√(3V/4)·√V = M + (√3/2)(x − M); the
		// deviations from M cancel over the three, so the abstract keeps M = 0.5625
		assertThat(score.normalized()).isCloseTo(0.5625, within(TOLERANCE));
		// R1: 0.5625 + 0.8660254·(0.625 − 0.5625) = 0.6166266
		assertThat(scores.reviews().get(Review.idFor(r1, this.x)).normalized()).isCloseTo(0.6166266, within(TOLERANCE));
		assertThat(scores.poolMean()).isCloseTo(0.5625, within(TOLERANCE));
		// V = (0.0625² + 0.1875² + 0.25²)/3 = 0.1015625/3
		assertThat(scores.poolSd()).isCloseTo(Math.sqrt(0.1015625 / 3), within(TOLERANCE));
	}

	@Test
	void normalisationRanksAnAbstractOfTheHarshReviewerAboveItsRawPlace() {
		UUID harsh = UUID.randomUUID();
		UUID lenient = UUID.randomUUID();
		UUID a3 = UUID.randomUUID();
		UUID a4 = UUID.randomUUID();
		List<Review> reviews = List.of(
				// the harsh reviewer: X is their best (0.5), the others 0.1
				submitted(harsh, this.x, Map.of("QQ", 5), 3, Recommendation.ACCEPT_POSTER),
				submitted(harsh, a3, Map.of("QQ", 1), 3, Recommendation.REJECT),
				submitted(harsh, a4, Map.of("QQ", 1), 3, Recommendation.REJECT),
				// the lenient one: Y is their worst (0.6), the others 0.9
				submitted(lenient, this.y, Map.of("QQ", 6), 3, Recommendation.ACCEPT_POSTER),
				submitted(lenient, a3, Map.of("QQ", 9), 3, Recommendation.ACCEPT_ORAL),
				submitted(lenient, a4, Map.of("QQ", 9), 3, Recommendation.ACCEPT_ORAL));

		Scores scores = Scoring.score(ONE_CRITERION, reviews);

		// raw: Y 0.6 above X 0.5
		assertThat(scores.of(this.y).weightedMean()).isCloseTo(0.6, within(TOLERANCE));
		assertThat(scores.of(this.x).weightedMean()).isCloseTo(0.5, within(TOLERANCE));
		// pool 0.5, 0.1, 0.1, 0.6, 0.9, 0.9: M = 3.1/6 = 0.5166667,
		// V = (0.0166667² + 2·0.4166667² + 0.0833333² + 2·0.3833333²)/6 = 0.6483333/6
		// = 0.1080556, √V = 0.3287181
		// harsh: n 3, m 0.2333333, v (0.2666667² + 2·0.1333333²)/3 = 0.0355556;
		// m' = (3·0.2333333 + 3·0.5166667)/6 = 0.375, v' = (0.0355556 + 0.1080556)/2
		// = 0.0718056; X: z = (0.5 − 0.375)/√0.0718056 = 0.4664778,
		// x' = 0.5166667 + 0.4664778·0.3287181 = 0.6700063
		assertThat(scores.of(this.x).normalized()).isCloseTo(0.6700063, within(TOLERANCE));
		// lenient: m 0.8, v (0.2² + 2·0.1²)/3 = 0.02; m' = (0.8 + 0.5166667)/2 =
		// 0.6583333,
		// v' = (0.02 + 0.1080556)/2 = 0.0640278; Y: z = (0.6 − 0.6583333)/√0.0640278
		// = −0.2305318, x' = 0.5166667 − 0.2305318·0.3287181 = 0.4408864
		assertThat(scores.of(this.y).normalized()).isCloseTo(0.4408864, within(TOLERANCE));
		assertThat(scores.of(this.x).normalized()).isGreaterThan(scores.of(this.y).normalized());
	}

	@Test
	void shrinkageKeepsMostOfASingleReviewersVerdictAndNeverGivesNaN() {
		UUID many = UUID.randomUUID();
		UUID single = UUID.randomUUID();
		UUID flat = UUID.randomUUID();
		UUID a3 = UUID.randomUUID();
		UUID a4 = UUID.randomUUID();
		List<Review> reviews = new ArrayList<>(List.of(
				// many: 0.2, 0.4, 0.6 on X, a3, a4
				submitted(many, this.x, Map.of("QQ", 2), 3, Recommendation.REJECT),
				submitted(many, a3, Map.of("QQ", 4), 3, Recommendation.REJECT),
				submitted(many, a4, Map.of("QQ", 6), 3, Recommendation.ACCEPT_POSTER),
				// single: one review, 1.0 on Y (own variance 0)
				submitted(single, this.y, Map.of("QQ", 10), 3, Recommendation.ACCEPT_ORAL),
				// flat: 0.4 everywhere (own variance 0 with three reviews)
				submitted(flat, this.x, Map.of("QQ", 4), 3, Recommendation.REJECT),
				submitted(flat, a3, Map.of("QQ", 4), 3, Recommendation.REJECT),
				submitted(flat, a4, Map.of("QQ", 4), 3, Recommendation.REJECT)));

		Scores scores = Scoring.score(ONE_CRITERION, reviews);

		// pool 0.2, 0.4, 0.6, 1.0, 0.4, 0.4, 0.4: M = 3.4/7 = 0.4857143,
		// Σx² = 0.04 + 0.16 + 0.36 + 1 + 3·0.16 = 2.04, V = 2.04/7 − M² = 0.2914286
		// − 0.2359184 = 0.0555102
		double poolMean = 3.4 / 7;
		double poolVariance = 2.04 / 7 - poolMean * poolMean;
		assertThat(scores.poolMean()).isCloseTo(poolMean, within(TOLERANCE));
		// single (n 1): x' = M + (√3/2)(x − M) = 0.4857143 + 0.8660254·0.5142857
		// = 0.9310988: shrunk a little towards the pool, not to it
		assertThat(scores.of(this.y).normalized())
			.isCloseTo(poolMean + Math.sqrt(3) / 2 * (1 - poolMean), within(TOLERANCE))
			.isCloseTo(0.9310988, within(TOLERANCE));
		// flat (n 3, m 0.4, v 0): m' = (0.4 + M)/2 = 0.4428571, v' = V/2; 0.4 becomes
		// M + (0.4 − 0.4428571)/√(V/2)·√V = M − 0.0428571·√2 = 0.4251051
		double flatNormalized = poolMean + (0.4 - (0.4 + poolMean) / 2) * Math.sqrt(2);
		assertThat(scores.reviews().get(Review.idFor(flat, a3)).normalized())
			.isCloseTo(flatNormalized, within(TOLERANCE))
			.isCloseTo(0.4251051, within(TOLERANCE));
		assertThat(poolVariance).isCloseTo(0.0555102, within(TOLERANCE));
		assertThat(scores.reviews().values()).allSatisfy((review) -> assertThat(review.normalized()).isFinite());
	}

	@Test
	void aPoolWithoutVarianceKeepsEveryScoreAsItIs() {
		UUID only = UUID.randomUUID();
		// one review in the whole pool: V = 0, v' = 0, so z = 0 and x' = M = x
		Scores scores = Scoring.score(ONE_CRITERION,
				List.of(submitted(only, this.x, Map.of("QQ", 7), 2, Recommendation.ACCEPT_POSTER)));

		AbstractScore score = scores.of(this.x);
		assertThat(score.normalized()).isCloseTo(0.7, within(TOLERANCE));
		assertThat(score.spread()).isZero();
		assertThat(score.disagreement()).isFalse();
		assertThat(scores.poolSd()).isZero();
	}

	@Test
	void flagsDisagreementOnlyAboveTheThreshold() {
		UUID r1 = UUID.randomUUID();
		UUID r2 = UUID.randomUUID();
		// 0.2 and 0.45 on X: spread 0.25, not above 0.25
		// 0.2 and 0.5 on Y: spread 0.3, above
		List<Review> reviews = List.of(submitted(r1, this.x, Map.of("QQ", 2), 3, Recommendation.REJECT),
				submitted(r2, this.x, Map.of("QQ", 4), 3, Recommendation.REJECT),
				submitted(r1, this.y, Map.of("QQ", 2), 3, Recommendation.REJECT),
				submitted(r2, this.y, Map.of("QQ", 5), 3, Recommendation.REJECT));
		ReviewForm quarter = withThreshold(0.2);
		Scores atQuarter = Scoring.score(withThreshold(0.25), reviews);
		Scores atFifth = Scoring.score(quarter, reviews);
		Scores atHalf = Scoring.score(withThreshold(0.5), reviews);

		assertThat(atQuarter.of(this.x).spread()).isCloseTo(0.2, within(TOLERANCE));
		assertThat(atQuarter.of(this.x).disagreement()).as("0.2 is not above 0.25").isFalse();
		assertThat(atQuarter.of(this.y).spread()).isCloseTo(0.3, within(TOLERANCE));
		assertThat(atQuarter.of(this.y).disagreement()).as("0.3 is above 0.25").isTrue();
		assertThat(atFifth.of(this.x).disagreement()).as("exactly at 0.2: not above").isFalse();
		assertThat(atFifth.of(this.y).disagreement()).isTrue();
		assertThat(atHalf.of(this.y).disagreement()).as("0.3 is not above 0.5").isFalse();
	}

	@Test
	void aReviewMissingACriterionCountsWithTheOthersRenormalised() {
		UUID r1 = UUID.randomUUID();
		UUID r2 = UUID.randomUUID();
		UUID r3 = UUID.randomUUID();
		List<Review> reviews = List.of(
				// submitted before A was added, and with OLD since removed: B 5 alone
				// counts, weight 3/3 → weighted 1, mean 1
				submitted(r1, this.x, Map.of("BB", 5, "OLD", 1), 4, Recommendation.ACCEPT_ORAL),
				// A 1 → 0, B 3 → 0.5: mean 0.25, weighted (0 + 1.5)/4 = 0.375
				submitted(r2, this.x, Map.of("AA", 1, "BB", 3), 4, Recommendation.REJECT),
				// only a removed criterion: does not count at all
				submitted(r3, this.x, Map.of("OLD", 5), 4, Recommendation.ACCEPT_ORAL));

		Scores scores = Scoring.score(TWO_CRITERIA, reviews);
		AbstractScore score = scores.of(this.x);

		assertThat(score.reviews()).isEqualTo(2);
		assertThat(scores.reviews().get(Review.idFor(r1, this.x)).weighted()).isCloseTo(1.0, within(TOLERANCE));
		assertThat(scores.reviews().get(Review.idFor(r1, this.x)).criteria()).isEqualTo(1);
		// (1 + 0.375)/2
		assertThat(score.weightedMean()).isCloseTo(0.6875, within(TOLERANCE));
		// (1 + 0.25)/2
		assertThat(score.mean()).isCloseTo(0.625, within(TOLERANCE));
		assertThat(score.recommendations()).containsEntry(Recommendation.ACCEPT_ORAL, 1)
			.containsEntry(Recommendation.REJECT, 1);
	}

	@Test
	void anAbstractWithoutSubmittedReviewsHasNoScoresAndDraftsNeverCount() {
		UUID r1 = UUID.randomUUID();
		Review draft = new Review(null, this.y, r1, Map.of("QQ", 10), 5, Recommendation.ACCEPT_ORAL, null, null,
				ReviewStatus.DRAFT, AT, null, null);

		Scores scores = Scoring.score(ONE_CRITERION, List.of(draft), List.of(this.x, this.y));

		assertThat(scores.abstracts()).containsOnlyKeys(this.x, this.y);
		for (UUID id : List.of(this.x, this.y)) {
			AbstractScore score = scores.of(id);
			assertThat(score.reviews()).isZero();
			assertThat(score.mean()).isNull();
			assertThat(score.weightedMean()).isNull();
			assertThat(score.median()).isNull();
			assertThat(score.confidenceWeighted()).isNull();
			assertThat(score.normalized()).isNull();
			assertThat(score.spread()).isNull();
			assertThat(score.disagreement()).isFalse();
			assertThat(score.recommendations()).containsOnlyKeys(Recommendation.values()).containsValues(0);
		}
		assertThat(scores.reviews()).isEmpty();
		assertThat(Scoring.score(ONE_CRITERION, List.of()).abstracts()).isEmpty();
	}

	@Test
	void theMedianOfAnEvenNumberOfReviewsIsTheMeanOfTheMiddleTwo() {
		List<Review> reviews = new ArrayList<>();
		int[] given = { 1, 3, 4, 10 };
		for (int score : given) {
			reviews.add(submitted(UUID.randomUUID(), this.x, Map.of("QQ", score), 3, Recommendation.REJECT));
		}
		// 0.1, 0.3, 0.4, 1.0 → (0.3 + 0.4)/2
		assertThat(Scoring.score(ONE_CRITERION, reviews).of(this.x).median()).isCloseTo(0.35, within(TOLERANCE));
	}

	@Test
	void confidenceAtTheMinimumStillCountsAQuarter() {
		assertThat(Scoring.confidenceWeight(ONE_CRITERION, 1)).isEqualTo(Scoring.CONFIDENCE_FLOOR);
		assertThat(Scoring.confidenceWeight(ONE_CRITERION, 5)).isEqualTo(1.0);
		// (4 − 1)/(5 − 1) = 0.75 → 0.25 + 0.75·0.75 = 0.8125
		assertThat(Scoring.confidenceWeight(ONE_CRITERION, 4)).isCloseTo(0.8125, within(TOLERANCE));
		assertThat(Scoring.confidenceWeight(ONE_CRITERION, null)).isEqualTo(Scoring.CONFIDENCE_FLOOR);
	}

	private static ReviewForm withThreshold(double threshold) {
		return new ReviewForm(ReviewForm.CURRENT, ONE_CRITERION.criteria(), 1, 5, false, threshold, null);
	}

	private static Review submitted(UUID reviewer, UUID abstractId, Map<String, Integer> scores, int confidence,
			Recommendation recommendation) {
		return new Review(null, abstractId, reviewer, scores, confidence, recommendation, "to authors", "to chairs",
				ReviewStatus.SUBMITTED, AT, AT, null);
	}

	private static Criterion criterion(String code, int min, int max, double weight) {
		return new Criterion(code, LocalizedText.of(code, code, code), min, max, weight);
	}

}
