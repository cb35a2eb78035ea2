package org.husnu.symposium.core.reviewers;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.husnu.symposium.core.DomainRuleException;
import org.husnu.symposium.core.store.CollectionNames;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A reviewer's archive: the papers they wrote, for the text affinity (docs/affinity.md).
 * One document per reviewer, keyed like the reviewer profile.
 *
 * @param accountId the reviewer's account id
 * @param papers the papers, in the order they were added
 * @param version optimistic-locking version
 */
@Document(collection = CollectionNames.REVIEWER_ARCHIVES)
public record ReviewerPapers(@Id UUID accountId, List<OwnPaper> papers, @Version Long version) {

	/** Most papers in one archive. */
	public static final int MAX_PAPERS = 100;

	/** Largest JSON Lines upload, in bytes. */
	public static final int MAX_UPLOAD_BYTES = 1_000_000;

	public ReviewerPapers {
		DomainRuleException.require(accountId != null, "archive.reviewer", "An archive belongs to a reviewer");
		papers = List.copyOf((papers != null) ? papers : List.of());
		DomainRuleException.require(papers.size() <= MAX_PAPERS, "archive.too-many", "An archive holds at most "
				+ MAX_PAPERS + " papers; remove some, or keep the " + MAX_PAPERS + " that show your expertise best");
	}

	/**
	 * An empty archive.
	 * @param accountId the reviewer
	 * @return the archive
	 */
	public static ReviewerPapers empty(UUID accountId) {
		return new ReviewerPapers(accountId, List.of(), null);
	}

	/**
	 * This archive with papers added; a paper with the id of one already there replaces
	 * it (uploading the same file twice changes nothing).
	 * @param added the papers
	 * @return the new archive
	 * @throws DomainRuleException if it would hold more than {@value #MAX_PAPERS}
	 */
	public ReviewerPapers with(List<OwnPaper> added) {
		Map<String, OwnPaper> byId = new LinkedHashMap<>();
		for (OwnPaper paper : this.papers) {
			byId.put(paper.id(), paper);
		}
		for (OwnPaper paper : added) {
			byId.put(paper.id(), paper);
		}
		return new ReviewerPapers(this.accountId, new ArrayList<>(byId.values()), this.version);
	}

	/**
	 * This archive without a paper.
	 * @param paperId the paper's id
	 * @return the new archive
	 * @throws DomainRuleException if there is no such paper
	 */
	public ReviewerPapers without(String paperId) {
		List<OwnPaper> kept = this.papers.stream().filter((paper) -> !paper.id().equals(paperId)).toList();
		if (kept.size() == this.papers.size()) {
			throw new DomainRuleException("archive.no-paper",
					"There is no paper " + paperId + " in this archive; reload the list of papers");
		}
		return new ReviewerPapers(this.accountId, kept, this.version);
	}

}
