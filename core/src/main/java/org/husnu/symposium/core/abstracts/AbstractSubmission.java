package org.husnu.symposium.core.abstracts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.husnu.symposium.core.DomainRuleException;
import org.husnu.symposium.core.store.CollectionNames;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An abstract submitted for the session (named so because {@code abstract} is a Java
 * keyword). The constructor keeps the rules that hold in every status: a title, at least
 * one author and exactly one presenting author, distinct author addresses, a primary
 * topic that is not also secondary. Limits that chairs configure (word counts, keywords)
 * are checked against {@code EventSettings} where abstracts are written.
 *
 * @param id stable id
 * @param number human-readable number, unique across the event, e.g. {@code A-007}
 * @param submitterId account that owns the abstract
 * @param title title
 * @param authors authors in byline order
 * @param primaryTopic primary topic area code
 * @param secondaryTopics further topic area codes
 * @param keywords keywords
 * @param presentation presentation preference
 * @param studentPresenter whether the presenting author is a student
 * @param text plain-text abstract
 * @param status lifecycle status
 * @param createdAt creation time
 * @param updatedAt last change
 * @param submittedAt first submission, {@code null} for drafts
 * @param pdfVersions accepted PDF uploads, oldest first; the last is the current PDF
 * @param declaredConflicts reviewers of the pool the authors declare a conflict with, one
 * entry per reviewer
 * @param version optimistic-locking version
 */
