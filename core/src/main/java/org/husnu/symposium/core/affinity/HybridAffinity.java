package org.husnu.symposium.core.affinity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The lexical affinity mixed with an embedding signal ({@link TextEmbedding}):
 * {@code lexicalWeight × lexical + (1 − lexicalWeight) × semantic}, clamped to [0, 1],
 * where {@code semantic} is the mean of the topK best cosines between the submission and
 * the reviewer's papers, counted from {@code floor} ({@code max(0, mean − floor) / (1 −
 * floor)}): sentence embeddings give unrelated texts of one field a cosine of 0.1–0.3,
 * and that must not weigh more than having no vector at all. Papers without a vector do
 * not count; where the submission or all of a reviewer's papers have none, the lexical
 * score stands alone. Chosen by measurement (docs/affinity.md).
 *
 * @param lexicalWeight the lexical score's share, 0 to 1
 * @param topK how many of the best-matching papers the embedding part averages
 * @param floor the cosine that counts as no similarity, 0 to 1 (exclusive)
 */
public record HybridAffinity(double lexicalWeight, int topK, double floor) {

	/**
	 * Half lexical, half the mean cosine of the three best-matching papers counted from
	 * 0.2 (about the median cosine of unrelated papers).
	 */
	public static final HybridAffinity CHOSEN = new HybridAffinity(0.5, 3, 0.2);

	public HybridAffinity {
		if (!(lexicalWeight >= 0 && lexicalWeight <= 1) || topK < 1 || !(floor >= 0 && floor < 1)) {
			throw new IllegalArgumentException(
					"A hybrid needs a lexical weight in [0, 1], topK ≥ 1 and a floor in [0, 1)");
		}
	}

	/**
	 * Every reviewer's hybrid affinity to a submission.
	 * @param lexical the lexical scores, in archive order
	 * @param submission the submission's vector, or {@code null}
	 * @param papers per reviewer (archive order), their papers' vectors (entries may be
	 * {@code null})
	 * @return the scores, 0 to 1, in archive order (a new array)
	 */
	public double[] scores(double[] lexical, float[] submission, List<float[][]> papers) {
		double[] scores = new double[lexical.length];
		for (int r = 0; r < lexical.length; r++) {
			scores[r] = score(lexical[r], submission, papers.get(r));
		}
		return scores;
	}

	/**
	 * One pair's hybrid affinity.
	 * @param lexical the pair's lexical score
	 * @param submission the submission's vector, or {@code null}
	 * @param papers the reviewer's papers' vectors (entries may be {@code null})
	 * @return the score, 0 to 1
	 */
	public double score(double lexical, float[] submission, float[][] papers) {
		double semantic = semantic(submission, papers);
		if (Double.isNaN(semantic)) {
			return lexical;
		}
		return Math.min(1, Math.max(0, this.lexicalWeight * lexical + (1 - this.lexicalWeight) * semantic));
	}

	/**
	 * The embedding part of a pair: the mean of the topK best cosines, counted from the
	 * floor.
	 * @param submission the submission's vector, or {@code null}
	 * @param papers the reviewer's papers' vectors (entries may be {@code null})
	 * @return the mean, or {@code NaN} if there is nothing to compare
	 */
	public double semantic(float[] submission, float[][] papers) {
		if (submission == null || papers == null) {
			return Double.NaN;
		}
		double[] cosines = new double[papers.length];
		int n = 0;
		for (float[] paper : papers) {
			if (paper != null) {
				cosines[n++] = dot(submission, paper);
			}
		}
		if (n == 0) {
			return Double.NaN;
		}
		Arrays.sort(cosines, 0, n);
		int k = Math.min(this.topK, n);
		double sum = 0;
		for (int i = n - k; i < n; i++) {
			sum += cosines[i];
		}
		return Math.max(0, sum / k - this.floor) / (1 - this.floor);
	}

	/**
	 * The papers the embedding part found closest to a submission, for explanations: the
	 * indexes of the topK best cosines above the floor, best first (ties by index).
	 * @param submission the submission's vector, or {@code null}
	 * @param papers the reviewer's papers' vectors (entries may be {@code null})
	 * @return indexes into {@code papers}; empty if nothing is above the floor
	 */
	public List<Integer> closest(float[] submission, float[][] papers) {
		if (submission == null || papers == null) {
			return List.of();
		}
		List<Integer> above = new ArrayList<>();
		double[] cosines = new double[papers.length];
		for (int i = 0; i < papers.length; i++) {
			if (papers[i] != null) {
				cosines[i] = dot(submission, papers[i]);
				if (cosines[i] > this.floor) {
					above.add(i);
				}
			}
		}
		above.sort(Comparator.comparingDouble((Integer i) -> -cosines[i]).thenComparing(Comparator.naturalOrder()));
		return List.copyOf(above.subList(0, Math.min(this.topK, above.size())));
	}

	/**
	 * The dot product of two vectors of the same length, summed in a fixed order so that
	 * the same vectors always give the same bits.
	 * @param a a vector
	 * @param b a vector
	 * @return their dot product
	 */
	public static double dot(float[] a, float[] b) {
		if (a.length != b.length) {
			throw new IllegalArgumentException("Vectors of different lengths");
		}
		// four running sums: independent chains run in parallel in the CPU, still in a
		// fixed order
		float s0 = 0;
		float s1 = 0;
		float s2 = 0;
		float s3 = 0;
		int i = 0;
		for (; i + 3 < a.length; i += 4) {
			s0 += a[i] * b[i];
			s1 += a[i + 1] * b[i + 1];
			s2 += a[i + 2] * b[i + 2];
			s3 += a[i + 3] * b[i + 3];
		}
		for (; i < a.length; i++) {
			s0 += a[i] * b[i];
		}
		return (double) (s0 + s1) + (s2 + s3);
	}

}
