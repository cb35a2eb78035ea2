package org.husnu.symposium.review.reviewers;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.husnu.symposium.core.DomainRuleException;
import org.husnu.symposium.core.access.AccessPolicy;
import org.husnu.symposium.core.access.Actor;
import org.husnu.symposium.core.reviewers.ReviewerProfile;
import org.husnu.symposium.platform.audit.AuditLog;

import org.springframework.stereotype.Service;

/**
 * Removes a reviewer from the pool. A reviewer with assignments is removed only when the
 * chair confirms that the assignments go too; their bids always go (they were preferences
 * for this pool). Stored conflicts stay, so they still count if the person is invited
 * again. The profile is deleted last: there are no transactions, and every state on the
 * way (the reviewer still in the pool with fewer assignments or bids) is one a repeated
 * request completes. With the profile the derived reviewer role goes at once.
 */
@Service
class ReviewerRemoval {

	private final PoolMembers members;

	private final ReviewerRecords records;

	private final ReviewerProfileRepository profiles;

	private final AuditLog audit;

	ReviewerRemoval(PoolMembers members, ReviewerRecords records, ReviewerProfileRepository profiles, AuditLog audit) {
		this.members = members;
		this.records = records;
		this.profiles = profiles;
		this.audit = audit;
	}

	/**
	 * What removing a reviewer would take with them, for the confirmation.
	 * @param actor the chair
	 * @param reviewerKey the reviewer's id or address
	 * @return the reviewer and the numbers of the abstracts assigned to them
	 */
	Pending preview(Actor actor, String reviewerKey) {
		AccessPolicy.requireManageReviewers(actor);
		ReviewerProfile profile = this.members.find(reviewerKey);
		return new Pending(profile.accountId(), profile.email(), this.records.assignedNumbers(profile.accountId()));
	}

	/**
	 * Removes a reviewer from the pool.
	 * @param actor the chair
	 * @param reviewerKey the reviewer's id or address
	 * @param removeAssignments whether the chair confirmed that the reviewer's
	 * assignments are removed too
	 * @return what was removed
	 */
	Removal remove(Actor actor, String reviewerKey, boolean removeAssignments) {
		Pending pending = preview(actor, reviewerKey);
		List<String> assigned = pending.assigned();
		if (!assigned.isEmpty() && !removeAssignments) {
			throw new DomainRuleException("reviewer.hasAssignments", pending.email() + " has " + assigned.size()
					+ " abstracts assigned (" + String.join(", ", assigned)
					+ "); confirm that these assignments are removed too (removeAssignments=true, or the "
					+ "confirmation on the pool page), or remove or reassign them on the assignments page first");
		}
		long assignments = this.records.removeAssignments(pending.id());
		long bids = this.records.removeBids(pending.id());
		this.profiles.deleteById(pending.id());
		this.audit.record(actor, "reviewer.removed", pending.email(),
				Map.of("assignments", Long.toString(assignments), "bids", Long.toString(bids)));
		return new Removal(pending.id(), pending.email(), assignments, bids);
	}

	/**
	 * A reviewer about to be removed.
	 *
	 * @param id the reviewer's id
	 * @param email the reviewer's address
	 * @param assigned the numbers of the abstracts assigned to them
	 */
	record Pending(UUID id, String email, List<String> assigned) {
	}

	/**
	 * What a removal took away.
	 *
	 * @param reviewer the reviewer's id
	 * @param email the reviewer's address
	 * @param removedAssignments the assignments removed with them
	 * @param removedBids the bids removed with them
	 */
	record Removal(UUID reviewer, String email, long removedAssignments, long removedBids) {
	}

}
