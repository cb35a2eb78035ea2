package org.husnu.symposium.core.scoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.husnu.symposium.core.reviews.Criterion;
import org.husnu.symposium.core.reviews.Recommendation;
import org.husnu.symposium.core.reviews.Review;
import org.husnu.symposium.core.reviews.ReviewForm;
import org.husnu.symposium.core.reviews.ReviewStatus;

/**
 * Scores abstracts from their submitted reviews: one pure function, so the ranking page,
 * the API, the exports and the decisions all rank by the same numbers, and the numbers
 * can be checked by hand ({@code docs/scoring.md} has the formulas). Drafts never count.
 * A review counts with the criteria of the form in force that it scored (a criterion
 * added after it was submitted is missing, one since removed is ignored), their weights
 * renormalised; a review with none of them does not count. Runs in one pass over the
 * reviews plus one per abstract, so 3,000 reviews take about a millisecond.
 */
public final class Scoring {

	/**
	 * Reviews of the pool a reviewer's own mean and variance are shrunk with: a reviewer
	 * with {@code n} reviews has weight {@code n / (n + K)} on their own statistics.
	 */
	public static final double SHRINKAGE = 3;

	/**
	 * Weight in the confidence-weighted mean of a review at the lowest confidence (the
	 * highest has 1), so an unsure reviewer still counts a little.
	 */
	public static final double CONFIDENCE_FLOOR = 0.25;

	private static final double EPSILON = 1e-9;

	private Scoring() {
	}

	/**
	 * Scores every abstract that has a counted review.
	 * @param form the review form in force
	 * @param reviews reviews of any status; only submitted ones count
	 * @return the scores
	 */
	public static Scores score(ReviewForm form, Collection<Review> reviews) {
		return score(form, reviews, List.of());
	}

	/**
	 * Scores the given abstracts (those without a counted review get
	 * {@link AbstractScore#none}) and every other abstract that has a counted review.
	 * Every counted review enters the normalisation of its reviewer, whichever abstracts
	 * are listed.
	 * @param form the review form in force
	 * @param reviews reviews of any status; only submitted ones count
	 * @param abstracts abstracts to score first, in this order
	 * @return the scores
	 */
	public static Scores score(ReviewForm form, Collection<Review> reviews, Collection<UUID> abstracts) {
		List<Criterion> criteria = form.criteria();
		int size = reviews.size();
		Review[] counted = new Review[size];
		double[] means = new double[size];
		double[] weighted = new double[size];
		double[] confidence = new double[size];
		int[] scored = new int[size];
		int n = 0;
		for (Review review : reviews) {
			if (review.status() != ReviewStatus.SUBMITTED) {
				continue;
			}
			Map<String, Integer> given = review.scores();
			double sum = 0;
			double weightedSum = 0;
			double weights = 0;
			int count = 0;
			for (Criterion criterion : criteria) {
				Integer score = given.get(criterion.code());
				if (score != null) {
					double value = clamp(criterion.normalize(score));
					sum += value;
					weightedSum += criterion.weight() * value;
					weights += criterion.weight();
					count++;
				}
			}
			if (count == 0) {
				continue;
			}
			counted[n] = review;
			means[n] = sum / count;
			weighted[n] = weightedSum / weights;
			confidence[n] = confidenceWeight(form, review.confidence());
			scored[n] = count;
			n++;
		}
		double[] normalized = normalize(counted, weighted, n);
		double poolMean = mean(weighted, n);
		double poolSd = Math.sqrt(variance(weighted, n, poolMean));

		Map<UUID, List<Integer>> byAbstract = new LinkedHashMap<>();
		for (UUID abstractId : abstracts) {
			byAbstract.put(abstractId, new ArrayList<>(4));
		}
		Map<String, ReviewScore> reviewScores = new HashMap<>(n * 2);
		for (int i = 0; i < n; i++) {
			Review review = counted[i];
			byAbstract.computeIfAbsent(review.abstractId(), (key) -> new ArrayList<>(4)).add(i);
			reviewScores.put(review.id(), new ReviewScore(review.id(), review.abstractId(), review.reviewerId(),
					means[i], weighted[i], confidence[i], normalized[i], scored[i]));
		}
		Map<UUID, AbstractScore> abstractScores = new LinkedHashMap<>(byAbstract.size() * 2);
		for (Map.Entry<UUID, List<Integer>> entry : byAbstract.entrySet()) {
			abstractScores.put(entry.getKey(), abstractScore(form, entry.getKey(), entry.getValue(), counted, means,
					weighted, confidence, normalized));
		}
		return new Scores(abstractScores, reviewScores, poolMean, poolSd);
	}

