package org.husnu.symposium.submission.pdf;

import java.util.List;

import org.springframework.http.HttpStatus;

/**
 * The result of inspecting one file.
 *
 * @param findings what the checks found, errors first; empty when everything passed
 * @param sha256 the file's SHA-256, lower-case hex
 * @param size the file's size in bytes
 * @param pages the page count, 0 when the file could not be read
 * @param words the word count of the extracted text
 * @param text the extracted text (for search and similarity), empty when none
 * @param preview page 1 as PNG, {@code null} when not asked for or too big to render
 */
public record PdfReport(List<PdfFinding> findings, String sha256, long size, int pages, int words, String text,
		byte[] preview) {

	public PdfReport {
		findings = List.copyOf(findings);
		text = (text != null) ? text : "";
	}

	/**
	 * Whether the file passed: no finding is an error.
	 * @return {@code true} if accepted
	 */
	public boolean accepted() {
		return this.findings.stream().noneMatch(PdfFinding::isError);
	}

	/**
	 * The status a rejection answers with: 415 when it is not a PDF, 413 when too large,
	 * otherwise 422.
	 * @return the status, {@code OK} when accepted
	 */
	public HttpStatus status() {
		return this.findings.stream()
			.filter(PdfFinding::isError)
			.map((finding) -> finding.checkCode().rejectionStatus())
			.min((a, b) -> Integer.compare(rank(a), rank(b)))
			.orElse(HttpStatus.OK);
	}

	private static int rank(HttpStatus status) {
		return switch (status) {
			case UNSUPPORTED_MEDIA_TYPE -> 0;
			case CONTENT_TOO_LARGE -> 1;
			default -> 2;
		};
	}

}
