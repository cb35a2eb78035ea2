package org.husnu.symposium.submission.abstracts;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.husnu.symposium.core.abstracts.AbstractSubmission;
import org.husnu.symposium.core.abstracts.Author;
import org.husnu.symposium.core.abstracts.PdfVersion;
import org.husnu.symposium.core.access.Actor;
import org.husnu.symposium.core.event.EventSettings;
import org.husnu.symposium.submission.pdf.PdfCheckAllowance;
import org.husnu.symposium.submission.pdf.PdfCheckCode;
import org.husnu.symposium.submission.pdf.PdfCheckMessages;
import org.husnu.symposium.submission.pdf.PdfCheckOptions;
import org.husnu.symposium.submission.pdf.PdfCheckerBusyException;
import org.husnu.symposium.submission.pdf.PdfFinding;
import org.husnu.symposium.submission.pdf.PdfInspector;
import org.husnu.symposium.submission.pdf.PdfRejectedException;
import org.husnu.symposium.submission.pdf.PdfReport;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * In blind mode, checks an abstract's current PDF once more against the authors as they
 * are now (names, also family name first, and e-mail addresses): an author added or
 * renamed after the upload must not be named in the file either. Fails closed: a check
 * that could not finish (time limit, work budget, a file that no longer reads) refuses
 * the change rather than letting a possibly named file through. The parse counts against
 * the actor's {@link PdfCheckAllowance} like an upload, so edits cannot be used to keep
 * the parse slots busy.
 */
@Component
class BlindRecheck {

	/**
	 * When to try a blind re-check again that ran out of time: about one parse's time.
	 */
	private static final Duration RECHECK_RETRY = Duration.ofSeconds(10);

	/** Findings that mean the blind check could not look at the file at all. */
	private static final Set<PdfCheckCode> UNCHECKABLE = Set.of(PdfCheckCode.DAMAGED, PdfCheckCode.ENCRYPTED,
			PdfCheckCode.NOT_PDF, PdfCheckCode.TOO_LARGE);

	private final PdfStore pdfs;

	private final PdfInspector inspector;

	private final PdfCheckAllowance allowance;

	private final PdfCheckMessages messages;

	BlindRecheck(PdfStore pdfs, PdfInspector inspector, PdfCheckAllowance allowance, PdfCheckMessages messages) {
		this.pdfs = pdfs;
		this.inspector = inspector;
		this.allowance = allowance;
		this.messages = messages;
	}

	/**
	 * Requires that the current PDF names none of the current authors.
	 * @param actor who changes the abstract
	 * @param submission the abstract as it would be saved, with a current PDF
	 * @param settings the event settings
	 * @throws PdfRejectedException when an author is named or the file cannot be checked
	 * @throws PdfCheckerBusyException when the check ran out of time
	 */
	void requireAnonymous(Actor actor, AbstractSubmission submission, EventSettings settings) {
		PdfVersion pdf = submission.currentPdf().orElseThrow();
		PdfReport report;
		PdfCheckAllowance.Permit permit = this.allowance.acquire(actor.accountId());
		try {
			report = this.pdfs.withLocalCopy(pdf.fileId(), (file) -> this.inspector.inspect(file, pdf.sha256(),
					new PdfCheckOptions(settings.limits(), true, names(submission), false, emails(submission))));
		}
		finally {
			permit.close();
		}
		if (report.findings().stream().anyMatch((finding) -> finding.checkCode() == PdfCheckCode.TOO_COMPLEX)) {
			// under load a parse may run out of time; the person tries again once the
			// slots have had a parse's time to clear
			throw new PdfCheckerBusyException(RECHECK_RETRY, this.messages, LocaleContextHolder.getLocale());
		}
		List<PdfFinding> blocking = report.findings()
			.stream()
			.filter((finding) -> finding.checkCode() == PdfCheckCode.AUTHOR_NAME
					|| UNCHECKABLE.contains(finding.checkCode()))
			.toList();
		if (!blocking.isEmpty()) {
			throw new PdfRejectedException(
					new PdfReport(blocking, report.sha256(), report.size(), report.pages(), report.words(), "", null),
					this.messages, LocaleContextHolder.getLocale());
		}
	}

	/**
	 * Whether an edit changes who the authors are, as far as the blind check can tell:
	 * their names or addresses.
	 * @param before the abstract as loaded
	 * @param after the abstract as it would be saved
	 * @return {@code true} if a name or address changed
	 */
	static boolean authorsChanged(AbstractSubmission before, AbstractSubmission after) {
		return !names(before).equals(names(after)) || !emails(before).equals(emails(after));
	}

	static List<String> names(AbstractSubmission submission) {
		return submission.authors().stream().map(Author::name).toList();
	}

	static List<String> emails(AbstractSubmission submission) {
		return submission.authors().stream().map(Author::email).toList();
	}

}
