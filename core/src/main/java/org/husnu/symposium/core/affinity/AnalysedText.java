package org.husnu.symposium.core.affinity;

import java.util.Arrays;

/**
 * A text reduced to what the affinity needs: its terms (by stable id, sorted), how often
 * each occurs, of which kind it is and how it first appeared in the text (the display
 * form for explanations). Immutable and independent of any corpus, so it can be computed
 * once when a text is saved and kept.
 */
public final class AnalysedText {

	static final AnalysedText EMPTY = new AnalysedText(new long[0], new int[0], new TermKind[0], new String[0], 0);

	private final long[] terms;

	private final int[] counts;

	private final TermKind[] kinds;

	private final String[] displays;

	private final int length;

	AnalysedText(long[] terms, int[] counts, TermKind[] kinds, String[] displays, int length) {
		for (int i = 1; i < terms.length; i++) {
			if (terms[i - 1] >= terms[i]) {
				throw new IllegalArgumentException("Terms must be sorted and distinct");
			}
		}
		this.terms = terms;
		this.counts = counts;
		this.kinds = kinds;
		this.displays = displays;
		this.length = length;
	}

	/**
	 * How many distinct terms the text has.
	 * @return the number of distinct terms
	 */
	public int size() {
		return this.terms.length;
	}

	/**
	 * How many words the text has (concepts and bigrams not counted): its length for
	 * length normalisation.
	 * @return the number of words
	 */
	public int length() {
		return this.length;
	}

	long term(int i) {
		return this.terms[i];
	}

	int count(int i) {
		return this.counts[i];
	}

	TermKind kind(int i) {
		return this.kinds[i];
	}

	String display(int i) {
		return this.displays[i];
	}

	int indexOf(long term) {
		return Arrays.binarySearch(this.terms, term);
	}

	/**
	 * The display forms of the terms, in term order (for tests and diagnostics).
	 * @return the display forms
	 */
	public String[] displays() {
		return this.displays.clone();
	}

}
