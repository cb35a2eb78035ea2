package org.husnu.symposium.core.affinity;

import java.util.List;

/**
 * What a reviewer has written, analysed: own papers, abstracts submitted in this system,
 * and the research statement with the profile's keywords as one more document.
 *
 * @param reviewer the reviewer's id
 * @param papers the analysed documents, in a stable order
 */
public record ReviewerArchive(String reviewer, List<AffinityDocument> papers) {

	public ReviewerArchive {
		if (reviewer == null) {
			throw new IllegalArgumentException("An archive belongs to a reviewer");
		}
		papers = List.copyOf(papers);
	}

}
