package org.husnu.symposium.review.reading;

import java.util.List;
import java.util.UUID;

import org.husnu.symposium.core.abstracts.AbstractSubmission;
import org.husnu.symposium.core.abstracts.PresentationPreference;

/**
 * An abstract as a reader sees it in review-service. In blind review {@code authors} is
 * empty and nothing else names or places an author; the PDF is described without the name
 * of the file its author uploaded (downloads are called {@code A-007.pdf}).
 *
 * @param id the abstract id
 * @param number its number
 * @param title its title
 * @param primaryTopic the primary topic area code
 * @param secondaryTopics other topic area codes
 * @param keywords keywords
 * @param presentation the presentation preference
 * @param text the abstract's text
 * @param authors the authors, empty in blind review
 * @param blind whether authors are hidden
 * @param pdf the current PDF, {@code null} when there is none
 */
public record ReadableAbstract(UUID id, String number, String title, String primaryTopic, List<String> secondaryTopics,
		List<String> keywords, PresentationPreference presentation, String text, List<AuthorView> authors,
		boolean blind, PdfView pdf) {

	static ReadableAbstract of(AbstractSubmission submission, boolean showAuthors) {
		List<AuthorView> authors = (showAuthors) ? submission.authors()
			.stream()
			.map((author) -> new AuthorView(author.name(), author.affiliation(), author.institution(),
					author.presenting()))
			.toList() : List.of();
		PdfView pdf = submission.currentPdf()
			.map((version) -> new PdfView(version.number(), version.size(), version.pages(),
					ReadingPaths.pdf(submission.number())))
			.orElse(null);
		return new ReadableAbstract(submission.id(), submission.number(), submission.title(), submission.primaryTopic(),
				submission.secondaryTopics(), submission.keywords(), submission.presentation(), submission.text(),
				authors, !showAuthors, pdf);
	}

	/**
	 * An author, shown only when review is not blind; no e-mail address in any mode.
	 *
	 * @param name the name
	 * @param affiliation department or lab
	 * @param institution institution code
	 * @param presenting whether they give the talk
	 */
	public record AuthorView(String name, String affiliation, String institution, boolean presenting) {
	}

	/**
	 * The current PDF.
	 *
	 * @param version its version number
	 * @param size bytes
	 * @param pages page count
	 * @param download where to download it
	 */
	public record PdfView(int version, long size, int pages, String download) {
	}

}
