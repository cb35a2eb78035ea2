package org.husnu.symposium.review.assignment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.husnu.symposium.core.abstracts.AbstractSubmission;
import org.husnu.symposium.core.accounts.Account;
import org.husnu.symposium.core.assignment.AbstractToAssign;
import org.husnu.symposium.core.assignment.Assignment;
import org.husnu.symposium.core.assignment.AssignmentProblem;
import org.husnu.symposium.core.assignment.AssignmentProposal;
import org.husnu.symposium.core.assignment.AssignmentWeights;
import org.husnu.symposium.core.assignment.ExistingAssignment;
import org.husnu.symposium.core.assignment.PairAffinity;
import org.husnu.symposium.core.assignment.PairScore;
import org.husnu.symposium.core.assignment.ProposedPair;
import org.husnu.symposium.core.assignment.ReviewerToAssign;
import org.husnu.symposium.core.conflicts.Conflict;
import org.husnu.symposium.core.conflicts.ConflictRules;
import org.husnu.symposium.core.event.EventSettings;
import org.husnu.symposium.core.institutions.Institution;
import org.husnu.symposium.core.reviewers.Bid;
import org.husnu.symposium.core.reviewers.ReviewerProfile;
import org.husnu.symposium.platform.referencedata.ReferenceData;

import org.springframework.stereotype.Component;

/**
 * Builds core's {@link AssignmentProblem} from the store as it is now: the abstracts
 * under review, the pool with what each reviewer can still take, the pairs that stand in
 * conflict (computed and stored, less the chairs' overrides), bids and expertise, and the
 * pairs assigned already, and the text affinity of every pair ({@link TextAffinity}).
 * Reads six collections in a fixed number of queries, so the cost of a proposal grows
 * with the data, not with round trips.
 */
@Component
class AssignmentProblemBuilder {

	private final AssignmentInputs inputs;

	private final AssignmentRepository assignments;

	private final ReviewerPool pool;

	private final ReferenceData referenceData;

	private final TextAffinity affinity;

	AssignmentProblemBuilder(AssignmentInputs inputs, AssignmentRepository assignments, ReviewerPool pool,
			ReferenceData referenceData, TextAffinity affinity) {
		this.inputs = inputs;
		this.assignments = assignments;
		this.pool = pool;
		this.referenceData = referenceData;
		this.affinity = affinity;
	}

	/**
	 * The problem for the abstracts under review.
	 * @param reviewersPerAbstract k, {@code null} for the event settings'
	 * @return the problem with what the proposal records beside it
	 */
	Built build(Integer reviewersPerAbstract) {
		EventSettings settings = this.referenceData.eventSettings();
		int k = (reviewersPerAbstract != null) ? reviewersPerAbstract : settings.reviewersPerAbstract();
		ReviewerPool.Members members = this.pool.members();
		List<AbstractSubmission> submitted = this.inputs.submitted();
		Map<String, Bid> bids = this.inputs.bids()
			.stream()
			.collect(Collectors.toMap(Bid::id, Function.identity(), (a, b) -> a));
		Map<String, List<Conflict>> conflicts = this.inputs.conflicts()
			.stream()
			.collect(Collectors
				.groupingBy((conflict) -> Assignment.idFor(conflict.reviewerId(), conflict.abstractId())));
		Set<UUID> abstractIds = submitted.stream().map(AbstractSubmission::id).collect(Collectors.toSet());
		List<ExistingAssignment> existing = new ArrayList<>();
		Map<UUID, Integer> loadElsewhere = new HashMap<>();
		for (Assignment assignment : this.assignments.findAllByOrderByIdAsc()) {
			if (abstractIds.contains(assignment.abstractId())
					&& members.profiles().containsKey(assignment.reviewerId())) {
				existing.add(
						new ExistingAssignment(assignment.abstractId().toString(), assignment.reviewerId().toString()));
			}
			else {
				loadElsewhere.merge(assignment.reviewerId(), 1, Integer::sum);
			}
		}
		List<ReviewerProfile> reviewers = List.copyOf(members.profiles().values());
		List<ReviewerToAssign> toAssign = new ArrayList<>();
		Map<String, Integer> caps = new LinkedHashMap<>();
		for (ReviewerProfile profile : reviewers) {
			int cap = Math.max(0, profile.maxLoad() - loadElsewhere.getOrDefault(profile.accountId(), 0));
			caps.put(profile.accountId().toString(), profile.maxLoad());
			toAssign.add(new ReviewerToAssign(profile.accountId().toString(),
					members.accounts().get(profile.accountId()).institution(), cap));
		}
		TextAffinity.Scores affinities = this.affinity.score(submitted, reviewers);
		List<AbstractToAssign> abstracts = submitted.stream()
			.map((submission) -> AbstractToAssign.of(submission.id().toString(), submission.institution()))
			.toList();
		AssignmentProblem problem = new AssignmentProblem(abstracts, toAssign, (a, r) -> {
			AbstractSubmission submission = submitted.get(a);
			ReviewerProfile profile = reviewers.get(r);
			Account account = members.accounts().get(profile.accountId());
			String pair = Assignment.idFor(profile.accountId(), submission.id());
			if (ConflictRules.conflicts(account, submission, settings.institutionPolicy(),
					conflicts.getOrDefault(pair, List.of()))) {
				return null;
			}
			Bid bid = bids.get(pair);
			return new PairScore(profile.expertiseIn(submission.primaryTopic()).level(),
					(bid != null) ? bid.level().preference() : 0, affinities.of(a, r));
		}, existing, k, settings.institutionPolicy(), memberInstitutions(), AssignmentWeights.DEFAULT);
		return new Built(problem, k, caps, affinities.note(), affinities);
	}

	private Set<String> memberInstitutions() {
		return this.referenceData.institutions()
			.stream()
			.map(Institution::code)
			.collect(Collectors.toCollection(TreeSet::new));
	}

	/**
	 * A problem ready to solve.
	 *
	 * @param problem the problem
	 * @param reviewersPerAbstract the k it asks for
	 * @param caps each reviewer's load cap as the profile says it
	 * @param affinity how text affinity entered the scores
	 * @param affinities the text affinity of every pair, to explain the proposed ones
	 */
	record Built(AssignmentProblem problem, int reviewersPerAbstract, Map<String, Integer> caps, String affinity,
			TextAffinity.Scores affinities) {

		/**
		 * Why each proposed pair has its affinity.
		 * @param proposal the solved proposal
		 * @return one explanation per pair, in the proposal's order
		 */
		List<PairAffinity> explain(AssignmentProposal proposal) {
			Map<String, Integer> abstractIndex = new HashMap<>();
			for (int a = 0; a < this.problem.abstracts().size(); a++) {
				abstractIndex.put(this.problem.abstracts().get(a).id(), a);
			}
			Map<String, Integer> reviewerIndex = new HashMap<>();
			for (int r = 0; r < this.problem.reviewers().size(); r++) {
				reviewerIndex.put(this.problem.reviewers().get(r).id(), r);
			}
			List<PairAffinity> explained = new ArrayList<>();
			for (ProposedPair pair : proposal.pairs()) {
				Integer a = abstractIndex.get(pair.abstractId());
				Integer r = reviewerIndex.get(pair.reviewerId());
				if (a != null && r != null) {
					explained.add(this.affinities.explain(a, r));
				}
			}
			return explained;
		}

	}

}
