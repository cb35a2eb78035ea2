package org.husnu.symposium.review.program;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.husnu.symposium.core.abstracts.AbstractStatus;
import org.husnu.symposium.core.abstracts.AbstractSubmission;
import org.husnu.symposium.core.decisions.Decision;
import org.husnu.symposium.core.decisions.DecisionOutcome;
import org.husnu.symposium.core.decisions.DecisionState;
import org.husnu.symposium.core.decisions.EffectiveStatus;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The talks the program may hold: abstracts whose released decision is accept-oral and
 * that still show as {@link AbstractStatus#ACCEPTED_ORAL} (so a withdrawn one drops out),
 * read with {@link EffectiveStatus} like every other reader of the status. Held decisions
 * do not count: a program built on them would leak them when published.
 */
@Component
public class AcceptedTalks {

	private final MongoOperations mongo;

	AcceptedTalks(MongoOperations mongo) {
		this.mongo = mongo;
	}

	/**
	 * Every accepted oral talk, by abstract number.
	 * @return the abstracts
	 */
	public List<AbstractSubmission> all() {
		List<Decision> released = this.mongo.find(Query
			.query(Criteria.where("outcome").is(DecisionOutcome.ACCEPT_ORAL).and("state").is(DecisionState.RELEASED)),
				Decision.class);
		return accepted(released);
	}

	/**
	 * The accepted oral talks among some abstracts.
	 * @param abstractIds the abstracts
	 * @return those that are accepted oral talks, keyed by id
	 */
	public Map<UUID, AbstractSubmission> among(Collection<UUID> abstractIds) {
		List<Decision> released = this.mongo.find(Query.query(Criteria.where("_id")
			.in(abstractIds)
			.and("outcome")
			.is(DecisionOutcome.ACCEPT_ORAL)
			.and("state")
			.is(DecisionState.RELEASED)), Decision.class);
		return accepted(released).stream().collect(Collectors.toMap(AbstractSubmission::id, Function.identity()));
	}

	private List<AbstractSubmission> accepted(List<Decision> released) {
		if (released.isEmpty()) {
			return List.of();
		}
		Map<UUID, Decision> byAbstract = released.stream()
			.collect(Collectors.toMap(Decision::abstractId, Function.identity()));
		return this.mongo.find(Query.query(Criteria.where("_id").in(byAbstract.keySet())), AbstractSubmission.class)
			.stream()
			.filter((submission) -> EffectiveStatus.of(submission,
					byAbstract.get(submission.id())) == AbstractStatus.ACCEPTED_ORAL)
			.sorted(Comparator.comparing(AbstractSubmission::number))
			.toList();
	}

}
