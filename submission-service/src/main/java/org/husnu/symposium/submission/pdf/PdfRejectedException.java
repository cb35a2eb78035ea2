package org.husnu.symposium.submission.pdf;

/**
 * A file failed at least one check; answered with 415, 413 or 422 and every finding.
 */
public class PdfRejectedException extends RuntimeException {

	private final PdfReport report;

	public PdfRejectedException(PdfReport report) {
		super("The PDF failed " + report.findings().stream().filter(PdfFinding::isError).count() + " check(s)");
		this.report = report;
	}

	public PdfReport report() {
		return this.report;
	}

}
