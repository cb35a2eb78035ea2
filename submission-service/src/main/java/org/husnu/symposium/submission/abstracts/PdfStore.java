package org.husnu.symposium.submission.abstracts;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import com.mongodb.client.gridfs.model.GridFSFile;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.husnu.symposium.core.store.CollectionNames;

import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.convert.MongoConverter;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.gridfs.GridFsResource;
import org.springframework.data.mongodb.gridfs.GridFsTemplate;
import org.springframework.stereotype.Component;

/**
 * The abstracts' PDFs and their page-1 previews in the GridFS bucket
 * {@value CollectionNames#PDF_BUCKET}. A file is written completely (chunks first, the
 * file document last, as GridFS does) before any abstract points at it; an abstract never
 * sees a half-stored file.
 */
@Component
class PdfStore {

	/** The file documents of the bucket. */
	static final String FILES = CollectionNames.PDF_BUCKET + ".files";

	/** The chunks of the bucket. */
	static final String CHUNKS = CollectionNames.PDF_BUCKET + ".chunks";

	static final String ID = "_id";

	static final String UPLOAD_DATE = "uploadDate";

	static final String CHUNK_FILE_ID = "files_id";

	static final String ABSTRACT_ID = "abstractId";

	static final String VERSION = "version";

	static final String KIND = "kind";

	static final String KIND_PDF = "pdf";

	static final String KIND_PREVIEW = "preview";

	private final GridFsTemplate gridFs;

	private final MongoOperations mongo;

	PdfStore(MongoDatabaseFactory databaseFactory, MongoConverter converter, MongoOperations mongo) {
		this.gridFs = new GridFsTemplate(databaseFactory, converter, CollectionNames.PDF_BUCKET);
		this.mongo = mongo;
	}

	/**
	 * Stores a checked PDF. The version number is not part of the file: the abstract's
	 * {@code PdfVersion} gives it, so a file stored before a concurrent upload took the
	 * number it expected keeps serving under the next one.
	 * @param file the temporary copy of the upload
	 * @param abstractId the abstract
	 * @param sha256 its SHA-256
	 * @param text its extracted text, kept for search and similarity
	 * @return the GridFS id
	 */
	String storePdf(Path file, UUID abstractId, String sha256, String text) {
		Document metadata = new Document(ABSTRACT_ID, abstractId.toString()).append("sha256", sha256)
			.append(KIND, KIND_PDF)
			.append("text", text);
		try (InputStream in = Files.newInputStream(file)) {
			ObjectId id = this.gridFs.store(in, abstractId + "-" + sha256.substring(0, 12) + ".pdf", "application/pdf",
					metadata);
			return id.toHexString();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Stores a page-1 preview; an empty image records that the page was too big to
	 * render, so it is not tried again.
	 * @param png the image, empty for none
	 * @param abstractId the abstract
	 * @param version the PDF version it shows
	 */
	void storePreview(byte[] png, UUID abstractId, int version) {
		Document metadata = new Document(ABSTRACT_ID, abstractId.toString()).append(VERSION, version)
			.append(KIND, KIND_PREVIEW);
		this.gridFs.store(new ByteArrayInputStream(png), abstractId + "-v" + version + ".png", "image/png", metadata);
	}

	/**
	 * The stored preview of a PDF version, if it was rendered already.
	 * @param abstractId the abstract
	 * @param version the version
	 * @return the preview file; length 0 means "too big to render"
	 */
	Optional<GridFSFile> findPreview(UUID abstractId, int version) {
		return Optional.ofNullable(this.gridFs.findOne(Query.query(Criteria.where("metadata." + ABSTRACT_ID)
			.is(abstractId.toString())
			.and("metadata." + VERSION)
			.is(version)
			.and("metadata." + KIND)
			.is(KIND_PREVIEW))));
	}

	GridFsResource resource(GridFSFile file) {
		return this.gridFs.getResource(file);
	}

	/**
	 * Opens a stored file.
	 * @param id the GridFS id
	 * @return the file's content
	 */
	GridFsResource open(String id) {
		GridFSFile file = this.gridFs.findOne(Query.query(Criteria.where(ID).is(new ObjectId(id))));
		if (file == null) {
			throw new IllegalStateException(
					"GridFS file " + id + " is missing from bucket " + CollectionNames.PDF_BUCKET);
		}
		return this.gridFs.getResource(file);
	}

	/**
	 * Whether a stored file is there; an upload of the same bytes as a current PDF whose
	 * file went missing stores it again rather than answering "unchanged".
	 * @param id the GridFS id
	 * @return {@code true} if the file document exists
	 */
	boolean exists(String id) {
		return this.gridFs.findOne(Query.query(Criteria.where(ID).is(new ObjectId(id)))) != null;
	}

	/**
	 * Lends a stored file as a private temporary copy, for parsing, and deletes the copy
	 * afterwards.
	 * @param <T> what the work gives
	 * @param id the GridFS id
	 * @param work what to do with the copy
	 * @return what the work gave
	 */
	<T> T withLocalCopy(String id, Function<Path, T> work) {
		Path file;
		try {
			file = Files.createTempFile("symposium-stored-", ".pdf");
			try (InputStream in = open(id).getInputStream()) {
				Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		try {
			return work.apply(file);
		}
		finally {
			try {
				Files.deleteIfExists(file);
			}
			catch (IOException ex) {
				// the system cleans its temporary directory eventually
			}
		}
	}

	/**
	 * Removes files no abstract points at (an upload that lost a race, or whose abstract
	 * could not be updated).
	 * @param ids the GridFS ids, {@code null}s ignored
	 */
	void delete(String... ids) {
		for (String id : ids) {
			if (id != null) {
				this.gridFs.delete(Query.query(Criteria.where(ID).is(new ObjectId(id))));
			}
		}
	}

	/**
	 * The stored files (PDFs and previews) uploaded before a time, for housekeeping.
	 * @param cutoff the time (GridFS stamps the system clock's time)
	 * @return the file documents
	 */
	List<GridFSFile> filesUploadedBefore(Instant cutoff) {
		return this.gridFs.find(Query.query(Criteria.where(UPLOAD_DATE).lt(Date.from(cutoff)))).into(new ArrayList<>());
	}

	/**
	 * Removes the chunks of uploads that died before their file document was written,
	 * when they are older than a time. The chunks of a file in {@code keep} stay, and so
	 * do chunks whose file document exists by now.
	 * @param cutoff the time
	 * @param keep ids of files known to exist
	 * @return how many chunk groups were removed
	 */
	int removeLoneChunks(Instant cutoff, Set<ObjectId> keep) {
		int removed = 0;
		for (Object filesId : this.mongo.findDistinct(new Query(), CHUNK_FILE_ID, CHUNKS, Object.class)) {
			if (filesId instanceof ObjectId objectId && !keep.contains(objectId)
					&& objectId.getDate().before(Date.from(cutoff))
					&& !this.mongo.exists(Query.query(Criteria.where(ID).is(objectId)), FILES)) {
				this.mongo.remove(Query.query(Criteria.where(CHUNK_FILE_ID).is(objectId)), CHUNKS);
				removed++;
			}
		}
		return removed;
	}

}
