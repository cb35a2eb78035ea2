package org.husnu.symposium.submission.abstracts;

import org.bson.Document;
import org.husnu.symposium.core.store.CollectionNames;

import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Hands out the human-readable abstract numbers ({@code A-001}, {@code A-002}, …) from
 * one counter document, incremented atomically, so concurrent creations on several
 * instances never share a number (the unique index on {@code number} backs this up).
 */
@Component
class AbstractNumbers {

	static final String COUNTER_ID = "abstract-number";

	private static final String ID = "_id";

	private static final String VALUE = "value";

	private final MongoOperations mongo;

	AbstractNumbers(MongoOperations mongo) {
		this.mongo = mongo;
	}

	String next() {
		Document counter = this.mongo.findAndModify(Query.query(Criteria.where(ID).is(COUNTER_ID)),
				new Update().inc(VALUE, 1), FindAndModifyOptions.options().upsert(true).returnNew(true), Document.class,
				CollectionNames.COUNTERS);
		long value = ((Number) counter.get(VALUE)).longValue();
		return format(value);
	}

	static String format(long value) {
		return String.format("A-%03d", value);
	}

}
