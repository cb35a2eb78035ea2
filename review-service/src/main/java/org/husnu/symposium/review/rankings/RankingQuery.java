package org.husnu.symposium.review.rankings;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.Function;

import org.husnu.symposium.core.abstracts.PresentationPreference;
import org.husnu.symposium.platform.problems.ProblemException;
import org.husnu.symposium.platform.problems.ProblemTypes;

import org.springframework.http.HttpStatus;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The order and filters of a ranking, as the API and the page take them: {@code sort}
 * ({@code normalized} by default, highest first; {@code ,asc} or {@code ,desc} after the
 * key), {@code topic}, {@code institution}, {@code presentation}, {@code student},
 * {@code disagreement}. An empty parameter filters nothing (the page's form sends empty
 * ones).
 *
 * @param sort the score to sort by
 * @param ascending lowest first
 * @param topic primary topic area code, or {@code null}
 * @param institution the presenter's institution code, or {@code null}
 * @param presentation presentation preference, or {@code null}
 * @param student student presenters only ({@code true}) or none ({@code false}), or
 * {@code null}
 * @param disagreement disputed abstracts only ({@code true}) or none ({@code false}), or
 * {@code null}
 */
record RankingQuery(SortKey sort, boolean ascending, String topic, String institution,
		PresentationPreference presentation, Boolean student, Boolean disagreement) {

	static final RankingQuery DEFAULT = new RankingQuery(SortKey.NORMALIZED, false, null, null, null, null, null);

	/**
	 * Reads the parameters.
	 * @param sort e.g. {@code weightedMean} or {@code weightedMean,asc}
	 * @param topic topic code
	 * @param institution institution code
	 * @param presentation {@code ORAL}, {@code POSTER} or {@code EITHER}
	 * @param student {@code true} or {@code false}
	 * @param disagreement {@code true} or {@code false}
	 * @return the query
	 * @throws ProblemException 400 with a stable code when a value is not understood
	 */
	static RankingQuery of(String sort, String topic, String institution, String presentation, String student,
			String disagreement) {
		SortKey key = SortKey.NORMALIZED;
		Boolean ascending = null;
		if (!blank(sort)) {
			String[] parts = sort.strip().split(",", 2);
			key = SortKey.of(parts[0].strip());
			if (parts.length > 1) {
				String direction = parts[1].strip().toLowerCase(Locale.ROOT);
				if (!direction.equals("asc") && !direction.equals("desc")) {
					throw badRequest("rankings.sort", "Sort direction is asc or desc, e.g. sort=weightedMean,asc");
				}
				ascending = direction.equals("asc");
			}
		}
		PresentationPreference preference = null;
		if (!blank(presentation)) {
			try {
				preference = PresentationPreference.valueOf(presentation.strip().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				throw badRequest("rankings.presentation", "presentation is ORAL, POSTER or EITHER");
			}
		}
		return new RankingQuery(key, (ascending != null) ? ascending : key.ascendingByDefault(),
				blank(topic) ? null : topic.strip().toUpperCase(Locale.ROOT),
				blank(institution) ? null : institution.strip().toUpperCase(Locale.ROOT), preference,
				flag("student", student), flag("disagreement", disagreement));
	}

	/**
	 * Whether a row passes the filters.
	 * @param row the row
	 * @return {@code true} if it is listed
	 */
	boolean accepts(RankingRow row) {
		return (this.topic == null || this.topic.equals(row.topic()))
				&& (this.institution == null || this.institution.equalsIgnoreCase(row.institution()))
				&& (this.presentation == null || this.presentation == row.presentation())
				&& (this.student == null || this.student == row.studentPresenter())
				&& (this.disagreement == null || this.disagreement == row.disagreement());
	}

	/**
	 * The order: by the sort key, rows without a value last, then by number.
	 * @return the comparator
	 */
	Comparator<RankingRow> order() {
		Comparator<Double> values = this.ascending ? Comparator.naturalOrder() : Comparator.reverseOrder();
		Comparator<RankingRow> byKey = (this.sort == SortKey.NUMBER)
				? Comparator.comparing(RankingRow::number,
						this.ascending ? Comparator.naturalOrder() : Comparator.<String>reverseOrder())
				: Comparator.comparing(this.sort.value, Comparator.nullsLast(values));
		return byKey.thenComparing(RankingRow::number);
	}

	/**
	 * This query with another sort, for the column headers.
	 * @param key the sort key's name
	 * @return the query string
	 */
	String sortedBy(String key) {
		SortKey other = SortKey.of(key);
		boolean asc = (other == this.sort) ? !this.ascending : other.ascendingByDefault();
		return new RankingQuery(other, asc, this.topic, this.institution, this.presentation, this.student,
				this.disagreement)
			.queryString();
	}

	/**
	 * The query string that gives this query, empty for the default.
	 * @return e.g. {@code sort=weightedMean,desc&topic=DEMENTIA_CARE}
	 */
	String queryString() {
		UriComponentsBuilder uri = UriComponentsBuilder.newInstance();
		if (this.sort != SortKey.NORMALIZED || this.ascending) {
			uri.queryParam("sort", this.sort.key + (this.ascending ? ",asc" : ",desc"));
		}
		if (this.topic != null) {
			uri.queryParam("topic", this.topic);
		}
		if (this.institution != null) {
			uri.queryParam("institution", this.institution);
		}
		if (this.presentation != null) {
			uri.queryParam("presentation", this.presentation.name());
		}
		if (this.student != null) {
			uri.queryParam("student", this.student);
		}
		if (this.disagreement != null) {
			uri.queryParam("disagreement", this.disagreement);
		}
		String query = uri.encode().build().getQuery();
		return (query != null) ? query : "";
	}

	private static Boolean flag(String name, String value) {
		if (blank(value)) {
			return null;
		}
		return switch (value.strip().toLowerCase(Locale.ROOT)) {
			case "true" -> true;
			case "false" -> false;
			default -> throw badRequest("rankings.filter", name + " is true or false");
		};
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	private static ProblemException badRequest(String code, String detail) {
		return new ProblemException(HttpStatus.BAD_REQUEST, ProblemTypes.BAD_REQUEST, "Bad request", detail)
			.with("code", code);
	}

	/**
	 * What a ranking may be sorted by: every score, the counts and the number.
	 */
	enum SortKey {

		NORMALIZED("normalized", RankingRow::normalized), WEIGHTED_MEAN("weightedMean", RankingRow::weightedMean),
		MEAN("mean", RankingRow::mean), MEDIAN("median", RankingRow::median),
		CONFIDENCE_WEIGHTED("confidenceWeighted", RankingRow::confidenceWeighted), SPREAD("spread", RankingRow::spread),
		REVIEWS("reviews", (row) -> (double) row.reviews()), ASSIGNED("assigned", (row) -> (double) row.assigned()),
		NUMBER("number", (row) -> null);

		private final String key;

		private final Function<RankingRow, Double> value;

		SortKey(String key, Function<RankingRow, Double> value) {
			this.key = key;
			this.value = value;
		}

		String key() {
			return this.key;
		}

		boolean ascendingByDefault() {
			return this == NUMBER;
		}

		static SortKey of(String key) {
			return Arrays.stream(values())
				.filter((candidate) -> candidate.key.equalsIgnoreCase(key))
				.findFirst()
				.orElseThrow(() -> badRequest("rankings.sort",
						"Sort by one of " + String.join(", ", Arrays.stream(values()).map(SortKey::key).toList())
								+ ", e.g. sort=weightedMean or sort=weightedMean,asc"));
		}

	}

}
