package org.husnu.symposium.core.affinity;

import java.util.Arrays;
import java.util.List;

/**
 * Turns documents into unit-length weight vectors under one method and one corpus.
 */
final class Weights {

	private final AffinityMethod method;

	private final TermStatistics statistics;

	Weights(AffinityMethod method, TermStatistics statistics) {
		this.method = method;
		this.statistics = statistics;
	}

	Fields.Counts counts(AffinityDocument document) {
		return Fields.weighted(document, this.method.titleWeight(), this.method.keywordWeight(), 1);
	}

	/**
	 * The counts of several documents added up (a whole archive as one document).
	 */
	Fields.Counts sum(List<Fields.Counts> parts) {
		int total = 0;
		double length = 0;
		for (Fields.Counts part : parts) {
			total += part.terms().length;
			length += part.length();
		}
		long[] all = new long[total];
		int n = 0;
		for (Fields.Counts part : parts) {
			System.arraycopy(part.terms(), 0, all, n, part.terms().length);
			n += part.terms().length;
		}
		Arrays.sort(all);
		int distinct = 0;
		for (int i = 0; i < n; i++) {
			if (i == 0 || all[i] != all[i - 1]) {
				all[distinct++] = all[i];
			}
		}
		long[] terms = Arrays.copyOf(all, distinct);
		double[] counts = new double[distinct];
		TermKind[] kinds = new TermKind[distinct];
		for (Fields.Counts part : parts) {
			for (int i = 0; i < part.terms().length; i++) {
				int index = Arrays.binarySearch(terms, part.terms()[i]);
				counts[index] += part.counts()[i];
				kinds[index] = part.kinds()[i];
			}
		}
		return new Fields.Counts(terms, counts, kinds, length);
	}

	Vector vector(AffinityDocument document, double meanLength) {
		Fields.Counts counts = counts(document);
		String[] displays = new String[counts.terms().length];
		for (int i = 0; i < displays.length; i++) {
			displays[i] = display(document, counts.terms()[i]);
		}
		return vector(counts, meanLength, displays);
	}

	/**
	 * The unit-length weight vector of weighted counts: terms of weight zero (a kind
	 * switched off) are left out; terms the corpus does not know count in the length but
	 * are left out too, since nothing can match them.
	 */
	Vector vector(Fields.Counts counts, double meanLength, String[] displays) {
		int n = counts.terms().length;
		int[] indexes = new int[n];
		double[] weights = new double[n];
		double largest = 0;
		for (int i = 0; i < n; i++) {
			largest = Math.max(largest, counts.counts()[i]);
		}
		double norm = 0;
		for (int i = 0; i < n; i++) {
			int index = this.statistics.index(counts.terms()[i]);
			double weight = kindWeight(counts.kinds()[i]) * tf(counts.counts()[i], largest, counts.length(), meanLength)
					* this.statistics.idf(index, this.method.weighting());
			indexes[i] = index;
			weights[i] = weight;
			norm += weight * weight;
		}
		norm = Math.sqrt(norm);
		int kept = 0;
		for (int i = 0; i < n; i++) {
			if (indexes[i] >= 0 && weights[i] > 0) {
				indexes[kept] = indexes[i];
				weights[kept] = weights[i] / norm;
				if (displays != null) {
					displays[kept] = displays[i];
				}
				kept++;
			}
		}
		return new Vector(Arrays.copyOf(indexes, kept), Arrays.copyOf(weights, kept),
				(displays != null) ? Arrays.copyOf(displays, kept) : null);
	}

	private double kindWeight(TermKind kind) {
		return switch (kind) {
			case WORD -> 1;
			case CONCEPT -> this.method.conceptWeight();
			case BIGRAM -> this.method.bigramWeight();
		};
	}

	private double tf(double count, double largest, double length, double meanLength) {
		return switch (this.method.weighting()) {
			case TPMS -> 0.5 + 0.5 * count / largest;
			case LOG -> 1 + Math.log(Math.max(1, count)) + Math.min(0, count - 1);
			case BM25 -> {
				double k1 = this.method.k1();
				double norm = 1 - this.method.b() + this.method.b() * length / meanLength;
				yield count * (k1 + 1) / (count + k1 * norm);
			}
		};
	}

	private static String display(AffinityDocument document, long term) {
		for (AnalysedText field : new AnalysedText[] { document.titleTerms(), document.bodyTerms(),
				document.keywordTerms() }) {
			int i = field.indexOf(term);
			if (i >= 0) {
				return field.display(i);
			}
		}
		return null;
	}

}
