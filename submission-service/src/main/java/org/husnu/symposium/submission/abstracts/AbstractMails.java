package org.husnu.symposium.submission.abstracts;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

import org.husnu.symposium.core.abstracts.AbstractSubmission;
import org.husnu.symposium.core.abstracts.PdfVersion;
import org.husnu.symposium.core.accounts.Account;
import org.husnu.symposium.core.event.EventSettings;
import org.husnu.symposium.core.i18n.Language;
import org.husnu.symposium.core.topics.TopicArea;
import org.husnu.symposium.platform.SymposiumProperties;
import org.husnu.symposium.platform.accounts.AccountDirectory;
import org.husnu.symposium.platform.mail.MailOutbox;
import org.husnu.symposium.platform.mail.OutgoingMail;
import org.husnu.symposium.platform.referencedata.ReferenceData;

import org.springframework.stereotype.Component;

/**
 * The mails about an abstract: the receipt on submission (and again for each new PDF
 * after it), and the confirmation of a withdrawal. They go through the outbox with an
 * idempotency key, so a retried request never mails twice.
 */
@Component
class AbstractMails {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private final MailOutbox outbox;

	private final AccountDirectory accounts;

	private final ReferenceData referenceData;

	private final SymposiumProperties properties;

	AbstractMails(MailOutbox outbox, AccountDirectory accounts, ReferenceData referenceData,
			SymposiumProperties properties) {
		this.outbox = outbox;
		this.accounts = accounts;
		this.referenceData = referenceData;
		this.properties = properties;
	}

	/**
	 * Sends the receipt to the submitter: number, title, topic, the PDF's SHA-256 and the
	 * time, in the submitter's language.
	 * @param submission the submitted abstract
	 * @param settings the event settings (time zone, deadline)
	 * @param updated whether this follows a new PDF after submission
	 */
	void receipt(AbstractSubmission submission, EventSettings settings, boolean updated) {
		Account submitter = this.accounts.findById(submission.submitterId()).orElse(null);
		if (submitter == null) {
			return;
		}
		Language language = submitter.language();
		PdfVersion pdf = submission.currentPdf().orElseThrow();
		Instant at = updated ? pdf.uploadedAt() : submission.submittedAt();
		String zone = " (" + settings.timeZone() + ")";
		Map<String, Object> model = new LinkedHashMap<>();
		model.put("name", submitter.name());
		model.put("updated", updated);
		model.put("number", submission.number());
		model.put("title", submission.title());
		model.put("topic",
				this.referenceData.topicArea(submission.primaryTopic())
					.map(TopicArea::name)
					.map((name) -> name.in(language))
					.orElse(submission.primaryTopic()));
		model.put("presenter", submission.presentingAuthor().name());
		model.put("pdfVersion", pdf.number());
		model.put("pages", pdf.pages());
		model.put("sha256", pdf.sha256());
		model.put("time", TIME.format(at.atZone(settings.zone())) + zone);
		model.put("deadline", TIME.format(settings.submissionDeadline().in(settings.zone())) + zone);
		model.put("url", this.properties.links().submissionUrl() + "/abstracts/" + submission.id());
		String key = "receipt:" + submission.id() + ":" + (updated ? "v" + pdf.number() : "submitted");
		this.outbox.enqueue(new OutgoingMail(submitter.email(), language, "receipt", model, key));
	}

	/**
	 * Confirms a withdrawal to the submitter.
	 * @param submission the withdrawn abstract
	 */
	void withdrawn(AbstractSubmission submission) {
		this.accounts.findById(submission.submitterId()).ifPresent((submitter) -> {
			EventSettings settings = this.referenceData.eventSettings();
			Map<String, Object> model = new LinkedHashMap<>();
			model.put("name", submitter.name());
			model.put("number", submission.number());
			model.put("title", submission.title());
			model.put("time",
					TIME.format(submission.updatedAt().atZone(settings.zone())) + " (" + settings.timeZone() + ")");
			this.outbox.enqueue(new OutgoingMail(submitter.email(), submitter.language(), "withdrawn", model,
					"withdrawn:" + submission.id()));
		});
	}

}
