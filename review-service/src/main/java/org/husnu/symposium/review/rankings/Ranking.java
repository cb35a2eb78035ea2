package org.husnu.symposium.review.rankings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.husnu.symposium.core.reviews.ReviewForm;
import org.husnu.symposium.core.scoring.Scores;

/**
 * A ranking as computed for one request.
 *
 * @param query its order and filters
 * @param form the review form in force
 * @param rows the listed abstracts, filtered and in order, ranked from 1
 * @param all every ranked abstract, unfiltered, by number
 * @param scores the scores of every counted review
 */
record Ranking(RankingQuery query, ReviewForm form, List<RankingRow> rows, List<RankingRow> all, Scores scores) {

	/**
	 * The balance of the first {@code top} listed abstracts against every ranked one.
	 * @param top how many of the listed abstracts
	 * @return counts per institution, per topic area and of student presenters
	 */
	Balance balance(int top) {
		List<RankingRow> first = this.rows.subList(0, Math.min(top, this.rows.size()));
		return new Balance(top, first.size(), this.all.size(), lines(first, RankingRow::institution),
				lines(first, RankingRow::topic),
				new Balance.Line("student", count(first, true), count(this.all, true)));
	}

	private List<Balance.Line> lines(List<RankingRow> first, Function<RankingRow, String> key) {
		Map<String, int[]> counts = new LinkedHashMap<>();
		for (RankingRow row : this.all) {
			counts.computeIfAbsent(key.apply(row), (k) -> new int[2])[1]++;
		}
		for (RankingRow row : first) {
			counts.computeIfAbsent(key.apply(row), (k) -> new int[2])[0]++;
		}
		List<Balance.Line> lines = new ArrayList<>();
		counts.entrySet()
			.stream()
			.sorted(Map.Entry.<String, int[]>comparingByValue((a, b) -> Integer.compare(b[1], a[1]))
				.thenComparing(Map.Entry.comparingByKey()))
			.forEach((entry) -> lines.add(new Balance.Line(entry.getKey(), entry.getValue()[0], entry.getValue()[1])));
		return lines;
	}

	private static int count(List<RankingRow> rows, boolean student) {
		return (int) rows.stream().filter((row) -> row.studentPresenter() == student).count();
	}

	/**
	 * How the top of the ranking is made up, against the whole set.
	 *
	 * @param top the N asked for
	 * @param inTop how many abstracts the top holds (fewer when fewer are listed)
	 * @param total how many abstracts are ranked in all
	 * @param institutions per presenter's institution
	 * @param topics per primary topic area
	 * @param students student presenters
	 */
	record Balance(int top, int inTop, int total, List<Line> institutions, List<Line> topics, Line students) {

		/**
		 * One group.
		 *
		 * @param key the institution or topic code
		 * @param top how many of the top N
		 * @param all how many of all ranked abstracts
		 */
		record Line(String key, int top, int all) {

			/**
			 * Share of the top, in percent.
			 * @param of the size of the top
			 * @return the rounded percentage
			 */
			public long topShare(int of) {
				return (of == 0) ? 0 : Math.round(100.0 * this.top / of);
			}

			/**
			 * Share of the whole set, in percent.
			 * @param of the number of abstracts
			 * @return the rounded percentage
			 */
			public long allShare(int of) {
				return (of == 0) ? 0 : Math.round(100.0 * this.all / of);
			}

		}

	}

}
