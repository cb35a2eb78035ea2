package org.husnu.symposium.core.store;

import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Which service may write each collection. There are no multi-document transactions, so
 * every collection of domain data has exactly one writing service. The documented
 * exceptions are infrastructure either service writes for itself: the mail outbox and the
 * audit log (append, then claim), sessions, login tokens and rate-limit counters (login
 * happens on either service), the dev mailbox, the deployment's mail delivery mode
 * (recorded insert-only by the first instance to start), and insert-only seeding of
 * reference data.
 */
public final class CollectionOwnership {

	/** The deployable services. */
	public enum Service {

		SUBMISSION, REVIEW

	}

	private static final Map<String, Set<Service>> WRITERS;

	static {
		Map<String, Set<Service>> writers = new LinkedHashMap<>();
		Set<Service> submission = EnumSet.of(Service.SUBMISSION);
		Set<Service> review = EnumSet.of(Service.REVIEW);
		Set<Service> both = EnumSet.allOf(Service.class);
		writers.put(CollectionNames.TOPIC_AREAS, submission);
		writers.put(CollectionNames.INSTITUTIONS, submission);
		writers.put(CollectionNames.EVENT_SETTINGS, submission);
		writers.put(CollectionNames.ACCOUNTS, submission);
		writers.put(CollectionNames.PRE_REGISTRATIONS, submission);
		writers.put(CollectionNames.ABSTRACTS, submission);
		writers.put(CollectionNames.PDF_BUCKET, submission);
		writers.put(CollectionNames.COUNTERS, submission);
		writers.put(CollectionNames.REVIEWER_PROFILES, review);
		writers.put(CollectionNames.REVIEWER_ARCHIVES, review);
		writers.put(CollectionNames.CONFLICTS, review);
		writers.put(CollectionNames.BIDS, review);
		writers.put(CollectionNames.ASSIGNMENTS, review);
		writers.put(CollectionNames.ASSIGNMENT_PROPOSALS, review);
		writers.put(CollectionNames.REVIEW_FORMS, review);
		writers.put(CollectionNames.REVIEWS, review);
		writers.put(CollectionNames.DECISIONS, review);
		writers.put(CollectionNames.PROGRAM_SESSIONS, review);
		writers.put(CollectionNames.PROGRAM_PUBLICATIONS, review);
		writers.put(CollectionNames.SPEAKER_INVITATIONS, review);
		writers.put(CollectionNames.REVIEW_REMINDERS, review);
		writers.put(CollectionNames.SCHEDULER_LOCKS, review);
		writers.put(CollectionNames.MAIL_OUTBOX, both);
		writers.put(CollectionNames.AUDIT_LOG, both);
		writers.put(CollectionNames.SESSIONS, both);
		writers.put(CollectionNames.LOGIN_TOKENS, both);
		writers.put(CollectionNames.RATE_LIMITS, both);
		writers.put(CollectionNames.API_TOKENS, submission);
		writers.put(CollectionNames.LOCKS, submission);
		writers.put(CollectionNames.DEV_MAILBOX, both);
		writers.put(CollectionNames.DEPLOYMENT, both);
		WRITERS = Collections.unmodifiableMap(writers);
	}

	private CollectionOwnership() {
	}

	/**
	 * Every collection with its writers, in a stable order.
	 * @return collection name to writing services
	 */
	public static Map<String, Set<Service>> writers() {
		return WRITERS;
	}

	/**
	 * Whether a service may write a collection.
	 * @param service the service
	 * @param collection the collection name
	 * @return {@code true} if it is a writer
	 */
	public static boolean mayWrite(Service service, String collection) {
		Set<Service> writers = WRITERS.get(collection);
		return writers != null && writers.contains(service);
	}

}
