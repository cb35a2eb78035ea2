package org.husnu.symposium.review.assignment;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.husnu.symposium.core.abstracts.AbstractSubmission;
import org.husnu.symposium.core.access.AccessPolicy;
import org.husnu.symposium.core.access.Actor;
import org.husnu.symposium.core.accounts.Account;
import org.husnu.symposium.core.assignment.Assignment;
import org.husnu.symposium.core.assignment.AssignmentProposal;
import org.husnu.symposium.core.assignment.AssignmentSource;
import org.husnu.symposium.core.assignment.OptimalAssignment;
import org.husnu.symposium.core.assignment.ProposedPair;
import org.husnu.symposium.core.assignment.StoredProposal;
import org.husnu.symposium.core.conflicts.ConflictRules;
import org.husnu.symposium.core.event.EventSettings;
import org.husnu.symposium.core.reviewers.ReviewerProfile;
import org.husnu.symposium.platform.accounts.AccountDirectory;
import org.husnu.symposium.platform.audit.AuditLog;
import org.husnu.symposium.platform.problems.NotFoundException;
import org.husnu.symposium.platform.referencedata.ReferenceData;
import org.husnu.symposium.review.reviewers.ReviewerProfileRepository;

import org.springframework.stereotype.Service;

/**
 * The assignment of reviewers to abstracts: builds the optimal proposal from the store
 * (core's {@link OptimalAssignment}), stores it for the chairs to preview, applies it
 * re-checking each pair against the pool as it is then, and lets chairs add and remove
 * pairs by hand. Writes {@code assignments} and {@code assignment_proposals} only. It is
 * over our usual size because building the problem from five collections and re-checking
 * a pair share the same rules; the next change here should move the problem building into
 * its own class.
 */
@Service
public class AssignmentService {

	private final AssignmentRepository assignments;

	private final ProposalRepository proposals;

	private final AssignmentInputs inputs;

	private final AssignmentProblemBuilder problems;

	private final ReviewerPool pool;

	private final PairCheck checks;

	private final ReviewerProfileRepository profiles;

	private final AccountDirectory accounts;

	private final ReferenceData referenceData;

	private final AuditLog audit;

	private final Clock clock;

