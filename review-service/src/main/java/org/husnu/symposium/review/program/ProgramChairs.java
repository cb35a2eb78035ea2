package org.husnu.symposium.review.program;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.husnu.symposium.core.access.AccessPolicy;
import org.husnu.symposium.core.access.Actor;
import org.husnu.symposium.core.accounts.Account;
import org.husnu.symposium.core.accounts.Role;
import org.husnu.symposium.core.reviewers.ReviewerProfile;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Who may chair a session: chairs and reviewers (the reviewer pool counts, whether the
 * role is stored or derived from a reviewer profile). A new session suggests one from HU
 * and one from SNU.
 */
@Component
class ProgramChairs {

	private final MongoOperations mongo;

	ProgramChairs(MongoOperations mongo) {
		this.mongo = mongo;
	}

	List<ProgramView.ChairView> candidates(Actor actor) {
		AccessPolicy.requireEditProgram(actor);
		Set<UUID> pool = new HashSet<>(this.mongo.findDistinct(new Query(), "_id", ReviewerProfile.class, UUID.class));
		List<Account> accounts = new ArrayList<>(this.mongo.find(Query.query(new Criteria().orOperator(
				Criteria.where("roles").in(Role.CHAIR.name(), Role.REVIEWER.name()), Criteria.where("_id").in(pool))),
				Account.class));
		accounts.sort(Comparator.comparing(Account::institution, Comparator.nullsLast(Comparator.naturalOrder()))
			.thenComparing(ProgramViews::name));
		return accounts.stream()
			.map((account) -> new ProgramView.ChairView(account.id(), ProgramViews.name(account),
					account.institution()))
			.toList();
	}

	/**
	 * The suggested chairs of a new session: the first HU and the first SNU candidate.
	 */
	static List<UUID> oneEach(List<ProgramView.ChairView> candidates) {
		List<UUID> chosen = new ArrayList<>();
		for (String institution : List.of("HU", "SNU")) {
			candidates.stream()
				.filter((candidate) -> institution.equals(candidate.institution()))
				.findFirst()
				.ifPresent((candidate) -> chosen.add(candidate.id()));
		}
		return chosen;
	}

}
