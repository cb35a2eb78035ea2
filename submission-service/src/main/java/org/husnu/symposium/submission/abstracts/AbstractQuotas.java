package org.husnu.symposium.submission.abstracts;

import java.util.Locale;

import org.husnu.symposium.core.abstracts.AbstractStatus;
import org.husnu.symposium.core.abstracts.AbstractSubmission;
import org.husnu.symposium.core.access.AccessPolicy;
import org.husnu.symposium.core.access.Actor;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Keeps each account within its {@link AbstractQuotaProperties quotas} before anything is
 * written. The counts come from the abstracts themselves, so every instance sees the
 * same; two requests of one account at the same moment may overshoot by one file, which
 * the per-account limit on concurrent uploads keeps to that.
 */
@Component
class AbstractQuotas {

	private final AbstractStore store;

	private final AbstractQuotaProperties quotas;

	AbstractQuotas(AbstractStore store, AbstractQuotaProperties quotas) {
		this.store = store;
		this.quotas = quotas;
	}

	/**
	 * Checks that the actor may create one more abstract.
	 * @param actor who creates it
	 * @throws QuotaExceededException (422) when drafts or abstracts are used up
	 */
	void requireRoomForAbstract(Actor actor) {
		if (AccessPolicy.mayChangeAnyAbstract(actor)) {
			return;
		}
		long abstracts = this.store.countBySubmitter(actor.accountId());
		if (abstracts >= this.quotas.maxAbstracts()) {
			throw new QuotaExceededException("abstract.quota.abstracts",
					"Your account has created " + abstracts + " abstracts, the most one account may; write to the "
							+ "chairs if you need another",
					HttpStatus.UNPROCESSABLE_CONTENT, this.quotas.maxAbstracts(), abstracts);
		}
		long drafts = this.store.countBySubmitterAndStatus(actor.accountId(), AbstractStatus.DRAFT);
		if (drafts >= this.quotas.maxDrafts()) {
			throw new QuotaExceededException("abstract.quota.drafts",
					"You have " + drafts + " drafts, the most one account may keep; submit or withdraw one of them "
							+ "before you start another",
					HttpStatus.UNPROCESSABLE_CONTENT, this.quotas.maxDrafts(), drafts);
		}
	}

	/**
	 * Checks that the submitter's account has room for one more PDF version.
	 * @param actor who uploads
	 * @param submission the abstract it goes to
	 * @param bytes the file's size
	 * @throws QuotaExceededException (413) when the stored bytes would exceed the quota
	 */
	void requireRoomForPdf(Actor actor, AbstractSubmission submission, long bytes) {
		if (AccessPolicy.mayChangeAnyAbstract(actor)) {
			return;
		}
		long stored = this.store.storedPdfBytes(submission.submitterId());
		long limit = this.quotas.maxStoredBytes().toBytes();
		if (stored + bytes > limit) {
			throw new QuotaExceededException("abstract.quota.bytes",
					"The PDFs of your abstracts take " + megabytes(stored) + " MB; this file (" + megabytes(bytes)
							+ " MB) would go over the " + megabytes(limit) + " MB one account may store. Every upload "
							+ "is kept as a version; write to the chairs if you need more room",
					HttpStatus.CONTENT_TOO_LARGE, limit, stored);
		}
	}

	private static String megabytes(long bytes) {
		return String.format(Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0));
	}

}
