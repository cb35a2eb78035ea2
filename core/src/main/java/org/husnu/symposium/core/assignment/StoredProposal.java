package org.husnu.symposium.core.assignment;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.husnu.symposium.core.DomainRuleException;
import org.husnu.symposium.core.store.CollectionNames;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An automatic assignment proposal as the chairs previewed it, kept so that applying it
 * writes exactly the pairs they saw. Reviewer and abstract ids are account and abstract
 * UUIDs as strings.
 *
 * @param id the proposal id
 * @param createdBy the chair who computed it (account id)
 * @param createdAt when
 * @param reviewersPerAbstract the k it was computed for
 * @param proposal the solver's answer: pairs with their cost parts, loads, coverage,
 * unmet constraints, cost, whether its optimality certificate held
 * @param caps each reviewer's load cap when it was computed
 * @param affinity how text affinity entered the cost (a note, e.g. not yet computed)
 * @param appliedAt when it was first applied, {@code null} before
 * @param affinities per proposed pair, the affinity and what drove it (empty for
 * proposals computed without text affinity)
 */
@Document(collection = CollectionNames.ASSIGNMENT_PROPOSALS)
public record StoredProposal(@Id String id, UUID createdBy, Instant createdAt, int reviewersPerAbstract,
		AssignmentProposal proposal, Map<String, Integer> caps, String affinity, Instant appliedAt,
		List<PairAffinity> affinities) {

	/** What the proposal says of text affinity until it is computed (issue 14). */
	public static final String AFFINITY_NOT_COMPUTED = "not yet computed: every pair scored 0";

	public StoredProposal {
		DomainRuleException.require(id != null && proposal != null, "assignment.proposal",
				"A stored proposal needs an id and the proposal");
		caps = Map.copyOf((caps != null) ? new LinkedHashMap<>(caps) : Map.of());
		affinities = List.copyOf((affinities != null) ? affinities : List.of());
	}

	public static StoredProposal of(UUID createdBy, Instant at, int reviewersPerAbstract, AssignmentProposal proposal,
			Map<String, Integer> caps, String affinity) {
		return of(createdBy, at, reviewersPerAbstract, proposal, caps, affinity, List.of());
	}

	public static StoredProposal of(UUID createdBy, Instant at, int reviewersPerAbstract, AssignmentProposal proposal,
			Map<String, Integer> caps, String affinity, List<PairAffinity> affinities) {
		return new StoredProposal(UUID.randomUUID().toString(), createdBy, at, reviewersPerAbstract, proposal, caps,
				affinity, null, affinities);
	}

	public StoredProposal appliedAt(Instant at) {
		return new StoredProposal(this.id, this.createdBy, this.createdAt, this.reviewersPerAbstract, this.proposal,
				this.caps, this.affinity, (this.appliedAt != null) ? this.appliedAt : at, this.affinities);
	}

}
