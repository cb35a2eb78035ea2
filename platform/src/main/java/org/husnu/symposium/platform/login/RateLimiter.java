package org.husnu.symposium.platform.login;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import org.bson.Document;
import org.husnu.symposium.core.store.CollectionNames;
import org.husnu.symposium.platform.problems.TooManyRequestsException;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Fixed-window counters in MongoDB, so a limit holds across every instance of both
 * services: one document per key and window, incremented atomically.
 */
@Component
public class RateLimiter {

	private static final String ID = "_id";

	private static final String COUNT = "count";

	private static final String EXPIRES_AT = "expiresAt";

	private final MongoOperations mongo;

	private final Clock clock;

	public RateLimiter(MongoOperations mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	/**
	 * Counts one request against a limit.
	 * @param key what is limited, e.g. a hashed address
	 * @param limit requests allowed per window
	 * @param window the window
	 * @param message what to tell the person when the limit is reached
	 * @throws TooManyRequestsException when the limit is exceeded, with the time until
	 * the window ends
	 */
	public void acquire(String key, int limit, Duration window, String message) {
		Instant now = this.clock.instant();
		long index = now.toEpochMilli() / window.toMillis();
		Instant windowEnd = Instant.ofEpochMilli((index + 1) * window.toMillis());
		String id = key + "@" + index;
		long count = increment(id, windowEnd);
		if (count > limit) {
			throw new TooManyRequestsException(message, Duration.between(now, windowEnd));
		}
	}

	/**
	 * Counts one request against a limit and says whether it is within it, for limits
	 * that are applied quietly.
	 * @param key what is limited
	 * @param limit requests allowed per window
	 * @param window the window
	 * @return {@code true} while the limit is not exceeded
	 */
	public boolean tryAcquire(String key, int limit, Duration window) {
		long index = this.clock.instant().toEpochMilli() / window.toMillis();
		Instant windowEnd = Instant.ofEpochMilli((index + 1) * window.toMillis());
		return increment(key + "@" + index, windowEnd) <= limit;
	}

	/**
	 * Removes the counters of windows that ended before a time.
	 * @param before the time
	 */
	void removeEndedBefore(Instant before) {
		this.mongo.remove(Query.query(Criteria.where(EXPIRES_AT).lt(Date.from(before))), CollectionNames.RATE_LIMITS);
	}

	private long increment(String id, Instant windowEnd) {
		Query query = Query.query(Criteria.where(ID).is(id));
		Update update = new Update().inc(COUNT, 1).setOnInsert(EXPIRES_AT, Date.from(windowEnd));
		FindAndModifyOptions options = FindAndModifyOptions.options().upsert(true).returnNew(true);
		Document counter;
		try {
			counter = this.mongo.findAndModify(query, update, options, Document.class, CollectionNames.RATE_LIMITS);
		}
		catch (DuplicateKeyException ex) {
			// two instances upserted the same new window at once; the document exists now
			counter = this.mongo.findAndModify(query, update, options, Document.class, CollectionNames.RATE_LIMITS);
		}
		return ((Number) counter.get(COUNT)).longValue();
	}

}
