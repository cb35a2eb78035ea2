package org.husnu.symposium.submission.pdf;

import java.util.List;

import org.husnu.symposium.core.event.SubmissionLimits;

/**
 * What one inspection checks against.
 *
 * @param limits the event's limits (size, pages, words)
 * @param blindMode whether author names must not appear in the file
 * @param authorNames the names to look for in blind mode (also in family-name-first
 * order)
 * @param renderPreview whether to render page 1 as a PNG preview
 * @param authorEmails the e-mail addresses to look for in blind mode
 */
public record PdfCheckOptions(SubmissionLimits limits, boolean blindMode, List<String> authorNames,
		boolean renderPreview, List<String> authorEmails) {

	public PdfCheckOptions {
		authorNames = (authorNames != null) ? List.copyOf(authorNames) : List.of();
		authorEmails = (authorEmails != null) ? List.copyOf(authorEmails) : List.of();
	}

	/**
	 * Options without e-mail addresses to look for.
	 * @param limits the event's limits
	 * @param blindMode whether author names must not appear in the file
	 * @param authorNames the names to look for in blind mode
	 * @param renderPreview whether to render page 1 as a PNG preview
	 */
	public PdfCheckOptions(SubmissionLimits limits, boolean blindMode, List<String> authorNames,
			boolean renderPreview) {
		this(limits, blindMode, authorNames, renderPreview, List.of());
	}

}
