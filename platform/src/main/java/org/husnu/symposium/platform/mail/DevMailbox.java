package org.husnu.symposium.platform.mail;

import java.util.List;
import java.util.Locale;

import org.husnu.symposium.core.mail.CaughtMail;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * The caught mails of default mode, kept in MongoDB so that every instance of either
 * service shows all of them, newest first.
 */
class DevMailbox {

	private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("sentAt"), Sort.Order.desc("_id"));

	private static final String TO = "to";

	private final MongoOperations mongo;

	DevMailbox(MongoOperations mongo) {
		this.mongo = mongo;
		// the store ignores indexes it cannot build; a real MongoDB uses this one
		mongo.indexOps(CaughtMail.class)
			.createIndex(new Index().on("to", Sort.Direction.ASC).on("sentAt", Sort.Direction.DESC));
	}

	void store(CaughtMail mail) {
		this.mongo.insert(mail);
	}

	/**
	 * The mails to one address, newest first.
	 * @param address the address, in any case
	 * @param limit at most this many
	 * @return the mails
	 */
	List<CaughtMail> to(String address, int limit) {
		return this.mongo.find(new Query(Criteria.where(TO).is(normalize(address))).with(NEWEST_FIRST).limit(limit),
				CaughtMail.class);
	}

	/**
	 * The latest mails to anyone, newest first.
	 * @param limit at most this many
	 * @return the mails
	 */
	List<CaughtMail> latest(int limit) {
		return this.mongo.find(new Query().with(NEWEST_FIRST).limit(limit), CaughtMail.class);
	}

	static String normalize(String address) {
		return address.strip().toLowerCase(Locale.ROOT);
	}

}
