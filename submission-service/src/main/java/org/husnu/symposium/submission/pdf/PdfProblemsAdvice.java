package org.husnu.symposium.submission.pdf;

import java.util.List;

import org.husnu.symposium.core.event.SubmissionLimits;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * The one PDF problem no exception of ours carries: an upload over the multipart ceiling
 * (the 50 MB of {@link SubmissionLimits}) is refused by Spring before any check runs, and
 * is answered like a file over the event's limit. Ordered before the general problem
 * advice, which would otherwise answer it in its own words. Every other PDF problem is a
 * {@link org.husnu.symposium.platform.problems.ProblemException} that carries its answer.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class PdfProblemsAdvice {

	private final PdfCheckMessages messages;

	PdfProblemsAdvice(PdfCheckMessages messages) {
		this.messages = messages;
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ErrorResponse uploadTooLarge(MaxUploadSizeExceededException ex) {
		String ceiling = PdfInspector.megabytes(SubmissionLimits.PDF_BYTES_CEILING);
		PdfReport report = new PdfReport(List.of(PdfFinding.of(PdfCheckCode.TOO_LARGE, "> " + ceiling, ceiling)), null,
				0, 0, 0, "", null);
		return new PdfRejectedException(report, this.messages, LocaleContextHolder.getLocale());
	}

}
