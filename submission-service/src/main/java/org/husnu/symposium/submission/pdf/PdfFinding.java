package org.husnu.symposium.submission.pdf;

import java.util.List;

/**
 * One thing a check found, stored as its code and the values its message needs, so the
 * message can be shown in whatever language the reader uses.
 *
 * @param code the stable code, e.g. {@code too-many-pages}
 * @param args the message arguments, e.g. the page count and the limit
 */
public record PdfFinding(String code, List<String> args) {

	public PdfFinding {
		PdfCheckCode.of(code);
		args = (args != null) ? List.copyOf(args) : List.of();
	}

	public static PdfFinding of(PdfCheckCode code, Object... args) {
		return new PdfFinding(code.code(), java.util.Arrays.stream(args).map(String::valueOf).toList());
	}

	public PdfCheckCode checkCode() {
		return PdfCheckCode.of(this.code);
	}

	public boolean isError() {
		return checkCode().severity() == PdfCheckCode.Severity.ERROR;
	}

}
