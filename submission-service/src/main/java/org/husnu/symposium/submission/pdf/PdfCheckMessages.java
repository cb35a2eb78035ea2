package org.husnu.symposium.submission.pdf;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

/**
 * Turns findings into what a person reads, in their language (EN/JA/KO), from
 * {@code i18n/pdf-checks*.properties}. A message source of its own, so that the check
 * texts stay apart from the page texts and are found the same way in every service that
 * uses them. Every message names the numbers it is about and what to do.
 * <p>
 * Message arguments per code (as stored in {@link PdfFinding#args()}): {@code not-pdf}
 * [kind]; {@code too-large} [size MB, limit MB]; {@code too-many-pages} [pages, limit];
 * {@code paper-size} [first page, width mm, height mm, pages affected];
 * {@code javascript}, {@code launch-action}, {@code embedded-file}, {@code submit-form}
 * [where, as PDF object paths]; {@code too-many-words} [words, limit];
 * {@code too-complex} [seconds]; {@code author-name} [name, comma-separated places:
 * {@code text} or a metadata field]; the others none.
 */
@Component
public class PdfCheckMessages {

	private static final String PREFIX = "pdf-check.";

	private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

	public PdfCheckMessages() {
		this.messages.setBasename("i18n/pdf-checks");
		this.messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
		this.messages.setFallbackToSystemLocale(false);
		this.messages.setAlwaysUseMessageFormat(true);
	}

	/**
	 * Describes findings for the API and the pages.
	 * @param findings the findings
	 * @param locale the reader's language
	 * @return one entry per finding: code, severity, message
	 */
	public List<CheckView> describe(List<PdfFinding> findings, Locale locale) {
		return findings.stream()
			.map((finding) -> new CheckView(finding.code(), finding.checkCode().severity().name(),
					describe(finding, locale)))
			.toList();
	}

	/**
	 * One sentence summing up a rejected report, for a problem's {@code detail}.
	 * @param report the report
	 * @param locale the reader's language
	 * @return the summary
	 */
	public String summary(PdfReport report, Locale locale) {
		List<PdfFinding> errors = report.findings().stream().filter(PdfFinding::isError).toList();
		if (errors.isEmpty()) {
			return message("summary.accepted", locale);
		}
		String first = describe(errors.get(0), locale);
		return (errors.size() == 1) ? message("summary.rejected-one", locale, first)
				: message("summary.rejected-many", locale, Integer.toString(errors.size()), first);
	}

	String message(String key, Locale locale, Object... args) {
		return this.messages.getMessage(PREFIX + key, args, locale);
	}

	private String describe(PdfFinding finding, Locale locale) {
		List<String> args = finding.args();
		Object[] resolved = args.toArray();
		PdfCheckCode code = finding.checkCode();
		if (code == PdfCheckCode.NOT_PDF && !args.isEmpty()) {
			resolved[0] = resolvable("not-pdf.kind." + args.get(0), "not-pdf.kind.unknown");
		}
		if (code == PdfCheckCode.AUTHOR_NAME && args.size() > 1) {
			List<String> places = new ArrayList<>();
			for (String place : args.get(1).split(",")) {
				places.add(place.equals("text") ? message("where.text", locale)
						: message("where.metadata", locale, place));
			}
			resolved[1] = String.join(message("where.separator", locale), places);
		}
		return this.messages.getMessage(PREFIX + finding.code(), resolved, locale);
	}

	private static MessageSourceResolvable resolvable(String key, String fallbackKey) {
		return new DefaultMessageSourceResolvable(new String[] { PREFIX + key, PREFIX + fallbackKey });
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
