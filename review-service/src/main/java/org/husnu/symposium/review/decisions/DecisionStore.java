package org.husnu.symposium.review.decisions;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.husnu.symposium.core.decisions.Decision;
import org.husnu.symposium.core.decisions.DecisionState;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Every read and write of {@code decisions}, the collection this service alone writes.
 * Releasing is one conditional update per decision (held, at the version read), so two
 * releases running at once flip each decision exactly once. A released decision carries a
 * {@code mailsPending} marker until its mails are in the outbox; the marker is not part
 * of {@link Decision}, so it survives only the updates made here, and a change that holds
 * the decision again drops it with the release it belonged to.
 */
@Component
class DecisionStore {

	static final String MAILS_PENDING = "mailsPending";

	private static final String ID = "_id";

	private static final String STATE = "state";

	private static final String VERSION = "version";

	private static final String RELEASED_AT = "releasedAt";

	private final MongoOperations mongo;

	DecisionStore(MongoOperations mongo) {
		this.mongo = mongo;
	}

	Optional<Decision> find(UUID abstractId) {
		return Optional.ofNullable(this.mongo.findById(abstractId, Decision.class));
	}

	List<Decision> all() {
		return this.mongo.findAll(Decision.class);
	}

	List<Decision> held() {
		return this.mongo.find(Query.query(Criteria.where(STATE).is(DecisionState.HELD)).with(Sort.by(ID)),
				Decision.class);
	}

	/**
	 * Stores a new or changed decision; a decision changed meanwhile fails with an
	 * optimistic-locking error (409).
	 * @param decision the decision, with the version it was read at
	 * @return the stored decision
	 */
	Decision save(Decision decision) {
		return this.mongo.save(decision);
	}

	/**
	 * Removes a decision if it is still held.
	 * @param abstractId the abstract
	 * @return {@code true} if a held decision was removed
	 */
	boolean removeHeld(UUID abstractId) {
		return this.mongo
			.remove(Query.query(Criteria.where(ID).is(abstractId).and(STATE).is(DecisionState.HELD)), Decision.class)
			.getDeletedCount() == 1;
	}

	/**
	 * Releases one held decision if nobody released or changed it since it was read.
	 * @param held the decision as read
	 * @param at the release time
	 * @return the released decision, empty when another release or change came first
	 */
	Optional<Decision> release(Decision held, Instant at) {
		Query stillHeld = Query.query(Criteria.where(ID)
			.is(held.abstractId())
			.and(STATE)
			.is(DecisionState.HELD)
			.and(VERSION)
			.is(held.version()));
		long flipped = this.mongo
			.updateFirst(stillHeld,
					new Update().set(STATE, DecisionState.RELEASED)
						.set(RELEASED_AT, at)
						.set(MAILS_PENDING, true)
						.inc(VERSION, 1),
					Decision.class)
			.getModifiedCount();
		if (flipped != 1) {
			return Optional.empty();
		}
		Decision released = held.release(at);
		return Optional.of(new Decision(released.abstractId(), released.outcome(), released.state(),
				released.decidedBy(), released.decidedAt(), released.releasedAt(), held.version() + 1));
	}

	/**
	 * The released decisions whose mails are not known to be in the outbox yet.
	 * @return those decisions
	 */
	List<Decision> mailsPending() {
		return this.mongo.find(
				Query.query(Criteria.where(STATE).is(DecisionState.RELEASED).and(MAILS_PENDING).is(true)),
				Decision.class);
	}

	/**
	 * Notes that the mails of one release of a decision are in the outbox.
	 * @param released the released decision
	 */
	void mailsQueued(Decision released) {
		this.mongo.updateFirst(
				Query.query(Criteria.where(ID).is(released.abstractId()).and(RELEASED_AT).is(released.releasedAt())),
				new Update().unset(MAILS_PENDING), Decision.class);
	}

}
