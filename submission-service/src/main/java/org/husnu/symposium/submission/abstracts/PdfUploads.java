package org.husnu.symposium.submission.abstracts;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.husnu.symposium.core.DomainRuleException;
import org.husnu.symposium.core.abstracts.AbstractStatus;
import org.husnu.symposium.core.abstracts.AbstractSubmission;
import org.husnu.symposium.core.abstracts.PdfVersion;
import org.husnu.symposium.core.abstracts.PdfVersion.CheckNote;
import org.husnu.symposium.core.access.Actor;
import org.husnu.symposium.core.event.EventSettings;
import org.husnu.symposium.platform.audit.AuditLog;
import org.husnu.symposium.platform.problems.ConflictException;
import org.husnu.symposium.platform.problems.NotFoundException;
import org.husnu.symposium.platform.referencedata.ReferenceData;
import org.husnu.symposium.submission.pdf.CheckedUpload;
import org.husnu.symposium.submission.pdf.PdfCheckAllowance;
import org.husnu.symposium.submission.pdf.PdfCheckMessages;
import org.husnu.symposium.submission.pdf.PdfCheckOptions;
import org.husnu.symposium.submission.pdf.PdfCheckService;
import org.husnu.symposium.submission.pdf.PdfFinding;
import org.husnu.symposium.submission.pdf.PdfRejectedException;
import org.husnu.symposium.submission.pdf.PdfReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.InputStreamSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

/**
 * PDF uploads to an abstract: the checks, the quota, and new versions that an abstract
 * points at only once they are fully stored. The same bytes as the current PDF are not a
 * new version.
 */
@Service
public class PdfUploads {

	private static final Logger logger = LoggerFactory.getLogger(PdfUploads.class);

	/** Most PDF versions one abstract keeps; each stays in GridFS. */
	static final int MAX_PDF_VERSIONS = 30;

	private static final int SAVE_ATTEMPTS = 5;

	private final AbstractAccess access;

	private final AbstractStore store;

	private final PdfStore pdfs;

	private final PdfCheckService checks;

	private final PdfCheckAllowance allowance;

	private final PdfCheckMessages messages;

	private final AbstractQuotas quotas;

	private final AbstractMails mails;

	private final AuditLog audit;

	private final ReferenceData referenceData;

	private final Clock clock;

	PdfUploads(AbstractAccess access, AbstractStore store, PdfStore pdfs, PdfCheckService checks,
			PdfCheckAllowance allowance, PdfCheckMessages messages, AbstractQuotas quotas, AbstractMails mails,
			AuditLog audit, ReferenceData referenceData, Clock clock) {
		this.access = access;
		this.store = store;
		this.pdfs = pdfs;
		this.checks = checks;
		this.allowance = allowance;
		this.messages = messages;
		this.quotas = quotas;
		this.mails = mails;
		this.audit = audit;
		this.referenceData = referenceData;
		this.clock = clock;
	}

	/**
	 * Checks an uploaded PDF and, if it passes, makes it the abstract's current PDF. The
	 * same bytes as the current PDF are not a new version.
	 * @param actor who uploads
	 * @param idOrNumber the abstract's id or number
	 * @param fileName the name of the author's file (display only)
	 * @param content the bytes, e.g. the multipart file
	 * @param declaredSize the size the client declared, or -1
	 * @return the abstract, the report and whether a version was added
	 * @throws PdfRejectedException when a check fails; nothing is stored
	 */
	public PdfUpload upload(Actor actor, String idOrNumber, String fileName, InputStreamSource content,
			long declaredSize) {
		AbstractSubmission current = this.access.find(actor, idOrNumber);
		this.access.requireChange(actor, current, "upload a PDF");
		EventSettings settings = this.referenceData.eventSettings();
		// the preview is rendered on first view (PdfPreviews), keeping uploads at the
		// deadline fast
		PdfCheckOptions options = new PdfCheckOptions(settings.limits(), settings.blindReview(),
				BlindRecheck.names(current), false, BlindRecheck.emails(current));
		PdfCheckAllowance.Permit permit = this.allowance.acquire(actor.accountId());
		try (CheckedUpload upload = this.checks.check(fileName, content, declaredSize, options)) {
			PdfReport report = upload.report();
			if (!report.accepted()) {
				throw new PdfRejectedException(report, this.messages, LocaleContextHolder.getLocale());
			}
			Optional<PdfVersion> unchanged = sameAsCurrent(current, report);
			if (unchanged.isPresent()) {
				return new PdfUpload(current, unchanged.get(), report, false);
			}
			DomainRuleException.require(current.pdfVersions().size() < MAX_PDF_VERSIONS, "abstract.pdf.versions",
					current.number() + " already has " + MAX_PDF_VERSIONS
							+ " PDF versions, the most one abstract keeps; write to the chairs if you need another");
			this.quotas.requireRoomForPdf(actor, current, report.size());
			return storeVersion(actor, current, upload, report);
		}
		finally {
			permit.close();
		}
	}

