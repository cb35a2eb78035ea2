package org.husnu.symposium.review.rankings;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.husnu.symposium.core.abstracts.PresentationPreference;
import org.husnu.symposium.core.decisions.Decision;
import org.husnu.symposium.core.decisions.DecisionOutcome;
import org.husnu.symposium.core.decisions.DecisionState;
import org.husnu.symposium.core.reviews.Recommendation;
import org.husnu.symposium.core.scoring.AbstractScore;

/**
 * One abstract in the ranking, as {@code GET /api/rankings} answers it. Scores are on the
 * 0..1 scale of the review form, {@code null} without a submitted review.
 *
 * @param rank place in this ranking, from 1
 * @param id the abstract's id
 * @param number its number
 * @param title its title
 * @param topic its primary topic area code
 * @param institution the presenter's institution code
 * @param presentation the authors' presentation preference
 * @param studentPresenter whether the presenter is a student
 * @param reviews submitted reviews counted
 * @param assigned reviewers assigned
 * @param mean mean of the reviewers' unweighted means
 * @param weightedMean mean of the reviewers' weighted scores
 * @param median median of the weighted scores
 * @param confidenceWeighted confidence-weighted mean of the weighted scores
 * @param normalized mean of the reviewers' z-normalised scores
 * @param spread highest minus lowest weighted score
 * @param disagreement whether the spread is above the form's threshold
 * @param recommendations count per recommendation
 * @param decision the chairs' decision, {@code null} when none
 */
record RankingRow(int rank, UUID id, String number, String title, String topic, String institution,
		PresentationPreference presentation, boolean studentPresenter, int reviews, int assigned, Double mean,
		Double weightedMean, Double median, Double confidenceWeighted, Double normalized, Double spread,
		boolean disagreement, Map<String, Integer> recommendations, DecisionView decision) {

	static RankingRow of(RankedAbstract submission, AbstractScore score, int assigned, Decision decision) {
		Map<String, Integer> recommendations = new LinkedHashMap<>();
		for (Recommendation recommendation : Recommendation.values()) {
			recommendations.put(recommendation.name(), score.recommendations().getOrDefault(recommendation, 0));
		}
		return new RankingRow(0, submission.id(), submission.number(), submission.title(), submission.topic(),
				submission.institution(), submission.presentation(), submission.studentPresenter(), score.reviews(),
				assigned, score.mean(), score.weightedMean(), score.median(), score.confidenceWeighted(),
				score.normalized(), score.spread(), score.disagreement(), recommendations,
				(decision != null) ? new DecisionView(decision.outcome(), decision.state()) : null);
	}

	RankingRow withRank(int rank) {
		return new RankingRow(rank, this.id, this.number, this.title, this.topic, this.institution, this.presentation,
				this.studentPresenter, this.reviews, this.assigned, this.mean, this.weightedMean, this.median,
				this.confidenceWeighted, this.normalized, this.spread, this.disagreement, this.recommendations,
				this.decision);
	}

	/**
	 * A decision as the ranking shows it.
	 *
	 * @param outcome accept oral, accept poster or reject
	 * @param state held or released
	 */
	record DecisionView(DecisionOutcome outcome, DecisionState state) {
	}

}
