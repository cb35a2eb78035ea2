package org.husnu.symposium.core.affinity;

/**
 * A paper of a reviewer's archive or a submission, analysed: title, text (abstract or
 * research statement) and keywords kept apart so each can be weighted.
 *
 * @param id the document's id
 * @param title the title as written (shown in explanations)
 * @param titleTerms the analysed title
 * @param bodyTerms the analysed abstract
 * @param keywordTerms the analysed keywords
 */
public record AffinityDocument(String id, String title, AnalysedText titleTerms, AnalysedText bodyTerms,
		AnalysedText keywordTerms) {

	public AffinityDocument {
		if (id == null || titleTerms == null || bodyTerms == null || keywordTerms == null) {
			throw new IllegalArgumentException("An affinity document needs an id and its analysed fields");
		}
		title = (title != null) ? title : "";
	}

	/**
	 * Analyses a paper or submission.
	 * @param id its id
	 * @param title its title, may be {@code null}
	 * @param body its abstract, may be {@code null}
	 * @param keywords its keywords, may be {@code null}
	 * @return the analysed document
	 */
	public static AffinityDocument of(String id, String title, String body, String keywords) {
		AffinityAnalyzer analyzer = AffinityAnalyzer.shared();
		return new AffinityDocument(id, title, analyzer.analyse(title), analyzer.analyse(body),
				analyzer.analyse(keywords));
	}

}