	/**
	 * The current PDF when it has the uploaded bytes and its file is still stored; an
	 * upload of the same bytes as a current PDF whose file went missing stores it again.
	 */
	private Optional<PdfVersion> sameAsCurrent(AbstractSubmission submission, PdfReport report) {
		return submission.currentPdf()
			.filter((latest) -> latest.sha256().equals(report.sha256()) && this.pdfs.exists(latest.fileId()));
	}

	/**
	 * Stores the file once, then appends its version to the abstract, retrying against
	 * the fresh record when another upload or edit got there first. Each attempt checks
	 * again that the abstract still takes uploads (a withdrawal may have landed in the
	 * meantime); the save is conditional on the record's version, so the status it saw is
	 * the status it writes over. The abstract refers to the file only once it is stored;
	 * a file that no abstract ends up referring to is removed, and a file that was saved
	 * is never removed, whatever fails afterwards.
	 */
	private PdfUpload storeVersion(Actor actor, AbstractSubmission loaded, CheckedUpload upload, PdfReport report) {
		String fileId = this.pdfs.storePdf(upload.file(), loaded.id(), report.sha256(), report.text());
		PdfUpload stored;
		try {
			stored = appendVersion(actor, loaded, fileId, upload, report);
		}
		catch (RuntimeException ex) {
			this.pdfs.delete(fileId);
			throw ex;
		}
		if (!stored.newVersion()) {
			// the same bytes arrived concurrently and won
			this.pdfs.delete(fileId);
			return stored;
		}
		afterNewVersion(actor, stored);
		return stored;
	}

	private PdfUpload appendVersion(Actor actor, AbstractSubmission loaded, String fileId, CheckedUpload upload,
			PdfReport report) {
		AbstractSubmission current = loaded;
		for (int attempt = 1;; attempt++) {
			Optional<PdfVersion> unchanged = sameAsCurrent(current, report);
			if (unchanged.isPresent()) {
				return new PdfUpload(current, unchanged.get(), report, false);
			}
			Instant now = this.clock.instant();
			PdfVersion version = new PdfVersion(current.pdfVersions().size() + 1, fileId,
					safeDisplayName(upload.fileName()), report.size(), report.sha256(), report.pages(), report.words(),
					notes(report), actor.accountId(), now);
			try {
				return new PdfUpload(this.store.save(current.withPdf(version, now)), version, report, true);
			}
			catch (OptimisticLockingFailureException ex) {
				if (attempt >= SAVE_ATTEMPTS) {
					throw new ConflictException("Abstract " + current.number()
							+ " kept changing while the PDF was stored; upload it again");
				}
				current = this.store.findById(current.id())
					.orElseThrow(() -> new NotFoundException("No abstract " + loaded.id()));
				this.access.requireChange(actor, current, "upload a PDF");
			}
		}
	}

	/**
	 * The audit entry and, after submission, the receipt. The version is stored by now: a
	 * failure here is logged and does not turn the stored upload into an error (a retry
	 * would only find the same bytes "unchanged").
	 */
	private void afterNewVersion(Actor actor, PdfUpload stored) {
		AbstractSubmission saved = stored.submission();
		try {
			this.audit.record(actor, "abstract.pdf-uploaded", saved.number(),
					Map.of("version", Integer.toString(stored.version().number()), "sha256", stored.report().sha256()));
			if (saved.status() == AbstractStatus.SUBMITTED) {
				this.mails.receipt(saved, this.referenceData.eventSettings(), true);
			}
		}
		catch (RuntimeException ex) {
			logger.error("PDF version {} of {} is stored, but its audit entry or receipt could not be written",
					stored.version().number(), saved.number(), ex);
		}
	}

	private static List<CheckNote> notes(PdfReport report) {
		return report.findings().stream().map((PdfFinding f) -> new CheckNote(f.code(), f.args())).toList();
	}

	/**
	 * The uploaded file's name reduced to something safe to show: no path, no control
	 * characters, at most 120 characters.
	 */
	static String safeDisplayName(String name) {
		if (name == null) {
			return "abstract.pdf";
		}
		String base = name.replace('\\', '/');
		base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"<>]", "").strip();
		if (base.isEmpty()) {
			return "abstract.pdf";
		}
		return (base.length() > 120) ? base.substring(base.length() - 120) : base;
	}

	/**
	 * The outcome of an upload.
	 *
	 * @param submission the abstract afterwards
	 * @param version the current PDF version
	 * @param report what the checks found
	 * @param newVersion whether the upload added a version (the same bytes again do not)
	 */
	public record PdfUpload(AbstractSubmission submission, PdfVersion version, PdfReport report, boolean newVersion) {
	}

}
