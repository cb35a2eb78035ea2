package org.husnu.symposium.review.decisions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.husnu.symposium.core.abstracts.AbstractSubmission;
import org.husnu.symposium.core.abstracts.Author;
import org.husnu.symposium.core.accounts.Account;
import org.husnu.symposium.core.decisions.AuthorComments;
import org.husnu.symposium.core.decisions.Decision;
import org.husnu.symposium.core.i18n.Language;
import org.husnu.symposium.platform.SymposiumProperties;
import org.husnu.symposium.platform.accounts.AccountDirectory;
import org.husnu.symposium.platform.mail.MailOutbox;
import org.husnu.symposium.platform.mail.MailPreview;
import org.husnu.symposium.platform.mail.OutgoingMail;

import org.springframework.stereotype.Component;

/**
 * The mails of a decision: one to each author of the abstract, in the author's account
 * language, or the submitter's when the author has no account; with the comments to the
 * authors of the submitted reviews, never the confidential ones. Queued with a key per
 * release and address, so a release retried after a crash never mails anyone twice.
 */
@Component
class DecisionMails {

	private final DecidableAbstracts abstracts;

	private final AccountDirectory accounts;

	private final MailOutbox outbox;

	private final String submissionUrl;

	DecisionMails(DecidableAbstracts abstracts, AccountDirectory accounts, MailOutbox outbox,
			SymposiumProperties properties) {
		this.abstracts = abstracts;
		this.accounts = accounts;
		this.outbox = outbox;
		this.submissionUrl = properties.links().submissionUrl();
	}

	/**
	 * The mails a decision sends, as they would be sent now.
	 * @param decision the decision, held or released
	 * @param submission its abstract
	 * @return one mail per author
	 */
	List<OutgoingMail> mailsOf(Decision decision, AbstractSubmission submission) {
		String template = "decision-" + decision.outcome().name().toLowerCase(Locale.ROOT).replace('_', '-');
		List<Map<String, Object>> comments = AuthorComments.of(this.abstracts.reviewsOf(submission.id()))
			.stream()
			.map((comment) -> Map.<String, Object>of("number", comment.number(), "text", comment.text()))
			.toList();
		Language fallback = this.accounts.findById(submission.submitterId()).map(Account::language).orElse(Language.EN);
		List<OutgoingMail> mails = new ArrayList<>();
		for (Author author : submission.authors()) {
			Language language = this.accounts.findByEmail(author.email()).map(Account::language).orElse(fallback);
			Map<String, Object> model = new HashMap<>();
			model.put("name", author.name());
			model.put("number", submission.number());
			model.put("title", submission.title());
			model.put("comments", comments);
			model.put("url", this.submissionUrl + "/abstracts/" + submission.id());
			String key = (decision.releasedAt() != null)
					? "decision:" + submission.id() + ":" + decision.releasedAt().toEpochMilli() + ":" + author.email()
					: null;
			mails.add(new OutgoingMail(author.email(), language, template, model, key));
		}
		return mails;
	}

	List<MailPreview> preview(Decision decision, AbstractSubmission submission) {
		return mailsOf(decision, submission).stream().map(this.outbox::preview).toList();
	}

	/**
	 * Queues the mails of a released decision; queuing them again changes nothing.
	 * @param released the released decision
	 * @param submission its abstract
	 * @return how many mails the release sends
	 */
	int queue(Decision released, AbstractSubmission submission) {
		List<OutgoingMail> mails = mailsOf(released, submission);
		mails.forEach(this.outbox::enqueue);
		return mails.size();
	}

}
