package org.husnu.symposium.review.reading;

import java.util.Optional;

import com.mongodb.client.gridfs.model.GridFSFile;
import org.bson.types.ObjectId;
import org.husnu.symposium.core.store.CollectionNames;

import org.springframework.core.io.Resource;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.data.mongodb.core.convert.MongoConverter;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.gridfs.GridFsTemplate;
import org.springframework.stereotype.Component;

/**
 * The abstracts' PDFs in the GridFS bucket {@value CollectionNames#PDF_BUCKET}, read
 * only: submission-service writes them (see {@code CollectionOwnership}), this service
 * only opens the file an abstract's current version points at.
 */
@Component
class StoredPdfs {

	private final GridFsTemplate gridFs;

	StoredPdfs(MongoDatabaseFactory databaseFactory, MongoConverter converter) {
		this.gridFs = new GridFsTemplate(databaseFactory, converter, CollectionNames.PDF_BUCKET);
	}

	/**
	 * Opens a stored PDF.
	 * @param fileId the GridFS id from the abstract's {@code PdfVersion}
	 * @return its content, empty when the file is missing
	 */
	Optional<Resource> open(String fileId) {
		if (!ObjectId.isValid(fileId)) {
			return Optional.empty();
		}
		GridFSFile file = this.gridFs.findOne(Query.query(Criteria.where("_id").is(new ObjectId(fileId))));
		return Optional.ofNullable(file).map(this.gridFs::getResource);
	}

}
