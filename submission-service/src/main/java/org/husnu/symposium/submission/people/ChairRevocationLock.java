package org.husnu.symposium.submission.people;

import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

import org.bson.Document;
import org.husnu.symposium.core.store.CollectionNames;
import org.husnu.symposium.platform.problems.ConflictException;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Serialises revocations of the chair role across every instance, so that "count the
 * chairs, then save" cannot interleave: two chairs revoking each other at the same moment
 * would otherwise both count two chairs and leave none. The lock is a lease document
 * taken with one atomic upsert (the unique {@code _id} refuses a second holder); a holder
 * that dies leaves a lease that simply ends.
 */
@Component
class ChairRevocationLock {

	static final String LOCK_ID = "chair-revocation";

	private static final String ID = "_id";

	private static final String HOLDER = "holder";

	private static final String UNTIL = "until";

	/** Longer than any count-and-save; ends the lease of a holder that died. */
	private static final Duration LEASE = Duration.ofSeconds(30);

	/** How long a revocation waits for another one to finish before 409. */
	private static final Duration WAIT = Duration.ofSeconds(5);

	private static final Duration POLL = Duration.ofMillis(20);

	private final MongoOperations mongo;

	private final Clock clock;

	ChairRevocationLock(MongoOperations mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	/**
	 * Runs work while holding the lock.
	 * @param <T> the result type
	 * @param work the check and the write it guards
	 * @return what the work returned
	 * @throws ConflictException when another revocation held the lock for too long
	 */
	<T> T holding(Supplier<T> work) {
		String holder = UUID.randomUUID().toString();
		acquire(holder);
		try {
			return work.get();
		}
		finally {
			this.mongo.remove(Query.query(Criteria.where(ID).is(LOCK_ID).and(HOLDER).is(holder)),
					CollectionNames.LOCKS);
		}
	}

	private void acquire(String holder) {
		long giveUpAt = System.nanoTime() + WAIT.toNanos();
		while (!tryAcquire(holder)) {
			if (System.nanoTime() - giveUpAt > 0) {
				throw new ConflictException(
						"Another change of the chair role is being saved right now; try again in a moment");
			}
			LockSupport.parkNanos(POLL.toNanos());
		}
	}

	private boolean tryAcquire(String holder) {
		Date now = Date.from(this.clock.instant());
		Query freeOrLapsed = Query.query(Criteria.where(ID).is(LOCK_ID).and(UNTIL).lte(now));
		Update take = new Update().set(HOLDER, holder).set(UNTIL, Date.from(this.clock.instant().plus(LEASE)));
		try {
			Document lock = this.mongo.findAndModify(freeOrLapsed, take,
					FindAndModifyOptions.options().upsert(true).returnNew(true), Document.class, CollectionNames.LOCKS);
			return lock != null && holder.equals(lock.get(HOLDER));
		}
		catch (DuplicateKeyException ex) {
			// the lock document exists and its lease has not ended: someone holds it
			return false;
		}
	}

}
