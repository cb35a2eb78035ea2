package org.husnu.symposium.core.affinity;

import java.util.Arrays;

/**
 * Merges a document's three fields into one weighted count per term: a sorted walk over
 * the three sorted term lists, so the result is in term order without any map.
 */
final class Fields {

	private Fields() {
	}

	/**
	 * The distinct terms of a document's fields, sorted.
	 */
	static long[] merged(AffinityDocument document) {
		return weighted(document, 1, 1, 1.0).terms;
	}

	/**
	 * The document's terms with their weighted counts.
	 * @param titleWeight weight of a title occurrence
	 * @param keywordWeight weight of a keyword occurrence
	 * @param bodyWeight weight of an abstract occurrence
	 */
	static Counts weighted(AffinityDocument document, double titleWeight, double keywordWeight, double bodyWeight) {
		AnalysedText[] fields = { document.titleTerms(), document.bodyTerms(), document.keywordTerms() };
		double[] weights = { titleWeight, bodyWeight, keywordWeight };
		int capacity = 0;
		for (AnalysedText field : fields) {
			capacity += field.size();
		}
		long[] terms = new long[capacity];
		double[] counts = new double[capacity];
		TermKind[] kinds = new TermKind[capacity];
		int[] cursor = new int[3];
		int n = 0;
		while (true) {
			long next = Long.MAX_VALUE;
			boolean any = false;
			for (int f = 0; f < 3; f++) {
				if (cursor[f] < fields[f].size()) {
					long term = fields[f].term(cursor[f]);
					if (!any || term < next) {
						next = term;
						any = true;
					}
				}
			}
			if (!any) {
				break;
			}
			double count = 0;
			TermKind kind = null;
			for (int f = 0; f < 3; f++) {
				if (cursor[f] < fields[f].size() && fields[f].term(cursor[f]) == next) {
					count += weights[f] * fields[f].count(cursor[f]);
					kind = fields[f].kind(cursor[f]);
					cursor[f]++;
				}
			}
			terms[n] = next;
			counts[n] = count;
			kinds[n] = kind;
			n++;
		}
		double length = titleWeight * document.titleTerms().length() + bodyWeight * document.bodyTerms().length()
				+ keywordWeight * document.keywordTerms().length();
		return new Counts(Arrays.copyOf(terms, n), Arrays.copyOf(counts, n), Arrays.copyOf(kinds, n), length);
	}

	/**
	 * Weighted counts of a document's terms.
	 */
	record Counts(long[] terms, double[] counts, TermKind[] kinds, double length) {
	}

}
