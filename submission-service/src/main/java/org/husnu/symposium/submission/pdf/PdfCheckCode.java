package org.husnu.symposium.submission.pdf;

import org.springframework.http.HttpStatus;

/**
 * The stable codes of the PDF checks. Clients and stored reports use the code; the
 * message a person reads comes from {@code i18n/pdf-checks*.properties} in their
 * language.
 */
public enum PdfCheckCode {

	/** Not a PDF by its bytes: other formats renamed, leading junk, polyglots. */
	NOT_PDF("not-pdf", Severity.ERROR, HttpStatus.UNSUPPORTED_MEDIA_TYPE),

	/** Larger than the size limit. */
	TOO_LARGE("too-large", Severity.ERROR, HttpStatus.CONTENT_TOO_LARGE),

	/** More pages than allowed. */
	TOO_MANY_PAGES("too-many-pages", Severity.ERROR, HttpStatus.UNPROCESSABLE_CONTENT),

	/** A page that is neither A4 nor US Letter. */
	PAPER_SIZE("paper-size", Severity.ERROR, HttpStatus.UNPROCESSABLE_CONTENT),

	/** Encrypted or password protected. */
	ENCRYPTED("encrypted", Severity.ERROR, HttpStatus.UNPROCESSABLE_CONTENT),

	/** JavaScript anywhere (document, page, annotation or form actions, name tree). */
	JAVASCRIPT("javascript", Severity.ERROR, HttpStatus.UNPROCESSABLE_CONTENT),

	/** Launch actions, which start programs. */
	LAUNCH_ACTION("launch-action", Severity.ERROR, HttpStatus.UNPROCESSABLE_CONTENT),

	/** Embedded or attached files. */
	EMBEDDED_FILE("embedded-file", Severity.ERROR, HttpStatus.UNPROCESSABLE_CONTENT),

	/** XFA forms. */
	XFA("xfa", Severity.ERROR, HttpStatus.UNPROCESSABLE_CONTENT),

	/** Submit-form actions, which send data somewhere. */
	SUBMIT_FORM("submit-form", Severity.ERROR, HttpStatus.UNPROCESSABLE_CONTENT),

	/** No extractable text: a scan or text drawn as curves. */
	NO_TEXT("no-text", Severity.ERROR, HttpStatus.UNPROCESSABLE_CONTENT),

	/** More words than allowed. */
	TOO_MANY_WORDS("too-many-words", Severity.ERROR, HttpStatus.UNPROCESSABLE_CONTENT),

	/** Damaged beyond repair. */
	DAMAGED("damaged", Severity.ERROR, HttpStatus.UNPROCESSABLE_CONTENT),

	/** Took longer or needed more memory than a PDF of this kind may. */
	TOO_COMPLEX("too-complex", Severity.ERROR, HttpStatus.UNPROCESSABLE_CONTENT),

	/** Blind mode: an author's name in the text or the metadata. */
	AUTHOR_NAME("author-name", Severity.ERROR, HttpStatus.UNPROCESSABLE_CONTENT),

	/** The file was damaged and repaired while reading; it was accepted. */
	REPAIRED("repaired", Severity.WARNING, HttpStatus.OK);

	private final String code;

	private final Severity severity;

	private final HttpStatus rejectionStatus;

	PdfCheckCode(String code, Severity severity, HttpStatus rejectionStatus) {
		this.code = code;
		this.severity = severity;
		this.rejectionStatus = rejectionStatus;
	}

	/**
	 * The stable code, e.g. {@code too-many-pages}.
	 * @return the code
	 */
	public String code() {
		return this.code;
	}

	public Severity severity() {
		return this.severity;
	}

	/**
	 * The HTTP status a rejection for this reason answers with.
	 * @return 415, 413 or 422 for errors
	 */
	public HttpStatus rejectionStatus() {
		return this.rejectionStatus;
	}

	/**
	 * The code for a stable code string.
	 * @param code e.g. {@code too-many-pages}
	 * @return the code
	 */
	public static PdfCheckCode of(String code) {
		for (PdfCheckCode candidate : values()) {
			if (candidate.code.equals(code)) {
				return candidate;
			}
		}
		throw new IllegalArgumentException("Unknown PDF check code " + code);
	}

	/** How bad a finding is: errors reject the file, warnings do not. */
	public enum Severity {

		ERROR, WARNING

	}

}
