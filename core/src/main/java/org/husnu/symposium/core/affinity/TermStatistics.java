package org.husnu.symposium.core.affinity;

import java.util.Arrays;
import java.util.List;

/**
 * The corpus side of the weights: every term of the archives and submissions with the
 * number of documents it occurs in, and the documents' mean lengths. Terms are numbered
 * by their sorted ids, so a document's terms keep their order when numbered.
 */
final class TermStatistics {

	private final long[] vocabulary;

	private final int[] documentFrequency;

	private final int documents;

	private TermStatistics(long[] vocabulary, int[] documentFrequency, int documents) {
		this.vocabulary = vocabulary;
		this.documentFrequency = documentFrequency;
		this.documents = documents;
	}

	static TermStatistics of(List<AffinityDocument> documents) {
		int total = 0;
		for (AffinityDocument document : documents) {
			total += document.titleTerms().size() + document.bodyTerms().size() + document.keywordTerms().size();
		}
		long[] all = new long[total];
		int n = 0;
		for (AffinityDocument document : documents) {
			long[] terms = Fields.merged(document);
			System.arraycopy(terms, 0, all, n, terms.length);
			n += terms.length;
		}
		all = Arrays.copyOf(all, n);
		Arrays.sort(all);
		int distinct = 0;
		for (int i = 0; i < n; i++) {
			if (i == 0 || all[i] != all[i - 1]) {
				distinct++;
			}
		}
		long[] vocabulary = new long[distinct];
		int[] frequency = new int[distinct];
		int v = -1;
		for (int i = 0; i < n; i++) {
			if (i == 0 || all[i] != all[i - 1]) {
				vocabulary[++v] = all[i];
			}
			frequency[v]++;
		}
		return new TermStatistics(vocabulary, frequency, documents.size());
	}

	int terms() {
		return this.vocabulary.length;
	}

	/**
	 * The number of a term, or -1 if no document of the corpus has it.
	 */
	int index(long term) {
		int index = Arrays.binarySearch(this.vocabulary, term);
		return (index >= 0) ? index : -1;
	}

	/**
	 * The inverse document frequency of a term (unknown terms count as occurring once).
	 */
	double idf(int index, AffinityMethod.Weighting weighting) {
		int df = (index >= 0) ? this.documentFrequency[index] : 1;
		double n = Math.max(this.documents, df);
		if (weighting == AffinityMethod.Weighting.TPMS) {
			return Math.log((n + 1) / df);
		}
		return Math.log(1 + (n - df + 0.5) / (df + 0.5));
	}

}
