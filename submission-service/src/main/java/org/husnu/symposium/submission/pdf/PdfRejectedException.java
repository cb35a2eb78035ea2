package org.husnu.symposium.submission.pdf;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.husnu.symposium.platform.problems.ProblemException;
import org.husnu.symposium.platform.problems.ProblemTypes;

/**
 * A file failed at least one check; answered with 415, 413 or 422 and every finding, in
 * the reader's language: {@code errors} lists the failed checks (code and message),
 * {@code checks} every finding, warnings included.
 */
public class PdfRejectedException extends ProblemException {

	private static final long serialVersionUID = 1L;

	private final transient PdfReport report;

	/**
	 * A rejection in the reader's language.
	 * @param report what the checks found
	 * @param messages the check texts
	 * @param locale the reader's language
	 */
	public PdfRejectedException(PdfReport report, PdfCheckMessages messages, Locale locale) {
		super(report.status(), ProblemTypes.PDF_REJECTED, messages.message("title.rejected", locale),
				messages.summary(report, locale));
		this.report = report;
		List<PdfCheckMessages.CheckView> checks = messages.describe(report.findings(), locale);
		with("errors",
				checks.stream()
					.filter((check) -> PdfCheckCode.Severity.ERROR.name().equals(check.severity()))
					.map((check) -> Map.of("code", check.code(), "message", check.message()))
					.toList());
		with("checks", checks);
		with("sha256", report.sha256());
		with("pages", report.pages());
		with("words", report.words());
	}

	public PdfReport report() {
		return this.report;
	}

}
