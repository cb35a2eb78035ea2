package org.husnu.symposium.submission.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An uploaded file copied to a private temporary file and inspected. Closing it deletes
 * the temporary file, so callers use try-with-resources and nothing is left behind.
 *
 * @param file the temporary copy, readable until closed
 * @param fileName the name the client gave, for display only (never used as a path)
 * @param report what the checks found
 */
public record CheckedUpload(Path file, String fileName, PdfReport report) implements AutoCloseable {

	@Override
	public void close() {
		try {
			Files.deleteIfExists(this.file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
