package org.husnu.symposium.review.assignment;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.husnu.symposium.core.DomainRuleException;
import org.husnu.symposium.core.abstracts.AbstractSubmission;
import org.husnu.symposium.core.access.AccessPolicy;
import org.husnu.symposium.core.access.Actor;
import org.husnu.symposium.core.accounts.Account;
import org.husnu.symposium.core.assignment.AbstractToAssign;
import org.husnu.symposium.core.assignment.Assignment;
import org.husnu.symposium.core.assignment.AssignmentProblem;
import org.husnu.symposium.core.assignment.AssignmentProposal;
import org.husnu.symposium.core.assignment.AssignmentSource;
import org.husnu.symposium.core.assignment.AssignmentWeights;
import org.husnu.symposium.core.assignment.ExistingAssignment;
import org.husnu.symposium.core.assignment.OptimalAssignment;
import org.husnu.symposium.core.assignment.PairScore;
import org.husnu.symposium.core.assignment.ProposedPair;
import org.husnu.symposium.core.assignment.ReviewerToAssign;
import org.husnu.symposium.core.assignment.StoredProposal;
import org.husnu.symposium.core.conflicts.Conflict;
import org.husnu.symposium.core.conflicts.ConflictReason;
import org.husnu.symposium.core.conflicts.ConflictRules;
import org.husnu.symposium.core.event.EventSettings;
import org.husnu.symposium.core.institutions.Institution;
import org.husnu.symposium.core.reviewers.Bid;
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
class AssignmentService {

	private final AssignmentRepository assignments;

	private final ProposalRepository proposals;

	private final AssignmentInputs inputs;

	private final ReviewerProfileRepository profiles;

	private final AccountDirectory accounts;

	private final ReferenceData referenceData;

	private final AuditLog audit;

	private final Clock clock;

