package org.husnu.symposium.review.publication;

import java.util.List;

import org.husnu.symposium.platform.problems.ProblemException;
import org.husnu.symposium.platform.problems.ProblemTypes;

import org.springframework.http.HttpStatus;

/**
 * The font files the PDFs need are not on this machine: 503 {@code pdf.fontsMissing},
 * naming the Debian packages that bring them and the settings that point elsewhere. The
 * operator fixes it; nothing the reader does helps.
 */
public class PdfFontsMissingException extends ProblemException {

	private static final long serialVersionUID = 1L;

	PdfFontsMissingException(List<String> missing) {
		super(HttpStatus.SERVICE_UNAVAILABLE, ProblemTypes.UNAVAILABLE, "PDF fonts missing",
				"The PDFs cannot be made: font files missing on the server (" + String.join(", ", missing)
						+ "). Install the Debian packages fonts-ipafont-gothic and fonts-nanum "
						+ "(apt-get install fonts-ipafont-gothic fonts-nanum), or point symposium.pdf.fonts.japanese, "
						+ "symposium.pdf.fonts.korean and symposium.pdf.fonts.korean-bold at other TrueType (.ttf) "
						+ "files (docs/operations.md)");
		with("code", "pdf.fontsMissing");
		with("missing", List.copyOf(missing));
		with("packages", List.of("fonts-ipafont-gothic", "fonts-nanum"));
	}

}
