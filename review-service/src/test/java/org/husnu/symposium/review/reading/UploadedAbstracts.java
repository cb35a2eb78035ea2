package org.husnu.symposium.review.reading;

import java.io.ByteArrayInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

import org.bson.Document;
import org.husnu.symposium.core.abstracts.AbstractSubmission;
import org.husnu.symposium.core.abstracts.PdfVersion;
import org.husnu.symposium.core.store.CollectionNames;
import org.husnu.symposium.test.fixtures.AbstractFixtures;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.gridfs.GridFsTemplate;

/**
 * Writes an abstract with its PDF the way submission-service does: the bytes in the
 * GridFS bucket {@value CollectionNames#PDF_BUCKET} first (named by abstract and hash, as
 * {@code PdfStore} names them), then the abstract pointing at them with the name of the
 * file the author uploaded.
 */
public final class UploadedAbstracts {

	private UploadedAbstracts() {
	}

	/**
	 * Stores an abstract with one PDF version.
	 * @param mongo the store
	 * @param abstractBuilder the abstract, without PDF
	 * @param uploadedName the name of the author's file
	 * @param pdf the PDF's bytes
	 * @return the stored abstract
	 */
	public static AbstractSubmission store(MongoTemplate mongo, AbstractFixtures.Builder abstractBuilder,
			String uploadedName, byte[] pdf) {
		AbstractSubmission draft = abstractBuilder.build();
		String sha256 = sha256(pdf);
		GridFsTemplate gridFs = new GridFsTemplate(mongo.getMongoDatabaseFactory(), mongo.getConverter(),
				CollectionNames.PDF_BUCKET);
		String fileId = gridFs
			.store(new ByteArrayInputStream(pdf), draft.id() + "-" + sha256.substring(0, 12) + ".pdf",
					"application/pdf",
					new Document("abstractId", draft.id().toString()).append("sha256", sha256).append("kind", "pdf"))
			.toHexString();
		PdfVersion version = new PdfVersion(1, fileId, uploadedName, pdf.length, sha256, 1, 40, List.of(),
				draft.submitterId(), Instant.parse("2026-12-01T03:00:00Z"));
		return mongo.insert(AbstractFixtures.from(draft).withPdfVersions(version).build());
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
