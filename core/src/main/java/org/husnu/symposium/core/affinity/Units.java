package org.husnu.symposium.core.affinity;

import java.util.List;

/**
 * The archive side of the index: one unit-length vector per unit (a paper, or a whole
 * archive) in compressed rows, and the same weights as postings per term, so a query
 * touches only the units that share a term with it.
 */
final class Units {

	private final int[] rowStart;

	private final int[] rowTerms;

	private final float[] rowWeights;

	private final int[] postingStart;

	private final int[] postingUnits;

	private final float[] postingWeights;

	private Units(int[] rowStart, int[] rowTerms, float[] rowWeights, int[] postingStart, int[] postingUnits,
			float[] postingWeights) {
		this.rowStart = rowStart;
		this.rowTerms = rowTerms;
		this.rowWeights = rowWeights;
		this.postingStart = postingStart;
		this.postingUnits = postingUnits;
		this.postingWeights = postingWeights;
	}

	static Units of(Weights weights, List<Fields.Counts> counts, int terms) {
		double meanLength = 0;
		for (Fields.Counts unit : counts) {
			meanLength += unit.length();
		}
		meanLength = counts.isEmpty() ? 1 : Math.max(1, meanLength / counts.size());
		Vector[] vectors = new Vector[counts.size()];
		int total = 0;
		for (int u = 0; u < vectors.length; u++) {
			vectors[u] = weights.vector(counts.get(u), meanLength, null);
			total += vectors[u].size();
		}
		int[] rowStart = new int[vectors.length + 1];
		int[] rowTerms = new int[total];
		float[] rowWeights = new float[total];
		int[] postingStart = new int[terms + 1];
		int n = 0;
		for (int u = 0; u < vectors.length; u++) {
			rowStart[u] = n;
			for (int i = 0; i < vectors[u].size(); i++) {
				rowTerms[n] = vectors[u].indexes()[i];
				rowWeights[n] = (float) vectors[u].weights()[i];
				postingStart[rowTerms[n] + 1]++;
				n++;
			}
		}
		rowStart[vectors.length] = n;
		for (int t = 0; t < terms; t++) {
			postingStart[t + 1] += postingStart[t];
		}
		int[] fill = postingStart.clone();
		int[] postingUnits = new int[total];
		float[] postingWeights = new float[total];
		for (int u = 0; u < vectors.length; u++) {
			for (int i = rowStart[u]; i < rowStart[u + 1]; i++) {
				int slot = fill[rowTerms[i]]++;
				postingUnits[slot] = u;
				postingWeights[slot] = rowWeights[i];
			}
		}
		return new Units(rowStart, rowTerms, rowWeights, postingStart, postingUnits, postingWeights);
	}

	int size() {
		return this.rowStart.length - 1;
	}

	/**
	 * The cosine of the query with every unit, through the postings.
	 */
	double[] dot(Vector query) {
		double[] scores = new double[size()];
		for (int i = 0; i < query.size(); i++) {
			int term = query.indexes()[i];
			double weight = query.weights()[i];
			for (int p = this.postingStart[term]; p < this.postingStart[term + 1]; p++) {
				scores[this.postingUnits[p]] += weight * this.postingWeights[p];
			}
		}
		return scores;
	}

	/**
	 * The cosine of the query with one unit; with {@code contributions}, adds each query
	 * term's part of it there (scaled).
	 */
	double dot(int unit, Vector query, double[] contributions, double scale) {
		double sum = 0;
		int i = 0;
		int j = this.rowStart[unit];
		int end = this.rowStart[unit + 1];
		while (i < query.size() && j < end) {
			int a = query.indexes()[i];
			int b = this.rowTerms[j];
			if (a == b) {
				double part = query.weights()[i] * this.rowWeights[j];
				sum += part;
				if (contributions != null) {
					contributions[i] += scale * part;
				}
				i++;
				j++;
			}
			else if (a < b) {
				i++;
			}
			else {
				j++;
			}
		}
		return sum;
	}

}