	AssignmentService(AssignmentRepository assignments, ProposalRepository proposals, AssignmentInputs inputs,
			AssignmentProblemBuilder problems, ReviewerPool pool, PairCheck checks, ReviewerProfileRepository profiles,
			AccountDirectory accounts, ReferenceData referenceData, AuditLog audit, Clock clock) {
		this.assignments = assignments;
		this.proposals = proposals;
		this.inputs = inputs;
		this.problems = problems;
		this.pool = pool;
		this.checks = checks;
		this.profiles = profiles;
		this.accounts = accounts;
		this.referenceData = referenceData;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Computes and stores the optimal proposal for the abstracts under review.
	 * @param actor the chair
	 * @param reviewersPerAbstract k, {@code null} for the event settings'
	 * @return the stored proposal
	 */
	public StoredProposal propose(Actor actor, Integer reviewersPerAbstract) {
		AccessPolicy.requireManageAssignments(actor);
		AssignmentProblemBuilder.Built built = this.problems.build(reviewersPerAbstract);
		AssignmentProposal proposal = OptimalAssignment.solve(built.problem());
		StoredProposal stored = this.proposals.insert(StoredProposal.of(actor.accountId(), this.clock.instant(),
				built.reviewersPerAbstract(), proposal, built.caps(), built.affinity(), built.explain(proposal)));
		this.audit.record(actor, "assignment.proposed", stored.id(), Map.of("reviewersPerAbstract",
				Integer.toString(built.reviewersPerAbstract()), "pairs", Integer.toString(proposal.pairs().size())));
		return stored;
	}

	/**
	 * A stored proposal.
	 * @param actor the chair
	 * @param id the proposal id
	 * @return the proposal
	 */
	StoredProposal proposal(Actor actor, String id) {
		AccessPolicy.requireManageAssignments(actor);
		return this.proposals.findById(id)
			.orElseThrow(() -> new NotFoundException(
					"There is no assignment proposal " + id + "; compute one with POST /api/assignments/auto"));
	}

	/**
	 * Writes a proposal's new pairs, each checked again against the pool, conflicts, caps
	 * and k as they are now; pairs assigned already are left as they are, so applying
	 * twice changes nothing.
	 * @param actor the chair
	 * @param id the proposal id
	 * @return what was written and what was skipped, with why
	 */
	public Applied apply(Actor actor, String id) {
		StoredProposal stored = proposal(actor, id);
		ReviewerPool.Members pool = this.pool.members();
		int written = 0;
		int already = 0;
		List<Skipped> skipped = new ArrayList<>();
		for (ProposedPair pair : stored.proposal().pairs()) {
			if (pair.existing()) {
				continue;
			}
			UUID reviewerId = UUID.fromString(pair.reviewerId());
			UUID abstractId = UUID.fromString(pair.abstractId());
			if (this.assignments.existsById(Assignment.idFor(reviewerId, abstractId))) {
				already++;
				continue;
			}
			Optional<String> problem = this.checks.whyNot(pool, reviewerId, abstractId, stored.reviewersPerAbstract());
			if (problem.isPresent()) {
				skipped.add(new Skipped(pair.reviewerId(), pair.abstractId(), problem.get()));
				continue;
			}
			this.assignments
				.insert(Assignment.of(reviewerId, abstractId, AssignmentSource.AUTOMATIC, this.clock.instant()));
			written++;
		}
		this.proposals.save(stored.appliedAt(this.clock.instant()));
		this.audit.record(actor, "assignment.applied", stored.id(), Map.of("written", Integer.toString(written),
				"alreadyAssigned", Integer.toString(already), "skipped", Integer.toString(skipped.size())));
		return new Applied(stored.id(), written, already, skipped);
	}

	/**
	 * The assignments the actor may see: all for chairs, their own for reviewers (less
	 * any abstract they now conflict with).
	 * @param actor the chair or reviewer
	 * @return the assignments, by id
	 */
	List<AssignmentView> list(Actor actor) {
		return list(actor, false);
	}

	/**
	 * The abstracts assigned to the actor, less any they now conflict with.
	 * @param actor the reviewer
	 * @return the assignments, by id
	 */
	List<AssignmentView> own(Actor actor) {
		return list(actor, true);
	}

	/**
	 * What a chair's page shows for ids: the reviewer's address, the abstract's number.
	 * @param actor the chair
	 * @return labels by id
	 */
	Map<String, String> labels(Actor actor) {
		AccessPolicy.requireManageAssignments(actor);
		Map<String, String> labels = new HashMap<>();
		this.profiles.findAllByOrderByEmailAsc()
			.forEach((profile) -> labels.put(profile.accountId().toString(), profile.email()));
		this.inputs.submitted()
			.forEach((submission) -> labels.put(submission.id().toString(),
					submission.number() + " " + submission.title()));
		return labels;
	}

	private List<AssignmentView> list(Actor actor, boolean onlyOwn) {
		AccessPolicy.requireSeeAssignments(actor);
		boolean all = !onlyOwn && AccessPolicy.mayManageAssignments(actor);
		List<Assignment> found = (all) ? this.assignments.findAllByOrderByIdAsc()
				: this.assignments.findAllByReviewerIdOrderByIdAsc(actor.accountId());
		Map<UUID, AbstractSubmission> abstracts = this.inputs
			.findAllById(found.stream().map(Assignment::abstractId).distinct().toList())
			.stream()
			.collect(Collectors.toMap(AbstractSubmission::id, Function.identity()));
		Optional<Account> own = (all) ? Optional.empty() : this.accounts.findById(actor.accountId());
		EventSettings settings = this.referenceData.eventSettings();
		List<AssignmentView> views = new ArrayList<>();
		for (Assignment assignment : found) {
			AbstractSubmission submission = abstracts.get(assignment.abstractId());
			if (!all && (submission == null || own.isEmpty() || ConflictRules.conflicts(own.get(), submission,
					settings.institutionPolicy(), this.inputs.conflicts(actor.accountId(), submission.id())))) {
				continue;
			}
			views.add(AssignmentView.of(assignment, submission));
		}
		return views;
	}

	/**
	 * Adds a pair by hand.
	 * @param actor the chair
	 * @param reviewer the reviewer's account id or address
	 * @param abstractKey the abstract's id or number
	 * @return the assignment and whether this call wrote it
	 */
	Added add(Actor actor, String reviewer, String abstractKey) {
		AccessPolicy.requireManageAssignments(actor);
		AbstractSubmission submission = this.inputs.submitted(abstractKey)
			.orElseThrow(() -> new NotFoundException("There is no submitted abstract " + abstractKey
					+ "; give the id or number (A-007) of an abstract under review"));
		ReviewerProfile profile = this.pool.reviewer(reviewer);
		String id = Assignment.idFor(profile.accountId(), submission.id());
		Optional<Assignment> existing = this.assignments.findById(id);
		if (existing.isPresent()) {
			return new Added(AssignmentView.of(existing.get(), submission), false);
		}
		this.checks.requireAddable(profile, this.pool.account(profile), submission);
		Assignment written = this.assignments
			.insert(Assignment.of(profile.accountId(), submission.id(), AssignmentSource.MANUAL, this.clock.instant()));
		this.audit.record(actor, "assignment.added", written.id(),
				Map.of("reviewer", profile.email(), "abstract", submission.number()));
		return new Added(AssignmentView.of(written, submission), true);
	}

	/**
	 * Removes a pair.
	 * @param actor the chair
	 * @param id the assignment id
	 */
	void remove(Actor actor, String id) {
		AccessPolicy.requireManageAssignments(actor);
		Assignment assignment = this.assignments.findById(id)
			.orElseThrow(() -> new NotFoundException(
					"There is no assignment " + id + "; GET /api/assignments lists them with their ids"));
		this.assignments.deleteById(assignment.id());
		this.audit.record(actor, "assignment.removed", assignment.id(),
				Map.of("reviewer", assignment.reviewerId().toString(), "abstract", assignment.abstractId().toString()));
	}

	/**
	 * The answer to applying a proposal.
	 *
	 * @param proposal the proposal id
	 * @param applied pairs written now
	 * @param alreadyAssigned pairs that were assigned already
	 * @param skipped pairs not written, each with why
	 */
	public record Applied(String proposal, int applied, int alreadyAssigned, List<Skipped> skipped) {
	}

	/**
	 * A proposed pair that was not written.
	 *
	 * @param reviewer the reviewer's id
	 * @param abstractId the abstract's id
	 * @param reason why
	 */
	public record Skipped(String reviewer, @JsonProperty("abstract") String abstractId, String reason) {
	}

	/**
	 * The answer to adding a pair.
	 *
	 * @param assignment the assignment
	 * @param created whether this call wrote it
	 */
	record Added(AssignmentView assignment, boolean created) {
	}

}
