package org.husnu.symposium.platform.mail;

import java.time.Instant;
import java.util.Set;

import org.husnu.symposium.core.mail.DeliveryMode;
import org.husnu.symposium.core.mail.MailStatus;
import org.husnu.symposium.core.mail.OutboxMail;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The dispatcher's store: claims of outbox mails and what becomes of a claimed mail. A
 * claim is one atomic find-and-modify, so any number of instances of either service can
 * claim against one database and each mail is held by one of them; a claim is a lease
 * that another instance may take over once it ends. Every later change of a mail holds
 * only while this instance still holds the claim it got.
 */
final class OutboxClaims {

	/**
	 * Templates whose body carries a secret (the login link). The outbox keeps such a
	 * body only while the mail may still be sent; once it is sent or failed for good the
	 * body is replaced by {@link #REMOVED_BODY}, so the database holds no working link.
	 */
	static final Set<String> SECRET_TEMPLATES = Set.of("login-link");

	static final String REMOVED_BODY = "[body removed once the mail left the outbox: it carried a login link]";

	private static final String ID = "_id";

	private static final String MODE = "mode";

	private static final String STATUS = "status";

	private static final String NEXT_ATTEMPT_AT = "nextAttemptAt";

	private static final String CREATED_AT = "createdAt";

	private static final String CLAIMED_BY = "claimedBy";

	private static final String CLAIMED_UNTIL = "claimedUntil";

	private static final String SENT_AT = "sentAt";

	private static final String TEXT = "text";

	private static final String ATTEMPTS = "attempts";

	private static final String REJECTIONS = "rejections";

	private static final String LAST_ERROR = "lastError";

	private final MongoOperations mongo;

	private final String instanceId;

	private final DeliveryMode mode;

	OutboxClaims(MongoOperations mongo, String instanceId, DeliveryMode mode) {
		this.mongo = mongo;
		this.instanceId = instanceId;
		this.mode = mode;
	}

	/**
	 * Claims the mail of this instance's mode due longest: a pending one whose time has
	 * come, or one whose sender's lease expired. Mails queued before modes existed carry
	 * none; they belong to the deployment, whose mode this instance was checked to share.
	 * @param now the time
	 * @param claimedUntil the end of the lease
	 * @return the mail as it was before the claim, or {@code null}
	 */
	OutboxMail claimNext(Instant now, Instant claimedUntil) {
		Criteria ownMode = new Criteria().orOperator(Criteria.where(MODE).is(this.mode),
				Criteria.where(MODE).exists(false));
		Criteria due = new Criteria().orOperator(
				Criteria.where(STATUS).is(MailStatus.PENDING).and(NEXT_ATTEMPT_AT).lte(now),
				Criteria.where(STATUS).is(MailStatus.SENDING).and(CLAIMED_UNTIL).lte(now));
		Query claimable = new Query(new Criteria().andOperator(ownMode, due))
			.with(Sort.by(NEXT_ATTEMPT_AT, CREATED_AT));
		Update claim = new Update().set(STATUS, MailStatus.SENDING)
			.set(CLAIMED_BY, this.instanceId)
			.set(CLAIMED_UNTIL, claimedUntil);
		return this.mongo.findAndModify(claimable, claim, FindAndModifyOptions.options().returnNew(false),
				OutboxMail.class);
	}

	/**
	 * Marks a claimed mail sent. {@code claimedBy} stays: it tells which instance sent
	 * the mail.
	 * @param mail the mail as claimed
	 * @param at when it was sent
	 * @return whether the claim still held
	 */
	boolean sent(OutboxMail mail, Instant at) {
		Update sent = new Update().set(STATUS, MailStatus.SENT).set(SENT_AT, at).unset(CLAIMED_UNTIL);
		return updateClaimed(mail, withoutSecret(mail, sent));
	}

	/**
	 * Gives a claimed mail back to wait for another attempt.
	 * @param mail the mail as claimed
	 * @param attempts attempts so far
	 * @param rejections rejections so far
	 * @param error what went wrong
	 * @param nextAttemptAt when it is due again
	 * @return whether the claim still held
	 */
	boolean retryLater(OutboxMail mail, int attempts, int rejections, String error, Instant nextAttemptAt) {
		return updateClaimed(mail, failure(attempts, rejections, error).set(STATUS, MailStatus.PENDING)
			.set(NEXT_ATTEMPT_AT, nextAttemptAt));
	}

	/**
	 * Ends a claimed mail as failed for good.
	 * @param mail the mail as claimed
	 * @param attempts attempts so far
	 * @param rejections rejections so far
	 * @param error what went wrong
	 * @return whether the claim still held
	 */
	boolean failedForGood(OutboxMail mail, int attempts, int rejections, String error) {
		return updateClaimed(mail,
				withoutSecret(mail, failure(attempts, rejections, error).set(STATUS, MailStatus.FAILED)));
	}

	private static Update failure(int attempts, int rejections, String error) {
		return new Update().set(ATTEMPTS, attempts)
			.set(REJECTIONS, rejections)
			.set(LAST_ERROR, error)
			.unset(CLAIMED_BY)
			.unset(CLAIMED_UNTIL);
	}

	/** Drops the body of a mail that carried a secret, once it will not be sent again. */
	private static Update withoutSecret(OutboxMail mail, Update update) {
		return SECRET_TEMPLATES.contains(mail.template()) ? update.set(TEXT, REMOVED_BODY) : update;
	}

	/** Changes a mail only while this instance still holds the claim it got. */
	private boolean updateClaimed(OutboxMail mail, Update update) {
		Query claimed = new Query(Criteria.where(ID)
			.is(mail.id())
			.and(STATUS)
			.is(MailStatus.SENDING)
			.and(CLAIMED_BY)
			.is(this.instanceId)
			.and(CLAIMED_UNTIL)
			.is(mail.claimedUntil()));
		return this.mongo.updateFirst(claimed, update, OutboxMail.class).getMatchedCount() == 1;
	}

}
