package org.husnu.symposium.core.event;

import org.husnu.symposium.core.DomainRuleException;

/**
 * Limits the chairs set for submissions; the PDF checks and the abstract form enforce
 * them.
 *
 * @param maxPdfBytes largest PDF accepted
 * @param maxPdfPages most pages in the PDF
 * @param maxPdfWords most words in the PDF's text
 * @param maxAbstractWords most words in the plain-text abstract
 * @param maxKeywords most keywords
 * @param maxSecondaryTopics most secondary topic areas
 */
public record SubmissionLimits(long maxPdfBytes, int maxPdfPages, int maxPdfWords, int maxAbstractWords,
		int maxKeywords, int maxSecondaryTopics) {

	/** Hard ceiling on PDF size, whatever the settings say: 50 MB. */
	public static final long PDF_BYTES_CEILING = 50L * 1024 * 1024;

	public SubmissionLimits {
		DomainRuleException.require(maxPdfBytes > 0 && maxPdfBytes <= PDF_BYTES_CEILING, "limits.pdfBytes",
				"The PDF size limit is between 1 byte and 50 MB");
		DomainRuleException.require(maxPdfPages >= 1 && maxPdfPages <= 50, "limits.pdfPages",
				"The page limit is between 1 and 50");
		DomainRuleException.require(maxPdfWords >= 1, "limits.pdfWords", "The PDF word limit is at least 1");
		DomainRuleException.require(maxAbstractWords >= 1, "limits.abstractWords",
				"The abstract word limit is at least 1");
		DomainRuleException.require(maxKeywords >= 0 && maxKeywords <= 50, "limits.keywords",
				"The keyword limit is between 0 and 50");
		DomainRuleException.require(maxSecondaryTopics >= 0 && maxSecondaryTopics <= 10, "limits.secondaryTopics",
				"The secondary topic limit is between 0 and 10");
	}

	/**
	 * The limits of the call: 10 MB, 2 pages, 1200 words in the PDF, 400 in the abstract.
	 * @return the defaults
	 */
	public static SubmissionLimits defaults() {
		return new SubmissionLimits(10L * 1024 * 1024, 2, 1200, 400, 8, 3);
	}

}