	/**
	 * The weight of a confidence in the confidence-weighted mean:
	 * {@code FLOOR + (1 − FLOOR) · (c − min) / (max − min)}, the confidence clamped to
	 * the scale; a review without one weighs {@link #CONFIDENCE_FLOOR}.
	 * @param form the review form in force
	 * @param confidence the review's confidence
	 * @return the weight, {@link #CONFIDENCE_FLOOR} to 1
	 */
	public static double confidenceWeight(ReviewForm form, Integer confidence) {
		if (confidence == null) {
			return CONFIDENCE_FLOOR;
		}
		double share = clamp(
				(double) (confidence - form.confidenceMin()) / (form.confidenceMax() - form.confidenceMin()));
		return CONFIDENCE_FLOOR + (1 - CONFIDENCE_FLOOR) * share;
	}

	private static AbstractScore abstractScore(ReviewForm form, UUID abstractId, List<Integer> indexes,
			Review[] counted, double[] means, double[] weighted, double[] confidence, double[] normalized) {
		int count = indexes.size();
		if (count == 0) {
			return AbstractScore.none(abstractId);
		}
		double mean = 0;
		double weightedMean = 0;
		double confidenceSum = 0;
		double confidenceWeights = 0;
		double normalizedMean = 0;
		double[] values = new double[count];
		Map<Recommendation, Integer> recommendations = new EnumMap<>(Recommendation.class);
		for (Recommendation recommendation : Recommendation.values()) {
			recommendations.put(recommendation, 0);
		}
		for (int j = 0; j < count; j++) {
			int i = indexes.get(j);
			mean += means[i];
			weightedMean += weighted[i];
			confidenceSum += confidence[i] * weighted[i];
			confidenceWeights += confidence[i];
			normalizedMean += normalized[i];
			values[j] = weighted[i];
			if (counted[i].recommendation() != null) {
				recommendations.merge(counted[i].recommendation(), 1, Integer::sum);
			}
		}
		Arrays.sort(values);
		double median = ((count % 2) == 1) ? values[count / 2] : (values[count / 2 - 1] + values[count / 2]) / 2;
		double spread = values[count - 1] - values[0];
		return new AbstractScore(abstractId, count, mean / count, weightedMean / count, median,
				confidenceSum / confidenceWeights, normalizedMean / count, spread,
				spread > form.disagreementThreshold() + EPSILON, recommendations);
	}

	/**
	 * Per-reviewer z-normalisation with shrinkage, mapped back to the pool's scale: for
	 * reviewer r with n reviews, mean m and variance v, and the pool's mean M and
	 * variance V, {@code m' = (n·m + K·M)/(n + K)}, {@code v' = (n·v + K·V)/(n + K)}, a
	 * score x becomes {@code M + (x − m')/√v' · √V}; with {@code v' = 0} it becomes
	 * {@code M}.
	 */
	private static double[] normalize(Review[] counted, double[] weighted, int n) {
		double[] normalized = new double[n];
		if (n == 0) {
			return normalized;
		}
		double poolMean = mean(weighted, n);
		double poolVariance = variance(weighted, n, poolMean);
		Map<UUID, double[]> reviewers = new HashMap<>();
		for (int i = 0; i < n; i++) {
			double[] sums = reviewers.computeIfAbsent(counted[i].reviewerId(), (key) -> new double[3]);
			sums[0]++;
			sums[1] += weighted[i];
		}
		for (int i = 0; i < n; i++) {
			double[] sums = reviewers.get(counted[i].reviewerId());
			double deviation = weighted[i] - sums[1] / sums[0];
			sums[2] += deviation * deviation;
		}
		double poolSd = Math.sqrt(poolVariance);
		for (int i = 0; i < n; i++) {
			double[] sums = reviewers.get(counted[i].reviewerId());
			double own = sums[0];
			double ownMean = sums[1] / own;
			double ownVariance = sums[2] / own;
			double shrunkMean = (own * ownMean + SHRINKAGE * poolMean) / (own + SHRINKAGE);
			double shrunkVariance = (own * ownVariance + SHRINKAGE * poolVariance) / (own + SHRINKAGE);
			double z = (shrunkVariance > EPSILON) ? (weighted[i] - shrunkMean) / Math.sqrt(shrunkVariance) : 0;
			normalized[i] = poolMean + z * poolSd;
		}
		return normalized;
	}

	private static double mean(double[] values, int n) {
		if (n == 0) {
			return Double.NaN;
		}
		double sum = 0;
		for (int i = 0; i < n; i++) {
			sum += values[i];
		}
		return sum / n;
	}

	private static double variance(double[] values, int n, double mean) {
		if (n < 2) {
			return 0;
		}
		double sum = 0;
		for (int i = 0; i < n; i++) {
			double deviation = values[i] - mean;
			sum += deviation * deviation;
		}
		return sum / n;
	}

	private static double clamp(double value) {
		return Math.max(0, Math.min(1, value));
	}

}
