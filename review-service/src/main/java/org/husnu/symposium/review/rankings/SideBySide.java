package org.husnu.symposium.review.rankings;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.husnu.symposium.core.accounts.Account;
import org.husnu.symposium.core.i18n.LocalizedText;
import org.husnu.symposium.core.reviews.Criterion;
import org.husnu.symposium.core.reviews.Recommendation;
import org.husnu.symposium.core.reviews.Review;
import org.husnu.symposium.core.scoring.ReviewScore;

/**
 * The submitted reviews of one abstract side by side for the chairs: one column per
 * reviewer (named), one row per criterion of the form in force, then rows for criteria
 * since removed that some review still carries.
 *
 * @param row the abstract's ranking row with its five scores
 * @param columns the reviewers' columns
 * @param criteria the criterion rows
 * @param previous number of the abstract ranked just above, {@code null} for none
 * @param next number of the abstract ranked just below, {@code null} for none
 * @param position place in the current ranking from 1, 0 when the filters leave it out
 * @param listed how many abstracts the current ranking lists
 * @param query the current ranking's query string
 */
record SideBySide(RankingRow row, List<Column> columns, List<CriterionLine> criteria, String previous, String next,
		int position, int listed, String query) {

	static SideBySide of(Ranking ranking, RankingRow row, int index, List<Review> reviews,
			Map<UUID, Account> reviewers) {
		List<Column> columns = new ArrayList<>();
		for (Review review : reviews) {
			Account reviewer = reviewers.get(review.reviewerId());
			ReviewScore score = ranking.scores().reviews().get(review.id());
			columns.add(new Column((reviewer != null) ? reviewer.name() : null,
					(reviewer != null) ? reviewer.email() : review.reviewerId().toString(),
					(reviewer != null) ? reviewer.institution() : null, review.confidence(), review.recommendation(),
					(score != null) ? score.weighted() : null, (score != null) ? score.normalized() : null,
					review.commentsToAuthors(), review.confidentialComments()));
		}
		List<CriterionLine> criteria = new ArrayList<>();
		for (Criterion criterion : ranking.form().criteria()) {
			criteria.add(new CriterionLine(criterion.code(), criterion.label(), criterion.min(), criterion.max(),
					criterion.weight(), true, scores(reviews, criterion.code())));
		}
		Set<String> removed = new LinkedHashSet<>();
		reviews.forEach((review) -> review.scores()
			.keySet()
			.stream()
			.sorted()
			.filter((code) -> ranking.form().criterion(code).isEmpty())
			.forEach(removed::add));
		for (String code : removed) {
			criteria.add(new CriterionLine(code, null, 0, 0, 0, false, scores(reviews, code)));
		}
		List<RankingRow> rows = ranking.rows();
		return new SideBySide(row, columns, criteria, (index > 0) ? rows.get(index - 1).number() : null,
				(index >= 0 && index + 1 < rows.size()) ? rows.get(index + 1).number() : null, index + 1, rows.size(),
				ranking.query().queryString());
	}

	private static List<Integer> scores(List<Review> reviews, String code) {
		List<Integer> scores = new ArrayList<>();
		reviews.forEach((review) -> scores.add(review.scores().get(code)));
		return scores;
	}

	/**
	 * One reviewer's review.
	 *
	 * @param name the reviewer's name
	 * @param email the reviewer's address
	 * @param institution the reviewer's institution code
	 * @param confidence the confidence
	 * @param recommendation the recommendation
	 * @param weighted the weighted score on 0..1
	 * @param normalized the normalised score on 0..1
	 * @param commentsToAuthors comments the authors may read after release
	 * @param confidentialComments comments for the chairs only
	 */
	record Column(String name, String email, String institution, Integer confidence, Recommendation recommendation,
			Double weighted, Double normalized, String commentsToAuthors, String confidentialComments) {
	}

	/**
	 * One criterion across the reviews.
	 *
	 * @param code the criterion code
	 * @param label its label, {@code null} for a criterion no longer on the form
	 * @param min lowest score
	 * @param max highest score
	 * @param weight weight
	 * @param onForm whether the form in force has it (only those count)
	 * @param scores per column, {@code null} where that review has no score for it
	 */
	record CriterionLine(String code, LocalizedText label, int min, int max, double weight, boolean onForm,
			List<Integer> scores) {
	}

}
