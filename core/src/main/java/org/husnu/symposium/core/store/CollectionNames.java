package org.husnu.symposium.core.store;

/**
 * Names of every MongoDB collection of the system. Both services read through these
 * names, so a rename happens here once. Which service writes each one is in
 * {@link CollectionOwnership}.
 */
public final class CollectionNames {

	/**
	 * Topic areas (reference data, seeded insert-only by either service, edited by
	 * chairs).
	 */
	public static final String TOPIC_AREAS = "topic_areas";

	/** Institutions and their verified e-mail domains. */
	public static final String INSTITUTIONS = "institutions";

	/** Event settings: one document. */
	public static final String EVENT_SETTINGS = "event_settings";

	/** People who may log in, with their roles. */
	public static final String ACCOUNTS = "accounts";

	/** The pre-registration list imported by the chairs. */
	public static final String PRE_REGISTRATIONS = "pre_registrations";

	/** Abstracts with their ordered authors and lifecycle state. */
	public static final String ABSTRACTS = "abstracts";

	/**
	 * GridFS bucket holding the abstract PDFs (collections {@code pdfs.files},
	 * {@code pdfs.chunks}).
	 */
	public static final String PDF_BUCKET = "pdfs";

	/** Per-event counters, e.g. the next abstract number. */
	public static final String COUNTERS = "counters";

	/** Reviewer profiles: expertise per topic area and load caps. */
	public static final String REVIEWER_PROFILES = "reviewer_profiles";

	/**
	 * Reviewers' own papers (title and abstract), pasted, uploaded or imported by chairs:
	 * the archive the text affinity reads.
	 */
	public static final String REVIEWER_ARCHIVES = "reviewer_archives";

	/** Declared and computed conflicts between reviewers and abstracts. */
	public static final String CONFLICTS = "conflicts";

	/** Reviewer bids on abstracts. */
	public static final String BIDS = "bids";

	/** Reviewer-to-abstract assignments. */
	public static final String ASSIGNMENTS = "assignments";

	/**
	 * Automatic assignment proposals the chairs computed, to preview and apply (an
	 * applied proposal records when).
	 */
	public static final String ASSIGNMENT_PROPOSALS = "assignment_proposals";

	/** The configurable review form. */
	public static final String REVIEW_FORMS = "review_forms";

	/** Reviews. */
	public static final String REVIEWS = "reviews";

	/** Decisions, held until released. */
	public static final String DECISIONS = "decisions";

	/**
	 * The chairs' working oral program: one document holding every session with its
	 * slots, so a save is atomic.
	 */
	public static final String PROGRAM_SESSIONS = "program_sessions";

	/** Published programs: frozen, numbered copies, insert-only. */
	public static final String PROGRAM_PUBLICATIONS = "program_publications";

	/** Speakers' invitations to confirm or decline their slot, one per accepted talk. */
	public static final String SPEAKER_INVITATIONS = "speaker_invitations";

	/** Mails waiting to be sent or already sent. */
	public static final String MAIL_OUTBOX = "mail_outbox";

	/** Who did what, when. */
	public static final String AUDIT_LOG = "audit_log";

	/**
	 * Browser sessions (Spring Session), shared by both services so one login serves
	 * both.
	 */
	public static final String SESSIONS = "sessions";

	/** One-time login tokens, stored hashed, single use. */
	public static final String LOGIN_TOKENS = "login_tokens";

	/** Fixed-window counters that rate-limit login-link requests across instances. */
	public static final String RATE_LIMITS = "rate_limits";

	/** Personal API tokens, stored hashed. */
	public static final String API_TOKENS = "api_tokens";

	/**
	 * Short leases that serialise a check and the write it guards across instances (the
	 * last-chair guard).
	 */
	public static final String LOCKS = "locks";

	/**
	 * Mails caught by the embedded SMTP catcher (default mode only, when no real SMTP
	 * server is configured).
	 */
	public static final String DEV_MAILBOX = "dev_mailbox";

	/**
	 * Decisions that belong to the whole deployment rather than to one process, e.g. how
	 * mail is delivered.
	 */
	public static final String DEPLOYMENT = "deployment";

	/**
	 * Reminders sent to reviewers about unfinished reviews, by a chair or by the
	 * schedule: when each reviewer was last reminded, and the rate limit.
	 */
	public static final String REVIEW_REMINDERS = "review_reminders";

	/**
	 * ShedLock's locks: a scheduled job of review-service runs on one instance at a time.
	 */
	public static final String SCHEDULER_LOCKS = "scheduler_locks";

	private CollectionNames() {
	}

}
