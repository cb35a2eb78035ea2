package org.husnu.symposium.submission.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.io.RandomAccessStreamCache.StreamCacheCreateFunction;
import org.apache.pdfbox.pdfparser.PDFParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * How {@link PdfInspector} opens a file: read from the file through a
 * {@link GuardedSource}, streams cached in temporary files rather than the heap, the
 * document registered with its {@link ParseBudget} so a given-up parse is closed; and how
 * it tells a damaged file from an encrypted one.
 */
final class PdfLoading {

	private PdfLoading() {
	}

	/**
	 * Whether PDFBox can read the file's structure without repairing it. Only when this
	 * fails and the lenient parse succeeds is the file reported {@code repaired}: a
	 * broken cross-reference table is recovered by PDFBox's lenient parser, and the
	 * author should know their file is damaged even though it was accepted.
	 */
	static boolean strictParseSucceeds(Path file, ParseBudget budget) throws InvalidPasswordException {
		try (PDDocument document = load(file, budget, false)) {
			return document != null;
		}
		catch (InvalidPasswordException ex) {
			throw ex;
		}
		catch (IOException ex) {
			return false;
		}
	}

	static PDDocument load(Path file, ParseBudget budget, boolean lenient) throws IOException {
		StreamCacheCreateFunction cache = IOUtils.createTempFileOnlyStreamCache();
		GuardedSource source = budget.register(new GuardedSource(new RandomAccessReadBufferedFile(file), budget));
		PDFParser parser = new PDFParser(source, "", null, null, cache);
		return budget.register(parser.parse(lenient));
	}

	/**
	 * Certificate-encrypted files fail inside PDFBox's security handlers (without
	 * BouncyCastle with a {@link NoClassDefFoundError}); they are encrypted, not damaged.
	 */
	static boolean isEncryptionFailure(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof InvalidPasswordException
					|| String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT).contains("bouncycastle")) {
				return true;
			}
			for (StackTraceElement frame : cause.getStackTrace()) {
				if (frame.getClassName().startsWith("org.apache.pdfbox.pdmodel.encryption.")) {
					return true;
				}
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return false;
	}

}