	AssignmentService(AssignmentRepository assignments, ProposalRepository proposals, AssignmentInputs inputs,
			ReviewerProfileRepository profiles, AccountDirectory accounts, ReferenceData referenceData, AuditLog audit,
			Clock clock) {
		this.assignments = assignments;
		this.proposals = proposals;
		this.inputs = inputs;
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
	StoredProposal propose(Actor actor, Integer reviewersPerAbstract) {
		AccessPolicy.requireManageAssignments(actor);
		EventSettings settings = this.referenceData.eventSettings();
		int k = (reviewersPerAbstract != null) ? reviewersPerAbstract : settings.reviewersPerAbstract();
		Pool pool = pool();
		List<AbstractSubmission> submitted = this.inputs.submitted();
		Map<String, Bid> bids = this.inputs.bids()
			.stream()
			.collect(Collectors.toMap(Bid::id, Function.identity(), (a, b) -> a));
		Map<String, List<Conflict>> storedConflicts = this.inputs.conflicts()
			.stream()
			.collect(Collectors.groupingBy((conflict) -> conflict.reviewerId() + ":" + conflict.abstractId()));
		Set<UUID> abstractIds = submitted.stream().map(AbstractSubmission::id).collect(Collectors.toSet());
		List<ExistingAssignment> existing = new ArrayList<>();
		Map<UUID, Integer> loadElsewhere = new HashMap<>();
		for (Assignment assignment : this.assignments.findAllByOrderByIdAsc()) {
			if (abstractIds.contains(assignment.abstractId()) && pool.profiles().containsKey(assignment.reviewerId())) {
				existing.add(
						new ExistingAssignment(assignment.abstractId().toString(), assignment.reviewerId().toString()));
			}
			else {
				loadElsewhere.merge(assignment.reviewerId(), 1, Integer::sum);
			}
		}
		List<ReviewerProfile> reviewers = List.copyOf(pool.profiles().values());
		List<ReviewerToAssign> toAssign = new ArrayList<>();
		Map<String, Integer> caps = new LinkedHashMap<>();
		for (ReviewerProfile profile : reviewers) {
			int cap = Math.max(0, profile.maxLoad() - loadElsewhere.getOrDefault(profile.accountId(), 0));
			caps.put(profile.accountId().toString(), profile.maxLoad());
			toAssign.add(new ReviewerToAssign(profile.accountId().toString(),
					pool.accounts().get(profile.accountId()).institution(), cap));
		}
		List<AbstractToAssign> abstracts = submitted.stream()
			.map((submission) -> AbstractToAssign.of(submission.id().toString(), submission.institution()))
			.toList();
		AssignmentProblem problem = new AssignmentProblem(abstracts, toAssign, (a, r) -> {
			AbstractSubmission submission = submitted.get(a);
			ReviewerProfile profile = reviewers.get(r);
			Account account = pool.accounts().get(profile.accountId());
			String pair = Assignment.idFor(profile.accountId(), submission.id());
			// standing: a chair's override lets the pair through, like on every other
			// path
			if (ConflictRules.conflicts(account, submission, settings.institutionPolicy(),
					storedConflicts.getOrDefault(pair, List.of()))) {
				return null;
			}
			Bid bid = bids.get(pair);
			// text affinity is issue 14 and not computed yet: 0 for every pair
			return new PairScore(profile.expertiseIn(submission.primaryTopic()).level(),
					(bid != null) ? bid.level().preference() : 0, 0);
		}, existing, k, settings.institutionPolicy(), memberInstitutions(), AssignmentWeights.DEFAULT);
		AssignmentProposal proposal = OptimalAssignment.solve(problem);
		StoredProposal stored = this.proposals.insert(StoredProposal.of(actor.accountId(), this.clock.instant(), k,
				proposal, caps, StoredProposal.AFFINITY_NOT_COMPUTED));
		this.audit.record(actor, "assignment.proposed", stored.id(), Map.of("reviewersPerAbstract", Integer.toString(k),
				"pairs", Integer.toString(proposal.pairs().size())));
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
	Applied apply(Actor actor, String id) {
		StoredProposal stored = proposal(actor, id);
		EventSettings settings = this.referenceData.eventSettings();
		Pool pool = pool();
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
			Optional<String> problem = check(pool, settings, reviewerId, abstractId, stored.reviewersPerAbstract());
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
		ReviewerProfile profile = reviewer(reviewer);
		String id = Assignment.idFor(profile.accountId(), submission.id());
		Optional<Assignment> existing = this.assignments.findById(id);
		if (existing.isPresent()) {
			return new Added(AssignmentView.of(existing.get(), submission), false);
		}
		EventSettings settings = this.referenceData.eventSettings();
		Set<ConflictReason> reasons = conflictReasons(account(profile), submission, settings);
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

	private Optional<String> check(Pool pool, EventSettings settings, UUID reviewerId, UUID abstractId, int k) {
		ReviewerProfile profile = pool.profiles().get(reviewerId);
		if (profile == null) {
			return Optional.of("the reviewer has left the pool");
		}
		Optional<AbstractSubmission> submission = this.inputs.submitted(abstractId.toString());
		if (submission.isEmpty()) {
			return Optional.of("the abstract is no longer under review");
		}
		Set<ConflictReason> reasons = conflictReasons(pool.accounts().get(reviewerId), submission.get(), settings);
		if (!reasons.isEmpty()) {
			return Optional.of("conflict: " + reasons);
		}
		long load = this.assignments.countByReviewerId(reviewerId);
		if (load >= profile.maxLoad()) {
			return Optional.of("the reviewer is at their maximum load of " + profile.maxLoad());
		}
		long reviewers = this.assignments.countByAbstractId(abstractId);
		if (reviewers >= k) {
			return Optional.of("the abstract has its " + k + " reviewers already");
		}
		return Optional.empty();
	}

	private Set<ConflictReason> conflictReasons(Account account, AbstractSubmission submission,
			EventSettings settings) {
		return new TreeSet<>(ConflictRules.standing(account, submission, settings.institutionPolicy(),
				this.inputs.conflicts(account.id(), submission.id())));
	}

	private ReviewerProfile reviewer(String key) {
		Optional<ReviewerProfile> profile = Optional.empty();
		if (key != null && key.contains("@")) {
			profile = this.accounts.findByEmail(key)
				.map(Account::id)
				.or(() -> Optional.of(Account.idFor(key)))
				.flatMap(this.profiles::findById);
		}
		else if (key != null) {
			try {
				profile = this.profiles.findById(UUID.fromString(key.strip()));
			}
			catch (IllegalArgumentException ex) {
				profile = Optional.empty();
			}
		}
		return profile.orElseThrow(() -> new NotFoundException("There is no reviewer " + key
				+ " in the pool; give the id or address of a reviewer from GET /api/reviewers"));
	}

	private Pool pool() {
		Map<UUID, ReviewerProfile> profiles = new LinkedHashMap<>();
		for (ReviewerProfile profile : this.profiles.findAllByOrderByEmailAsc()) {
			profiles.put(profile.accountId(), profile);
		}
		Map<UUID, Account> registered = this.accounts.findAllById(profiles.keySet())
			.stream()
			.collect(Collectors.toMap(Account::id, Function.identity()));
		Map<UUID, Account> accounts = new HashMap<>();
		profiles.forEach((id, profile) -> accounts.put(id,
				(registered.containsKey(id)) ? registered.get(id) : account(profile)));
		return new Pool(profiles, accounts);
	}

	/**
	 * The reviewer's account, or, before their first login, what it will be: the address
	 * and the institution it proves.
	 */
	private Account account(ReviewerProfile profile) {
		return this.accounts.findById(profile.accountId())
			.orElseGet(() -> Account.newAuthor(profile.email(),
					this.accounts.eligibilityOf(profile.email()).institution(), this.clock.instant()));
	}

	private Set<String> memberInstitutions() {
		return this.referenceData.institutions()
			.stream()
			.map(Institution::code)
			.collect(Collectors.toCollection(TreeSet::new));
	}

	private record Pool(Map<UUID, ReviewerProfile> profiles, Map<UUID, Account> accounts) {
	}

	/**
	 * The answer to applying a proposal.
	 *
	 * @param proposal the proposal id
	 * @param applied pairs written now
	 * @param alreadyAssigned pairs that were assigned already
	 * @param skipped pairs not written, each with why
	 */
	record Applied(String proposal, int applied, int alreadyAssigned, List<Skipped> skipped) {
	}

	/**
	 * A proposed pair that was not written.
	 *
	 * @param reviewer the reviewer's id
	 * @param abstractId the abstract's id
	 * @param reason why
	 */
	record Skipped(String reviewer, @JsonProperty("abstract") String abstractId, String reason) {
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
