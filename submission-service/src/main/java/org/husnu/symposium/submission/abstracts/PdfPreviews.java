package org.husnu.symposium.submission.abstracts;

import java.util.List;
import java.util.Optional;

import com.mongodb.client.gridfs.model.GridFSFile;
import org.husnu.symposium.core.abstracts.AbstractSubmission;
import org.husnu.symposium.core.abstracts.PdfVersion;
import org.husnu.symposium.platform.referencedata.ReferenceData;
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
 * whichever instance is asked first.
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

	/**
	 * The preview of a version.
	 * @param submission the abstract
	 * @param version the PDF version
	 * @return the PNG, or empty when the page is too big to render or the checker is busy
	 * (the caller shows a placeholder)
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
			byte[] png = (report.preview() != null) ? report.preview() : new byte[0];
			this.store.storePreview(png, submission.id(), version.number());
			return (png.length > 0) ? Optional.of(new ByteArrayResource(png)) : Optional.empty();
		}
		catch (PdfCheckerBusyException ex) {
			return Optional.empty();
		}
	}

}
