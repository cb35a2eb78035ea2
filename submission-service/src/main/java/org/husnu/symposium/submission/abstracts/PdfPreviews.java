package org.husnu.symposium.submission.abstracts;

import java.util.List;
import java.util.Optional;

import com.mongodb.client.gridfs.model.GridFSFile;
import org.husnu.symposium.core.abstracts.AbstractSubmission;
import org.husnu.symposium.core.abstracts.PdfVersion;
import org.husnu.symposium.platform.referencedata.ReferenceData;
import org.husnu.symposium.submission.pdf.PdfCheckCode;
import org.husnu.symposium.submission.pdf.PdfCheckOptions;
import org.husnu.symposium.submission.pdf.PdfCheckerBusyException;
import org.husnu.symposium.submission.pdf.PdfInspector;
import org.husnu.symposium.submission.pdf.PdfReport;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * Page-1 previews, rendered when first asked for rather than during the upload: uploads
 * crowd at the deadline, previews are looked at later, so rendering stays off the upload
 * path. Rendering runs inside the inspector's bounds (time, memory, concurrency) like any
 * parse; the PNG is kept in GridFS beside the PDF, so each version is rendered once, by
 * whichever instance is asked first. A page too big to render is remembered as an empty
 * image; a render that timed out is not, as it may only have met a busy moment.
 */
@Component
class PdfPreviews {

	private final PdfStore store;

	private final PdfInspector inspector;

	private final ReferenceData referenceData;

	PdfPreviews(PdfStore store, PdfInspector inspector, ReferenceData referenceData) {
		this.store = store;
		this.inspector = inspector;
		this.referenceData = referenceData;
	}

	private static boolean gaveUp(PdfReport report) {
		return report.findings().stream().anyMatch((finding) -> finding.checkCode() == PdfCheckCode.TOO_COMPLEX);
	}

	/**
	 * The preview of a version.
	 * @param submission the abstract
	 * @param version the PDF version
	 * @return the PNG, or empty when the page is too big to render, the checker is busy
	 * or the parse was given up on (the caller shows a placeholder); only "too big to
	 * render" is remembered
	 */
	Optional<Resource> preview(AbstractSubmission submission, PdfVersion version) {
		Optional<GridFSFile> stored = this.store.findPreview(submission.id(), version.number());
		if (stored.isPresent()) {
			return (stored.get().getLength() > 0) ? Optional.of(this.store.resource(stored.get())) : Optional.empty();
		}
		try {
			PdfReport report = this.store.withLocalCopy(version.fileId(),
					(file) -> this.inspector.inspect(file, version.sha256(),
							new PdfCheckOptions(this.referenceData.eventSettings().limits(), false, List.of(), true)));
			if (report.preview() == null && gaveUp(report)) {
				// a parse given up on (time limit under load, work budget) says nothing
				// about the page; the next view tries again
				return Optional.empty();
			}
			byte[] png = (report.preview() != null) ? report.preview() : new byte[0];
			this.store.storePreview(png, submission.id(), version.number());
			return (png.length > 0) ? Optional.of(new ByteArrayResource(png)) : Optional.empty();
		}
		catch (PdfCheckerBusyException ex) {
			return Optional.empty();
		}
	}

}
