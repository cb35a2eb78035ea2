package org.husnu.symposium.core.conflicts;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

import org.husnu.symposium.core.abstracts.AbstractSubmission;
import org.husnu.symposium.core.abstracts.Author;
import org.husnu.symposium.core.accounts.Account;

/**
 * The conflicts that follow from the data as it is now: the reviewer's account (address,
 * institution, department), the abstract's current authors and the conflicts they
 * declared on it, and the chairs' institution policy. Departments are compared by
 * {@link Affiliations}. Every access decision and the assignment read them from here, so
 * an author or profile edit or a change of policy counts at once, with no recompute step
 * in between; stored {@link Conflict} records add what cannot be computed (declared
 * conflicts, co-authorship elsewhere).
 */
public final class ConflictRules {

	private ConflictRules() {
	}

	/**
	 * The reasons the reviewer conflicts with the abstract, computed from current data.
	 * @param reviewer the reviewer's account as it is now
	 * @param submission the abstract as it is now
	 * @param policy the institution policy the chairs chose
	 * @return the reasons; empty when nothing conflicts
	 */
	public static Set<ConflictReason> computed(Account reviewer, AbstractSubmission submission,
			InstitutionPolicy policy) {
		Set<ConflictReason> reasons = EnumSet.noneOf(ConflictReason.class);
		if (submission.hasAuthor(reviewer.email())) {
			reasons.add(ConflictReason.CO_AUTHOR);
		}
		if (submission.declaredConflictWith(reviewer.id()).isPresent()) {
			reasons.add(ConflictReason.AUTHOR_DECLARED);
		}
		if (policy == InstitutionPolicy.SAME_INSTITUTION && reviewer.institution() != null
				&& reviewer.institution().equalsIgnoreCase(submission.institution())) {
			reasons.add(ConflictReason.INSTITUTION_POLICY);
		}
		for (Author author : submission.authors()) {
			boolean sameInstitution = reviewer.institution() != null
					&& reviewer.institution().equalsIgnoreCase(author.institution());
			if (sameInstitution && Affiliations.sameDepartment(reviewer.department(), author.affiliation())) {
				reasons.add(ConflictReason.SAME_LAB);
			}
		}
		return reasons;
	}

	/**
	 * The reasons that stand for the pair: the computed ones a chair has not overridden,
	 * plus every stored conflict that is not an override.
	 * @param reviewer the reviewer's account as it is now
	 * @param submission the abstract as it is now
	 * @param policy the institution policy the chairs chose
	 * @param stored stored conflicts and overrides (others' are ignored)
	 * @return the reasons; empty when the reviewer may see the abstract
	 */
	public static Set<ConflictReason> standing(Account reviewer, AbstractSubmission submission,
			InstitutionPolicy policy, Collection<Conflict> stored) {
		Set<ConflictReason> reasons = computed(reviewer, submission, policy);
		for (Conflict conflict : stored) {
			if (conflict.concerns(reviewer.id(), submission.id()) && conflict.overridden()) {
				reasons.remove(conflict.reason());
			}
		}
		for (Conflict conflict : stored) {
			if (conflict.concerns(reviewer.id(), submission.id()) && !conflict.overridden()) {
				reasons.add(conflict.reason());
			}
		}
		return reasons;
	}

	/**
	 * Whether the reviewer conflicts with the abstract for any reason: computed now and
	 * not overridden by a chair, or stored for this pair.
	 * @param reviewer the reviewer's account as it is now
	 * @param submission the abstract as it is now
	 * @param policy the institution policy the chairs chose
	 * @param stored the stored conflicts and overrides of this reviewer with this
	 * abstract
	 * @return {@code true} if the reviewer must not see or review the abstract
	 */
	public static boolean conflicts(Account reviewer, AbstractSubmission submission, InstitutionPolicy policy,
			Collection<Conflict> stored) {
		return !standing(reviewer, submission, policy, stored).isEmpty();
	}

}