@Document(collection = CollectionNames.ABSTRACTS)
public record AbstractSubmission(@Id UUID id, String number, UUID submitterId, String title, List<Author> authors,
		String primaryTopic, List<String> secondaryTopics, List<String> keywords, PresentationPreference presentation,
		boolean studentPresenter, String text, AbstractStatus status, Instant createdAt, Instant updatedAt,
		Instant submittedAt, List<PdfVersion> pdfVersions, List<DeclaredConflict> declaredConflicts,
		@Version Long version) {

	/** Longest title accepted. */
	public static final int MAX_TITLE_LENGTH = 300;

	/** Most authors accepted. */
	public static final int MAX_AUTHORS = 30;

	/** Most reviewers the authors may declare a conflict with. */
	public static final int MAX_DECLARED_CONFLICTS = 20;

	public AbstractSubmission {
		DomainRuleException.require(id != null, "abstract.id", "An abstract needs an id");
		DomainRuleException.require(number != null && !number.isBlank(), "abstract.number",
				"An abstract needs a number");
		DomainRuleException.require(submitterId != null, "abstract.submitter", "An abstract needs a submitter");
		DomainRuleException.require(title != null && !title.isBlank(), "abstract.title", "The title is empty");
		title = title.strip();
		DomainRuleException.require(title.length() <= MAX_TITLE_LENGTH, "abstract.title.length",
				"The title has " + title.length() + " characters; at most " + MAX_TITLE_LENGTH + " are allowed");
		DomainRuleException.require(authors != null && !authors.isEmpty(), "abstract.authors",
				"An abstract needs at least one author");
		DomainRuleException.require(authors.size() <= MAX_AUTHORS, "abstract.authors.count",
				"An abstract has at most " + MAX_AUTHORS + " authors");
		authors = List.copyOf(authors);
		long presenters = authors.stream().filter(Author::presenting).count();
		DomainRuleException.require(presenters == 1, "abstract.presenter",
				"Mark exactly one author as presenting (now " + presenters + ")");
		Set<String> emails = new HashSet<>();
		for (Author author : authors) {
			DomainRuleException.require(emails.add(author.email()), "abstract.authors.duplicate",
					"The address " + author.email() + " is given for two authors");
		}
		DomainRuleException.require(primaryTopic != null && !primaryTopic.isBlank(), "abstract.topic",
				"Choose a primary topic area");
		secondaryTopics = distinct(secondaryTopics);
		DomainRuleException.require(!secondaryTopics.contains(primaryTopic), "abstract.topic.secondary",
				"The primary topic " + primaryTopic + " cannot also be a secondary topic");
		keywords = distinct(keywords);
		presentation = (presentation != null) ? presentation : PresentationPreference.EITHER;
		text = (text != null) ? text.strip() : "";
		DomainRuleException.require(status != null, "abstract.status", "An abstract needs a status");
		DomainRuleException.require(createdAt != null, "abstract.createdAt", "An abstract needs a creation time");
		updatedAt = (updatedAt != null) ? updatedAt : createdAt;
		pdfVersions = (pdfVersions != null) ? List.copyOf(pdfVersions) : List.of();
		declaredConflicts = (declaredConflicts != null) ? List.copyOf(declaredConflicts) : List.of();
		DomainRuleException.require(declaredConflicts.size() <= MAX_DECLARED_CONFLICTS, "abstract.conflicts.count",
				"Declare conflicts with at most " + MAX_DECLARED_CONFLICTS
						+ " reviewers; if more conflict, write to the chairs");
		Set<UUID> declared = new HashSet<>();
		for (DeclaredConflict conflict : declaredConflicts) {
			DomainRuleException.require(declared.add(conflict.reviewerId()), "abstract.conflicts.duplicate",
					"Reviewer " + conflict.reviewerId() + " is named twice; name each reviewer once");
		}
		DomainRuleException.require(
				status == AbstractStatus.DRAFT || status == AbstractStatus.WITHDRAWN || submittedAt != null,
				"abstract.submittedAt", "A submitted abstract needs its submission time");
	}

	/**
	 * The author who gives the talk.
	 * @return the presenting author
	 */
	public Author presentingAuthor() {
		return this.authors.stream().filter(Author::presenting).findFirst().orElseThrow();
	}

	/**
	 * Takes a lifecycle action.
	 * @param action the action
	 * @param at when it happens
	 * @return the abstract in its next status
	 * @throws IllegalTransitionException if the current status does not allow it
	 */
	public AbstractSubmission apply(AbstractAction action, Instant at) {
		AbstractStatus next = AbstractLifecycle.next(this.status, action);
		Instant submitted = (this.submittedAt == null && next == AbstractStatus.SUBMITTED) ? at : this.submittedAt;
		return new AbstractSubmission(this.id, this.number, this.submitterId, this.title, this.authors,
				this.primaryTopic, this.secondaryTopics, this.keywords, this.presentation, this.studentPresenter,
				this.text, next, this.createdAt, at, submitted, this.pdfVersions, this.declaredConflicts, this.version);
	}

	/**
	 * Adds an accepted PDF as the next version.
	 * @param pdf the version; its number must follow the last one
	 * @param at when
	 * @return the abstract with the PDF as its current one
	 */
	public AbstractSubmission withPdf(PdfVersion pdf, Instant at) {
		DomainRuleException.require(pdf.number() == this.pdfVersions.size() + 1, "pdf.version",
				"PDF version " + pdf.number() + " does not follow version " + this.pdfVersions.size());
		List<PdfVersion> versions = new ArrayList<>(this.pdfVersions);
		versions.add(pdf);
		return new AbstractSubmission(this.id, this.number, this.submitterId, this.title, this.authors,
				this.primaryTopic, this.secondaryTopics, this.keywords, this.presentation, this.studentPresenter,
				this.text, this.status, this.createdAt, at, this.submittedAt, versions, this.declaredConflicts,
				this.version);
	}

	/**
	 * This abstract with the authors' declared conflicts replaced.
	 * @param conflicts the reviewers the authors conflict with, each once
	 * @param at when
	 * @return the changed abstract
	 */
	public AbstractSubmission withDeclaredConflicts(List<DeclaredConflict> conflicts, Instant at) {
		return new AbstractSubmission(this.id, this.number, this.submitterId, this.title, this.authors,
				this.primaryTopic, this.secondaryTopics, this.keywords, this.presentation, this.studentPresenter,
				this.text, this.status, this.createdAt, at, this.submittedAt, this.pdfVersions, conflicts,
				this.version);
	}

	/**
	 * The authors' declaration about a reviewer.
	 * @param reviewerId the reviewer's account id
	 * @return the declaration, empty when the authors named no conflict with them
	 */
	public Optional<DeclaredConflict> declaredConflictWith(UUID reviewerId) {
		return this.declaredConflicts.stream()
			.filter((conflict) -> conflict.reviewerId().equals(reviewerId))
			.findFirst();
	}

	/**
	 * The current PDF: the newest accepted upload.
	 * @return the current version, empty before the first upload
	 */
	public Optional<PdfVersion> currentPdf() {
		return this.pdfVersions.isEmpty() ? Optional.empty()
				: Optional.of(this.pdfVersions.get(this.pdfVersions.size() - 1));
	}

	/**
	 * The presenting author's institution, which is the abstract's institution in counts
	 * and filters: it is the institution that speaks in the session.
	 * @return the institution code
	 */
	public String institution() {
		return presentingAuthor().institution();
	}

	/**
	 * Whether an address belongs to one of the authors (used for co-authorship
	 * conflicts).
	 * @param email a normalised address
	 * @return {@code true} if it is an author's
	 */
	public boolean hasAuthor(String email) {
		return this.authors.stream().anyMatch((author) -> author.email().equalsIgnoreCase(email));
	}

	/**
	 * All topic codes, primary first.
	 * @return primary and secondary topics
	 */
	public List<String> topics() {
		Set<String> topics = new LinkedHashSet<>();
		topics.add(this.primaryTopic);
		topics.addAll(this.secondaryTopics);
		return List.copyOf(topics);
	}

	private static List<String> distinct(List<String> values) {
		Set<String> distinct = new LinkedHashSet<>();
		if (values != null) {
			for (String value : values) {
				if (value != null && !value.isBlank()) {
					distinct.add(value.strip());
				}
			}
		}
		return List.copyOf(distinct);
	}

}
