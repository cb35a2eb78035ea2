package org.husnu.symposium.core.abstracts;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.husnu.symposium.core.DomainRuleException;

/**
 * One accepted upload of an abstract's PDF. The bytes live in GridFS; the abstract keeps
 * this summary of every version, newest last, and points at the file only once it is
 * fully stored, so a crash mid-upload never leaves an abstract with half a file.
 *
 * @param number version number, 1 for the first upload
 * @param fileId GridFS id of the PDF
 * @param fileName the name the author's file had, for display and downloads only
 * @param size size in bytes
 * @param sha256 SHA-256 of the bytes, lower-case hex; the same bytes twice are one
 * version
 * @param pages page count
 * @param words word count of the extracted text
 * @param notes what the checks reported for the accepted file (warnings only)
 * @param uploadedBy account that uploaded it
 * @param uploadedAt when
 */
public record PdfVersion(int number, String fileId, String fileName, long size, String sha256, int pages, int words,
		List<CheckNote> notes, UUID uploadedBy, Instant uploadedAt) {

	public PdfVersion {
		DomainRuleException.require(number >= 1, "pdf.version", "PDF versions count from 1");
		DomainRuleException.require(fileId != null && !fileId.isBlank(), "pdf.file", "A PDF version needs its file");
		DomainRuleException.require(sha256 != null && sha256.matches("[0-9a-f]{64}"), "pdf.sha256",
				"A PDF version needs the SHA-256 of its bytes");
		notes = (notes != null) ? List.copyOf(notes) : List.of();
		fileName = (fileName == null || fileName.isBlank()) ? "abstract.pdf" : fileName;
	}

	/**
	 * A check's finding on an accepted file, stored as its stable code and the values its
	 * message needs, so it can be shown in the reader's language.
	 *
	 * @param code the stable check code, e.g. {@code repaired}
	 * @param args message arguments
	 */
	public record CheckNote(String code, List<String> args) {

		public CheckNote {
			DomainRuleException.require(code != null && !code.isBlank(), "pdf.note", "A check note needs a code");
			args = (args != null) ? List.copyOf(args) : List.of();
		}

	}

}
