package org.husnu.symposium.submission.pdf;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.husnu.symposium.platform.problems.ProblemException;
import org.husnu.symposium.platform.problems.ProblemTypes;

import org.springframework.http.HttpStatus;

/**
 * An upload request without a file, or with an empty one; answered with 400 like an
 * invalid field, in the reader's language.
 */
class MissingPdfException extends ProblemException {

	private static final long serialVersionUID = 1L;

	MissingPdfException(PdfCheckMessages messages, Locale locale) {
		super(HttpStatus.BAD_REQUEST, ProblemTypes.VALIDATION, messages.message("title.missing-file", locale),
				messages.message("missing-file", locale));
		with("errors", List.of(Map.of("field", "file", "message", getBody().getDetail())));
	}

}
