package org.husnu.symposium.submission.pdf;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * Turns findings into what a person reads, in their language (EN/JA/KO).
 */
@Component
public class PdfCheckMessages {

	/**
	 * Describes findings for the API and the pages.
	 * @param findings the findings
	 * @param locale the reader's language
	 * @return one entry per finding: code, severity, message
	 */
	public List<CheckView> describe(List<PdfFinding> findings, Locale locale) {
		throw new UnsupportedOperationException("built in the pdf-checks branch");
	}

	/**
	 * One finding as the API and the pages show it.
	 *
	 * @param code the stable code
	 * @param severity {@code ERROR} or {@code WARNING}
	 * @param message what it means and what to do, in the reader's language
	 */
	public record CheckView(String code, String severity, String message) {
	}

}
