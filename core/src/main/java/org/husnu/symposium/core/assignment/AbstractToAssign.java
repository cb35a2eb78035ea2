package org.husnu.symposium.core.assignment;

/**
 * An abstract that needs reviewers, as the assignment solver sees it: only what the
 * optimisation needs, so the solver works on any store or none.
 *
 * @param id the abstract's id
 * @param presentingInstitution the presenting author's institution code (e.g.
 * {@code HU}), which the institution policy may exclude
 * @param reviewers how many reviewers this abstract needs, or {@code null} for the
 * problem's default
 */
public record AbstractToAssign(String id, String presentingInstitution, Integer reviewers) {

	public AbstractToAssign {
		if (id == null || id.isBlank()) {
			throw new IllegalArgumentException("An abstract to assign needs an id");
		}
		if (reviewers != null && reviewers < 0) {
			throw new IllegalArgumentException("Abstract " + id + " cannot need " + reviewers + " reviewers");
		}
	}

	public static AbstractToAssign of(String id, String presentingInstitution) {
		return new AbstractToAssign(id, presentingInstitution, null);
	}

}
