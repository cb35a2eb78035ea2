package org.husnu.symposium.review.speakers;

import java.util.HashMap;
import java.util.Map;

import org.husnu.symposium.core.abstracts.AbstractSubmission;
import org.husnu.symposium.core.accounts.Account;
import org.husnu.symposium.core.i18n.Language;
import org.husnu.symposium.platform.SymposiumProperties;
import org.husnu.symposium.platform.accounts.AccountDirectory;
import org.husnu.symposium.platform.mail.OutgoingMail;

import org.springframework.stereotype.Component;

/**
 * The mails to a speaker ({@code speaker-invitation}, {@code speaker-reminder}): in the
 * presenter's account language, else the submitter's, else English; with the talk, its
 * session, room and time in the event's zone, the personal link and a pointer to the
 * researchers of the other university working on something close. Keyed by talk, slot and
 * token, so a retried request queues each mail once.
 */
@Component
class SpeakerMails {

	static final String INVITATION = "speaker-invitation";

	static final String REMINDER = "speaker-reminder";

	private final AccountDirectory accounts;

	private final String reviewUrl;

	SpeakerMails(AccountDirectory accounts, SymposiumProperties properties) {
		this.accounts = accounts;
		this.reviewUrl = properties.links().reviewUrl();
	}

	/**
	 * The language the presenter reads.
	 * @param submission the talk's abstract
	 * @return the presenter's account language, else the submitter's, else English
	 */
	Language languageOf(AbstractSubmission submission) {
		return this.accounts.findByEmail(submission.presentingAuthor().email())
			.or(() -> this.accounts.findById(submission.submitterId()))
			.map(Account::language)
			.orElse(Language.EN);
	}

	OutgoingMail invitation(ScheduledTalk talk, String token, String tokenHash) {
		return mail(INVITATION, talk, token, "speaker-invitation:" + talk.id() + ":" + talk.sessionId() + ":"
				+ talk.start().toEpochMilli() + ":" + tokenHash);
	}

	OutgoingMail reminder(ScheduledTalk talk, String token, String tokenHash) {
		return mail(REMINDER, talk, token, "speaker-reminder:" + talk.id() + ":" + tokenHash);
	}

	String link(String token) {
		return this.reviewUrl + "/speaker/" + token;
	}

	private OutgoingMail mail(String template, ScheduledTalk talk, String token, String key) {
		Map<String, Object> model = new HashMap<>();
		model.put("name", talk.presenter().name());
		model.put("number", talk.submission().number());
		model.put("title", talk.submission().title());
		model.put("session", talk.session().title());
		model.put("room", talk.session().room());
		model.put("when", talk.when());
		model.put("link", link(token));
		model.put("collaborationUrl", this.reviewUrl + "/collaboration/mine");
		return new OutgoingMail(talk.presenter().email(), languageOf(talk.submission()), template, model, key);
	}

}
