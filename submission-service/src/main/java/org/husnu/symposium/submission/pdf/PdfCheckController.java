package org.husnu.symposium.submission.pdf;

import java.util.List;
import java.util.UUID;

import org.husnu.symposium.core.access.Actor;
import org.husnu.symposium.core.accounts.Account;
import org.husnu.symposium.core.event.EventSettings;
import org.husnu.symposium.platform.accounts.AccountDirectory;
import org.husnu.symposium.platform.referencedata.ReferenceData;
import org.husnu.symposium.platform.security.CurrentActor;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The dry run: {@code POST /api/pdf-check} runs every check an abstract's PDF gets,
 * against the event's current limits and blind mode (with the caller's own name as the
 * author name), and stores nothing. Any logged-in person may use it, within their
 * account's {@link PdfCheckAllowance}.
 */
@RestController
class PdfCheckController {

	private final PdfCheckService checks;

	private final PdfCheckMessages messages;

	private final ReferenceData referenceData;

	private final AccountDirectory accounts;

	private final PdfCheckAllowance allowance;

	PdfCheckController(PdfCheckService checks, PdfCheckMessages messages, ReferenceData referenceData,
			AccountDirectory accounts, PdfCheckAllowance allowance) {
		this.allowance = allowance;
		this.checks = checks;
		this.messages = messages;
		this.referenceData = referenceData;
		this.accounts = accounts;
	}

	@PostMapping(path = "/api/pdf-check", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	PdfCheckResponse check(@RequestParam(name = "file", required = false) MultipartFile file) {
		if (file == null || file.isEmpty()) {
			throw new MissingPdfException(this.messages, LocaleContextHolder.getLocale());
		}
		EventSettings settings = this.referenceData.eventSettings();
		Actor actor = CurrentActor.require();
		UUID accountId = actor.accountId();
		List<String> names = this.accounts.findById(accountId)
			.map(Account::name)
			.filter((name) -> name != null && !name.isBlank())
			.map(List::of)
			.orElse(List.of());
		PdfCheckOptions options = new PdfCheckOptions(settings.limits(), settings.blindReview(), names, false,
				List.of(actor.email()));
		PdfCheckAllowance.Permit permit = this.allowance.acquire(accountId);
		try (CheckedUpload checked = this.checks.check(file, options)) {
			PdfReport report = checked.report();
			if (!report.accepted()) {
				throw new PdfRejectedException(report, this.messages, LocaleContextHolder.getLocale());
			}
			return new PdfCheckResponse(true,
					this.messages.describe(report.findings(), LocaleContextHolder.getLocale()), report.sha256(),
					report.size(), report.pages(), report.words());
		}
		finally {
			permit.close();
		}
	}

	/**
	 * The answer to an accepted file.
	 *
	 * @param accepted always {@code true} here (rejections are problem details)
	 * @param checks every finding (only warnings for an accepted file)
	 * @param sha256 the file's SHA-256
	 * @param size its size in bytes
	 * @param pages its page count
	 * @param words the words of its text
	 */
	record PdfCheckResponse(boolean accepted, List<PdfCheckMessages.CheckView> checks, String sha256, long size,
			int pages, int words) {
	}

}
