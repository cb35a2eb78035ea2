package org.husnu.symposium.submission.pdf;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.husnu.symposium.core.event.SubmissionLimits;
import org.husnu.symposium.platform.problems.ProblemTypes;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * The problems of PDF uploads (the dry run and an abstract's PDF alike), in the person's
 * language: a rejected file with every finding, a busy checker with {@code Retry-After},
 * an upload over the hard ceiling, a request without a file. Ordered before the general
 * problem advice, which would otherwise answer an oversized upload in its own words.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class PdfProblemsAdvice {

	private final PdfCheckMessages messages;

	PdfProblemsAdvice(PdfCheckMessages messages) {
		this.messages = messages;
	}

	@ExceptionHandler(PdfRejectedException.class)
	ResponseEntity<ProblemDetail> rejected(PdfRejectedException ex) {
		return ResponseEntity.status(ex.report().status()).body(problem(ex.report(), LocaleContextHolder.getLocale()));
	}

	@ExceptionHandler(PdfCheckerBusyException.class)
	ResponseEntity<ProblemDetail> busy(PdfCheckerBusyException ex) {
		Locale locale = LocaleContextHolder.getLocale();
		long seconds = Math.max(1, ex.retryAfter().toSeconds());
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
				this.messages.message("busy", locale, Long.toString(seconds)));
		problem.setType(ProblemTypes.BUSY);
		problem.setTitle(this.messages.message("title.busy", locale));
		problem.setProperty("retryAfterSeconds", seconds);
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
			.body(problem);
	}

	/**
	 * An upload over the multipart ceiling (the 50 MB of {@link SubmissionLimits}) never
	 * reaches the checks; it is answered like a file over the event's limit.
	 */
	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ResponseEntity<ProblemDetail> uploadTooLarge(MaxUploadSizeExceededException ex) {
		String ceiling = PdfInspector.megabytes(SubmissionLimits.PDF_BYTES_CEILING);
		PdfReport report = new PdfReport(List.of(PdfFinding.of(PdfCheckCode.TOO_LARGE, "> " + ceiling, ceiling)), null,
				0, 0, 0, "", null);
		return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
			.body(problem(report, LocaleContextHolder.getLocale()));
	}

	@ExceptionHandler(MissingPdfException.class)
	ProblemDetail missingFile(MissingPdfException ex) {
		Locale locale = LocaleContextHolder.getLocale();
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				this.messages.message("missing-file", locale));
		problem.setType(ProblemTypes.VALIDATION);
		problem.setTitle(this.messages.message("title.missing-file", locale));
		problem.setProperty("errors", List.of(Map.of("field", "file", "message", problem.getDetail())));
		return problem;
	}

	private ProblemDetail problem(PdfReport report, Locale locale) {
		List<PdfCheckMessages.CheckView> checks = this.messages.describe(report.findings(), locale);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(report.status(),
				this.messages.summary(report, locale));
		problem.setType(ProblemTypes.PDF_REJECTED);
		problem.setTitle(this.messages.message("title.rejected", locale));
		problem.setProperty("errors",
				checks.stream()
					.filter((check) -> PdfCheckCode.Severity.ERROR.name().equals(check.severity()))
					.map((check) -> Map.of("code", check.code(), "message", check.message()))
					.toList());
		problem.setProperty("checks", checks);
		problem.setProperty("sha256", report.sha256());
		problem.setProperty("pages", report.pages());
		problem.setProperty("words", report.words());
		return problem;
	}

}
