package org.husnu.symposium.core.affinity;

/**
 * How texts are weighted and compared: the choices the quality benchmark measured
 * (docs/affinity.md). Every variant is a cosine of two non-negative term vectors, so
 * every score is in [0, 1].
 *
 * @param weighting how a term's count becomes its weight
 * @param k1 BM25 saturation (only {@link Weighting#BM25})
 * @param b BM25 length normalisation, 0 none to 1 full (only {@link Weighting#BM25})
 * @param titleWeight how many times a title word counts, next to once for an abstract
 * word
 * @param keywordWeight how many times a keyword counts
 * @param conceptWeight the weight of a glossary concept next to a word's
 * @param bigramWeight the weight of a pair of adjacent English words next to a word's (0:
 * not used)
 * @param aggregation how the reviewer's papers make one score
 * @param topK how many best papers {@link Aggregation#TOP_K} averages, or the exponent of
 * {@link Aggregation#POWER_MEAN}
 * @param profileShare the share of the whole-archive cosine mixed into a per-paper
 * aggregation (0: none; ignored with {@link Aggregation#PROFILE})
 */
public record AffinityMethod(Weighting weighting, double k1, double b, double titleWeight, double keywordWeight,
		double conceptWeight, double bigramWeight, Aggregation aggregation, int topK, double profileShare) {

	/**
	 * The method chosen by measurement (docs/affinity.md).
	 */
	public static final AffinityMethod CHOSEN = new AffinityMethod(Weighting.BM25, 1.2, 0.75, 1, 1, 0.3, 0.7,
			Aggregation.TOP_K, 8, 0);

	/**
	 * The baseline: TF-IDF with TPMS's augmented term frequency over the whole archive as
	 * one document, as the Toronto Paper Matching System computes it.
	 */
	public static final AffinityMethod TFIDF_BASELINE = new AffinityMethod(Weighting.TPMS, 0, 0, 1, 1, 0, 0,
			Aggregation.PROFILE, 1, 0);

	public AffinityMethod {
		if (weighting == null || aggregation == null) {
			throw new IllegalArgumentException("Weighting and aggregation are required");
		}
		if (topK < 1 || profileShare < 0 || profileShare > 1 || titleWeight < 0 || keywordWeight < 0
				|| conceptWeight < 0 || bigramWeight < 0 || k1 < 0 || b < 0 || b > 1) {
			throw new IllegalArgumentException("Affinity method out of range: " + this);
		}
	}

	/**
	 * How a term's count in a text becomes its weight (before the inverse document
	 * frequency).
	 */
	public enum Weighting {

		/** TPMS: 0.5 + 0.5 · count / largest count, idf = ln(N / df). */
		TPMS,

		/** 1 + ln(count), BM25's idf. */
		LOG,

		/** BM25's saturating, length-normalised count and its idf. */
		BM25

	}

	/**
	 * How the reviewer's papers make one score.
	 */
	public enum Aggregation {

		/** All papers as one document (TPMS). */
		PROFILE,

		/** The best-matching paper. */
		MAX,

		/** The mean over all papers. */
		MEAN,

		/** The mean of the k best-matching papers. */
		TOP_K,

		/**
		 * The power mean over all papers, (Σ sᵖ / n)^(1/p) with p = {@code topK}: between
		 * the mean (p = 1) and the best paper (p → ∞).
		 */
		POWER_MEAN

	}

}
