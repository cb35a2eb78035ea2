package org.husnu.symposium.core.assignment;

import java.util.List;

/**
 * Why a proposed pair has the text affinity it has, for the chairs: the score and the few
 * terms and papers that drove it (docs/affinity.md).
 *
 * @param reviewerId the reviewer
 * @param abstractId the abstract
 * @param score the affinity, 0 to 1
 * @param terms the terms that contributed most, as the abstract writes them
 * @param papers titles of the reviewer's best-matching papers
 */
public record PairAffinity(String reviewerId, String abstractId, double score, List<String> terms,
		List<String> papers) {

	public PairAffinity {
		terms = List.copyOf((terms != null) ? terms : List.of());
		papers = List.copyOf((papers != null) ? papers : List.of());
	}

}
