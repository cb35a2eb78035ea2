package org.husnu.symposium.core.store;

import java.util.List;

import org.husnu.symposium.core.event.EventSettings;
import org.husnu.symposium.core.institutions.Institution;
import org.husnu.symposium.core.institutions.Institutions;
import org.husnu.symposium.core.topics.TopicArea;
import org.husnu.symposium.core.topics.TopicAreas;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Index;

/**
 * Creates the indexes and the reference data (topic areas, institutions, event settings)
 * every deployment needs. Safe to run from any number of service instances at once:
 * reference documents have fixed ids and are only ever inserted, so a concurrent or
 * repeated run meets a duplicate key and leaves the existing document, including a
 * chair's edits, alone.
 * <p>
 * This is the one place that creates the indexes of core's collections: the documents
 * carry no {@code @Indexed} (Spring Data would ignore it anyway, since automatic index
 * creation is off), so what is unique is read here and nowhere else, and an index is
 * created on every start whether or not a mapping context has seen the document.
 */
public final class ReferenceDataSeeder {

	private static final Logger logger = LoggerFactory.getLogger(ReferenceDataSeeder.class);

	private final MongoOperations mongo;

	public ReferenceDataSeeder(MongoOperations mongo) {
		this.mongo = mongo;
	}

	/**
	 * Ensures indexes and inserts missing reference data.
	 * @param initialSettings the event settings to store if there are none yet
	 * @return how many documents this run inserted
	 */
	public SeedReport seed(EventSettings initialSettings) {
		ensureIndexes();
		int topics = insertMissing(TopicAreas.seed(), TopicArea.class);
		int institutions = insertMissing(Institutions.seed(), Institution.class);
		int settings = insertMissing(List.of(initialSettings), EventSettings.class);
		SeedReport report = new SeedReport(topics, institutions, settings);
		if (report.total() > 0) {
			logger.info("Seeded reference data: {}", report);
		}
		return report;
	}

	/**
	 * Creates the unique indexes the rules rely on. Creating an existing index is a
	 * no-op.
	 */
	public void ensureIndexes() {
		this.mongo.indexOps(CollectionNames.ACCOUNTS)
			.createIndex(new Index("email", Sort.Direction.ASC).unique().named("email_unique"));
		this.mongo.indexOps(CollectionNames.ABSTRACTS)
			.createIndex(new Index("number", Sort.Direction.ASC).unique().named("number_unique"));
		this.mongo.indexOps(CollectionNames.API_TOKENS)
			.createIndex(new Index("hash", Sort.Direction.ASC).unique().named("hash_unique"));
		// lookups a real MongoDB should not scan for (the embedded store ignores them)
		this.mongo.indexOps(CollectionNames.API_TOKENS)
			.createIndex(new Index("accountId", Sort.Direction.ASC).named("account"));
		this.mongo.indexOps(CollectionNames.LOGIN_TOKENS)
			.createIndex(new Index("expiresAt", Sort.Direction.ASC).named("expiry"));
		this.mongo.indexOps(CollectionNames.RATE_LIMITS)
			.createIndex(new Index("expiresAt", Sort.Direction.ASC).named("expiry"));
		this.mongo.indexOps(CollectionNames.AUDIT_LOG)
			.createIndex(new Index("at", Sort.Direction.DESC).named("newest"));
	}

	private <T> int insertMissing(List<T> documents, Class<T> type) {
		int inserted = 0;
		for (T document : documents) {
			try {
				this.mongo.insert(document);
				inserted++;
			}
			catch (DuplicateKeyException ex) {
				logger.debug("{} already present: {}", type.getSimpleName(), ex.getMessage());
			}
		}
		return inserted;
	}

	/**
	 * What one seeding run inserted.
	 *
	 * @param topicAreas topic areas inserted
	 * @param institutions institutions inserted
	 * @param eventSettings settings documents inserted (0 or 1)
	 */
	public record SeedReport(int topicAreas, int institutions, int eventSettings) {

		public int total() {
			return this.topicAreas + this.institutions + this.eventSettings;
		}

	}

}
