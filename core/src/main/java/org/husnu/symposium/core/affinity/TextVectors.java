package org.husnu.symposium.core.affinity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Documents of one set compared with each other (rather than with reviewers' archives):
 * each weighted as a unit-length vector under {@link AffinityMethod#CHOSEN} against the
 * set itself as corpus, with postings per term, so the cosines of one document with all
 * others cost one pass over the postings of its terms. Used by the program's auto-suggest
 * and the collaboration report. Immutable; every sum runs in a fixed order, so the same
 * documents give the same cosines.
 */
public final class TextVectors {

	private final Vector[] vectors;

	private final Units units;

	private TextVectors(Vector[] vectors, Units units) {
		this.vectors = vectors;
		this.units = units;
	}

	/**
	 * Weights the documents against each other.
	 * @param documents the analysed documents, numbered in this order
	 * @return the vectors
	 */
	public static TextVectors of(List<AffinityDocument> documents) {
		AffinityMethod method = AffinityMethod.CHOSEN;
		TermStatistics statistics = TermStatistics.of(documents);
		Weights weights = new Weights(method, statistics);
		List<Fields.Counts> counts = new ArrayList<>(documents.size());
		double meanLength = 0;
		for (AffinityDocument document : documents) {
			Fields.Counts one = weights.counts(document);
			counts.add(one);
			meanLength += one.length();
		}
		meanLength = documents.isEmpty() ? 1 : Math.max(1, meanLength / documents.size());
		Vector[] vectors = new Vector[documents.size()];
		for (int i = 0; i < vectors.length; i++) {
			vectors[i] = weights.vector(documents.get(i), meanLength);
		}
		return new TextVectors(vectors, Units.of(weights, counts, statistics.terms()));
	}

	/**
	 * How many documents there are.
	 * @return the number of documents
	 */
	public int size() {
		return this.vectors.length;
	}

	/**
	 * The cosines of one document with every document (itself included), through the
	 * postings: documents sharing no term get 0 without being looked at.
	 * @param document the document's number
	 * @return cosines, 0 to 1, by document number
	 */
	public double[] cosines(int document) {
		double[] scores = this.units.dot(this.vectors[document]);
		for (int i = 0; i < scores.length; i++) {
			scores[i] = Math.min(1, Math.max(0, scores[i]));
		}
		return scores;
	}

	/**
	 * The cosine of two documents.
	 * @param a one document's number
	 * @param b the other's
	 * @return 0 to 1
	 */
	public double cosine(int a, int b) {
		return Math.min(1, Math.max(0, this.units.dot(b, this.vectors[a], null, 0)));
	}

	/**
	 * The terms two documents share, largest part of their cosine first, as the first
	 * document writes them; where the second writes a term differently (a glossary
	 * concept in another language, another inflection) both forms, "a / b". Terms
	 * contained in an earlier one are left out ("sepsis" after "septic shock sepsis").
	 * @param a one document's number
	 * @param b the other's
	 * @param limit most terms returned
	 * @return the shared terms
	 */
	public List<String> sharedTerms(int a, int b, int limit) {
		Vector query = this.vectors[a];
		Vector other = this.vectors[b];
		double[] contributions = new double[query.size()];
		this.units.dot(b, query, contributions, 1);
		Integer[] order = new Integer[query.size()];
		for (int i = 0; i < order.length; i++) {
			order[i] = i;
		}
		Arrays.sort(order, (x, y) -> (contributions[x] != contributions[y])
				? Double.compare(contributions[y], contributions[x]) : Integer.compare(x, y));
		List<String> terms = new ArrayList<>();
		List<String> seen = new ArrayList<>();
		for (Integer i : order) {
			if (contributions[i] <= 0 || terms.size() == limit) {
				break;
			}
			String display = query.display(i);
			if (display == null || display.isBlank()) {
				continue;
			}
			String lower = display.toLowerCase(Locale.ROOT);
			if (seen.stream().anyMatch((t) -> t.contains(lower) || lower.contains(t))) {
				continue;
			}
			seen.add(lower);
			int j = Arrays.binarySearch(other.indexes(), query.indexes()[i]);
			String theirs = (j >= 0) ? other.display(j) : null;
			if (theirs != null && !theirs.isBlank() && !theirs.equalsIgnoreCase(display)
					&& !lower.contains(theirs.toLowerCase(Locale.ROOT))) {
				terms.add(display + " / " + theirs);
			}
			else {
				terms.add(display);
			}
		}
		return terms;
	}

}
