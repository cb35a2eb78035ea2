package org.husnu.symposium.review.reading;

import org.husnu.symposium.core.abstracts.AbstractSubmission;
import org.husnu.symposium.core.abstracts.PdfVersion;
import org.husnu.symposium.core.access.AccessPolicy;
import org.husnu.symposium.core.access.Actor;
import org.husnu.symposium.core.accounts.Role;
import org.husnu.symposium.core.assignment.Assignment;
import org.husnu.symposium.core.event.EventSettings;
import org.husnu.symposium.platform.accounts.AccountDirectory;
import org.husnu.symposium.platform.problems.NotFoundException;
import org.husnu.symposium.platform.referencedata.ReferenceData;
import org.husnu.symposium.review.conflicts.ConflictStore;
import org.husnu.symposium.review.conflicts.SubmittedAbstracts;

import org.springframework.core.io.Resource;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * Reading an abstract for review ({@link AccessPolicy#mayReadForReview}): chairs any
 * submitted abstract, reviewers those assigned to them and not conflicted, judged on the
 * data as it is now on every request. Whoever may not read one gets the same answer as
 * for an abstract that does not exist, so a conflicted reviewer cannot even learn that it
 * is there. Writes nothing.
 */
@Service
public class AbstractReading {

	private final SubmittedAbstracts abstracts;

	private final ConflictStore conflicts;

	private final AccountDirectory accounts;

	private final ReferenceData referenceData;

	private final MongoOperations mongo;

	private final StoredPdfs pdfs;

	AbstractReading(SubmittedAbstracts abstracts, ConflictStore conflicts, AccountDirectory accounts,
			ReferenceData referenceData, MongoOperations mongo, StoredPdfs pdfs) {
		this.abstracts = abstracts;
		this.conflicts = conflicts;
		this.accounts = accounts;
		this.referenceData = referenceData;
		this.mongo = mongo;
		this.pdfs = pdfs;
	}

	/**
	 * An abstract the actor may read, as they may see it.
	 * @param actor who asks
	 * @param abstractKey the abstract's id or number
	 * @return the abstract, blind unless the actor may see its authors
	 * @throws NotFoundException when there is none or the actor may not read it
	 */
	public ReadableAbstract read(Actor actor, String abstractKey) {
		AbstractSubmission submission = find(actor, abstractKey);
		EventSettings settings = this.referenceData.eventSettings();
		return ReadableAbstract.of(submission, AccessPolicy.maySeeAuthors(actor, submission, settings.blindReview()));
	}

	/**
	 * The current PDF of an abstract the actor may read.
	 * @param actor who asks
	 * @param abstractKey the abstract's id or number
	 * @return the file under the name {@code A-007.pdf}
	 * @throws NotFoundException when the actor may not read the abstract or it has no PDF
	 */
	Download pdf(Actor actor, String abstractKey) {
		AbstractSubmission submission = find(actor, abstractKey);
		PdfVersion current = submission.currentPdf()
			.orElseThrow(() -> new NotFoundException(submission.number() + " has no PDF; read its text on its page "
					+ ReadingPaths.page(submission.number())));
		Resource file = this.pdfs.open(current.fileId())
			.orElseThrow(() -> new NotFoundException("The PDF of " + submission.number()
					+ " is missing from the store; tell the chairs, who can ask its author to upload it again"));
		return new Download(submission.number() + ".pdf", current.sha256(), file);
	}

	private AbstractSubmission find(Actor actor, String abstractKey) {
		return this.abstracts.find(abstractKey)
			.filter((submission) -> mayRead(actor, submission))
			.orElseThrow(() -> new NotFoundException("There is no abstract " + abstractKey
					+ " for you to read; /assignments/mine lists the abstracts assigned to you"));
	}

	private boolean mayRead(Actor actor, AbstractSubmission submission) {
		if (!actor.has(Role.CHAIR) && !AccessPolicy.mayReviewAbstracts(actor)) {
			return false;
		}
		boolean assigned = this.mongo.exists(
				Query.query(Criteria.where("_id").is(Assignment.idFor(actor.accountId(), submission.id()))),
				Assignment.class);
		return AccessPolicy.mayReadForReview(actor, this.accounts.findById(actor.accountId()).orElse(null), submission,
				assigned, this.referenceData.eventSettings().institutionPolicy(),
				this.conflicts.ofReviewer(actor.accountId()));
	}

	/**
	 * A PDF to send.
	 *
	 * @param fileName the name to give it, {@code A-007.pdf}
	 * @param sha256 its SHA-256
	 * @param file its content
	 */
	record Download(String fileName, String sha256, Resource file) {
	}

}
