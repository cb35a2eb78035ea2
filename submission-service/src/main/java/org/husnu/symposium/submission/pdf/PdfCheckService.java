package org.husnu.symposium.submission.pdf;

import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;

/**
 * Receives an uploaded file and runs every check on it, within the bounds of the
 * inspector. Used by the dry run ({@code POST /api/pdf-check}) and by the upload to an
 * abstract alike, so both answer the same.
 */
@Service
public class PdfCheckService {

	/**
	 * Copies the upload to a temporary file (counting its size and SHA-256 as it goes,
	 * stopping at the size limit) and inspects it.
	 * @param upload the multipart file
	 * @param options what to check against
	 * @return the checked upload; close it
	 * @throws PdfCheckerBusyException when every parse slot stays busy too long
	 */
	public CheckedUpload check(MultipartFile upload, PdfCheckOptions options) {
		throw new UnsupportedOperationException("built in the pdf-checks branch");
	}

}
