package org.husnu.symposium.core.assignment;

/**
 * A reviewer of the pool, as the assignment solver sees it.
 *
 * @param id the reviewer's id
 * @param institution the reviewer's institution code; coverage counts member institutions
 * only
 * @param maxLoad the most abstracts this reviewer reviews, existing assignments included
 */
public record ReviewerToAssign(String id, String institution, int maxLoad) {

	public ReviewerToAssign {
		if (id == null || id.isBlank()) {
			throw new IllegalArgumentException("A reviewer to assign needs an id");
		}
		if (maxLoad < 0) {
			throw new IllegalArgumentException("Reviewer " + id + " cannot have a negative load cap");
		}
	}

}
