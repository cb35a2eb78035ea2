package org.husnu.symposium.core.affinity;

import java.util.List;

/**
 * A reviewer's affinity to a submission, with what drove it.
 *
 * @param score 0 (nothing in common) to 1
 * @param terms the few terms that contributed most, as the submission writes them
 * @param papers the titles of the reviewer's papers that matched best
 */
public record Affinity(double score, List<String> terms, List<String> papers) {

	/** No affinity: an empty archive or nothing in common. */
	public static final Affinity NONE = new Affinity(0, List.of(), List.of());

	public Affinity {
		if (!(score >= 0 && score <= 1)) {
			throw new IllegalArgumentException("Affinity is 0 to 1, was " + score);
		}
		terms = List.copyOf(terms);
		papers = List.copyOf(papers);
	}

}
