package org.husnu.symposium.review.assignment;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import org.husnu.symposium.core.DomainRuleException;
import org.husnu.symposium.core.abstracts.AbstractSubmission;
import org.husnu.symposium.core.accounts.Account;
import org.husnu.symposium.core.conflicts.ConflictReason;
import org.husnu.symposium.core.conflicts.ConflictRules;
import org.husnu.symposium.core.event.EventSettings;
import org.husnu.symposium.core.reviewers.ReviewerProfile;
import org.husnu.symposium.platform.referencedata.ReferenceData;

import org.springframework.stereotype.Component;

/**
 * What writing one reviewer–abstract pair would break, judged on the store as it is now:
 * a conflict that stands ({@link ConflictRules#standing}, so chairs' overrides count),
 * the reviewer's load cap, the abstract's number of reviewers. Applying a proposal skips
 * a pair that breaks something and says why; adding one by hand refuses it with a stable
 * code.
 */
@Component
class PairCheck {

	private final AssignmentInputs inputs;

	private final AssignmentRepository assignments;

	private final ReferenceData referenceData;

	PairCheck(AssignmentInputs inputs, AssignmentRepository assignments, ReferenceData referenceData) {
		this.inputs = inputs;
		this.assignments = assignments;
		this.referenceData = referenceData;
	}

	/**
	 * Why a proposed pair may not be written now, if anything.
	 * @param pool the pool as it is now
	 * @param reviewerId the reviewer
	 * @param abstractId the abstract
	 * @param reviewersPerAbstract the k the proposal was computed for
	 * @return the reason, empty if the pair may be written
	 */
	Optional<String> whyNot(ReviewerPool.Members pool, UUID reviewerId, UUID abstractId, int reviewersPerAbstract) {
		ReviewerProfile profile = pool.profiles().get(reviewerId);
		if (profile == null) {
			return Optional.of("the reviewer has left the pool");
		}
		Optional<AbstractSubmission> submission = this.inputs.submitted(abstractId.toString());
		if (submission.isEmpty()) {
			return Optional.of("the abstract is no longer under review");
		}
		Set<ConflictReason> reasons = standing(pool.accounts().get(reviewerId), submission.get());
		if (!reasons.isEmpty()) {
			return Optional.of("conflict: " + reasons);
		}
		long load = this.assignments.countByReviewerId(reviewerId);
		if (load >= profile.maxLoad()) {
			return Optional.of("the reviewer is at their maximum load of " + profile.maxLoad());
		}
		long reviewers = this.assignments.countByAbstractId(abstractId);
		if (reviewers >= reviewersPerAbstract) {
			return Optional.of("the abstract has its " + reviewersPerAbstract + " reviewers already");
		}
		return Optional.empty();
	}

	/**
	 * Refuses a pair a chair adds by hand if it stands in conflict or exceeds the
	 * reviewer's load cap.
	 * @param profile the reviewer
	 * @param account the reviewer's account (or the one their address will make)
	 * @param submission the abstract
	 * @throws DomainRuleException {@code assignment.conflict} or {@code assignment.cap}
	 */
	void requireAddable(ReviewerProfile profile, Account account, AbstractSubmission submission) {
		Set<ConflictReason> reasons = standing(account, submission);
		if (!reasons.isEmpty()) {
			throw new DomainRuleException("assignment.conflict",
					profile.email() + " conflicts with " + submission.number() + " ("
							+ reasons.stream().map(Enum::name).collect(Collectors.joining(", "))
							+ "); choose another reviewer, or have the conflict reviewed on the conflicts page first");
		}
		long load = this.assignments.countByReviewerId(profile.accountId());
		if (load >= profile.maxLoad()) {
			throw new DomainRuleException("assignment.cap",
					profile.email() + " has " + load + " abstracts assigned, which is their maximum load of "
							+ profile.maxLoad()
							+ "; remove one of their assignments or ask them to raise their maximum load first");
		}
	}

	private Set<ConflictReason> standing(Account account, AbstractSubmission submission) {
		EventSettings settings = this.referenceData.eventSettings();
		return new TreeSet<>(ConflictRules.standing(account, submission, settings.institutionPolicy(),
				this.inputs.conflicts(account.id(), submission.id())));
	}

}
