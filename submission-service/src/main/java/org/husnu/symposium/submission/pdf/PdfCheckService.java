package org.husnu.symposium.submission.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import org.springframework.core.io.InputStreamSource;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;

/**
 * Receives an uploaded file and runs every check on it, within the bounds of the
 * inspector. Used by the dry run ({@code POST /api/pdf-check}) and by the upload to an
 * abstract alike, so both answer the same.
 * <p>
 * A file over the event's size limit is not copied further than the limit and not parsed
 * at all; its report has no SHA-256 ({@code null}), since a hash of part of the file
 * would identify nothing, and its size is the size the upload declared.
 */
@Service
public class PdfCheckService {

	private final PdfInspector inspector;

	public PdfCheckService(PdfInspector inspector) {
		this.inspector = inspector;
	}

	/**
	 * Copies the upload to a temporary file (counting its size and SHA-256 as it goes,
	 * stopping at the size limit) and inspects it.
	 * @param upload the multipart file
	 * @param options what to check against
	 * @return the checked upload; close it
	 * @throws PdfCheckerBusyException when every parse slot stays busy too long
	 */
	public CheckedUpload check(MultipartFile upload, PdfCheckOptions options) {
		return check(upload.getOriginalFilename(), upload, upload.getSize(), options);
	}

	/**
	 * Checks bytes from any source, e.g. an upload handed on by the abstracts feature or
	 * the demo's generated files.
	 * @param fileName the name the client gave (display only)
	 * @param content the bytes
	 * @param declaredSize the size the client declared, or -1
	 * @param options what to check against
	 * @return the checked upload; close it
	 */
	public CheckedUpload check(String fileName, InputStreamSource content, long declaredSize, PdfCheckOptions options) {
		long limit = options.limits().maxPdfBytes();
		Path file = createTempFile();
		CheckedUpload checked = null;
		try {
			Copy copy = copy(content, file, limit);
			PdfReport report;
			if (copy.truncated()) {
				long size = Math.max(declaredSize, copy.bytes());
				report = new PdfReport(List.of(PdfFinding.of(PdfCheckCode.TOO_LARGE, PdfInspector.megabytes(size),
						PdfInspector.megabytes(limit))), null, size, 0, 0, "", null);
			}
			else {
				report = this.inspector.inspect(file, copy.sha256(), options);
			}
			checked = new CheckedUpload(file, fileName, report);
			return checked;
		}
		finally {
			if (checked == null) {
				deleteQuietly(file);
			}
		}
	}

	private static Copy copy(InputStreamSource upload, Path file, long limit) {
		MessageDigest sha256 = sha256();
		byte[] buffer = new byte[64 * 1024];
		long bytes = 0;
		try (InputStream input = upload.getInputStream(); OutputStream output = Files.newOutputStream(file)) {
			for (int read = input.read(buffer); read >= 0; read = input.read(buffer)) {
				bytes += read;
				if (bytes > limit) {
					return new Copy(bytes, null, true);
				}
				sha256.update(buffer, 0, read);
				output.write(buffer, 0, read);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not receive the uploaded file", ex);
		}
		return new Copy(bytes, HexFormat.of().formatHex(sha256.digest()), false);
	}

	private static Path createTempFile() {
		try {
			// owner-only permissions on POSIX; the name never comes from the client
			return Files.createTempFile("symposium-pdf-", ".pdf");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void deleteQuietly(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			// the temporary directory is cleaned by the system eventually
		}
	}

	private record Copy(long bytes, String sha256, boolean truncated) {
	}

}
